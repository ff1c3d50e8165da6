// The server speaks the client's language: `locale` in the `initialize` request (VS Code sends its display
// language, e.g. `nl`), for diagnostics, hover and completion details. A client that sends none gets English.
import type { LangiumSharedServices } from 'langium/lsp';
import type { DtpServices } from '../dtp-module.js';

export function followClientLocale(shared: LangiumSharedServices): void {
    shared.lsp.LanguageServer.onInitialize(params => {
        for (const services of shared.ServiceRegistry.all) (services as Partial<DtpServices>).i18n?.Locale.set(params.locale);
    });
}
