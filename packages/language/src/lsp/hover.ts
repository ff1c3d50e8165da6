// Hover with the computed schedule (docs/editors.md): an activity's dates, slack and critical flag and who it depends on;
// a capability's providers (with the day it is ready) and requirers; a phase's span. Markdown. With a status date
// (docs/scheduling.md, "The forecast") an activity shows its planned and forecast dates, the variance, its state and
// health, and the programme its planned and forecast end.
import type { DtpServices } from '../dtp-module.js';
import { AstUtils, CstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { Health, RoadmapActivity, RoadmapModel } from '@dtp/roadmap';
import { isActivity, isCapability, isPhase, isPlan, isProgramme, type Activity, type Capability, type Phase, type Plan, type Programme } from '../generated/ast.js';
import { daysBetween, formatDuration } from '../scheduler/calendar.js';
import { count } from '../words.js';
import { formatSlack, lastDay, scheduleOf, type ScheduleIndex } from './schedule.js';
import { planOf } from '../workspace/plan-walk.js';

export class DtpHoverProvider implements HoverProvider {
    constructor(private readonly services: DtpServices) {}

    async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const cst = CstUtils.findDeclarationNodeAtOffset(root, offset, this.services.parser.GrammarConfig.nameRegexp);
        if (!cst || cst.end <= offset) return undefined;
        const schedule = await scheduleOf(this.services, document);
        const plan = planOf(document);
        const parts: string[] = [];
        for (const target of this.services.references.References.findDeclarations(cst)) {
            if (isActivity(target)) {
                // Only the document's (first) programme is scheduled; a second one (an error) shows no dates.
                const programme = AstUtils.getContainerOfType(target, isProgramme);
                parts.push(activityHover(target, programme?.name === schedule?.model.programme.id ? schedule : undefined));
            } else if (isCapability(target)) parts.push(capabilityHover(target, schedule, plan));
            else if (isProgramme(target)) parts.push(programmeHover(target, schedule));
        }
        // A phase has no name: its header (keyword or kind) shows the phase.
        if (parts.length === 0 && isPhase(cst.astNode) && cst.offset < (GrammarUtils.findNodeForKeyword(cst.astNode.$cstNode, '{')?.offset ?? cst.end)) {
            parts.push(phaseHover(cst.astNode, schedule));
        }
        if (parts.length === 0) return undefined;
        return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: { start: document.textDocument.positionAt(cst.offset), end: document.textDocument.positionAt(cst.end) } };
    }
}

