// Phase floors and spans (docs/scheduling.md). A phase without `start` begins with the programme, except continuous
// improvement, which by default begins when the improvement phase ends and never ends. A phase spans its
// activities unless it declares its own `start`/`duration`.
import type { IsoDate } from '@dtp/roadmap';
import type { Phase } from '../generated/ast.js';
import { FIRST_DAY, addDuration, dateAt, dayText, epochDay, maxDate, minDate, parseDuration } from './calendar.js';
import type { ForwardDates } from './forward.js';
import { validDate, type ProgrammeGraph } from './graph.js';

export interface PhaseSpan {
    start?: IsoDate;
    end?: IsoDate;
    openEnded: boolean;
    declaredStart: boolean;
    declaredDuration: boolean;
}

export function declaredPhaseStart(phase: Phase): IsoDate | undefined {
    return validDate(phase.start?.value);
}

export function isContinuous(phase: Phase): boolean {
    return phase.kind === 'continuous-improvement';
}

/** The earliest start of each activity before its dependencies count, per phase (indexed like graph.phases). */
export function phaseFloors(graph: ProgrammeGraph, programmeStart: IsoDate, continuousDefault: IsoDate): IsoDate[] {
    return graph.phases.map(phase =>
        declaredPhaseStart(phase) ?? (isContinuous(phase) ? maxDate(programmeStart, continuousDefault) : programmeStart));
}

/**
 * When continuous improvement begins by default: when the improvement phase ends; without an improvement phase,
 * when the last finite activity of the earlier phases ends; failing both, with the programme.
 */
export function continuousDefaultStart(graph: ProgrammeGraph, dates: ForwardDates, programmeStart: IsoDate): IsoDate {
    const spans = phaseSpans(graph, dates, programmeStart);
    let improvementEnd: IsoDate | undefined;
    graph.phases.forEach((phase, index) => {
        const end = spans[index].end;
        if (phase.kind === 'improvement' && end) improvementEnd = improvementEnd ? maxDate(improvementEnd, end) : end;
    });
    if (improvementEnd) return improvementEnd;
    const { activities, phases } = graph;
    const continuous = phases.map(isContinuous);
    const end = dates.end;
    let latest = epochDay(programmeStart);
    for (let a = 0; a < activities.length; a++) {
        const activityEnd = end[a]; // activities are the first nodes: node a is activities[a]
        if (activityEnd > latest && !continuous[activities[a].phaseIndex]) latest = activityEnd; // NaN (no end) never is
    }
    return dayText(latest);
}

/** The span of each phase (indexed like graph.phases) from the activities' dates. */
export function phaseSpans(graph: ProgrammeGraph, dates: ForwardDates, programmeStart: IsoDate, continuousDefault?: IsoDate): PhaseSpan[] {
    const phases = graph.phases;
    const earliestDay = new Float64Array(phases.length).fill(Number.NaN);
    const latestDay = new Float64Array(phases.length).fill(Number.NaN);
    const { activities } = graph;
    const { start: starts, end: ends } = dates;
    for (let a = 0; a < activities.length; a++) {
        const start = starts[a];
        if (!(start >= FIRST_DAY)) continue; // NaN: not scheduled
        const p = activities[a].phaseIndex;
        if (!(start >= earliestDay[p])) earliestDay[p] = start; // also when there is none yet (NaN)
        const end = ends[a]; // NaN for recurring work
        if (end >= FIRST_DAY && !(end <= latestDay[p])) latestDay[p] = end; // also when there is none yet (NaN)
    }
    const earliest = phases.map((_, index) => dateAt(earliestDay, index));
    const latest = phases.map((_, index) => dateAt(latestDay, index));
    return phases.map((phase, index): PhaseSpan => {
        const declaredStart = declaredPhaseStart(phase);
        const durationText = phase.duration?.value;
        const parsedDuration = durationText ? parseDuration(durationText) : undefined;
        const duration = parsedDuration?.ok ? parsedDuration.value : undefined;
        if (isContinuous(phase)) {
            const fallback = continuousDefault ?? programmeStart;
            const first = earliest[index];
            return {
                start: declaredStart ?? (first ? minDate(fallback, first) : fallback),
                end: undefined, // continuous improvement is a lasting state, even when a duration is (wrongly) given
                openEnded: true,
                declaredStart: declaredStart !== undefined,
                declaredDuration: false
            };
        }
        const start = declaredStart ?? earliest[index];
        let end: IsoDate | undefined;
        if (start && duration) end = addDuration(start, duration);
        else if (latest[index]) end = start ? maxDate(start, latest[index]!) : latest[index];
        else if (declaredStart) end = declaredStart;
        return {
            start, end, openEnded: false,
            declaredStart: declaredStart !== undefined,
            declaredDuration: duration !== undefined && start !== undefined
        };
    });
}
