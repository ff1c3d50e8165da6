// Links a plan by visiting its reference places directly (see plan-walk.ts) instead of streaming every node.
import { DefaultLinker, interruptAndCheck, type LangiumDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import type { Plan } from '../generated/ast.js';
import { forEachReference } from './plan-walk.js';

export class DtpLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        await interruptAndCheck(cancelToken);
        forEachReference(document.parseResult.value as Plan, info => this.doLink(info, document));
    }
}
