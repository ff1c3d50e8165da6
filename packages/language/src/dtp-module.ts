// The DTP language services: one DI module that lists every service DTP adds to or replaces in Langium.
import './polyfill.js';
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { DtpGeneratedModule, DtpGeneratedSharedModule } from './generated/module.js';
import { DtpScopeProvider } from './workspace/scope-provider.js';
import { registerValidationChecks } from './validation/dtp-validator.js';

/** Services DTP adds to Langium's. Grows as features land (scheduler cache, roadmap, …). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DtpAddedServices {}

export type DtpServices = LangiumServices & DtpAddedServices;

export const DtpModule: Module<DtpServices, PartialLangiumServices & DtpAddedServices> = {
    references: {
        ScopeProvider: services => new DtpScopeProvider(services)
    }
};

/** Creates the shared and the DTP services. `context.fileSystemProvider` decides Node (disk) or browser (none). */
export function createDtpServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Dtp: DtpServices } {
    const shared = inject(createDefaultSharedModule(context), DtpGeneratedSharedModule);
    const Dtp = inject(createDefaultModule({ shared }), DtpGeneratedModule, DtpModule);
    shared.ServiceRegistry.register(Dtp);
    registerValidationChecks(Dtp);
    return { shared, Dtp };
}
