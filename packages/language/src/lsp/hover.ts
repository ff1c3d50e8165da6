// Hover with the computed schedule (docs/editors.md): an activity's dates, slack and critical flag and who it depends on;
// a capability's providers (with the day it is ready) and requirers; a phase's span. Markdown. With a status date
// (docs/scheduling.md, "The forecast") an activity shows its planned and forecast dates, the variance, its state and
// health, and the programme its planned and forecast end.
import type { DtpServices } from '../dtp-module.js';
import { AstUtils, CstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { t as translated, type Locale, type MessageId, type MessageParams, type RoadmapActivity, type RoadmapModel } from '@dtp/roadmap';
import { isActivity, isCapability, isPhase, isPlan, isProgramme, type Activity, type Capability, type Phase, type Plan, type Programme } from '../generated/ast.js';
import { daysBetween, formatDuration } from '../scheduler/calendar.js';
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
        const t = words(this.services.i18n.Locale.current);
        for (const target of this.services.references.References.findDeclarations(cst)) {
            if (isActivity(target)) {
                // Only the document's (first) programme is scheduled; a second one (an error) shows no dates.
                const programme = AstUtils.getContainerOfType(target, isProgramme);
                parts.push(activityHover(target, programme?.name === schedule?.model.programme.id ? schedule : undefined, t));
            } else if (isCapability(target)) parts.push(capabilityHover(target, schedule, plan, t));
            else if (isProgramme(target)) parts.push(programmeHover(target, schedule, t));
        }
        // A phase has no name: its header (keyword or kind) shows the phase.
        if (parts.length === 0 && isPhase(cst.astNode) && cst.offset < (GrammarUtils.findNodeForKeyword(cst.astNode.$cstNode, '{')?.offset ?? cst.end)) {
            parts.push(phaseHover(cst.astNode, schedule, t));
        }
        if (parts.length === 0) return undefined;
        return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: { start: document.textDocument.positionAt(cst.offset), end: document.textDocument.positionAt(cst.end) } };
    }
}

/** The catalogue in the client's language (lsp/locale.ts). */
type Words = <K extends MessageId>(id: K, ...params: MessageParams<K>) => string;

function words(locale: Locale): Words {
    return (id, ...params) => translated(locale, id, ...params);
}

function activityHover(activity: Activity, schedule: ScheduleIndex | undefined, t: Words): string {
    const lines = [`**${activity.kind} \`${activity.name}\`**${activity.label ? ` — ${escapeMarkdown(activity.label)}` : ''}`, ''];
    const scheduled = schedule?.activities.get(activity.name);
    const statusDate = schedule?.model.programme.statusDate;
    lines.push(t('hover.phase', { kind: activity.$container.kind }));
    if (scheduled && statusDate) lines.push(...trackingLines(scheduled, statusDate, t));
    else if (scheduled) lines.push(...scheduleLines(scheduled, t));
    else {
        if (activity.duration) lines.push(t('hover.duration', { value: activity.duration.value }));
        lines.push(t('hover.not-scheduled-errors'));
    }
    if (activity.provides.length > 0) {
        lines.push(t('hover.provides', { list: activity.provides.map(ref => `\`${ref.$refText}\``).join(', ') }));
    }
    for (const ref of activity.requires) {
        const capability = schedule?.capabilities.get(ref.$refText);
        const providers = capability?.providers.map(id => `\`${id}\`${endOf(schedule!.activities.get(id), t)}`).join(', ');
        lines.push(t('hover.requires', { capability: ref.$refText, providers: providers || undefined, known: !!capability }));
    }
    if (activity.after.length > 0) {
        lines.push(t('hover.after', { list: activity.after.map(dep => `\`${dep.target.$refText}\`${dep.sign && dep.offset ? ` ${dep.sign} ${dep.offset.value}` : ''}`).join(', ') }));
    }
    if (activity.owner) lines.push(t('hover.owner', { owner: escapeMarkdown(activity.owner) }));
    // With a status date the state line above says it, derived from all the facts.
    if (activity.status && !(scheduled && statusDate)) lines.push(t('hover.status', { status: activity.status, progress: activity.progress }));
    return lines.join('\n');
}

