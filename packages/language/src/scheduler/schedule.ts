// scheduleProgramme: AST in, schedule out (docs/scheduling.md). Pure: no LSP, no file system, no clock (today is a parameter).
// The schedule holds the roadmap model plus what the date-based checks need: cycles, broken fixed starts, and the
// way back from model ids to AST nodes.
import type { IsoDate, RoadmapActivity, RoadmapCapability, RoadmapModel } from '@dtp/roadmap';
import type { Activity, Capability, Phase, Programme } from '../generated/ast.js';
import { dateAt, dayText, daysBetween, epochDay, minDate } from './calendar.js';
import { backwardPass, edgeOffsetDays } from './backward.js';
import { afterEdgeText, createForwardDates, downstreamOf, forwardPass, releaseDate, type ForwardDates } from './forward.js';
import { buildGraph, EDGE_AFTER, validDate, type ProgrammeGraph } from './graph.js';
import { activitySpan, buildRoadmapModel, type ActivitySpan, type ComputedSchedule } from './model.js';
import { topologicalOrder, type GraphCycle, type TopologicalOrder } from './order.js';
import { continuousDefaultStart, declaredPhaseStart, isContinuous, phaseDays, phaseFloors, phaseSpans, type PhaseDays } from './phases.js';
import { stateOf, type Tracking } from './tracking.js';

export interface ScheduleOptions {
    /** Not used for dates any more: a plan's dates never depend on the clock (see startOfProgramme). */
    today?: IsoDate;
    /** Overrides the plan's `status-date` (the CLI's --status-date); the forecast is computed only with one. */
    statusDate?: IsoDate;
    /** Capabilities of the imported files, so the model lists them even when nothing in this plan names them. */
    importedCapabilities?: Iterable<Capability>;
}

export interface CycleStep {
    from: string;
    to: string;
    type: 'after' | 'requires';
    /** For `requires` steps: the capability `from` provides and `to` requires. */
    capability?: string;
}

export interface ScheduleCycle {
    /** Activity ids around the cycle, starting with the first member in source order. */
    members: string[];
    /** How each member leads to the next, the last step closing the cycle at the first member. */
    steps: CycleStep[];
    /** Where the first member waits for the last one: its `after` or `requires` entry at `index`. */
    closing: { activity: Activity; property: 'after' | 'requires'; index: number };
    /** Every activity of the tangle the cycle belongs to (all left unscheduled), in source order. */
    component: string[];
}

/** A fixed `start` earlier than a dependency allows. */
export interface PinnedViolation {
    activityId: string;
    type: 'after' | 'requires';
    /** The `after` target or, for `requires`, the provider that ends last. */
    predecessorId: string;
    capabilityId?: string;
    /** Index of the broken entry in the activity's `after` or `requires` list. */
    refIndex: number;
    pinnedStart: IsoDate;
    /** The earliest start the dependency allows. */
    requiredStart: IsoDate;
    /** How many days the fixed start is too early. */
    days: number;
}

export interface Schedule {
    programme: Programme;
    /** The roadmap model: with a status date, its dates are the forecast and each activity carries its plan. */
    model: RoadmapModel;
    /** The plan alone (§3 rules, no recorded facts): the model itself when there is no status date. The checks read this. */
    plan: RoadmapModel;
    /** The status date in force, when tracking. */
    statusDate?: IsoDate;
    cycles: ScheduleCycle[];
    violations: PinnedViolation[];
    /** Activities whose own dates would leave the calendar (past 9999-12-31); they and what waits for them are unscheduled. */
    outsideCalendar: string[];
    /** Parallel to model.phases. */
    phaseNodes: readonly Phase[];
    /** Model id → AST node. */
    activityNode(id: string): Activity | undefined;
    capabilityNode(id: string): Capability | undefined;
    /** Model id → model activity, without a scan. */
    activity(id: string): RoadmapActivity | undefined;
    /**
     * Model id → what the model activity says of its dates (kind, scheduled, start, end, every), without building the
     * model's activities: the first read of those builds them all (about 0.1 s on 10,000 activities).
     */
    activitySpan(id: string): ActivitySpan | undefined;
    /** Model id → model capability, without a scan. */
    capability(id: string): RoadmapCapability | undefined;
    /** Model id → the activity in the plan (the same as activity() without a status date). */
    plannedActivity(id: string): RoadmapActivity | undefined;
    /** AST node → model activity (for hover and inlay hints). */
    activityOf(node: Activity): RoadmapActivity | undefined;
    /** For work that the forecast moves: the activity whose own facts (or the status date) cause the move. */
    slipDriver(id: string): string | undefined;
}