function activityHover(activity: Activity, schedule: ScheduleIndex | undefined): string {
    const lines = [`**${activity.kind} \`${activity.name}\`**${activity.label ? ` — ${escape(activity.label)}` : ''}`, ''];
    const scheduled = schedule?.activities.get(activity.name);
    const statusDate = schedule?.model.programme.statusDate;
    lines.push(`- Phase: ${activity.$container.kind}`);
    if (scheduled && statusDate) lines.push(...trackingLines(scheduled, statusDate));
    else if (scheduled) lines.push(...scheduleLines(scheduled));
    else {
        if (activity.duration) lines.push(`- Duration: ${activity.duration.value}`);
        lines.push('- Not scheduled yet: fix the errors in this plan to see its dates');
    }
    if (activity.provides.length > 0) {
        lines.push(`- Provides: ${activity.provides.map(ref => `\`${ref.$refText}\``).join(', ')}`);
    }
    for (const ref of activity.requires) {
        const capability = schedule?.capabilities.get(ref.$refText);
        const providers = capability?.providers.map(id => `\`${id}\`${endOf(schedule!.activities.get(id))}`).join(', ');
        lines.push(`- Requires \`${ref.$refText}\`: ${providers ? `provided by ${providers}` : capability ? '**nobody provides it**' : 'see its providers after scheduling'}`);
    }
    if (activity.after.length > 0) {
        lines.push(`- After: ${activity.after.map(dep => `\`${dep.target.$refText}\`${dep.sign && dep.offset ? ` ${dep.sign} ${dep.offset.value}` : ''}`).join(', ')}`);
    }
    if (activity.owner) lines.push(`- Owner: ${escape(activity.owner)}`);
    // With a status date the state line above says it, derived from all the facts.
    if (activity.status && !(scheduled && statusDate)) lines.push(`- Status: ${activity.status}${activity.progress !== undefined ? ` (${activity.progress}%)` : ''}`);
    return lines.join('\n');
}

/** Plan against forecast: the planned and forecast spans, the variance, the state on the status date and the health. */
function trackingLines(activity: RoadmapActivity, statusDate: string): string[] {
    if (!activity.scheduled || !activity.start) return scheduleLines(activity);
    const planned = activity.planned;
    const lines: string[] = [];
    if (planned) lines.push(`- Planned: ${span(activity, planned.start, planned.end)}`);
    lines.push(`- Forecast: ${span(activity, activity.start, activity.end)}`);
    if (activity.variance !== undefined && activity.variance !== null) lines.push(`- Variance: ${formatVariance(activity.variance)}`);
    const facts = [
        activity.started && `started ${activity.started}`,
        activity.finished && `finished ${activity.finished}`,
        activity.progress !== undefined && `${activity.progress}% done`
    ].filter(Boolean);
    lines.push(`- State on ${statusDate}: ${activity.state ?? 'planned'}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}`);
    if (activity.health) lines.push(`- Health: ${HEALTH[activity.health]}`);
    if (activity.duration) lines.push(`- Duration: ${formatDuration(activity.duration)}`);
    if (activity.pinned) lines.push('- Pinned by its fixed `start`');
    // Done work cannot be delayed any more: its slack says nothing.
    const slack = activity.state === 'done' ? undefined : formatSlack(activity);
    if (slack === 'critical') lines.push('- **Critical** in the forecast: any further delay moves the end of the programme');
    else if (slack) lines.push(`- Slack in the forecast: ${count(activity.slack ?? 0, 'day')}`);
    return lines;
}

const HEALTH: Record<Health, string> = {
    done: 'done',
    'on-track': 'on track',
    'at-risk': '**at risk**: later than planned, within its slack',
    late: '**late**: it moves the end of the programme'
};

/** `2027-01-04 → 2027-02-14`, `◆ 2027-02-01` for a milestone, `from 2027-05-01 (recurring)` without an end. */
function span(activity: RoadmapActivity, start: string | null, end: string | null): string {
    if (!start) return 'not scheduled';
    if (activity.kind === 'milestone' || end === start) return `◆ ${start}`;
    if (!end) return `from ${start}${activity.every ? ` (every ${formatDuration(activity.every)})` : ''}`;
    return `${start} → ${lastDay(start, end)}`;
}

/** Forecast end − planned end: `+3 days`, `2 days early`, `on plan`. */
export function formatVariance(days: number): string {
    if (days === 0) return 'on plan';
    const shown = count(Math.abs(days), 'day');
    return days > 0 ? `+${shown}` : `${shown} early`;
}

function scheduleLines(activity: RoadmapActivity): string[] {
    if (!activity.scheduled || !activity.start) return ['- **Not scheduled**: it is part of a dependency cycle'];
    const lines: string[] = [];
    if (activity.every) {
        lines.push(`- Starts ${activity.start}, recurs every ${formatDuration(activity.every)} (no end)`);
        return lines;
    }
    if (activity.kind === 'milestone' || activity.end === activity.start) lines.push(`- Milestone on ${activity.start}`);
    else if (activity.end) {
        lines.push(`- Start: ${activity.start}`);
        lines.push(`- Last day: ${lastDay(activity.start, activity.end)} (successors start ${activity.end})`);
    }
    if (activity.duration) lines.push(`- Duration: ${formatDuration(activity.duration)}`);
    if (activity.pinned) lines.push('- Pinned by its fixed `start`');
    const slack = formatSlack(activity);
    if (slack === 'critical') lines.push('- **Critical**: no slack — any delay moves the end of the programme');
    else if (slack) lines.push(`- Slack: ${count(activity.slack ?? 0, 'day')}`);
    return lines;
}

function capabilityHover(capability: Capability, schedule: ScheduleIndex | undefined, plan: Plan): string {
    const lines = [`**capability \`${capability.name}\`** — ${escape(capability.label ?? '')}`, '', `- Kind: ${capability.kind}`];
    const scheduled = schedule?.capabilities.get(capability.name);
    let providers: string[];
    let requirers: string[];
    if (scheduled) {
        providers = scheduled.providers.map(id => `\`${id}\`${endOf(schedule!.activities.get(id))}`);
        requirers = scheduled.requirers.map(id => `\`${id}\``);
        if (scheduled.availableFrom) lines.push(`- Ready from ${scheduled.availableFrom}`);
    } else {
        // Without a schedule, read the plan being looked at (a catalogue shows only kind and label).
        const activities = isPlan(plan) ? plan.programmes.flatMap(p => p.phases.flatMap(phase => phase.activities)) : [];
        providers = activities.filter(a => a.provides.some(ref => ref.$refText === capability.name)).map(a => `\`${a.name}\``);
        requirers = activities.filter(a => a.requires.some(ref => ref.$refText === capability.name)).map(a => `\`${a.name}\``);
    }
    lines.push(`- Provided by: ${providers.length > 0 ? providers.join(', ') : '**nobody** — add `provides ' + capability.name + '` to a foundation activity'}`);
    lines.push(`- Required by: ${requirers.length > 0 ? requirers.join(', ') : 'nobody yet'}`);
    return lines.join('\n');
}