/** Plan against forecast: the planned and forecast spans, the variance, the state on the status date and the health. */
function trackingLines(activity: RoadmapActivity, statusDate: string, t: Words): string[] {
    if (!activity.scheduled || !activity.start) return scheduleLines(activity, t);
    const planned = activity.planned;
    const lines: string[] = [];
    if (planned) lines.push(t('hover.planned', { span: span(activity, planned.start, planned.end, t) }));
    lines.push(t('hover.forecast', { span: span(activity, activity.start, activity.end, t) }));
    if (activity.variance !== undefined && activity.variance !== null) lines.push(t('hover.variance', { variance: formatVariance(activity.variance, t) }));
    const facts = [
        activity.started && t('hover.fact.started', { date: activity.started }),
        activity.finished && t('hover.fact.finished', { date: activity.finished }),
        activity.progress !== undefined && t('hover.fact.progress', { progress: activity.progress })
    ].filter((fact): fact is string => !!fact);
    lines.push(t('hover.state', { date: statusDate, state: t(`state.${activity.state ?? 'planned'}`), facts }));
    if (activity.health) lines.push(t('hover.health', { health: t(`hover.health.${activity.health}`) }));
    if (activity.duration) lines.push(t('hover.duration', { value: formatDuration(activity.duration) }));
    if (activity.pinned) lines.push(t('hover.pinned'));
    // Done work cannot be delayed any more: its slack says nothing.
    const slack = activity.state === 'done' ? undefined : formatSlack(activity);
    if (slack === 'critical') lines.push(t('hover.critical-forecast'));
    else if (slack) lines.push(t('hover.slack-forecast', { days: activity.slack ?? 0 }));
    return lines;
}

/** `2027-01-04 → 2027-02-14`, `◆ 2027-02-01` for a milestone, `from 2027-05-01 (recurring)` without an end. */
function span(activity: RoadmapActivity, start: string | null, end: string | null, t: Words): string {
    if (!start) return t('hover.span.not-scheduled');
    if (activity.kind === 'milestone' || end === start) return `◆ ${start}`;
    if (!end) return t('hover.span.from', { start, every: activity.every ? formatDuration(activity.every) : undefined });
    return `${start} → ${lastDay(start, end)}`;
}

/** Forecast end − planned end: `+3 days`, `2 days early`, `on plan`. */
export function formatVariance(days: number, t: Words = words('en')): string {
    if (days === 0) return t('variance.on-plan');
    return days > 0 ? t('variance.late', { days }) : t('variance.early', { days: -days });
}

function scheduleLines(activity: RoadmapActivity, t: Words): string[] {
    if (!activity.scheduled || !activity.start) return [t('hover.not-scheduled-cycle')];
    const lines: string[] = [];
    if (activity.every) {
        lines.push(t('hover.recurs', { start: activity.start, every: formatDuration(activity.every) }));
        return lines;
    }
    if (activity.kind === 'milestone' || activity.end === activity.start) lines.push(t('hover.milestone-on', { date: activity.start }));
    else if (activity.end) {
        lines.push(t('hover.start', { date: activity.start }));
        lines.push(t('hover.last-day', { last: lastDay(activity.start, activity.end), next: activity.end }));
    }
    if (activity.duration) lines.push(t('hover.duration', { value: formatDuration(activity.duration) }));
    if (activity.pinned) lines.push(t('hover.pinned'));
    const slack = formatSlack(activity);
    if (slack === 'critical') lines.push(t('hover.critical'));
    else if (slack) lines.push(t('hover.slack', { days: activity.slack ?? 0 }));
    return lines;
}

