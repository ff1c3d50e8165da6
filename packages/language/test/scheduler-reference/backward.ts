// Test-only reference: the scheduler as it was before it dated in day numbers, unchanged but for import paths.
// scheduler-equivalence.test.ts checks that src/scheduler gives exactly what this gives. Do not edit.

// Backward pass in calendar days: each finite activity's latest finish is the earliest latest-start of what waits
// for it (minus the lag of the edge), or the programme end; slack = latest start − earliest start. Recurring and
// unscheduled activities neither get slack nor constrain their predecessors.
import type { IsoDate } from '@dtp/roadmap';
import { epochDay } from './calendar.js';
import { afterEdgeDate, isRecurring, releaseDate, type ForwardDates } from './forward.js';
import type { ProgrammeGraph } from './graph.js';
import type { TopologicalOrder } from './order.js';

/** Start and release day (end, or start for recurring work) of every node as day numbers; NaN when unscheduled. */
export interface DayNumbers {
    start: Float64Array;
    release: Float64Array;
}

export function dayNumbers(graph: ProgrammeGraph, dates: ForwardDates): DayNumbers {
    const start = new Float64Array(graph.size).fill(NaN);
    const release = new Float64Array(graph.size).fill(NaN);
    for (let node = 0; node < graph.size; node++) {
        const begin = dates.start[node];
        if (begin === undefined) continue;
        start[node] = epochDay(begin);
        const end = dates.end[node];
        release[node] = end === undefined || end === begin ? start[node] : epochDay(end);
    }
    return { start, release };
}

/** Per `after` edge: the lag (+) or lead (−) in days it amounted to in this schedule; 0 for other edges. */
export function edgeOffsetDays(graph: ProgrammeGraph, dates: ForwardDates, programmeStart: IsoDate): Int32Array {
    const offsets = new Int32Array(graph.edges.length);
    const edges = graph.edges;
    for (let e = 0; e < edges.length; e++) {
        const edge = edges[e];
        if (edge.type !== 'after' || !edge.offset) continue;
        // A month-based lag depends on where it starts; an unscheduled predecessor is measured from the programme start.
        const from = releaseDate(dates, edge.from) ?? programmeStart;
        offsets[e] = epochDay(afterEdgeDate(edge, from)) - epochDay(from);
    }
    return offsets;
}

/** Total slack in days per node (NaN where there is none). */
export function backwardPass(
    graph: ProgrammeGraph, order: TopologicalOrder, days: DayNumbers, offsets: Int32Array, programmeEnd: IsoDate
): Float64Array {
    const { edges, inStart, inEdges, activities } = graph;
    const lateFinish = new Float64Array(graph.size).fill(epochDay(programmeEnd));
    const slack = new Float64Array(graph.size).fill(NaN);
    for (let position = order.order.length - 1; position >= 0; position--) {
        const node = order.order[position];
        const earlyStart = days.start[node];
        if (Number.isNaN(earlyStart)) continue;
        const isActivity = node < activities.length;
        if (isActivity && isRecurring(activities[node])) continue;
        const lateStart = lateFinish[node] - (days.release[node] - earlyStart);
        if (isActivity) slack[node] = lateStart - earlyStart;
        for (let i = inStart[node]; i < inStart[node + 1]; i++) {
            const e = inEdges[i];
            const limit = lateStart - offsets[e];
            const predecessor = edges[e].from;
            if (limit < lateFinish[predecessor]) lateFinish[predecessor] = limit;
        }
    }
    return slack;
}
