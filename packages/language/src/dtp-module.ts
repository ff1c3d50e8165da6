// The DTP language services: one DI module that lists every service DTP adds to or replaces in Langium.
import './polyfill.js';
import { inject, type LangiumSharedCoreServices, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { DtpGeneratedModule, DtpGeneratedSharedModule } from './generated/module.js';
import { DtpScopeProvider } from './workspace/scope-provider.js';
import { createLinearCstParser } from './parser/linear-cst.js';
import { DtpScopeComputation } from './workspace/scope-computation.js';
import { DtpLinker } from './workspace/linker.js';
import { DtpReferenceDescriptionProvider } from './workspace/reference-descriptions.js';
import { registerValidationChecks } from './validation/dtp-validator.js';
import { ScheduleProvider } from './scheduler/schedule-provider.js';
import { DtpLspModule, DtpSharedLspModule } from './lsp/lsp-module.js';
import { DtpDocumentValidator } from './validation/document-validator.js';
import { DtpValidationRegistry } from './validation/sync-registry.js';
import { DtpLexerErrorMessageProvider, DtpParserErrorMessageProvider } from './parser/syntax-errors.js';
import { DtpValueConverter } from './parser/kinds.js';
import { FastParser } from './parser/fast-parser.js';
import { DtpDocumentFactory } from './workspace/document-factory.js';
import { DtpLocale } from './i18n.js';

/** Services DTP adds to Langium's. Grows as features land (scheduler cache, roadmap, …). */
export interface DtpAddedServices {
    scheduler: { ScheduleProvider: ScheduleProvider };
    parser: { FastParser: FastParser };
    /** The user's language: the client's `locale` in the server, `--lang` or the environment in the CLI. */
    i18n: { Locale: DtpLocale };
}

export type DtpServices = LangiumServices & DtpAddedServices;

export const DtpModule: Module<DtpServices, PartialLangiumServices & DtpAddedServices> = {
    lsp: DtpLspModule,
    parser: {
        LangiumParser: services => createLinearCstParser(services),
        ParserErrorMessageProvider: services => new DtpParserErrorMessageProvider(services.Grammar, services.i18n.Locale),
        LexerErrorMessageProvider: services => new DtpLexerErrorMessageProvider(services.i18n.Locale),
        ValueConverter: () => new DtpValueConverter(),
        FastParser: services => new FastParser(services)
    },
    i18n: {
        Locale: () => new DtpLocale()
    },
    validation: {
        DocumentValidator: services => new DtpDocumentValidator(services),
        ValidationRegistry: services => new DtpValidationRegistry(services)
    },
    scheduler: {
        ScheduleProvider: services => new ScheduleProvider(services)
    },
    references: {
        ScopeProvider: services => new DtpScopeProvider(services),
        ScopeComputation: services => new DtpScopeComputation(services),
        Linker: services => new DtpLinker(services)
    },
    workspace: {
        ReferenceDescriptionProvider: services => new DtpReferenceDescriptionProvider(services)
    }
};

/** Shared services DTP replaces: documents are parsed on the fast path when they can be. */
export const DtpSharedModule: Module<LangiumSharedServices, Partial<{ workspace: Partial<LangiumSharedServices['workspace']> }>> = {
    workspace: {
        LangiumDocumentFactory: (services: LangiumSharedCoreServices) => new DtpDocumentFactory(services)
    }
};

/**
 * Creates the shared and the DTP services. `context.fileSystemProvider` decides Node (disk) or browser (none);
 * `adapterModule` lets an adapter replace a service for its setting (e.g. the CLI's one-shot build).
 */
export function createDtpServices(
    context: DefaultSharedModuleContext,
    adapterModule: Module<DtpServices, PartialLangiumServices> = {}
): { shared: LangiumSharedServices; Dtp: DtpServices } {
    const shared = inject(createDefaultSharedModule(context), DtpGeneratedSharedModule, DtpSharedModule, DtpSharedLspModule);
    const Dtp = inject(createDefaultModule({ shared }), DtpGeneratedModule, DtpModule, adapterModule);
    shared.ServiceRegistry.register(Dtp);
    registerValidationChecks(Dtp);
    return { shared, Dtp };
}