function programmeHover(programme: Programme, schedule: ScheduleIndex | undefined): string {
    const lines = [`**programme \`${programme.name}\`**${programme.title ? ` — ${escape(programme.title)}` : ''}`, ''];
    const model = schedule?.model.programme.id === programme.name ? schedule.model : undefined;
    if (model) {
        if (model.programme.statusDate) lines.push(...programmeTrackingLines(model, model.programme.statusDate));
        else lines.push(`- ${model.programme.start} → ${lastDay(model.programme.start, model.programme.end)} (continuous improvement goes on)`);
        lines.push(`- ${count(model.activities.length, 'activity')} in ${count(model.phases.length, 'phase')}; critical path: ${count(model.criticalPath.length, 'activity')}`);
    } else {
        lines.push('- Not scheduled yet');
    }
    if (programme.owner) lines.push(`- Owner: ${escape(programme.owner)}`);
    return lines.join('\n');
}

/** The status date, the planned against the forecast end, and how many activities are late or at risk. */
function programmeTrackingLines(model: RoadmapModel, statusDate: string): string[] {
    const { start, end, planned } = model.programme;
    const lines = [`- Status date: ${statusDate}`];
    if (planned?.start && planned.end) lines.push(`- Planned: ${planned.start} → ${lastDay(planned.start, planned.end)}`);
    const variance = planned?.end ? ` (${formatVariance(daysBetween(planned.end, end))})` : '';
    lines.push(`- Forecast: ${start} → ${lastDay(start, end)}${variance}; continuous improvement goes on`);
    const late = model.activities.filter(activity => activity.health === 'late').length;
    const atRisk = model.activities.filter(activity => activity.health === 'at-risk').length;
    const done = model.activities.filter(activity => activity.state === 'done').length;
    lines.push(`- ${done} done, ${late} late, ${atRisk} at risk`);
    return lines;
}

function phaseHover(phase: Phase, schedule: ScheduleIndex | undefined): string {
    const lines = [`**phase ${phase.kind}**${phase.label ? ` — ${escape(phase.label)}` : ''}`, ''];
    const scheduled = schedule?.phases.get(phase.kind);
    const planned = schedule?.model.programme.statusDate ? scheduled?.planned : undefined;
    if (scheduled?.start) {
        // With a status date the phase spans its forecast; its plan comes first.
        if (planned?.start) lines.push(`- Planned: ${planned.start} → ${planned.end && !scheduled.openEnded ? lastDay(planned.start, planned.end) : 'open-ended'}`);
        const label = planned ? 'Forecast: ' : '';
        if (scheduled.openEnded || !scheduled.end) lines.push(`- ${label}${planned ? 'from' : 'From'} ${scheduled.start}, open-ended`);
        else lines.push(`- ${label}${scheduled.start} → ${lastDay(scheduled.start, scheduled.end)} (${count(scheduled.activityIds.length, 'activity')})`);
    } else {
        lines.push('- Not scheduled yet');
    }
    if (phase.intensity) lines.push(`- Intensity: ${phase.intensity}`);
    return lines.join('\n');
}

function endOf(activity: RoadmapActivity | undefined): string {
    if (!activity?.start || !activity.end) return '';
    return ` (ready ${activity.end})`;
}

/** User text goes into Markdown: keep it literal. */
function escape(text: string): string {
    return text.replace(/[\\`*_{}[\]<>()#+!|]/g, char => `\\${char}`);
}
