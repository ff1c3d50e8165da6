// The DTP language services without the editor: parsing, linking, checks and the schedule on Langium's core
// services. One-shot runs (the CLI checking, scheduling or drawing a plan) use these alone, so they never load
// Langium's LSP layer or vscode-languageserver; the language servers add the editor features on top of the same
// modules (dtp-module.ts).
import './polyfill.js';
import {
    createDefaultCoreModule, createDefaultSharedCoreModule, inject,
    type DefaultSharedCoreModuleContext, type LangiumCoreServices, type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices
} from 'langium';
import { DtpGeneratedModule, DtpGeneratedSharedModule } from './generated/module.js';
import { DtpScopeProvider } from './workspace/scope-provider.js';
import { createLinearCstParser } from './parser/linear-cst.js';
import { DtpScopeComputation } from './workspace/scope-computation.js';
import { DtpLinker } from './workspace/linker.js';
import { DtpReferenceDescriptionProvider } from './workspace/reference-descriptions.js';
import { registerValidationChecks } from './validation/dtp-validator.js';
import { ScheduleProvider } from './scheduler/schedule-provider.js';
import { DtpDocumentValidator } from './validation/document-validator.js';
import { DtpValidationRegistry } from './validation/sync-registry.js';
import { DtpLexerErrorMessageProvider, DtpParserErrorMessageProvider } from './parser/syntax-errors.js';
import { DtpValueConverter } from './parser/kinds.js';
import { FastParser } from './parser/fast-parser.js';
import { DtpDocumentFactory } from './workspace/document-factory.js';
import { DtpServiceRegistry } from './workspace/service-registry.js';
import { DtpLocale } from './i18n.js';
import { DtpLexer, DtpTokenBuilder } from './parser/lazy-lexer.js';

/** Services DTP adds to Langium's. Grows as features land (scheduler cache, roadmap, …). */
export interface DtpAddedServices {
    scheduler: { ScheduleProvider: ScheduleProvider };
    parser: { FastParser: FastParser };
    /** The user's language: the client's `locale` in the server, `--lang` or the environment in the CLI. */
    i18n: { Locale: DtpLocale };
}

/** What parsing, linking, the checks and the scheduler need: no editor features. */
export type DtpCoreServices = LangiumCoreServices & DtpAddedServices;

// `satisfies`, not a declared type: the object keeps its own shape, so the full (LSP) module can spread it.
export const DtpCoreModule = {
    parser: {
        LangiumParser: services => createLinearCstParser(services),
        ParserErrorMessageProvider: services => new DtpParserErrorMessageProvider(services.Grammar, services.i18n.Locale),
        LexerErrorMessageProvider: services => new DtpLexerErrorMessageProvider(services.i18n.Locale),
        ValueConverter: () => new DtpValueConverter(),
        FastParser: services => new FastParser(services),
        TokenBuilder: () => new DtpTokenBuilder(),
        Lexer: services => new DtpLexer(services)
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
} satisfies Module<DtpCoreServices, PartialLangiumCoreServices & DtpAddedServices>;

/** Shared services DTP replaces: documents are parsed on the fast path when they can be; one language, one answer. */
export const DtpSharedCoreModule: Module<LangiumSharedCoreServices, Partial<Pick<LangiumSharedCoreServices, 'ServiceRegistry'>> & { workspace?: Partial<LangiumSharedCoreServices['workspace']> }> = {
    ServiceRegistry: services => new DtpServiceRegistry(services),
    workspace: {
        LangiumDocumentFactory: services => new DtpDocumentFactory(services)
    }
};

/** Registers the language with its shared services, and its checks: the last step of the core and the full set. */
export function registerDtp<S extends DtpCoreServices>(shared: LangiumSharedCoreServices, Dtp: S): S {
    shared.ServiceRegistry.register(Dtp);
    registerValidationChecks(Dtp);
    return Dtp;
}

/**
 * Creates the shared and the DTP services without the editor features. `context.fileSystemProvider` decides where
 * plans are read from; `adapterModule` lets an adapter replace a service for its setting (e.g. the CLI's one-shot build).
 */
export function createDtpCoreServices(
    context: DefaultSharedCoreModuleContext,
    adapterModule: Module<DtpCoreServices, PartialLangiumCoreServices> = {}
): { shared: LangiumSharedCoreServices; Dtp: DtpCoreServices } {
    const shared = inject(createDefaultSharedCoreModule(context), DtpGeneratedSharedModule, DtpSharedCoreModule);
    const Dtp = inject(createDefaultCoreModule({ shared }), DtpGeneratedModule, DtpCoreModule, adapterModule);
    return { shared, Dtp: registerDtp(shared, Dtp) };
}
