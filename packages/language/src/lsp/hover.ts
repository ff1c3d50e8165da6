// Hover with the computed schedule (docs/editors.md): an activity's dates, slack and critical flag and who it depends on;
// a capability's providers (with the day it is ready) and requirers; a phase's span. Markdown.
import { AstUtils, CstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import type { HoverProvider, LangiumServices } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { RoadmapActivity } from '@dtp/roadmap';
import { isActivity, isCapability, isPhase, isPlan, isProgramme, type Activity, type Capability, type Phase, type Plan, type Programme } from '../generated/ast.js';
import { formatDuration } from '../scheduler/calendar.js';
import { formatSlack, lastDay, scheduleOf, type ScheduleIndex } from './schedule.js';

export class DtpHoverProvider implements HoverProvider {
    constructor(private readonly services: LangiumServices) {}

    async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const cst = CstUtils.findDeclarationNodeAtOffset(root, offset, this.services.parser.GrammarConfig.nameRegexp);
        if (!cst || cst.end <= offset) return undefined;
        const schedule = await scheduleOf(this.services, document);
        const plan = document.parseResult.value as Plan;
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
    lines.push(`- Phase: ${activity.$container.kind}`);
    if (scheduled) lines.push(...scheduleLines(scheduled));
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
    if (activity.status) lines.push(`- Status: ${activity.status}${activity.progress !== undefined ? ` (${activity.progress}%)` : ''}`);
    return lines.join('\n');
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
    else if (slack) lines.push(`- Slack: ${activity.slack} days`);
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
        lines.push(`- ${model.programme.start} → ${lastDay(model.programme.start, model.programme.end)} (continuous improvement goes on)`);
        lines.push(`- ${model.activities.length} activities in ${model.phases.length} phases; critical path: ${model.criticalPath.length} activities`);
    } else {
        lines.push('- Not scheduled yet');
    }
    if (programme.owner) lines.push(`- Owner: ${escape(programme.owner)}`);
    return lines.join('\n');
}

function phaseHover(phase: Phase, schedule: ScheduleIndex | undefined): string {
    const lines = [`**phase ${phase.kind}**${phase.label ? ` — ${escape(phase.label)}` : ''}`, ''];
    const scheduled = schedule?.phases.get(phase.kind);
    if (scheduled?.start) {
        if (scheduled.openEnded || !scheduled.end) lines.push(`- From ${scheduled.start}, open-ended`);
        else lines.push(`- ${scheduled.start} → ${lastDay(scheduled.start, scheduled.end)} (${scheduled.activityIds.length} activities)`);
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
