// The `lsp` section of the DTP module: every editor feature DTP adds to or replaces in Langium.
import type { LangiumServices, LangiumSharedServices } from 'langium/lsp';
import type { DtpServices } from '../dtp-module.js';
import { DtpDocumentUpdateHandler } from './document-update-handler.js';
import { DtpCodeActionProvider } from './code-actions.js';
import { DtpCodeLensProvider } from './code-lens.js';
import { DtpCompletionProvider } from './completion.js';
import { DtpFoldingRangeProvider } from './folding.js';
import { DtpFormatter } from './formatter.js';
import { DtpHoverProvider } from './hover.js';
import { DtpInlayHintProvider } from './inlay-hints.js';
import { DtpRenameProvider } from './rename.js';
import { DtpSemanticTokenProvider } from './semantic-tokens.js';
import { DtpDocumentSymbolProvider, DtpWorkspaceSymbolProvider } from './symbols.js';

export const DtpLspModule = {
    CompletionProvider: (services: DtpServices) => new DtpCompletionProvider(services),
    HoverProvider: (services: DtpServices) => new DtpHoverProvider(services),
    Formatter: (services: LangiumServices) => new DtpFormatter(services),
    SemanticTokenProvider: (services: LangiumServices) => new DtpSemanticTokenProvider(services),
    InlayHintProvider: (services: DtpServices) => new DtpInlayHintProvider(services),
    CodeActionProvider: (services: LangiumServices) => new DtpCodeActionProvider(services),
    CodeLensProvider: () => new DtpCodeLensProvider(),
    RenameProvider: (services: LangiumServices) => new DtpRenameProvider(services),
    DocumentSymbolProvider: (services: LangiumServices) => new DtpDocumentSymbolProvider(services),
    FoldingRangeProvider: (services: LangiumServices) => new DtpFoldingRangeProvider(services)
};

/** The shared (language-independent) LSP services DTP replaces: workspace symbols that include activities. */
export const DtpSharedLspModule = {
    lsp: {
        WorkspaceSymbolProvider: (services: LangiumSharedServices) => new DtpWorkspaceSymbolProvider(services),
        DocumentUpdateHandler: (services: LangiumSharedServices) => new DtpDocumentUpdateHandler(services)
    }
};
