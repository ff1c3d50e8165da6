// The dependency graph of a programme: one node per activity and one per capability. A capability node stands
// between its providers and its requirers (provider → capability → requirer), so `requires` costs edges linear in
// the plan even when many activities provide or require the same capability.
import { PHASE_ORDER, type Duration, type IsoDate, type PhaseKind } from '@dtp/roadmap';
import type { AstNode } from 'langium';
import type { Activity, Capability, Phase, Programme } from '../generated/ast.js';
import { parseDate, parseDuration } from './calendar.js';

export interface ActivityNode {
    /** Index in the graph (activities come first, in source order). */
    index: number;
    id: string;
    ast: Activity;
    phaseIndex: number;
    phaseKind: PhaseKind;
    /** Valid `duration`, absent when missing or unparseable (the validator reports the latter). */
    duration?: Duration;
    every?: Duration;
    /** Valid fixed `start`. */
    pinned?: IsoDate;
    milestone: boolean;
}

export interface CapabilityNode {
    index: number;
    id: string;
    ast: Capability;
}

/** The lag (+) or lead (−) of an `after` edge as written. */
export interface EdgeOffset {
    sign: '+' | '-';
    duration: Duration;
}

export const EDGE_AFTER = 0;
export const EDGE_PROVIDES = 1;
export const EDGE_REQUIRES = 2;

export interface ProgrammeGraph {
    programme: Programme;
    /** The programme's phases of a known kind (half-typed text can leave a phase without one), in source order. */
    phases: Phase[];
    activities: ActivityNode[];
    capabilities: CapabilityNode[];
    /** Node count: activities.length + capabilities.length. */
    size: number;
    /** Edge e runs from edgeFrom[e] to edgeTo[e]. Arrays, not an object per edge: a plan of 10,000 activities has some 25,000. */
    edgeFrom: Int32Array;
    edgeTo: Int32Array;
    /** EDGE_AFTER, EDGE_PROVIDES or EDGE_REQUIRES. */
    edgeKind: Uint8Array;
    /** `after`: index in the successor's `after` list; `requires`: index in the requirer's `requires` list. */
    edgeRef: Int32Array;
    /** `after` edges: the lag (+) or lead (−) in days for d and w, in months for m, q and y; 0 otherwise. */
    lagDays: Int32Array;
    lagMonths: Int32Array;
    /** The edges with a lag or lead, in order. */
    lagged: readonly number[];
    /** Compressed adjacency: edge indices leaving (`out`) and entering (`in`) node n are in [start[n], start[n+1]). */
    outStart: Int32Array;
    outEdges: Int32Array;
    inStart: Int32Array;
    inEdges: Int32Array;
    /** Built when first read (hover and inlay hints ask for it; scheduling does not). */
    readonly activityByAst: Map<Activity, ActivityNode>;
    capabilityByAst: Map<Capability, CapabilityNode>;
    /** Model id → node index, for activities and for capabilities. */
    activityIndex: Map<string, number>;
    capabilityIndex: Map<string, number>;
}

/**
 * Builds the graph of `programme`. `extraCapabilities` are capabilities declared elsewhere (the imports) that should
 * appear in the model even when no activity names them; capabilities referenced by `provides`/`requires` are
 * always included.
 */
