// Inlay hints: the computed dates after each activity header (`2027-01-04 → 2027-02-14 · critical`), so the
// schedule is readable in the text without opening the preview. With a status date the dates are the forecast, followed
// by the variance where the forecast differs from the plan (`2027-02-03 → 2027-03-21 · +21d · critical`).
import type { DtpServices } from '../dtp-module.js';
import { GrammarUtils, type LangiumDocument } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import { InlayHintKind, type CancellationToken, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import { isPlan, type Activity } from '../generated/ast.js';
import { t, type Locale, type RoadmapActivity } from '@dtp/roadmap';
import { afterDiagnostics } from './diagnostics-first.js';
import { formatSlack, formatSpan, scheduleOf } from './schedule.js';

export class DtpInlayHintProvider implements InlayHintProvider {
    constructor(private readonly services: DtpServices) {}

    async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: CancellationToken): Promise<InlayHint[] | undefined> {
        // The dates come from the roadmap model, which a big plan takes long to build: after the diagnostics.
        await afterDiagnostics(this.services.shared.workspace.DocumentBuilder, document, cancelToken);
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
                    const locale = this.services.i18n.Locale.current;
                    const span = scheduled && formatSpan(scheduled, locale);
                    if (!scheduled || !span) continue;
                    const statusDate = schedule.model.programme.statusDate;
                    // Done work cannot slip any more: its slack says nothing.
                    const slack = statusDate && scheduled.state === 'done' ? undefined : formatSlack(scheduled, locale);
                    const variance = statusDate ? formatVarianceShort(scheduled.variance, locale) : undefined;
                    const ends = scheduled.end && !scheduled.every ? t(locale, 'inlay.ends', { end: scheduled.end }) : undefined;
                    hints.push({
                        position: text.positionAt(anchor),
                        label: [span, variance, slack].filter(Boolean).join(' · '),
                        kind: InlayHintKind.Type,
                        paddingLeft: true,
                        tooltip: statusDate ? trackingTooltip(scheduled, statusDate, ends, locale) : ends
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

/** `+21d`, `14d early`; nothing when on plan or without an end. */
function formatVarianceShort(variance: number | null | undefined, locale: Locale): string | undefined {
    if (!variance) return undefined;
    return variance > 0 ? t(locale, 'inlay.variance-late', { days: variance }) : t(locale, 'inlay.variance-early', { days: -variance });
}

function trackingTooltip(activity: RoadmapActivity, statusDate: string, ends: string | undefined, locale: Locale): string {
    const planned = activity.planned && formatSpan({ ...activity, start: activity.planned.start, end: activity.planned.end }, locale);
    return [t(locale, 'inlay.forecast', { date: statusDate, planned }), ends].filter(Boolean).join(' ');
}
