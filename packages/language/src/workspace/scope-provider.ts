// Names resolve within a programme: `after` sees every activity of the same programme (the checker says when
// it points at a later phase), `requires`/`provides` see the capabilities of the file and of its imports.
import {
    AstUtils, CstUtils, DefaultScopeProvider, EMPTY_SCOPE, MapScope, WorkspaceCache,
    type AstNodeDescription, type AstNodeLocator, type DocumentSegment, type LangiumDocuments, type ReferenceInfo, type Scope
} from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { Activity, Capability, isPlan, isProgramme, type Plan } from '../generated/ast.js';
import { importClosure } from './imports.js';

export class DtpScopeProvider extends DefaultScopeProvider {
    private readonly documents: LangiumDocuments;
    // Built once per document and workspace state: a plan of 100,000 activities must not rebuild a scope per reference.
    private readonly scopes: WorkspaceCache<string, Scope>;
    private readonly astNodeLocator: AstNodeLocator;

    constructor(services: LangiumServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.astNodeLocator = services.workspace.AstNodeLocator;
        this.scopes = new WorkspaceCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        const key = `${document.uri.toString()}#${referenceType}`;
        if (referenceType === Activity.$type) {
            const programme = AstUtils.getContainerOfType(context.container, isProgramme);
            if (!programme) return EMPTY_SCOPE;
            return this.scopes.get(key, () => new MapScope(this.describe(
                programme.phases.flatMap(phase => phase.activities))));
        }
        if (referenceType === Capability.$type) {
            return this.scopes.get(key, () => {
                const plan = AstUtils.findRootNode(context.container);
                const imported = importClosure(document, this.documents).map(doc => doc.uri.toString());
                const importedScope = new MapScope(this.indexManager.allElements(Capability.$type, new Set(imported)));
                return new MapScope(this.describe(isPlan(plan) ? localCapabilities(plan) : []), importedScope);
            });
        }
        return super.getScope(context);
    }

    private describe(nodes: Iterable<Activity | Capability>): AstNodeDescription[] {
        const descriptions: AstNodeDescription[] = [];
        for (const node of nodes) {
            if (node.name) descriptions.push(this.lazyDescription(node, node.name));
        }
        return descriptions;
    }

    /**
     * Langium's descriptions compute the node's path and source segments up front; linking needs only the node
     * and its name. On plans of 100,000 activities that up-front work was a large share of linking, so the rest
     * is computed when someone (rename, find references) first asks for it.
     */
    private lazyDescription(node: Activity | Capability, name: string): AstNodeDescription {
        const locator = this.astNodeLocator;
        const nameProvider = this.nameProvider;
        let path: string | undefined;
        let selectionSegment: DocumentSegment | undefined;
        let nameSegment: DocumentSegment | undefined;
        return {
            node,
            name,
            type: node.$type,
            documentUri: AstUtils.getDocument(node).uri,
            get path() {
                return path ??= locator.getAstNodePath(node);
            },
            get selectionSegment() {
                return selectionSegment ??= node.$cstNode && CstUtils.toDocumentSegment(node.$cstNode);
            },
            get nameSegment() {
                const nameNode = nameProvider.getNameNode(node) ?? node.$cstNode;
                return nameSegment ??= nameNode && CstUtils.toDocumentSegment(nameNode);
            }
        };
    }
}

/** Capabilities declared in this file: at top level (a catalogue) and inside its programmes. */
export function localCapabilities(plan: Plan): Capability[] {
    return [...plan.capabilities, ...plan.programmes.flatMap(programme => programme.capabilities)];
}