/** Where a plan that gives no date at all is counted from (a Monday): fixed, so its dates never follow the clock. */
export const UNDATED_START: IsoDate = '2000-01-03';

export function scheduleProgramme(programme: Programme, options: ScheduleOptions = {}): Schedule {
    const graph = buildGraph(programme, options.importedCapabilities);
    const order = topologicalOrder(graph);
    // Tracking only with a status date (the plan's own or the caller's): the system clock never changes a schedule.
    const statusDate = validDate(options.statusDate) ?? validDate(programme.statusDate?.value);
    const programmeStart = startOfProgramme(programme, graph, statusDate);
    const plan = dateProgramme(graph, order, programmeStart);
    const planModel = buildRoadmapModel(plan);

    let forecast: ComputedSchedule | undefined;
    let model = planModel;
    if (statusDate) {
        const states = graph.activities.map(activity => stateOf(activity.ast));
        forecast = dateProgramme(graph, order, programmeStart, { statusDate, plan: plan.dates, states });
        model = buildRoadmapModel(forecast, { statusDate, plan: planModel, states });
    }
    const modelOf = (activityIndex: number | undefined) => at(model.activities, activityIndex);
    const spans: (ActivitySpan | undefined)[] = [];
    const dated = forecast ?? plan; // the dates `model` shows

    return {
        programme,
        model,
        plan: planModel,
        statusDate,
        cycles: order.cycles.map(cycle => describeCycle(graph, cycle)),
        violations: pinnedViolations(graph, order, plan.dates),
        outsideCalendar: leavingCalendar(graph, plan.dates),
        phaseNodes: graph.phases,
        // Lookups over the graph's own indexes: no extra map per schedule of 100,000 activities.
        activityNode: id => at(graph.activities, graph.activityIndex.get(id))?.ast,
        capabilityNode: id => {
            const index = graph.capabilityIndex.get(id);
            return index === undefined ? undefined : graph.capabilities[index - graph.activities.length].ast;
        },
        activity: id => modelOf(graph.activityIndex.get(id)),
        activitySpan: id => {
            const index = graph.activityIndex.get(id);
            return index === undefined ? undefined : spans[index] ??= activitySpan(dated, index);
        },
        capability: id => {
            const index = graph.capabilityIndex.get(id);
            return index === undefined ? undefined : model.capabilities[index - graph.activities.length];
        },
        plannedActivity: id => at(planModel.activities, graph.activityIndex.get(id)),
        activityOf: node => modelOf(graph.activityByAst.get(node)?.index),
        slipDriver: id => {
            const index = graph.activityIndex.get(id);
            return forecast && index !== undefined ? slipDriver(graph, forecast.dates, plan.dates, index) : undefined;
        }
    };
}

/**
 * One forward and backward pass over the plan, or with `tracking` over the forecast. Continuous improvement waits
 * for the improvement phase to end, which is known only after dating the rest: everything is dated with the
 * programme start as its floor first, then what the later floor affects is dated again.
 */
