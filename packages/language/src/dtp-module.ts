// The DTP language services with the editor features: the core services (dtp-core-module.ts: parsing, linking,
// checks, the schedule) on Langium's LSP defaults, plus every editor feature DTP adds to or replaces in Langium.
import './polyfill.js';
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { DtpGeneratedModule, DtpGeneratedSharedModule } from './generated/module.js';
import { DtpCoreModule, DtpSharedCoreModule, registerDtp, type DtpAddedServices } from './dtp-core-module.js';
import { DtpLspModule, DtpSharedLspModule } from './lsp/lsp-module.js';

export type DtpServices = LangiumServices & DtpAddedServices;

/** The core module with the editor features. */
export const DtpModule: Module<DtpServices, PartialLangiumServices & DtpAddedServices> = {
    ...DtpCoreModule,
    lsp: DtpLspModule
};

/**
 * Creates the shared and the DTP services. `context.fileSystemProvider` decides Node (disk) or browser (none);
 * `adapterModule` lets an adapter replace a service for its setting.
 */
export function createDtpServices(
    context: DefaultSharedModuleContext,
    adapterModule: Module<DtpServices, PartialLangiumServices> = {}
): { shared: LangiumSharedServices; Dtp: DtpServices } {
    const shared = inject(createDefaultSharedModule(context), DtpGeneratedSharedModule, DtpSharedCoreModule, DtpSharedLspModule);
    const Dtp = inject(createDefaultModule({ shared }), DtpGeneratedModule, DtpModule, adapterModule);
    return { shared, Dtp: registerDtp(shared, Dtp) };
}
