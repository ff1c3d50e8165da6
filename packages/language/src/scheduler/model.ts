// Assembles the roadmap model (packages/roadmap/src/model.ts) from the computed dates: plain JSON, no AST nodes.
// Optional fields are left out rather than set to undefined, so the model validates against the JSON Schema as is.
import {
    ROADMAP_MODEL_VERSION, phaseName, type ActivityKind, type ActivityState, type IsoDate, type PhaseKind, type RoadmapActivity, type RoadmapCapability,
    type RoadmapDependency, type RoadmapModel, type RoadmapPhase, type SourceRange
} from '@dtp/roadmap';
import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import type { DayNumbers } from './backward.js';
import { FIRST_DAY, NO_DAY, dateAt } from './calendar.js';
import { isRecurring, type ForwardDates } from './forward.js';
import { afterOffset, EDGE_AFTER, EDGE_PROVIDES, type ActivityNode, type ProgrammeGraph } from './graph.js';
import type { TopologicalOrder } from './order.js';
import type { PhaseSpan } from './phases.js';
import { validDate } from './graph.js';
import { rangeFromOffsets } from '../parser/light-leaf.js';
import { healthOf, stateOf, varianceOf } from './tracking.js';

export interface ComputedSchedule {
    graph: ProgrammeGraph;
    order: TopologicalOrder;
    dates: ForwardDates;
    spans: PhaseSpan[];
    readonly slack: Float64Array;
    readonly offsets: Int32Array;
    days: DayNumbers;
    programmeStart: IsoDate;
    programmeEnd: IsoDate;
}

/** What a forecast model adds: the status date, the plan to compare with, and each activity's state. */
export interface ForecastContext {
    statusDate: IsoDate;
    plan: RoadmapModel;
    states: readonly ActivityState[];
}

/**
 * The model of a computed schedule. The programme and its phases are built at once; the per-activity parts (activities,
 * capabilities, dependencies, critical path) when first read: the checks read only the phases, and on a plan of
 * 10,000 activities building the rest was a third of scheduling. Reading any of them builds all four together.
 */
export function buildRoadmapModel(computed: ComputedSchedule, forecast?: ForecastContext): RoadmapModel {
    const { graph, spans, programmeStart, programmeEnd } = computed;
    const { programme, activities } = graph;
    const sources = new SourceRanges(programme);

    let firstActivity = 0; // a phase's activities are the next ones in the graph's order
    const phases = graph.phases.map((phase, index): RoadmapPhase => {
        const span = spans[index];
        const count = phase.activities.length;
        const activityIds: string[] = new Array(count);
        for (let a = 0; a < count; a++) activityIds[a] = activities[firstActivity + a].id;
        firstActivity += count;
        const kind = phase.kind as PhaseKind;
        const result: RoadmapPhase = {
            kind,
            label: phase.label ?? phaseName(kind), // the model's own name for an unlabelled phase: English, the pictures word it anew
            start: span.start ?? null,
            end: span.end ?? null,
            openEnded: span.openEnded,
            declaredStart: span.declaredStart,
            declaredDuration: span.declaredDuration,
            activityIds,
            ...(forecast ? { planned: { start: forecast.plan.phases[index].start, end: forecast.plan.phases[index].end } } : {})
        };
        if (phase.intensity !== undefined) result.intensity = phase.intensity;
        sources.assign(result, phase, false);
        return result;
    });

    const programmeModel: RoadmapModel['programme'] = { id: programme.name ?? '(unnamed programme)', start: programmeStart, end: programmeEnd };
    if (forecast) {
        programmeModel.statusDate = forecast.statusDate;
        programmeModel.planned = { start: forecast.plan.programme.start, end: forecast.plan.programme.end };
    }
    if (programme.title !== undefined) programmeModel.title = programme.title;
    if (programme.owner !== undefined) programmeModel.owner = programme.owner;
    if (programme.description !== undefined) programmeModel.description = programme.description;
    if (sources.programmeUri) programmeModel.uri = sources.programmeUri;
    sources.assign(programmeModel, programme, false);

    const model = { version: ROADMAP_MODEL_VERSION, programme: programmeModel, phases } as RoadmapModel;
    let parts: ActivityParts | undefined;
    const build = () => parts ??= buildActivityParts(computed, sources, forecast);
    // Plain data once read or written, in the order the model has always had (JSON output keeps its key order).
    for (const key of ['activities', 'capabilities', 'dependencies', 'criticalPath'] as const) {
        Object.defineProperty(model, key, {
            configurable: true,
            enumerable: true,
            get() {
                const value = build()[key];
                Object.defineProperty(model, key, { value, writable: true, enumerable: true, configurable: true });
                return value;
            },
            set(value: unknown) {
                Object.defineProperty(model, key, { value, writable: true, enumerable: true, configurable: true });
            }
        });
    }
    return model;
}

