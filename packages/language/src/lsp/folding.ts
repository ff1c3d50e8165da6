// Langium's folding ranges, answered after the diagnostics of the change that asked for them (see diagnostics-first.ts):
// editors ask after every change, and on a plan of 10,000 activities walking the whole file came before the problems.
import type { DocumentBuilder, LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type LangiumServices } from 'langium/lsp';
import type { CancellationToken, FoldingRange, FoldingRangeParams } from 'vscode-languageserver';
import { afterDiagnostics } from './diagnostics-first.js';

export class DtpFoldingRangeProvider extends DefaultFoldingRangeProvider {
    private readonly builder: DocumentBuilder;

    constructor(services: LangiumServices) {
        super(services);
        this.builder = services.shared.workspace.DocumentBuilder;
    }

    override async getFoldingRanges(document: LangiumDocument, params: FoldingRangeParams, cancelToken?: CancellationToken): Promise<FoldingRange[]> {
        await afterDiagnostics(this.builder, document, cancelToken);
        return super.getFoldingRanges(document, params, cancelToken);
    }
}