export function buildGraph(programme: Programme, extraCapabilities: Iterable<Capability> = []): ProgrammeGraph {
    const activities: ActivityNode[] = [];
    const activityIndex = new Map<string, number>();
    const activityIds = new UniqueIds(activityIndex);
    const phases = programme.phases.filter(phase => (PHASE_ORDER as readonly string[]).includes(phase.kind));
    let edgeCapacity = 0;
    const phaseFirst: number[] = []; // per phase: the index of its first activity
    // Indexed loops, no callback or iterator per activity or reference: this runs once per build, mostly before the
    // engine optimises it, and there each step of a for-of allocates.
    for (let phaseIndex = 0; phaseIndex < phases.length; phaseIndex++) {
        const phase = phases[phaseIndex];
        const phaseKind = phase.kind as PhaseKind;
        const phaseActivities = phase.activities;
        phaseFirst[phaseIndex] = activities.length;
        for (let a = 0; a < phaseActivities.length; a++) {
            const ast = phaseActivities[a];
            const index = activities.length;
            const { name, duration, every, start } = ast;
            let id: string = name;
            // The common case in line (a first use of a name); UniqueIds handles the rest.
            if (name && !activityIndex.has(name)) activityIndex.set(name, index);
            else id = activityIds.take(name, 'activity', index);
            activities.push({
                index,
                id,
                ast,
                phaseIndex,
                phaseKind,
                duration: duration === undefined ? undefined : validDuration(duration.value),
                every: every === undefined ? undefined : validDuration(every.value),
                pinned: start === undefined ? undefined : validDate(start.value),
                milestone: ast.kind === 'milestone'
            });
            edgeCapacity += ast.after.length + ast.provides.length + ast.requires.length;
        }
    }
    // AST → node for the few `after` targets their place does not find (an activity of another programme, a tree built
    // without $containerIndex): built on demand, since a map keyed by 10,000 AST nodes costs more than the rest.
    let byAst: Map<Activity, ActivityNode> | undefined;
    const activityByAst = () => {
        if (!byAst) {
            byAst = new Map();
            for (let a = 0; a < activities.length; a++) byAst.set(activities[a].ast, activities[a]);
        }
        return byAst;
    };

    const capabilities: CapabilityNode[] = [];
    const capabilityByAst = new Map<Capability, CapabilityNode>();
    const capabilityIndex = new Map<string, number>();
    const capabilityIds = new UniqueIds(capabilityIndex);
    const addCapability = (ast: Capability | undefined): CapabilityNode | undefined => {
        if (!ast) return undefined;
        let node = capabilityByAst.get(ast);
        if (!node) {
            const index = activities.length + capabilities.length;
            node = { index, id: capabilityIds.take(ast.name, 'capability', index), ast };
            capabilities.push(node);
            capabilityByAst.set(ast, node);
        }
        return node;
    };
    const plan = programme.$container;
    for (const ast of plan?.capabilities ?? []) addCapability(ast);
    const programmeCapabilities = capabilities.length; // where the programme's own capabilities begin
    for (const ast of programme.capabilities) addCapability(ast);
    for (const ast of extraCapabilities) addCapability(ast);

    // The edges entering an activity (its `after`, then its `requires`) are made one after the other, so its part of
    // the in-adjacency is written as they are; only the capabilities' (their providers) is sorted afterwards.
    const edgeFrom = new Int32Array(edgeCapacity);
    const edgeTo = new Int32Array(edgeCapacity);
    const edgeKind = new Uint8Array(edgeCapacity);
    const edgeRef = new Int32Array(edgeCapacity);
    const lagDays = new Int32Array(edgeCapacity);
    const lagMonths = new Int32Array(edgeCapacity);
    const activityInStart = new Int32Array(activities.length + 1);
    const providers: number[] = []; // per capability (by index − activities.length)
    const providesEdges: number[] = [];
    // Edges leaving each node, counted as they are made (at most one new capability per reference joins the graph).
    const outStart = new Int32Array(activities.length + capabilities.length + edgeCapacity + 1);
    const inList = new Int32Array(edgeCapacity);
    let count = 0;
    let entering = 0;
    const lagged: number[] = [];
    // The phase of the last `after` target and the index of its first activity: most targets are in the same phase.
    let targetPhase: AstNode | undefined;
    let targetFirst = -1;
    for (let a = 0; a < activities.length; a++) {
        activityInStart[a] = entering;
        const { after, provides, requires } = activities[a].ast;
        for (let refIndex = 0; refIndex < after.length; refIndex++) {
            const dependency = after[refIndex];
            const target = dependency.target?.ref;
            if (!target) continue; // unresolved: reported by the linker
            // The target's place in its phase names its node without a map lookup; checked by identity, as a target
            // in another programme or in a phase of no known kind has no node.
            if (target.$container !== targetPhase) {
                targetPhase = target.$container;
                const p = phases.indexOf(target.$container);
                targetFirst = p < 0 ? -1 : phaseFirst[p];
            }
            let predecessor: number | undefined = targetFirst + (target.$containerIndex ?? -activities.length);
            if (!(predecessor >= 0 && predecessor < activities.length && activities[predecessor].ast === target)) {
                predecessor = activityByAst().get(target)?.index;
            }
            if (predecessor === undefined) continue; // an activity of another programme
            edgeFrom[count] = predecessor;
            outStart[predecessor + 1]++;
            edgeTo[count] = a;
            edgeKind[count] = EDGE_AFTER;
            edgeRef[count] = refIndex;
            const offset = dependency.offset;
            if (offset !== undefined && dependency.sign) {
                const duration = validDuration(offset.value);
                if (duration) {
                    const amount = dependency.sign === '+' ? duration.amount : -duration.amount;
                    const unit = duration.unit;
                    if (unit === 'd' || unit === 'w') lagDays[count] = unit === 'w' ? 7 * amount : amount;
                    else lagMonths[count] = unit === 'm' ? amount : unit === 'q' ? 3 * amount : 12 * amount;
                    lagged.push(count);
                }
            }
            inList[entering++] = count++;
        }
        for (let refIndex = 0; refIndex < provides.length; refIndex++) {
            const target = provides[refIndex].ref;
            if (!target) continue;
            // A capability of this plan is found by its place, like an after-target; any other one through the map.
            const place = target.$container === programme ? programmeCapabilities + (target.$containerIndex ?? Number.NaN)
                : target.$container === plan ? target.$containerIndex ?? Number.NaN : Number.NaN;
            const capability = capabilities[place]?.ast === target ? capabilities[place] : addCapability(target)!;
            edgeFrom[count] = a;
            outStart[a + 1]++;
            edgeTo[count] = capability.index;
            edgeKind[count] = EDGE_PROVIDES;
            edgeRef[count] = refIndex;
            providesEdges.push(count++);
            const c = capability.index - activities.length;
            providers[c] = (providers[c] ?? 0) + 1;
        }
        for (let refIndex = 0; refIndex < requires.length; refIndex++) {
            const target = requires[refIndex].ref;
            if (!target) continue;
            const place = target.$container === programme ? programmeCapabilities + (target.$containerIndex ?? Number.NaN)
                : target.$container === plan ? target.$containerIndex ?? Number.NaN : Number.NaN;
            const capability = capabilities[place]?.ast === target ? capabilities[place] : addCapability(target)!;
            edgeFrom[count] = capability.index;
            outStart[capability.index + 1]++;
            edgeTo[count] = a;
            edgeKind[count] = EDGE_REQUIRES;
            edgeRef[count] = refIndex;
            inList[entering++] = count++;
        }
    }
    // The capabilities' part, after the activities': a counting sort of the provides edges by capability (a
    // capability first named by a `provides` or `requires` joins the graph during the loop: the size is known now).
    const size = activities.length + capabilities.length;
    activityInStart[activities.length] = entering;
    const inStart = new Int32Array(size + 1);
    inStart.set(activityInStart);
    for (let n = activities.length; n < size; n++) inStart[n + 1] = inStart[n] + (providers[n - activities.length] ?? 0);
    if (providesEdges.length > 0) {
        const fill = inStart.slice(activities.length, size);
        for (let p = 0; p < providesEdges.length; p++) {
            const e = providesEdges[p];
            inList[fill[edgeTo[e] - activities.length]++] = e;
        }
    }
    // The out-adjacency: a counting sort of the edges by where they leave from, the counts made above.
    for (let n = 0; n < size; n++) outStart[n + 1] += outStart[n];
    const fill = outStart.slice(0, size);
    const outEdges = new Int32Array(count);
    for (let e = 0; e < count; e++) outEdges[fill[edgeFrom[e]]++] = e;

    const from = edgeFrom.subarray(0, count);
    const to = edgeTo.subarray(0, count);
    const inEdges = inList.subarray(0, count);
    return {
        programme, phases, activities, capabilities, size,
        edgeFrom: from, edgeTo: to, edgeKind: edgeKind.subarray(0, count), edgeRef: edgeRef.subarray(0, count),
        lagDays: lagDays.subarray(0, count), lagMonths: lagMonths.subarray(0, count), lagged,
        outStart: outStart.subarray(0, size + 1), outEdges, inStart, inEdges,
        get activityByAst() {
            return activityByAst();
        },
        capabilityByAst, activityIndex, capabilityIndex
    };
}

