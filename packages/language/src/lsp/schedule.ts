// The language features read dates from the one scheduler (services.scheduler.ScheduleProvider); they never
// schedule themselves, and look elements up through the schedule's own indexes, so a hover or an inlay hint costs no scan.
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import { DEFAULT_LOCALE, lastDay, t, type Locale, type RoadmapActivity, type RoadmapCapability, type RoadmapModel, type RoadmapPhase } from '@dtp/roadmap';
import type { DtpServices } from '../dtp-module.js';
import type { ActivitySpan } from '../scheduler/model.js';

/** A keyed view of the model, backed by the schedule's own indexes: no map is built per model. */
export interface Lookup<T> {
    get(key: string): T | undefined;
}

export interface ScheduleIndex {
    model: RoadmapModel;
    activities: Lookup<RoadmapActivity>;
    /** An activity's dates alone (Schedule.activitySpan): no model activities are built to read them. */
    spans: Lookup<ActivitySpan>;
    capabilities: Lookup<RoadmapCapability>;
    phases: Lookup<RoadmapPhase>;
}

/**
 * The computed schedule of the document's programme, or undefined when there is none (a catalogue, a file whose
 * programme has no name yet). A failure to schedule is a bug and is not hidden: it reaches Langium's error handling.
 */
export async function scheduleOf(services: DtpServices, document: LangiumDocument): Promise<ScheduleIndex | undefined> {
    const schedule = services.scheduler.ScheduleProvider.getSchedule(document);
    if (!schedule) return undefined;
    const { model } = schedule;
    return {
        model,
        activities: { get: id => schedule.activity(id) },
        spans: { get: id => schedule.activitySpan(id) },
        capabilities: { get: id => schedule.capability(id) },
        phases: { get: kind => model.phases.find(phase => phase.kind === kind) }
    };
}

export function scheduleOfNode(services: DtpServices, node: AstNode): Promise<ScheduleIndex | undefined> {
    return scheduleOf(services, AstUtils.getDocument(node));
}

// The last day of work of an exclusive `end` (people read "until Feb 14", the model says Feb 15), for hover and completion.
export { lastDay };

/** `2027-01-04 → 2027-02-14`, `◆ 2027-02-15` for a milestone, `from 2027-06-01, every 3m` for a recurring activity. */
export function formatSpan(activity: ActivitySpan, locale: Locale = DEFAULT_LOCALE): string | undefined {
    if (!activity.scheduled || !activity.start) return undefined;
    if (activity.every) return t(locale, 'span.from-every', { start: activity.start, every: `${activity.every.amount}${activity.every.unit}` });
    if (activity.kind === 'milestone' || activity.end === activity.start) return `◆ ${activity.start}`;
    if (!activity.end) return t(locale, 'span.from', { start: activity.start });
    return `${activity.start} → ${lastDay(activity.start, activity.end)}`;
}

/** `critical` or `slack 12d`, or undefined when it does not apply. */
export function formatSlack(activity: RoadmapActivity, locale: Locale = DEFAULT_LOCALE): string | undefined {
    if (activity.critical) return t(locale, 'slack.critical');
    if (activity.slack !== null && activity.slack !== undefined) return t(locale, 'slack.days', { days: activity.slack });
    return undefined;
}
