// Test-only reference: the scheduler as it was before it dated in day numbers, unchanged but for import paths.
// scheduler-equivalence.test.ts checks that src/scheduler gives exactly what this gives. Do not edit.

// Forward pass (docs/scheduling.md): each activity starts at the latest of its floor (programme start, its phase's start), the
// end ± offset of everything it is `after`, and the moment each capability it `requires` is ready; a fixed `start`
// pins it instead. Capability nodes are ready when their last scheduled provider ends.
import type { IsoDate } from '@dtp/roadmap';
import { addDuration, outsideCalendar } from './calendar.js';
import type { ActivityNode, Edge, ProgrammeGraph } from './graph.js';
import type { TopologicalOrder } from './order.js';
import { factualDates, type Tracking } from './tracking.js';

export interface ForwardDates {
    /** Per node: activity start, or the day a capability is ready; undefined when not scheduled. */
    start: (IsoDate | undefined)[];
    /** Per node: exclusive end; undefined for recurring activities and unscheduled nodes. */
    end: (IsoDate | undefined)[];
    /** Per capability node: the provider that ends last (−1 when none is scheduled). */
    latestProvider: Int32Array;
    /** Per node: 1 when its dates would leave the calendar (past 9999-12-31), itself or through what it waits for. */
    beyond: Uint8Array;
}

export function isRecurring(activity: ActivityNode): boolean {
    return activity.every !== undefined && activity.phaseKind === 'continuous-improvement';
}

/** When `node` lets its successors go: its end, or for a recurring activity (no end) its start. */
export function releaseDate(dates: ForwardDates, node: number): IsoDate | undefined {
    return dates.end[node] ?? dates.start[node];
}

/** Where an `after` edge lets its successor start: the predecessor's end shifted by the lag or lead. */
export function afterEdgeDate(edge: Edge, predecessorEnd: IsoDate): IsoDate {
    return edge.offset ? addDuration(predecessorEnd, edge.offset.duration, edge.offset.sign === '+' ? 1 : -1) : predecessorEnd;
}

export function createForwardDates(graph: ProgrammeGraph): ForwardDates {
    return {
        start: new Array<IsoDate | undefined>(graph.size).fill(undefined),
        end: new Array<IsoDate | undefined>(graph.size).fill(undefined),
        latestProvider: new Int32Array(graph.size).fill(-1),
        beyond: new Uint8Array(graph.size)
    };
}

/**
 * Dates the nodes in topological order. `floorOf` gives an activity's earliest start before dependencies: its
 * phase's start or the programme's. With `only`, just the flagged nodes are dated again (a later floor moved them).
 * With `tracking`, this is the forecast: done and active work is dated by its facts, and planned work (a fixed
 * start too) never starts before the status date.
 */
export function forwardPass(
    graph: ProgrammeGraph, order: TopologicalOrder, dates: ForwardDates, floorOf: (activity: ActivityNode) => IsoDate,
    only?: Uint8Array, tracking?: Tracking
): void {
    const { edges, inStart, inEdges, activities } = graph;
    const { inCycle } = order;
    const { start, end, latestProvider, beyond } = dates;
    const nodes = order.order;
    for (let position = 0; position < nodes.length; position++) { // indexed: a for-of allocates per step until optimised
        const node = nodes[position];
        if (only && !only[node]) continue;
        if (node >= activities.length) {
            // A capability: ready when its last scheduled provider ends.
            let ready: IsoDate | undefined;
            let latest = -1;
            beyond[node] = 0;
            for (let i = inStart[node]; i < inStart[node + 1]; i++) {
                const provider = edges[inEdges[i]].from;
                if (inCycle[provider]) continue;
                if (beyond[provider]) beyond[node] = 1;
                const released = releaseDate(dates, provider);
                if (released !== undefined && (ready === undefined || released > ready)) {
                    ready = released;
                    latest = provider;
                }
            }
            start[node] = end[node] = ready;
            latestProvider[node] = latest;
            continue;
        }
        const activity = activities[node];
        const facts = tracking && factualDates(activity, tracking, isRecurring(activity));
        if (facts) {
            beyond[node] = outsideCalendar(facts.start) || (facts.end !== undefined && outsideCalendar(facts.end)) ? 1 : 0;
            start[node] = beyond[node] ? undefined : facts.start;
            end[node] = beyond[node] ? undefined : facts.end;
            continue;
        }
        // Work after something that left the calendar has no date either: it is never given an invented one.
        let blocked = false;
        for (let i = inStart[node]; i < inStart[node + 1] && !blocked; i++) blocked = beyond[edges[inEdges[i]].from] === 1;
        let begin = activity.pinned;
        if (begin === undefined) {
            begin = floorOf(activity);
            for (let i = inStart[node]; i < inStart[node + 1]; i++) {
                const edge = edges[inEdges[i]];
                if (inCycle[edge.from]) continue; // set aside: the cycle is reported, the rest still gets dates
                const released = releaseDate(dates, edge.from);
                if (released === undefined) continue;
                const candidate = edge.type === 'after' ? afterEdgeDate(edge, released) : released;
                if (candidate > begin) begin = candidate; // ISO dates compare as strings
            }
        }
        // What has not started by the status date starts on it at the earliest: a fixed start in the past did not happen.
        if (tracking && begin < tracking.statusDate) begin = tracking.statusDate;
        const finish = isRecurring(activity) ? undefined
            : activity.milestone || !activity.duration ? begin
            : addDuration(begin, activity.duration);
        beyond[node] = blocked || outsideCalendar(begin) || (finish !== undefined && outsideCalendar(finish)) ? 1 : 0;
        start[node] = beyond[node] ? undefined : begin;
        end[node] = beyond[node] ? undefined : finish;
    }
}

/** The `seeds` and every node downstream of them (cycle members excluded), in one sweep over the order. */
export function downstreamOf(graph: ProgrammeGraph, order: TopologicalOrder, seeds: Iterable<number>): Uint8Array {
    const marked = new Uint8Array(graph.size);
    for (const seed of seeds) marked[seed] = 1;
    const { edges, inStart, inEdges } = graph;
    const nodes = order.order;
    for (let position = 0; position < nodes.length; position++) {
        const node = nodes[position];
        if (marked[node]) continue;
        for (let i = inStart[node]; i < inStart[node + 1]; i++) {
            if (marked[edges[inEdges[i]].from]) { marked[node] = 1; break; }
        }
    }
    return marked;
}
