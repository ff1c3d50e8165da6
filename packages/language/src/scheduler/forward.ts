// Forward pass (docs/scheduling.md): each activity starts at the latest of its floor (programme start, its phase's start), the
// end ± offset of everything it is `after`, and the moment each capability it `requires` is ready; a fixed `start`
// pins it instead. Capability nodes are ready when their last scheduled provider ends.
//
// Dates are day numbers (calendar.ts epochDay) here: adding and comparing them is arithmetic, where ISO texts took
// a string to build per step. What the passes store is always a day of the calendar (work that would leave it gets
// no date); only an intermediate date past the calendar, which only the Date-based arithmetic names, sends one
// activity down the text path below, the rules as they are written for texts.
import type { IsoDate } from '@dtp/roadmap';
import {
    FIRST_DAY, LAST_DAY, NO_DAY, addCalendarDays, addCalendarMonths, addDuration, addMonthsToDay, calendarDay, dateAt, epochDay, outsideCalendar
} from './calendar.js';
import { EDGE_AFTER, type ActivityNode, type ProgrammeGraph } from './graph.js';
import type { TopologicalOrder } from './order.js';
import { factualDates, type Tracking } from './tracking.js';

export interface ForwardDates {
    /** Per node: activity start, or the day a capability is ready, as a day number; NO_DAY when not scheduled. */
    start: Int32Array;
    /** Per node: exclusive end; NO_DAY for recurring activities and unscheduled nodes. */
    end: Int32Array;
    /** Per node: when it lets its successors go: its end, or for a recurring activity (no end) its start; NO_DAY when not scheduled. */
    release: Int32Array;
    /** Per capability node: the provider that ends last (−1 when none is scheduled). */
    latestProvider: Int32Array;
    /** Per node: 1 when its dates would leave the calendar (past 9999-12-31), itself or through what it waits for. */
    beyond: Uint8Array;
}

export function isRecurring(activity: ActivityNode): boolean {
    return activity.every !== undefined && activity.phaseKind === 'continuous-improvement';
}

/** When `node` lets its successors go, as a date. */
export function releaseDate(dates: ForwardDates, node: number): IsoDate | undefined {
    return dateAt(dates.release, node);
}

/** Where `after` edge `e` lets its successor start: the predecessor's end shifted by the lag or lead (as addDuration does). */
export function afterEdgeText(graph: ProgrammeGraph, e: number, predecessorEnd: IsoDate): IsoDate {
    const months = graph.lagMonths[e];
    if (months !== 0) return addCalendarMonths(predecessorEnd, months);
    const days = graph.lagDays[e];
    return days !== 0 ? addCalendarDays(predecessorEnd, days) : predecessorEnd;
}

/** afterEdgeText in day numbers; NO_DAY when the date leaves the calendar (then only afterEdgeText names it). */
export function afterEdgeDay(graph: ProgrammeGraph, e: number, predecessorEnd: number): number {
    const months = graph.lagMonths[e];
    const day = months === 0 ? predecessorEnd + graph.lagDays[e] : addMonthsToDay(predecessorEnd, months);
    return day >= FIRST_DAY && day <= LAST_DAY ? day : NO_DAY;
}

export function createForwardDates(graph: ProgrammeGraph): ForwardDates {
    return {
        start: new Int32Array(graph.size).fill(NO_DAY),
        end: new Int32Array(graph.size).fill(NO_DAY),
        release: new Int32Array(graph.size).fill(NO_DAY),
        latestProvider: new Int32Array(graph.size).fill(-1),
        beyond: new Uint8Array(graph.size)
    };
}

/**
 * Dates `nodes` (by default all, in topological order; else some of them, in that order: those a later floor moved).
 * `floors` gives each phase's earliest start of its activities before dependencies (indexed like graph.phases). With
 * `tracking`, this is the forecast: done and active work is dated by its facts, and planned work (a fixed start too)
 * never starts before the status date.
 */