/** The lag or lead of `after` edge `e` as written, when valid. */
export function afterOffset(graph: ProgrammeGraph, e: number): EdgeOffset | undefined {
    if (graph.lagDays[e] === 0 && graph.lagMonths[e] === 0) return undefined;
    const dependency = graph.activities[graph.edgeTo[e]].ast.after[graph.edgeRef[e]];
    return { sign: dependency.sign!, duration: validDuration(dependency.offset?.value)! };
}


// Large plans repeat a handful of durations (`1w`, `3m`, …): parse each text once. Entries are frozen because
// the model shares them between activities.
const durations = new Map<string, Duration | null>();

function validDuration(text: string | undefined): Duration | undefined {
    if (!text) return undefined;
    const known = durations.get(text); // one lookup: null stands for a text known to be no duration
    if (known !== undefined) return known ?? undefined;
    const parsed = parseDuration(text);
    const duration = parsed.ok ? Object.freeze(parsed.value) : undefined;
    if (durations.size < 10_000) durations.set(text, duration ?? null); // bounded: texts come from user input
    return duration;
}

export function validDate(text: string | undefined): IsoDate | undefined {
    if (!text) return undefined;
    const parsed = parseDate(text);
    return parsed.ok ? parsed.value : undefined;
}

/**
 * Model ids are the names as written. A duplicate name (reported as duplicate-id) or a missing one (half-typed
 * text) still gets an id of its own, so the model never holds two elements under one id.
 */
class UniqueIds {
    // Next suffix to try per name, so many duplicates of one name stay linear.
    private readonly nextSuffix = new Map<string, number>();

    /** `used` maps each id taken so far to its node index. */
    constructor(private readonly used: Map<string, number>) {}

    take(name: string | undefined, fallback: string, index: number): string {
        const base = name || `(unnamed ${fallback})`;
        if (!this.used.has(base)) {
            this.used.set(base, index);
            return base;
        }
        let n = this.nextSuffix.get(base) ?? 2;
        let id = `${base}#${n++}`;
        while (this.used.has(id)) id = `${base}#${n++}`;
        this.nextSuffix.set(base, n);
        this.used.set(id, index);
        return id;
    }
}
