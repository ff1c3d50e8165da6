// The language features read dates from the one scheduler (services.scheduler.ScheduleProvider); they never
// schedule themselves. Lookup tables per model are built once, so a hover or an inlay hint costs no scan.
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import type { RoadmapActivity, RoadmapCapability, RoadmapModel, RoadmapPhase } from '@dtp/roadmap';
import { addCalendarDays } from '../scheduler/calendar.js';

/** The shape of the scheduler service this module relies on (owned by the scheduler). */
interface ScheduleService {
    getSchedule(document: LangiumDocument): { model: RoadmapModel } | undefined | Promise<{ model: RoadmapModel } | undefined>;
}

export interface ScheduleIndex {
    model: RoadmapModel;
    activities: Map<string, RoadmapActivity>;
    capabilities: Map<string, RoadmapCapability>;
    phases: Map<string, RoadmapPhase>;
}

const indexes = new WeakMap<RoadmapModel, ScheduleIndex>();

/** The computed schedule of the document's programme, or undefined when there is none (catalogue, no scheduler, failure). */
export async function scheduleOf(services: object, document: LangiumDocument): Promise<ScheduleIndex | undefined> {
    const provider = (services as { scheduler?: { ScheduleProvider?: ScheduleService } }).scheduler?.ScheduleProvider;
    if (!provider) return undefined;
    let model: RoadmapModel | undefined;
    try {
        model = (await provider.getSchedule(document))?.model;
    } catch {
        return undefined; // a half-typed plan may not schedule; features degrade to what the AST says
    }
    if (!model) return undefined;
    let index = indexes.get(model);
    if (!index) {
        index = {
            model,
            activities: new Map(model.activities.map(activity => [activity.id, activity])),
            capabilities: new Map(model.capabilities.map(capability => [capability.id, capability])),
            phases: new Map(model.phases.map(phase => [phase.kind, phase]))
        };
        indexes.set(model, index);
    }
    return index;
}

export function scheduleOfNode(services: object, node: AstNode): Promise<ScheduleIndex | undefined> {
    return scheduleOf(services, AstUtils.getDocument(node));
}

/** The last day of work of an exclusive `end` (people read "until Feb 14", the model says Feb 15). */
export function lastDay(start: string, end: string): string {
    return end > start ? addCalendarDays(end, -1) : start;
}

/** `2027-01-04 → 2027-02-14`, `◆ 2027-02-15` for a milestone, `from 2027-06-01, every 3m` for a recurring activity. */
export function formatSpan(activity: RoadmapActivity): string | undefined {
    if (!activity.scheduled || !activity.start) return undefined;
    if (activity.every) return `from ${activity.start}, every ${activity.every.amount}${activity.every.unit}`;
    if (activity.kind === 'milestone' || activity.end === activity.start) return `◆ ${activity.start}`;
    if (!activity.end) return `from ${activity.start}`;
    return `${activity.start} → ${lastDay(activity.start, activity.end)}`;
}

/** `critical` or `slack 12d`, or undefined when it does not apply. */
export function formatSlack(activity: RoadmapActivity): string | undefined {
    if (activity.critical) return 'critical';
    if (activity.slack !== null && activity.slack !== undefined) return `slack ${activity.slack}d`;
    return undefined;
}
