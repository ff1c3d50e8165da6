// Links a plan by visiting its reference places directly (the order of plan-walk.ts's forEachReference) instead of
// streaming every node, and looks each name up in the scope of its kind, asked for once per document.
import { Cancellation, DefaultLinker, interruptAndCheck, type AstNode, type AstNodeDescription, type Reference, type LangiumCoreServices, type LangiumDocument, type LinkingError, type ReferenceInfo, type Scope } from 'langium';
import { forEachReference, planOf } from './plan-walk.js';
import { DtpScopeProvider } from './scope-provider.js';

export class DtpLinker extends DefaultLinker {
    /** Whether the scope provider is DTP's: then every reference of one kind in a document has the same scope. */
    private readonly scopesPerDocument: boolean;
    /** The reference link() is linking, and what its scope holds under its name: getCandidate answers that. */
    private linking: ReferenceInfo | undefined;
    private found: AstNodeDescription | undefined;
    /** Whether getCandidate was asked about `linking` (doLink does not ask about a reference resolved before). */
    private asked = false;
    /** The info of a reference that links for certain, filled in for each: doLink keeps nothing of it then. */
    private readonly reused: ReferenceInfo = { reference: undefined!, container: undefined!, property: '', index: undefined };
    /** How many references of a document its last link() left unresolved, when that is known (see unresolvedCount). */
    private readonly unresolved = new WeakMap<LangiumDocument, number>();

    constructor(services: LangiumCoreServices) {
        super(services);
        this.scopesPerDocument = this.scopeProvider instanceof DtpScopeProvider;
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        this.unresolved.delete(document);
        await interruptAndCheck(cancelToken);
        if (!this.scopesPerDocument) {
            forEachReference(planOf(document), info => this.doLink(info, document));
            return;
        }
        const unresolved = this.linkAll(document);
        if (!Number.isNaN(unresolved)) this.unresolved.set(document, unresolved); // NaN: one reference's outcome unknown
    }

    /**
     * Links every reference of the document in forEachReference's order (plan-walk.ts). DtpScopeProvider answers
     * every `after` of a document with one scope and every `provides`/`requires` with another; on 10,000 activities
     * finding them per reference (a walk up to the root, the reflection, the document's cache) was a third of linking.
     * Returns how many references it left unresolved (NaN when it cannot tell for one of them).
     */
    private linkAll(document: LangiumDocument): number {
        let activities: Scope | undefined;
        let capabilities: Scope | undefined;
        let unresolved = 0;
        const programmes = planOf(document).programmes ?? [];
        // Indexed loops, no callback per reference: this runs at every link of every plan.
        for (let p = 0; p < programmes.length; p++) {
            const phases = programmes[p].phases ?? [];
            for (let f = 0; f < phases.length; f++) {
                const list = phases[f].activities ?? [];
                for (let a = 0; a < list.length; a++) {
                    const activity = list[a];
                    const after = activity.after ?? [];
                    for (let d = 0; d < after.length; d++) {
                        const dependency = after[d];
                        const target = dependency.target;
                        if (!target) continue;
                        activities ??= this.scopeProvider.getScope({ reference: target, container: dependency, property: 'target' });
                        unresolved += this.linkOne(target, dependency, 'target', undefined, activities, document);
                    }
                    const { provides, requires } = activity;
                    for (let index = 0; index < (provides?.length ?? 0); index++) {
                        capabilities ??= this.scopeProvider.getScope({ reference: provides[index], container: activity, property: 'provides', index });
                        unresolved += this.linkOne(provides[index], activity, 'provides', index, capabilities, document);
                    }
                    for (let index = 0; index < (requires?.length ?? 0); index++) {
                        capabilities ??= this.scopeProvider.getScope({ reference: requires[index], container: activity, property: 'requires', index });
                        unresolved += this.linkOne(requires[index], activity, 'requires', index, capabilities, document);
                    }
                }
            }
        }
        const reused = this.reused; // holds no node of this document beyond its link
        reused.reference = undefined!;
        reused.container = undefined!;
        return unresolved;
    }

    /**
     * Links one reference through Langium's doLink (it alone sets the reference's target), with the name looked up
     * in its scope here. Returns 1 when the reference is left unresolved, 0 when resolved, NaN when that is not known
     * here: the reference was resolved before (doLink leaves it), or the description found carries no node (Langium
     * then loads it by its path).
     */
    private linkOne(reference: Reference, container: AstNode, property: string, index: number | undefined, scope: Scope, document: LangiumDocument): number {
        const found = scope.getElement(reference.$refText);
        let info: ReferenceInfo;
        if (found?.node) {
            // It links for certain: doLink keeps nothing of the info (only a linking error keeps it), so one is reused.
            info = this.reused;
            info.reference = reference;
            info.container = container;
            info.property = property;
            info.index = index;
        } else {
            // A linking error keeps its info: each gets its own, shaped as plan-walk.ts's.
            info = index === undefined ? { reference, container, property } : { reference, container, property, index };
        }
        this.linking = info;
        this.found = found;
        this.asked = false;
        this.doLink(info, document);
        const asked = this.asked;
        this.linking = undefined;
        this.found = undefined;
        if (!asked) return Number.NaN;
        if (!found) return 1;
        return found.node ? 0 : Number.NaN;
    }

    override getCandidate(refInfo: ReferenceInfo): AstNodeDescription | LinkingError {
        if (refInfo === this.linking) {
            this.asked = true;
            return this.found ?? this.createLinkingError(refInfo);
        }
        return super.getCandidate(refInfo);
    }

    override unlink(document: LangiumDocument): void {
        this.unresolved.delete(document);
        super.unlink(document);
    }

    /**
     * How many references of the document are unresolved, as its last link() left them: known when link() saw the
     * outcome of every reference (undefined otherwise). A document is linked again (unlinked first) whenever what
     * its names resolve to may have changed, so the count holds until then.
     */
    unresolvedCount(document: LangiumDocument): number | undefined {
        return this.unresolved.get(document);
    }
}

/**
 * What `reference.ref` returns, read from the description linking found: once linked, the target is that
 * description's node (Langium's loadAstNode takes the node a description carries). `ref` goes through the linker's
 * resolver on every read, and the checks read every reference of a plan several times. A reference without a
 * description (unresolved, or not linked yet) or whose description carries no node is read through `ref`.
 */
export function linkedTarget<T extends AstNode>(reference: Reference<T>): T | undefined {
    return (reference.$nodeDescription?.node as T | undefined) ?? reference.ref;
}
