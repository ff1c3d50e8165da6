// Names resolve within a programme: `after` sees every activity of the same programme (the checker says when
// it points at a later phase), `requires`/`provides` see the capabilities of the file and of its imports.
import {
    AstUtils, CstUtils, DefaultScopeProvider, EMPTY_SCOPE, MapScope, WorkspaceCache,
    type AstNodeDescription, type AstNodeLocator, type DocumentSegment, type LangiumDocuments, type NameProvider, type ReferenceInfo, type Scope, type URI
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
            if (node.name) descriptions.push(new LazyDescription(node, node.name, this.astNodeLocator, this.nameProvider));
        }
        return descriptions;
    }

}

/**
 * Langium's descriptions compute the node's path and source segments up front; linking needs only the node and
 * its name. On plans of 100,000 activities that up-front work was a large share of linking, so the rest is
 * computed when someone (rename, find references) first asks for it. A class, so the getters live on one prototype.
 */
class LazyDescription implements AstNodeDescription {
    readonly type: string;
    private cachedPath?: string;
    private cachedSelection?: DocumentSegment;
    private cachedName?: DocumentSegment;

    constructor(
        readonly node: Activity | Capability,
        readonly name: string,
        private readonly locator: AstNodeLocator,
        private readonly nameProvider: NameProvider
    ) {
        this.type = node.$type;
    }

    get documentUri(): URI {
        return AstUtils.getDocument(this.node).uri;
    }

    get path(): string {
        return this.cachedPath ??= this.locator.getAstNodePath(this.node);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return this.cachedSelection ??= this.node.$cstNode && CstUtils.toDocumentSegment(this.node.$cstNode);
    }

    get nameSegment(): DocumentSegment | undefined {
        const nameNode = this.nameProvider.getNameNode(this.node) ?? this.node.$cstNode;
        return this.cachedName ??= nameNode && CstUtils.toDocumentSegment(nameNode);
    }
}

/** Capabilities declared in this file: at top level (a catalogue) and inside its programmes. */
export function localCapabilities(plan: Plan): Capability[] {
    return [...plan.capabilities, ...plan.programmes.flatMap(programme => programme.capabilities)];
}