function dateProgramme(graph: ProgrammeGraph, order: TopologicalOrder, programmeStart: IsoDate, tracking?: Tracking): ComputedSchedule {
    const dates = createForwardDates(graph);
    forwardPass(graph, order, dates, phaseFloors(graph, programmeStart, programmeStart), order.order, tracking);
    let days = phaseDays(graph, dates);
    const continuousStart = continuousDefaultStart(graph, days, programmeStart);
    // The activities of floating phases only: a phase's activities are the next ones in the graph's order.
    const waiting: number[] = [];
    let first = 0;
    for (let p = 0; p < graph.phases.length; p++) {
        const phase = graph.phases[p];
        const count = phase.activities.length;
        if (isContinuous(phase) && !declaredPhaseStart(phase)) {
            for (let a = first; a < first + count; a++) {
                if (!graph.activities[a].pinned && !order.inCycle[a]) waiting.push(a);
            }
        }
        first += count;
    }
    if (continuousStart > programmeStart && waiting.length > 0) {
        const moved = downstreamOf(graph, order, waiting);
        forwardPass(graph, order, dates, phaseFloors(graph, programmeStart, continuousStart), moved, tracking);
        days = phaseDays(graph, dates);
    }

    const programmeEnd = endOfProgramme(days, programmeStart);
    const spans = phaseSpans(graph, days, programmeStart, continuousStart);
    // Slack and the lags in days are read by the model's activities and dependencies only (built when first read;
    // the checks read neither): the backward pass waits for them.
    let offsets: Int32Array | undefined;
    let slack: Float64Array | undefined;
    return {
        graph, order, dates, spans, days: dates, programmeStart, programmeEnd,
        get offsets() {
            return offsets ??= edgeOffsetDays(graph, dates, programmeStart);
        },
        get slack() {
            return slack ??= backwardPass(graph, order, dates, this.offsets, programmeEnd);
        }
    };
}

/**
 * Declared, or else the earliest date written in the plan (phase and fixed starts, recorded facts, the status date),
 * or else a fixed day. Never the system clock: the same text always gets the same dates (missing-start says so).
 */
export function startOfProgramme(programme: Programme, graph: ProgrammeGraph, statusDate?: IsoDate): IsoDate {
    const declared = validDate(programme.start?.value);
    if (declared) return declared;
    let earliest: IsoDate | undefined;
    const consider = (date: IsoDate | undefined) => { if (date) earliest = earliest ? minDate(earliest, date) : date; };
    for (const phase of graph.phases) consider(declaredPhaseStart(phase));
    for (let a = 0; a < graph.activities.length; a++) {
        const activity = graph.activities[a];
        consider(activity.pinned);
        consider(validDate(activity.ast.started?.value));
        consider(validDate(activity.ast.finished?.value));
    }
    consider(statusDate);
    return earliest ?? UNDATED_START;
}

/** The latest end of the finite scheduled activities; continuous improvement does not count. */
function endOfProgramme(days: PhaseDays, programmeStart: IsoDate): IsoDate {
    let end = epochDay(programmeStart);
    for (let p = 0; p < days.latest.length; p++) if (days.latest[p] > end) end = days.latest[p]; // NO_DAY never is
    return dayText(end);
}

function describeCycle(graph: ProgrammeGraph, cycle: GraphCycle): ScheduleCycle {
    const { activities, capabilities } = graph;
    const members = cycle.trail.filter(node => node < activities.length);
    const steps: CycleStep[] = [];
    // Walk the trail once round; a capability node between two members turns their step into a `requires`.
    const around = [...cycle.trail, cycle.trail[0]];
    let from = around[0];
    let via: number | undefined;
    for (let i = 1; i < around.length; i++) {
        const node = around[i];
        if (node >= activities.length) { via = node; continue; }
        steps.push(via === undefined
            ? { from: activities[from].id, to: activities[node].id, type: 'after' }
            : { from: activities[from].id, to: activities[node].id, type: 'requires', capability: capabilities[via - activities.length].id });
        from = node;
        via = undefined;
    }
    return {
        members: members.map(node => activities[node].id),
        steps,
        closing: {
            activity: activities[cycle.trail[0]].ast,
            property: graph.edgeKind[cycle.closingEdge] === EDGE_AFTER ? 'after' : 'requires',
            index: graph.edgeRef[cycle.closingEdge]
        },
        component: cycle.component.filter(node => node < activities.length).map(node => activities[node].id)
    };
}