function capabilityHover(capability: Capability, schedule: ScheduleIndex | undefined, plan: Plan, t: Words): string {
    const lines = [`**capability \`${capability.name}\`** — ${escapeMarkdown(capability.label ?? '')}`, '', t('hover.kind', { kind: capability.kind })];
    const scheduled = schedule?.capabilities.get(capability.name);
    let providers: string[];
    let requirers: string[];
    if (scheduled) {
        providers = scheduled.providers.map(id => `\`${id}\`${endOf(schedule!.activities.get(id), t)}`);
        requirers = scheduled.requirers.map(id => `\`${id}\``);
        if (scheduled.availableFrom) lines.push(t('hover.ready-from', { date: scheduled.availableFrom }));
    } else {
        // Without a schedule, read the plan being looked at (a catalogue shows only kind and label).
        const activities = isPlan(plan) ? plan.programmes.flatMap(p => p.phases.flatMap(phase => phase.activities)) : [];
        providers = activities.filter(a => a.provides.some(ref => ref.$refText === capability.name)).map(a => `\`${a.name}\``);
        requirers = activities.filter(a => a.requires.some(ref => ref.$refText === capability.name)).map(a => `\`${a.name}\``);
    }
    lines.push(t('hover.provided-by', { list: providers.length > 0 ? providers.join(', ') : undefined, name: capability.name }));
    lines.push(t('hover.required-by', { list: requirers.length > 0 ? requirers.join(', ') : undefined }));
    return lines.join('\n');
}

function programmeHover(programme: Programme, schedule: ScheduleIndex | undefined, t: Words): string {
    const lines = [`**programme \`${programme.name}\`**${programme.title ? ` — ${escapeMarkdown(programme.title)}` : ''}`, ''];
    const model = schedule?.model.programme.id === programme.name ? schedule.model : undefined;
    if (model) {
        if (model.programme.statusDate) lines.push(...programmeTrackingLines(model, model.programme.statusDate, t));
        else lines.push(t('hover.programme-span', { start: model.programme.start, last: lastDay(model.programme.start, model.programme.end) }));
        lines.push(t('hover.programme-counts', { activities: model.activities.length, phases: model.phases.length, critical: model.criticalPath.length }));
    } else {
        lines.push(t('hover.not-scheduled'));
    }
    if (programme.owner) lines.push(t('hover.owner', { owner: escapeMarkdown(programme.owner) }));
    return lines.join('\n');
}

/** The status date, the planned against the forecast end, and how many activities are late or at risk. */
function programmeTrackingLines(model: RoadmapModel, statusDate: string, t: Words): string[] {
    const { start, end, planned } = model.programme;
    const lines = [t('hover.status-date', { date: statusDate })];
    if (planned?.start && planned.end) lines.push(t('hover.planned', { span: `${planned.start} → ${lastDay(planned.start, planned.end)}` }));
    const variance = planned?.end ? formatVariance(daysBetween(planned.end, end), t) : undefined;
    lines.push(t('hover.forecast-programme', { span: `${start} → ${lastDay(start, end)}`, variance }));
    const late = model.activities.filter(activity => activity.health === 'late').length;
    const atRisk = model.activities.filter(activity => activity.health === 'at-risk').length;
    const done = model.activities.filter(activity => activity.state === 'done').length;
    lines.push(t('hover.programme-health', { done, late, atRisk }));
    return lines;
}

function phaseHover(phase: Phase, schedule: ScheduleIndex | undefined, t: Words): string {
    const lines = [`**phase ${phase.kind}**${phase.label ? ` — ${escapeMarkdown(phase.label)}` : ''}`, ''];
    const scheduled = schedule?.phases.get(phase.kind);
    const planned = schedule?.model.programme.statusDate ? scheduled?.planned : undefined;
    if (scheduled?.start) {
        // With a status date the phase spans its forecast; its plan comes first.
        if (planned?.start) lines.push(t('hover.planned', { span: `${planned.start} → ${planned.end && !scheduled.openEnded ? lastDay(planned.start, planned.end) : t('hover.open-ended')}` }));
        if (scheduled.openEnded || !scheduled.end) lines.push(t('hover.phase-from', { forecast: !!planned, start: scheduled.start }));
        else lines.push(t('hover.phase-span', { forecast: !!planned, start: scheduled.start, last: lastDay(scheduled.start, scheduled.end), activities: scheduled.activityIds.length }));
    } else {
        lines.push(t('hover.not-scheduled'));
    }
    if (phase.intensity) lines.push(t('hover.intensity', { intensity: phase.intensity }));
    return lines.join('\n');
}

function endOf(activity: RoadmapActivity | undefined, t: Words): string {
    if (!activity?.start || !activity.end) return '';
    return t('hover.ready', { date: activity.end });
}

/** User text goes into Markdown: keep it literal. */
function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]<>()#+!|]/g, char => `\\${char}`);
}
