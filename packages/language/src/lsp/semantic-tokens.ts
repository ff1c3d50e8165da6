// Semantic tokens on top of the TextMate grammar: phase kinds, activity and capability names (declarations
// carry the `declaration` modifier, references do not), dates and durations.
import type { AstNode, DocumentBuilder, LangiumDocument } from 'langium';
import { AbstractSemanticTokenProvider, type LangiumServices, type SemanticTokenAcceptor } from 'langium/lsp';
import {
    SemanticTokenModifiers, SemanticTokenTypes, type CancellationToken, type SemanticTokens, type SemanticTokensDelta, type SemanticTokensDeltaParams,
    type SemanticTokensParams, type SemanticTokensRangeParams
} from 'vscode-languageserver';
import { isActivity, isCapability, isDateLiteral, isDependency, isDurationLiteral, isPhase, isProgramme } from '../generated/ast.js';
import { afterDiagnostics } from './diagnostics-first.js';

export class DtpSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly builder: DocumentBuilder;

    constructor(services: LangiumServices) {
        super(services);
        this.builder = services.shared.workspace.DocumentBuilder;
    }

    // The whole file's tokens: on a plan of 10,000 activities about as much work as checking it, so after its diagnostics.
    override async semanticHighlight(document: LangiumDocument, params: SemanticTokensParams, cancelToken?: CancellationToken): Promise<SemanticTokens> {
        await afterDiagnostics(this.builder, document, cancelToken);
        return super.semanticHighlight(document, params, cancelToken);
    }

    override async semanticHighlightRange(document: LangiumDocument, params: SemanticTokensRangeParams, cancelToken?: CancellationToken): Promise<SemanticTokens> {
        await afterDiagnostics(this.builder, document, cancelToken);
        return super.semanticHighlightRange(document, params, cancelToken);
    }

    override async semanticHighlightDelta(document: LangiumDocument, params: SemanticTokensDeltaParams, cancelToken?: CancellationToken): Promise<SemanticTokens | SemanticTokensDelta> {
        await afterDiagnostics(this.builder, document, cancelToken);
        return super.semanticHighlightDelta(document, params, cancelToken);
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): 'prune' | undefined {
        if (isProgramme(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.namespace, modifier: SemanticTokenModifiers.declaration });
        } else if (isPhase(node)) {
            acceptor({ node, property: 'kind', type: SemanticTokenTypes.enumMember });
        } else if (isActivity(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.function, modifier: SemanticTokenModifiers.declaration });
            node.provides.forEach((_, index) => { acceptor({ node, property: 'provides', index, type: SemanticTokenTypes.variable }); });
            node.requires.forEach((_, index) => { acceptor({ node, property: 'requires', index, type: SemanticTokenTypes.variable }); });
        } else if (isDependency(node)) {
            acceptor({ node, property: 'target', type: SemanticTokenTypes.function });
        } else if (isCapability(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.variable, modifier: [SemanticTokenModifiers.declaration, SemanticTokenModifiers.readonly] });
            acceptor({ node, property: 'kind', type: SemanticTokenTypes.type });
        } else if (isDateLiteral(node)) {
            acceptor({ node, property: 'value', type: SemanticTokenTypes.number, modifier: SemanticTokenModifiers.static });
            return 'prune';
        } else if (isDurationLiteral(node)) {
            acceptor({ node, property: 'value', type: SemanticTokenTypes.number });
            return 'prune';
        }
        return undefined;
    }
}
