// Inlay hints: the computed dates after each activity header (`2027-01-04 → 2027-02-14 · critical`), so the
// schedule is readable in the text without opening the preview.
import { GrammarUtils, type LangiumDocument } from 'langium';
import type { InlayHintProvider, LangiumServices } from 'langium/lsp';
import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import { isPlan, type Activity } from '../generated/ast.js';
import { formatSlack, formatSpan, scheduleOf } from './schedule.js';

export class DtpInlayHintProvider implements InlayHintProvider {
    constructor(private readonly services: LangiumServices) {}

    async getInlayHints(document: LangiumDocument, params: InlayHintParams): Promise<InlayHint[] | undefined> {
        const schedule = await scheduleOf(this.services, document);
        const plan = document.parseResult.value;
        if (!schedule || !isPlan(plan)) return undefined;
        const text = document.textDocument;
        const from = text.offsetAt(params.range.start);
        const to = text.offsetAt(params.range.end);
        const hints: InlayHint[] = [];
        for (const programme of plan.programmes) {
            if (programme.name !== schedule.model.programme.id) continue; // only the first programme is scheduled
            for (const phase of programme.phases) {
                const extent = phase.$cstNode;
                if (!extent || extent.end < from || extent.offset > to) continue; // only what the editor shows
                for (const activity of phase.activities) {
                    const cst = activity.$cstNode;
                    if (!cst || cst.end < from || cst.offset > to) continue;
                    const anchor = headerEnd(activity);
                    if (anchor === undefined || anchor < from || anchor > to) continue;
                    const scheduled = schedule.activities.get(activity.name);
                    const span = scheduled && formatSpan(scheduled);
                    if (!scheduled || !span) continue;
                    const slack = formatSlack(scheduled);
                    hints.push({
                        position: text.positionAt(anchor),
                        label: slack ? `${span} · ${slack}` : span,
                        kind: InlayHintKind.Type,
                        paddingLeft: true,
                        tooltip: scheduled.end && !scheduled.every
                            ? `Ends ${scheduled.end} (exclusive): successors start that day`
                            : undefined
                    });
                }
            }
        }
        return hints;
    }
}

/** After the label (or the name when there is no label): the end of the activity's header. */
function headerEnd(activity: Activity): number | undefined {
    const node = GrammarUtils.findNodeForProperty(activity.$cstNode, 'label') ?? GrammarUtils.findNodeForProperty(activity.$cstNode, 'name');
    return node?.end;
}
