// Test-only reference: the scheduler as it was before it dated in day numbers, unchanged but for import paths.
// scheduler-equivalence.test.ts checks that src/scheduler gives exactly what this gives. Do not edit.

// Phase floors and spans (docs/scheduling.md). A phase without `start` begins with the programme, except continuous
// improvement, which by default begins when the improvement phase ends and never ends. A phase spans its
// activities unless it declares its own `start`/`duration`.
import type { IsoDate } from '@dtp/roadmap';
import type { Phase } from '../../src/generated/ast.js';
import { addDuration, maxDate, minDate, parseDuration } from './calendar.js';
import { isRecurring, type ForwardDates } from './forward.js';
import { validDate, type ActivityNode, type ProgrammeGraph } from './graph.js';

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
    let latest = programmeStart;
    for (let a = 0; a < graph.activities.length; a++) {
        const activity = graph.activities[a];
        const end = dates.end[activity.index];
        if (!isContinuous(activity.phase) && end && end > latest) latest = end;
    }
    return latest;
}

/** The span of each phase (indexed like graph.phases) from the activities' dates. */
export function phaseSpans(graph: ProgrammeGraph, dates: ForwardDates, programmeStart: IsoDate, continuousDefault?: IsoDate): PhaseSpan[] {
    const phases = graph.phases;
    const earliest: (IsoDate | undefined)[] = new Array(phases.length).fill(undefined);
    const latest: (IsoDate | undefined)[] = new Array(phases.length).fill(undefined);
    for (let a = 0; a < graph.activities.length; a++) collect(graph.activities[a], dates, earliest, latest);
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

function collect(activity: ActivityNode, dates: ForwardDates, earliest: (IsoDate | undefined)[], latest: (IsoDate | undefined)[]): void {
    const start = dates.start[activity.index];
    if (start === undefined) return;
    const p = activity.phaseIndex;
    if (earliest[p] === undefined || start < earliest[p]!) earliest[p] = start;
    const end = isRecurring(activity) ? undefined : dates.end[activity.index];
    if (end !== undefined && (latest[p] === undefined || end > latest[p]!)) latest[p] = end;
}
