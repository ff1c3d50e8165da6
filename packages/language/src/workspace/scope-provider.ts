// Names resolve within a programme: `after` sees every activity of the same programme (the checker says when
// it points at a later phase), `requires`/`provides` see the capabilities of the file and of its imports.
import {
    AstUtils, CstUtils, DefaultScopeProvider, EMPTY_SCOPE, MapScope, WorkspaceCache,
    type AstNode, type AstNodeDescription, type AstNodeLocator, type LangiumCoreServices, type DocumentSegment, type LangiumDocument, type LangiumDocuments, type NameProvider,
    type ReferenceInfo, type Scope, type URI
} from 'langium';
import { Activity, Capability, isPlan, isProgramme, type Plan, type Programme } from '../generated/ast.js';
import { importClosure } from './imports.js';

export class DtpScopeProvider extends DefaultScopeProvider {
    private readonly documents: LangiumDocuments;
    // Built once per document and workspace state: a plan of 100,000 activities must not rebuild a scope per reference.
    // Keyed by the document itself, so a lookup per reference builds no key string.
    private readonly scopes: WorkspaceCache<LangiumDocument, DocumentScopes>;
    private readonly describing: Describing;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.describing = { locator: services.workspace.AstNodeLocator, nameProvider: this.nameProvider };
        this.scopes = new WorkspaceCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        if (referenceType !== Activity.$type && referenceType !== Capability.$type) return super.getScope(context);
        // One walk up to the root finds the programme (the nearest one) and the document.
        let programme: Programme | undefined;
        let root: AstNode = context.container;
        for (;;) {
            if (!programme && isProgramme(root)) programme = root;
            if (!root.$container) break;
            root = root.$container;
        }
        const document = AstUtils.getDocument(root);
        if (referenceType === Activity.$type) {
            if (!programme) return EMPTY_SCOPE;
            const scopes = this.scopes.get(document, newDocumentScopes);
            return scopes.activity ??= new MapScope(this.describeActivities(programme));
        }
        const scopes = this.scopes.get(document, newDocumentScopes);
        return scopes.capability ??= this.capabilityScope(document, root);
    }

    private capabilityScope(document: LangiumDocument, plan: AstNode): Scope {
        const imported = importClosure(document, this.documents).map(doc => doc.uri.toString());
        const importedScope = new MapScope(this.indexManager.allElements(Capability.$type, new Set(imported)));
        return new MapScope(this.describe(isPlan(plan) ? localCapabilities(plan) : []), importedScope);
    }

    /** The programme's activities, described without first listing them: once per document, for every activity. */
    private describeActivities(programme: Programme): AstNodeDescription[] {
        const descriptions: AstNodeDescription[] = [];
        const phases = programme.phases;
        for (let p = 0; p < phases.length; p++) {
            const activities = phases[p].activities;
            for (let a = 0; a < activities.length; a++) {
                const activity = activities[a];
                if (activity.name) descriptions.push(new LazyDescription(activity, activity.name, this.describing));
            }
        }
        return descriptions;
    }

    private describe(nodes: Iterable<Activity | Capability>): AstNodeDescription[] {
        const descriptions: AstNodeDescription[] = [];
        for (const node of nodes) {
            if (node.name) descriptions.push(new LazyDescription(node, node.name, this.describing));
        }
        return descriptions;
    }

}

/** The scopes of one document, each built when first asked for. */
interface DocumentScopes {
    activity?: Scope;
    capability?: Scope;
}

function newDocumentScopes(): DocumentScopes {
    return {};
}

/**
 * Langium's descriptions compute the node's path and source segments up front; linking needs only the node and
 * its name. On plans of 100,000 activities that up-front work was a large share of linking, so the rest is
 * computed when someone (rename, find references) first asks for it. A class, so the getters live on one prototype.
 */
class LazyDescription implements AstNodeDescription {
    // Three fields per description, set once (one is shared by all of them): a plan of 100,000 activities has as many.
    // The caches are declared only, so they take no room until a feature asks.
    declare private cachedPath?: string;
    declare private cachedSelection?: DocumentSegment;
    declare private cachedName?: DocumentSegment;

    constructor(readonly node: Activity | Capability, readonly name: string, private readonly describing: Describing) {}

    get type(): string {
        return this.node.$type;
    }

    get documentUri(): URI {
        return AstUtils.getDocument(this.node).uri;
    }

    get path(): string {
        return this.cachedPath ??= this.describing.locator.getAstNodePath(this.node);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return this.cachedSelection ??= this.node.$cstNode && CstUtils.toDocumentSegment(this.node.$cstNode);
    }

    get nameSegment(): DocumentSegment | undefined {
        const nameNode = this.describing.nameProvider.getNameNode(this.node) ?? this.node.$cstNode;
        return this.cachedName ??= nameNode && CstUtils.toDocumentSegment(nameNode);
    }
}

/** What the descriptions of one scope provider share. */
interface Describing {
    readonly locator: AstNodeLocator;
    readonly nameProvider: NameProvider;
}

/** Capabilities declared in this file: at top level (a catalogue) and inside its programmes. */
export function localCapabilities(plan: Plan): Capability[] {
    return [...plan.capabilities, ...plan.programmes.flatMap(programme => programme.capabilities)];
}
