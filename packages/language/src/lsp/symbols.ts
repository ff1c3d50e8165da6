// Outline and workspace symbols in the shape of the domain: programme › phases › activities, and capabilities.
// Phases have no name of their own, so Langium's default outline would flatten them away.
import type { AstNode, CstNode, DocumentBuilder, LangiumDocument, LangiumDocuments } from 'langium';
import { GrammarUtils } from 'langium';
import type { DocumentSymbolProvider, FuzzyMatcher, LangiumServices, LangiumSharedServices } from 'langium/lsp';
import {
    SymbolKind, type CancellationToken, type DocumentSymbol, type DocumentSymbolParams, type WorkspaceSymbol, type WorkspaceSymbolParams
} from 'vscode-languageserver';
import { afterDiagnostics } from './diagnostics-first.js';
import { isPlan, type Activity, type Capability, type Phase, type Programme } from '../generated/ast.js';
import { planOf } from '../workspace/plan-walk.js';

export class DtpDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly builder: DocumentBuilder | undefined;

    constructor(services?: LangiumServices) {
        this.builder = services?.shared.workspace.DocumentBuilder;
    }

    // Asked for after every change (outline, breadcrumbs), answered once parsed: on a plan of 10,000 activities that
    // came before the diagnostics of the change; now after them.
    async getSymbols(document: LangiumDocument, _params?: DocumentSymbolParams, cancelToken?: CancellationToken): Promise<DocumentSymbol[]> {
        if (this.builder) await afterDiagnostics(this.builder, document, cancelToken);
        return this.symbolsOf(document);
    }

    private symbolsOf(document: LangiumDocument): DocumentSymbol[] {
        const plan = document.parseResult.value;
        if (!isPlan(plan)) return [];
        return [
            ...plan.capabilities.flatMap(capabilitySymbol),
            ...plan.programmes.flatMap(programmeSymbol)
        ];
    }
}

function programmeSymbol(programme: Programme): DocumentSymbol[] {
    return symbol(programme, 'name', programme.name, SymbolKind.Namespace, programme.title, [
        ...programme.capabilities.flatMap(capabilitySymbol),
        ...programme.phases.flatMap(phaseSymbol)
    ]);
}

function phaseSymbol(phase: Phase): DocumentSymbol[] {
    return symbol(phase, 'kind', phase.kind, SymbolKind.Module, phase.label, phase.activities.flatMap(activitySymbol));
}

function activitySymbol(activity: Activity): DocumentSymbol[] {
    const kind = activity.kind === 'milestone' ? SymbolKind.Event : SymbolKind.Function;
    return symbol(activity, 'name', activity.name, kind, activity.label);
}

function capabilitySymbol(capability: Capability): DocumentSymbol[] {
    return symbol(capability, 'name', capability.name, SymbolKind.Constant, [capability.kind, capability.label].filter(Boolean).join(' · '));
}

function symbol(node: AstNode, property: string, name: string | undefined, kind: SymbolKind, detail?: string, children?: DocumentSymbol[]): DocumentSymbol[] {
    const cst = node.$cstNode;
    const nameNode: CstNode | undefined = GrammarUtils.findNodeForProperty(cst, property);
    if (!cst || !name || !nameNode) return children ?? []; // half-typed: keep what is inside visible
    return [{ name, kind, detail: detail || undefined, range: cst.range, selectionRange: nameNode.range, children }];
}

/** Every activity and capability of every loaded plan whose name matches the query (fuzzy, as editors do). */
export class DtpWorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;
    private readonly fuzzyMatcher: FuzzyMatcher;

    constructor(services: LangiumSharedServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.fuzzyMatcher = services.lsp.FuzzyMatcher;
    }

    getSymbols(params: WorkspaceSymbolParams): WorkspaceSymbol[] {
        const result: WorkspaceSymbol[] = [];
        const accept = (node: Activity | Capability, kind: SymbolKind, container: string | undefined, document: LangiumDocument) => {
            const nameNode = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
            if (!node.name || !nameNode || !this.fuzzyMatcher.match(params.query, node.name)) return;
            result.push({ name: node.name, kind, containerName: container, location: { uri: document.uri.toString(), range: nameNode.range } });
        };
        for (const document of this.documents.all) {
            const plan = planOf(document);
            if (!isPlan(plan)) continue;
            for (const capability of plan.capabilities) accept(capability, SymbolKind.Constant, undefined, document);
            for (const programme of plan.programmes) {
                for (const capability of programme.capabilities) accept(capability, SymbolKind.Constant, programme.name, document);
                for (const phase of programme.phases) {
                    for (const activity of phase.activities) {
                        accept(activity, activity.kind === 'milestone' ? SymbolKind.Event : SymbolKind.Function, `${programme.name} › ${phase.kind}`, document);
                    }
                }
            }
        }
        return result;
    }
}
