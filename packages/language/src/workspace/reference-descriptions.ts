// The reference index (find references, rename) built from the reference places directly (see plan-walk.ts).
import {
    AstUtils, Cancellation, CstUtils, DefaultReferenceDescriptionProvider, interruptAndCheck, isReference, UriUtils,
    type AstNode, type AstNodeDescription, type AstNodeLocator, type CstNode, type DocumentSegment, type LangiumDocument,
    type ReferenceDescription, type ReferenceInfo, type URI
} from 'langium';
import { forEachReference, planOf } from './plan-walk.js';

export class DtpReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        await interruptAndCheck(cancelToken);
        const descriptions: ReferenceDescription[] = [];
        forEachReference(planOf(document), info => {
            if (!info.reference.error) descriptions.push(...this.createInfoDescriptions(info));
        });
        return descriptions;
    }

    /**
     * Langium's descriptions, with the source and target paths and the source segment computed when first read:
     * the server indexes every reference after every edit, but only find references and rename read those three,
     * and on a plan of 10,000 activities computing them was a tenth of each rebuild.
     */
    override createInfoDescriptions(refInfo: ReferenceInfo): ReferenceDescription[] {
        const reference = refInfo.reference;
        if (reference.error || !reference.$refNode || !isReference(reference) || !reference.$nodeDescription) {
            return super.createInfoDescriptions(refInfo);
        }
        const sourceUri = AstUtils.getDocument(refInfo.container).uri;
        return [new LazyReferenceDescription(sourceUri, refInfo.container, reference.$refNode, reference.$nodeDescription, this.nodeLocator)];
    }
}

/** A class, so the getters live on one prototype. */
class LazyReferenceDescription implements ReferenceDescription {
    readonly targetUri: URI;
    readonly local: boolean;
    private cachedSourcePath?: string;
    private cachedSegment?: DocumentSegment;

    constructor(
        readonly sourceUri: URI,
        private readonly container: AstNode,
        private readonly refNode: CstNode,
        private readonly target: AstNodeDescription,
        private readonly locator: AstNodeLocator
    ) {
        this.targetUri = target.documentUri;
        this.local = UriUtils.equals(target.documentUri, sourceUri);
    }

    get sourcePath(): string {
        return this.cachedSourcePath ??= this.locator.getAstNodePath(this.container);
    }

    get targetPath(): string {
        return this.target.path;
    }

    get segment(): DocumentSegment {
        return this.cachedSegment ??= CstUtils.toDocumentSegment(this.refNode);
    }
}
