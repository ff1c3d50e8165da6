// The language the server and the CLI speak to their user (docs/cli.md, "Languages"): diagnostics, hover and
// completion details are worded in it. The language server takes it from the client's `initialize` request
// (`locale`, e.g. VS Code's display language); the CLI from `--lang` or the environment. English by default.
import { DEFAULT_LOCALE, resolveLocale, type Locale } from '@dtp/roadmap';

export class DtpLocale {
    private value: Locale = DEFAULT_LOCALE;

    get current(): Locale {
        return this.value;
    }

    /** `nl`, `nl-NL`, `nl_NL.UTF-8` → nl; any language without a catalogue → English. */
    set(tag: string | undefined | null): Locale {
        this.value = resolveLocale(tag);
        return this.value;
    }
}
