// Backward pass in calendar days: each finite activity's latest finish is the earliest latest-start of what waits
// for it (minus the lag of the edge), or the programme end; slack = latest start − earliest start. Recurring and
// unscheduled activities neither get slack nor constrain their predecessors.
import type { IsoDate } from '@dtp/roadmap';
import { FIRST_DAY, dayText, epochDay } from './calendar.js';
import { afterEdgeDay, afterEdgeText, type ForwardDates } from './forward.js';
import type { ProgrammeGraph } from './graph.js';
import type { TopologicalOrder } from './order.js';

/** Start and release day (end, or start for recurring work) of every node as day numbers; NO_DAY when unscheduled. */
export interface DayNumbers {
    start: Int32Array;
    release: Int32Array;
}

/** Per `after` edge: the lag (+) or lead (−) in days it amounted to in this schedule; 0 for other edges. */
export function edgeOffsetDays(graph: ProgrammeGraph, dates: ForwardDates, programmeStart: IsoDate): Int32Array {
    const { edgeFrom, lagged } = graph;
    const offsets = new Int32Array(edgeFrom.length);
    const startDay = epochDay(programmeStart);
    for (let l = 0; l < lagged.length; l++) {
        const e = lagged[l];
        // A month-based lag depends on where it starts; an unscheduled predecessor is measured from the programme start.
        const released = dates.release[edgeFrom[e]];
        const from = released >= FIRST_DAY ? released : startDay; // else not scheduled
        const shifted = afterEdgeDay(graph, e, from);
        offsets[e] = shifted >= FIRST_DAY ? shifted - from : textOffset(graph, e, dayText(from));
    }
    return offsets;
}

/** The offset as the texts give it, where the lag leaves the calendar (what epochDay makes of such a text). */
function textOffset(graph: ProgrammeGraph, e: number, from: IsoDate): number {
    return epochDay(afterEdgeText(graph, e, from)) - epochDay(from);
}

/** Total slack in days per node (NaN where there is none). */
export function backwardPass(
    graph: ProgrammeGraph, order: TopologicalOrder, days: DayNumbers, offsets: Int32Array, programmeEnd: IsoDate
): Float64Array {
    const { edgeFrom, inStart, inEdges, activities } = graph;
    const lateFinish = new Float64Array(graph.size).fill(epochDay(programmeEnd));
    const slack = new Float64Array(graph.size).fill(NaN);
    for (let position = order.order.length - 1; position >= 0; position--) {
        const node = order.order[position];
        const earlyStart = days.start[node];
        if (earlyStart < FIRST_DAY) continue; // not scheduled
        const isActivity = node < activities.length;
        if (isActivity) {
            const activity = activities[node]; // isRecurring, in line: no call per node
            if (activity.every !== undefined && activity.phaseKind === 'continuous-improvement') continue;
        }
        const lateStart = lateFinish[node] - (days.release[node] - earlyStart);
        if (isActivity) slack[node] = lateStart - earlyStart;
        for (let i = inStart[node]; i < inStart[node + 1]; i++) {
            const e = inEdges[i];
            const limit = lateStart - offsets[e];
            const predecessor = edgeFrom[e];
            if (limit < lateFinish[predecessor]) lateFinish[predecessor] = limit;
        }
    }
    return slack;
}
