// Links a plan by visiting its reference places directly (see plan-walk.ts) instead of streaming every node.
import { Cancellation, DefaultLinker, interruptAndCheck, type LangiumDocument } from 'langium';
import { forEachReference, planOf } from './plan-walk.js';

export class DtpLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await interruptAndCheck(cancelToken);
        forEachReference(planOf(document), info => this.doLink(info, document));
    }
}
