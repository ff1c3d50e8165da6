// Phase floors and spans (docs/scheduling.md). A phase without `start` begins with the programme, except continuous
// improvement, which by default begins when the improvement phase ends and never ends. A phase spans its
// activities unless it declares its own `start`/`duration`.
import type { IsoDate } from '@dtp/roadmap';
import type { Phase } from '../generated/ast.js';
import { FIRST_DAY, NO_DAY, addDuration, dateAt, dayText, epochDay, maxDate, minDate, parseDuration } from './calendar.js';
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

/** Per phase (indexed like graph.phases): the earliest start and the latest end of its activities, as day numbers. */
export interface PhaseDays {
    /** NO_DAY for a phase with no scheduled activity. */
    earliest: Int32Array;
    /** NO_DAY for a phase with no scheduled activity that ends (recurring work has no end). */
    latest: Int32Array;
}

/** One pass over the activities for what the spans, the programme's end and continuous improvement's start need. */
export function phaseDays(graph: ProgrammeGraph, dates: ForwardDates): PhaseDays {
    const earliest = new Int32Array(graph.phases.length).fill(NO_DAY);
    const latest = new Int32Array(graph.phases.length).fill(NO_DAY);
    const { activities } = graph;
    const { start: starts, end: ends } = dates;
    for (let a = 0; a < activities.length; a++) { // activities are the first nodes: node a is activities[a]
        const start = starts[a];
        if (start < FIRST_DAY) continue; // not scheduled
        const p = activities[a].phaseIndex;
        if (start < earliest[p] || earliest[p] === NO_DAY) earliest[p] = start;
        const end = ends[a]; // NO_DAY for recurring work, below any day
        if (end > latest[p]) latest[p] = end;
    }
    return { earliest, latest };
}

/**
 * When continuous improvement begins by default: when the improvement phase ends; without an improvement phase,
 * when the last finite activity of the earlier phases ends; failing both, with the programme.
 */
export function continuousDefaultStart(graph: ProgrammeGraph, days: PhaseDays, programmeStart: IsoDate): IsoDate {
    const spans = phaseSpans(graph, days, programmeStart);
    let improvementEnd: IsoDate | undefined;
    graph.phases.forEach((phase, index) => {
        const end = spans[index].end;
        if (phase.kind === 'improvement' && end) improvementEnd = improvementEnd ? maxDate(improvementEnd, end) : end;
    });
    if (improvementEnd) return improvementEnd;
    let latest = epochDay(programmeStart);
    for (let p = 0; p < graph.phases.length; p++) {
        if (days.latest[p] > latest && !isContinuous(graph.phases[p])) latest = days.latest[p]; // NO_DAY (no end) never is
    }
    return dayText(latest);
}

/** The span of each phase (indexed like graph.phases) from the activities' dates. */
export function phaseSpans(graph: ProgrammeGraph, days: PhaseDays, programmeStart: IsoDate, continuousDefault?: IsoDate): PhaseSpan[] {
    const phases = graph.phases;
    const earliest = phases.map((_, index) => dateAt(days.earliest, index));
    const latest = phases.map((_, index) => dateAt(days.latest, index));
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
