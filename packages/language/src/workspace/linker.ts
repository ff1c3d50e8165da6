// Links a plan by visiting its reference places directly (see plan-walk.ts) instead of streaming every node.
import { DefaultLinker, interruptAndCheck, type LangiumDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { forEachReference, planOf } from './plan-walk.js';

export class DtpLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        await interruptAndCheck(cancelToken);
        forEachReference(planOf(document), info => this.doLink(info, document));
    }
}