function pinnedViolations(graph: ProgrammeGraph, order: TopologicalOrder, dates: ForwardDates): PinnedViolation[] {
    const { activities, capabilities, edgeFrom, edgeKind, edgeRef, inStart, inEdges } = graph;
    const violations: PinnedViolation[] = [];
    for (let a = 0; a < activities.length; a++) {
        const activity = activities[a];
        const pinnedStart = activity.pinned;
        if (pinnedStart === undefined || order.inCycle[activity.index]) continue;
        for (let i = inStart[activity.index]; i < inStart[activity.index + 1]; i++) {
            const e = inEdges[i];
            const from = edgeFrom[e];
            if (order.inCycle[from]) continue;
            const released = releaseDate(dates, from);
            if (released === undefined) continue;
            const after = edgeKind[e] === EDGE_AFTER;
            const requiredStart = after ? afterEdgeText(graph, e, released) : released;
            if (requiredStart <= pinnedStart) continue;
            const predecessor = after ? from : dates.latestProvider[from];
            violations.push({
                activityId: activity.id,
                type: after ? 'after' : 'requires',
                predecessorId: activities[predecessor].id,
                ...(after ? {} : { capabilityId: capabilities[from - activities.length].id }),
                refIndex: edgeRef[e],
                pinnedStart,
                requiredStart,
                days: daysBetween(pinnedStart, requiredStart)
            });
        }
    }
    return violations;
}

/**
 * Walks back from `index` along the edges that bind its forecast start (the predecessor's forecast end plus lag, or
 * the day a required capability is ready), preferring a predecessor that itself slipped, until it reaches work whose
 * own facts or the status date set its dates: that work drives the slip.
 */
function slipDriver(graph: ProgrammeGraph, forecast: ForwardDates, plan: ForwardDates, index: number): string | undefined {
    const { edgeFrom, edgeKind, inStart, inEdges, activities } = graph;
    const slipped = (node: number) => releaseDate(forecast, node) !== releaseDate(plan, node);
    let node = index;
    for (let steps = 0; steps < activities.length; steps++) {
        const start = dateAt(forecast.start, node);
        let next = -1;
        for (let i = inStart[node]; i < inStart[node + 1]; i++) {
            const e = inEdges[i];
            const after = edgeKind[e] === EDGE_AFTER;
            const from = after ? edgeFrom[e] : forecast.latestProvider[edgeFrom[e]];
            if (from < 0) continue;
            const released = releaseDate(forecast, from);
            const binds = released !== undefined && (after ? afterEdgeText(graph, e, released) : released) === start;
            if (binds && (next < 0 || (!slipped(next) && slipped(from)))) next = from;
        }
        if (next < 0 || !slipped(next)) break;
        node = next;
        // Started or finished work is dated by its facts, not by what it waits for.
        if (stateOf(activities[node].ast) !== 'planned') break;
    }
    return node === index ? undefined : activities[node].id;
}

/** The activities that leave the calendar themselves, not merely because something they wait for does. */
function leavingCalendar(graph: ProgrammeGraph, dates: ForwardDates): string[] {
    const { activities, edgeFrom, inStart, inEdges } = graph;
    const ids: string[] = [];
    for (let a = 0; a < activities.length; a++) {
        const activity = activities[a];
        if (!dates.beyond[activity.index]) continue;
        let inherited = false;
        for (let i = inStart[activity.index]; i < inStart[activity.index + 1] && !inherited; i++) inherited = dates.beyond[edgeFrom[inEdges[i]]] === 1;
        if (!inherited) ids.push(activity.id);
    }
    return ids;
}

function at<T>(items: readonly T[], index: number | undefined): T | undefined {
    return index === undefined ? undefined : items[index];
}