export function forwardPass(
    graph: ProgrammeGraph, order: TopologicalOrder, dates: ForwardDates, floors: readonly IsoDate[], nodes: Int32Array, tracking?: Tracking
): void {
    const { edgeFrom, lagDays, lagMonths, inStart, inEdges, activities } = graph;
    const { inCycle } = order;
    const { start, end, release, latestProvider, beyond } = dates;
    const floorDays = new Int32Array(floors.length);
    for (let p = 0; p < floors.length; p++) floorDays[p] = calendarDay(floors[p]); // NO_DAY: a floor past the calendar
    const statusDay = tracking ? epochDay(tracking.statusDate) : Number.NaN;
    const activityCount = activities.length;
    // Indexed loops and no call per edge: this runs once per schedule, mostly before the engine optimises it.
    for (let position = 0; position < nodes.length; position++) {
        const node = nodes[position];
        const first = inStart[node];
        const last = inStart[node + 1];
        if (node >= activityCount) {
            // A capability: ready when its last scheduled provider ends.
            let ready = NO_DAY;
            let latest = -1;
            let out = 0;
            for (let i = first; i < last; i++) {
                const provider = edgeFrom[inEdges[i]];
                if (inCycle[provider]) continue;
                if (beyond[provider]) out = 1;
                const released = release[provider];
                if (released >= FIRST_DAY && (latest < 0 || released > ready)) {
                    ready = released;
                    latest = provider;
                }
            }
            beyond[node] = out;
            start[node] = end[node] = release[node] = ready;
            latestProvider[node] = latest;
            continue;
        }
        const activity = activities[node];
        const recurring = activity.every !== undefined && activity.phaseKind === 'continuous-improvement';
        if (tracking !== undefined && tracking.states[node] !== 'planned') {
            const facts = factualDates(activity, tracking, recurring);
            if (facts) {
                const out = outsideCalendar(facts.start) || (facts.end !== undefined && outsideCalendar(facts.end));
                store(dates, node, out, out ? NO_DAY : calendarDay(facts.start), out || facts.end === undefined ? NO_DAY : calendarDay(facts.end), recurring);
                continue;
            }
        }
        // Work after something that left the calendar has no date either: it is never given an invented one.
        let blocked = false;
        for (let i = first; i < last; i++) {
            if (beyond[edgeFrom[inEdges[i]]] === 1) { blocked = true; break; }
        }
        let begin: number;
        let exact = true;
        if (activity.pinned !== undefined) begin = epochDay(activity.pinned);
        else {
            begin = floorDays[activity.phaseIndex];
            exact = begin >= FIRST_DAY; // not for a floor past the calendar
            for (let i = first; i < last && exact; i++) {
                const e = inEdges[i];
                const from = edgeFrom[e];
                if (inCycle[from]) continue; // set aside: the cycle is reported, the rest still gets dates
                const released = release[from];
                if (released < FIRST_DAY) continue; // not scheduled
                const months = lagMonths[e];
                const candidate = months === 0 ? released + lagDays[e] : addMonthsToDay(released, months);
                if (candidate >= FIRST_DAY && candidate <= LAST_DAY) { // else past the calendar (NO_DAY from the months)
                    if (candidate > begin) begin = candidate;
                } else exact = false;
            }
        }
        if (!exact) {
            datedByText(graph, order, dates, activity, floors[activity.phaseIndex], blocked, recurring, tracking);
            continue;
        }
        // What has not started by the status date starts on it at the earliest: a fixed start in the past did not happen.
        if (begin < statusDay) begin = statusDay; // false without tracking (NaN)
        let finish = begin;
        const duration = activity.duration;
        if (recurring) finish = NO_DAY;
        else if (!activity.milestone && duration !== undefined) {
            const unit = duration.unit;
            finish = unit === 'd' ? begin + duration.amount
                : unit === 'w' ? begin + 7 * duration.amount
                : addMonthsToDay(begin, unit === 'm' ? duration.amount : unit === 'q' ? 3 * duration.amount : 12 * duration.amount);
            if (finish > LAST_DAY || finish < FIRST_DAY) { // past the calendar (NO_DAY from the month arithmetic)
                store(dates, node, true, NO_DAY, NO_DAY, recurring);
                continue;
            }
        }
        // store(), in line: no call per activity.
        if (blocked) {
            beyond[node] = 1;
            start[node] = end[node] = release[node] = NO_DAY;
        } else {
            beyond[node] = 0;
            start[node] = begin;
            end[node] = finish;
            release[node] = recurring ? begin : finish;
        }
    }
}