/** What an activity's dates are, as its model activity says them: for a reader that needs no more (completion). */
export type ActivitySpan = Pick<RoadmapActivity, 'kind' | 'scheduled' | 'start' | 'end' | 'every'>;

/**
 * One activity's span, by the same rules as buildActivityParts gives its model activity, without building the model's
 * activities (their source ranges, links and slack): completion asks this of the hundred names it offers.
 */
export function activitySpan(computed: ComputedSchedule, index: number): ActivitySpan {
    const { graph, order, dates } = computed;
    const activity = graph.activities[index];
    const start = dateAt(dates.start, index);
    const scheduled = !order.inCycle[index] && start !== undefined;
    const span: ActivitySpan = {
        kind: activity.ast.kind as ActivityKind,
        scheduled,
        start: scheduled ? start : null,
        end: scheduled && !isRecurring(activity) ? dateAt(dates.end, index) ?? null : null
    };
    if (activity.every) span.every = activity.every;
    return span;
}

type ActivityParts = Pick<RoadmapModel, 'activities' | 'capabilities' | 'dependencies' | 'criticalPath'>;

function buildActivityParts(computed: ComputedSchedule, sources: SourceRanges, forecast?: ForecastContext): ActivityParts {
    const { graph, order, dates, slack, offsets, days } = computed;
    const { activities, capabilities } = graph;
    const critical = new Uint8Array(graph.size);
    for (const activity of activities) {
        const s = slack[activity.index];
        // Negative slack (a fixed start that breaks a dependency) is over-critical: still on the controlling chain.
        // Finished work constrains nothing any more: it is never on the forecast's critical path.
        if (!Number.isNaN(s) && s <= 0 && forecast?.states[activity.index] !== 'done') critical[activity.index] = 1;
    }

    const modelActivities = activities.map((activity): RoadmapActivity => {
        const { ast, index } = activity;
        const start = dateAt(dates.start, index);
        const scheduled = !order.inCycle[index] && start !== undefined;
        const result: RoadmapActivity = {
            id: activity.id,
            label: ast.label ?? activity.id,
            kind: ast.kind as ActivityKind, // the value converter reads every written kind as one of the three (parser/kinds.ts)
            phase: activity.phaseKind,
            scheduled,
            start: scheduled ? start : null,
            end: scheduled && !isRecurring(activity) ? dateAt(dates.end, index) ?? null : null,
            pinned: activity.pinned !== undefined,
            // Done work cannot move any more: in the forecast it has no slack to speak of.
            slack: Number.isNaN(slack[index]) || forecast?.states[index] === 'done' ? null : slack[index],
            critical: critical[index] === 1,
            provides: [],
            requires: [],
            after: []
        };
        if (activity.duration) result.duration = activity.duration;
        if (activity.every) result.every = activity.every;
        if (ast.owner !== undefined) result.owner = ast.owner;
        if (ast.status !== undefined) result.status = ast.status;
        if (ast.progress !== undefined) result.progress = ast.progress;
        const started = validDate(ast.started?.value);
        if (started) result.started = started;
        const finished = validDate(ast.finished?.value);
        if (finished) result.finished = finished;
        result.state = forecast?.states[index] ?? stateOf(ast);
        if (forecast) addTracking(result, forecast.plan.activities[index]);
        if (ast.description !== undefined) result.description = ast.description;
        sources.assign(result, ast, true);
        return result;
    });
    const modelCapabilities = capabilities.map((capability): RoadmapCapability => {
        const result: RoadmapCapability = {
            id: capability.id,
            label: capability.ast.label ?? capability.id,
            // Half-typed text can leave a capability without its kind: the model says so rather than invent one.
            kind: capability.ast.kind ?? null,
            providers: [],
            requirers: [],
            availableFrom: null
        };
        sources.assign(result, capability.ast, false);
        return result;
    });

    const dependencies: RoadmapDependency[] = [];
    // An edge is critical when it binds: the successor starts exactly when the predecessor (plus lag) lets it.
    const tight = (from: number, to: number, offset: number): boolean => days.release[from] + offset === days.start[to];
    const { edgeFrom, edgeTo, edgeKind } = graph;
    for (let e = 0; e < edgeFrom.length; e++) {
        const from = edgeFrom[e];
        const to = edgeTo[e];
        if (edgeKind[e] === EDGE_AFTER) {
            const offset = afterOffset(graph, e);
            modelActivities[to].after.push({
                id: activities[from].id,
                ...(offset ? { offset: { sign: offset.sign, duration: offset.duration } } : {}),
                offsetDays: offsets[e]
            });
            dependencies.push({
                from: activities[from].id, to: activities[to].id, type: 'after', offsetDays: offsets[e],
                critical: critical[from] === 1 && critical[to] === 1 && tight(from, to, offsets[e])
            });
        } else if (edgeKind[e] === EDGE_PROVIDES) {
            modelActivities[from].provides.push(capabilities[to - activities.length].id);
            modelCapabilities[to - activities.length].providers.push(activities[from].id);
        } else {
            modelActivities[to].requires.push(capabilities[from - activities.length].id);
            modelCapabilities[from - activities.length].requirers.push(activities[to].id);
        }
    }
    // Requires-edges for arrows: one per requirer and capability, from the provider that makes the capability ready
    // (the last to finish). The others are listed in `providers`; an arrow from each of them would grow as
    // providers × requirers and draw lines that constrain nothing.
    for (const capability of capabilities) {
        const { inStart, inEdges, outStart, outEdges } = graph;
        const model = modelCapabilities[capability.index - activities.length];
        let ready = model.providers.length > 0;
        let decisive = -1;
        for (let i = inStart[capability.index]; i < inStart[capability.index + 1]; i++) {
            const provider = graph.edgeFrom[inEdges[i]];
            if (!modelActivities[provider].scheduled) ready = false;
            // An unscheduled provider (NO_DAY) is never later, nor is one later than it: as with no date at all.
            const release = days.release[provider];
            const decisiveRelease = decisive < 0 ? NO_DAY : days.release[decisive];
            if (decisive < 0 || (release >= FIRST_DAY && decisiveRelease >= FIRST_DAY && release > decisiveRelease)) decisive = provider;
        }
        const availableFrom = dateAt(dates.start, capability.index);
        if (ready && availableFrom !== undefined) model.availableFrom = availableFrom;
        if (decisive < 0) continue;
        for (let o = outStart[capability.index]; o < outStart[capability.index + 1]; o++) {
            const requirer = graph.edgeTo[outEdges[o]];
            dependencies.push({
                from: activities[decisive].id, to: activities[requirer].id, type: 'requires', capability: capability.id,
                critical: critical[decisive] === 1 && critical[requirer] === 1 && tight(decisive, requirer, 0)
            });
        }
    }

    const criticalPath = activities
        .filter(activity => critical[activity.index] === 1)
        .sort((a, b) => compareStart(dates, a, b))
        .map(activity => activity.id);

    return { activities: modelActivities, capabilities: modelCapabilities, dependencies, criticalPath };
}

