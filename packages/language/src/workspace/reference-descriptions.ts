// The reference index (find references, rename) built from the reference places directly (see plan-walk.ts).
import {
    DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription
} from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { forEachReference, planOf } from './plan-walk.js';

export class DtpReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<ReferenceDescription[]> {
        await interruptAndCheck(cancelToken);
        const descriptions: ReferenceDescription[] = [];
        forEachReference(planOf(document), info => {
            if (!info.reference.error) descriptions.push(...this.createInfoDescriptions(info));
        });
        return descriptions;
    }
}