function store(dates: ForwardDates, node: number, out: boolean, begin: number, finish: number, recurring: boolean): void {
    dates.beyond[node] = out ? 1 : 0;
    dates.start[node] = out ? NO_DAY : begin;
    dates.end[node] = out ? NO_DAY : finish;
    dates.release[node] = out ? NO_DAY : recurring || finish < FIRST_DAY ? begin : finish;
}

/**
 * The forward pass's rules for one activity in texts: when a lag or lead, or the floor, reaches past the calendar,
 * only the Date-based arithmetic says which date that is, and texts compare as they always have.
 */
function datedByText(
    graph: ProgrammeGraph, order: TopologicalOrder, dates: ForwardDates, activity: ActivityNode, floor: IsoDate,
    blocked: boolean, recurring: boolean, tracking: Tracking | undefined
): void {
    const { edgeFrom, edgeKind, inStart, inEdges } = graph;
    const node = activity.index;
    let begin = activity.pinned;
    if (begin === undefined) {
        begin = floor;
        for (let i = inStart[node]; i < inStart[node + 1]; i++) {
            const e = inEdges[i];
            const from = edgeFrom[e];
            if (order.inCycle[from]) continue;
            const released = dateAt(dates.release, from);
            if (released === undefined) continue;
            const candidate = edgeKind[e] === EDGE_AFTER ? afterEdgeText(graph, e, released) : released;
            if (candidate > begin) begin = candidate; // ISO dates compare as strings
        }
    }
    if (tracking && begin < tracking.statusDate) begin = tracking.statusDate;
    const finish = recurring ? undefined
        : activity.milestone || !activity.duration ? begin
        : addDuration(begin, activity.duration);
    const out = blocked || outsideCalendar(begin) || (finish !== undefined && outsideCalendar(finish));
    store(dates, node, out, out ? NO_DAY : calendarDay(begin), out || finish === undefined ? NO_DAY : calendarDay(finish), recurring);
}

/**
 * The `seeds` and every node downstream of them (cycle members excluded), in topological order: found along the
 * edges leaving them, so the work is that of the part moved, not of the plan.
 */
export function downstreamOf(graph: ProgrammeGraph, order: TopologicalOrder, seeds: readonly number[]): Int32Array {
    const { edgeTo, outStart, outEdges } = graph;
    const { inCycle, position } = order;
    const marked = new Uint8Array(graph.size);
    const found: number[] = [];
    for (let s = 0; s < seeds.length; s++) {
        if (!marked[seeds[s]]) {
            marked[seeds[s]] = 1;
            found.push(seeds[s]);
        }
    }
    for (let k = 0; k < found.length; k++) {
        const node = found[k];
        for (let i = outStart[node]; i < outStart[node + 1]; i++) {
            const next = edgeTo[outEdges[i]];
            if (!marked[next] && !inCycle[next]) {
                marked[next] = 1;
                found.push(next);
            }
        }
    }
    const places = new Int32Array(found.length);
    for (let k = 0; k < found.length; k++) places[k] = position[found[k]];
    places.sort();
    for (let k = 0; k < places.length; k++) places[k] = order.order[places[k]];
    return places;
}