/** Planned dates and slack, variance and health of one forecast activity beside its planned self. */
function addTracking(activity: RoadmapActivity, planned: RoadmapActivity): void {
    activity.planned = { start: planned.start, end: planned.end, slack: planned.slack };
    const variance = activity.scheduled && planned.scheduled ? varianceOf(planned.end, activity.end) : null;
    activity.variance = variance;
    activity.health = healthOf(activity.state ?? 'planned', variance, planned.slack);
}

function compareStart(dates: ForwardDates, a: ActivityNode, b: ActivityNode): number {
    const sa = dates.start[a.index]; // day numbers order as the dates do
    const sb = dates.start[b.index];
    return sa < sb ? -1 : sa > sb ? 1 : a.index - b.index;
}

/** LSP ranges (0-based) from the CST; `uri` only on elements of another file than the programme's (imports). */
class SourceRanges {
    readonly programmeUri: string | undefined;
    private readonly programmeRoot: AstNode;

    constructor(programme: AstNode) {
        this.programmeRoot = AstUtils.findRootNode(programme);
        this.programmeUri = this.programmeRoot.$document?.uri.toString();
    }

    assign(target: { source?: SourceRange; nameSource?: SourceRange }, node: AstNode, withName: boolean): void {
        const root = AstUtils.findRootNode(node);
        const foreign = root === this.programmeRoot ? undefined : root.$document?.uri.toString();
        const source = toRange(node.$cstNode, foreign);
        if (source) target.source = source;
        if (withName) {
            const name = toRange(nameNode(node.$cstNode), foreign);
            if (name) target.nameSource = name;
        }
    }
}

/**
 * The CST node of `name=…` among the node's direct children. Langium's findNodeForProperty searches the whole
 * subtree generically, which dominated scheduling time on large plans; the name is always a direct child here.
 */
const ASSIGNMENT = GrammarAST.Assignment.$type;

function nameNode(cst: CstNode | undefined): CstNode | undefined {
    if (!cst || !isCompositeCstNode(cst)) return undefined;
    for (const child of cst.content) {
        // By $type, not GrammarAST.isAssignment: that asks the reflection about subtypes (an Assignment has none),
        // which was most of this search.
        const source = child.grammarSource;
        const assignment = source && (source.$type === ASSIGNMENT ? source : source.$container);
        if (assignment?.$type === ASSIGNMENT && (assignment as GrammarAST.Assignment).feature === 'name') return child;
    }
    return undefined;
}

function toRange(cst: CstNode | undefined, uri: string | undefined): SourceRange | undefined {
    if (!cst) return undefined;
    const { start, end } = rangeFromOffsets(cst) ?? cst.range;
    return {
        ...(uri ? { uri } : {}),
        start: { line: start.line, character: start.character },
        end: { line: end.line, character: end.character }
    };
}
