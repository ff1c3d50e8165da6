// Test-only reference: the scheduler as it was before it dated in day numbers, unchanged but for import paths.
// scheduler-equivalence.test.ts checks that src/scheduler gives exactly what this gives. Do not edit.

// The dependency graph of a programme: one node per activity and one per capability. A capability node stands
// between its providers and its requirers (provider → capability → requirer), so `requires` costs edges linear in
// the plan even when many activities provide or require the same capability.
import { PHASE_ORDER, type Duration, type IsoDate, type PhaseKind } from '@dtp/roadmap';
import type { Activity, Capability, Dependency, Phase, Programme } from '../../src/generated/ast.js';
import { parseDate, parseDuration } from './calendar.js';

export interface ActivityNode {
    /** Index in the graph (activities come first, in source order). */
    index: number;
    id: string;
    ast: Activity;
    phase: Phase;
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

export interface Edge {
    from: number;
    to: number;
    type: 'after' | 'provides' | 'requires';
    /** `after`: index in the successor's `after` list; `requires`: index in the requirer's `requires` list. */
    refIndex: number;
    /** `after` edges only: the lag (+) or lead (−) as written, when valid. */
    offset?: { sign: '+' | '-'; duration: Duration };
    dependency?: Dependency;
}

export interface ProgrammeGraph {
    programme: Programme;
    /** The programme's phases of a known kind (half-typed text can leave a phase without one), in source order. */
    phases: Phase[];
    activities: ActivityNode[];
    capabilities: CapabilityNode[];
    /** Node count: activities.length + capabilities.length. */
    size: number;
    edges: Edge[];
    /** Compressed adjacency: edge indices leaving (`out`) and entering (`in`) node n are in [start[n], start[n+1]). */
    outStart: Int32Array;
    outEdges: Int32Array;
    inStart: Int32Array;
    inEdges: Int32Array;
    activityByAst: Map<Activity, ActivityNode>;
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
    const activityByAst = new Map<Activity, ActivityNode>();
    const activityIndex = new Map<string, number>();
    const activityIds = new UniqueIds(activityIndex);
    const phases = programme.phases.filter(phase => (PHASE_ORDER as readonly string[]).includes(phase.kind));
    // Indexed loops, no callback or iterator per activity or reference: this runs once per build, mostly before the
    // engine optimises it, and there each step of a for-of allocates.
    for (let phaseIndex = 0; phaseIndex < phases.length; phaseIndex++) {
        const phase = phases[phaseIndex];
        const phaseKind = phase.kind as PhaseKind;
        const phaseActivities = phase.activities;
        for (let a = 0; a < phaseActivities.length; a++) {
            const ast = phaseActivities[a];
            const index = activities.length;
            const node: ActivityNode = {
                index,
                id: activityIds.take(ast.name, 'activity', index),
                ast,
                phase,
                phaseIndex,
                phaseKind,
                duration: validDuration(ast.duration?.value),
                every: validDuration(ast.every?.value),
                pinned: validDate(ast.start?.value),
                milestone: ast.kind === 'milestone'
            };
            activities.push(node);
            activityByAst.set(ast, node);
        }
    }

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
    for (const ast of programme.capabilities) addCapability(ast);
    for (const ast of extraCapabilities) addCapability(ast);

    // Every edge has the same fields (one object shape for the passes that read them).
    const edges: Edge[] = [];
    for (let a = 0; a < activities.length; a++) {
        const activity = activities[a];
        const { after, provides, requires } = activity.ast;
        for (let refIndex = 0; refIndex < after.length; refIndex++) {
            const dependency = after[refIndex];
            const target = dependency.target?.ref;
            const predecessor = target && activityByAst.get(target);
            if (!predecessor) continue; // unresolved: reported by the linker
            const offsetDuration = validDuration(dependency.offset?.value);
            edges.push({
                from: predecessor.index, to: activity.index, type: 'after', refIndex,
                offset: offsetDuration && dependency.sign ? { sign: dependency.sign, duration: offsetDuration } : undefined,
                dependency
            });
        }
        for (let refIndex = 0; refIndex < provides.length; refIndex++) {
            const capability = addCapability(provides[refIndex].ref);
            if (capability) edges.push({ from: activity.index, to: capability.index, type: 'provides', refIndex, offset: undefined, dependency: undefined });
        }
        for (let refIndex = 0; refIndex < requires.length; refIndex++) {
            const capability = addCapability(requires[refIndex].ref);
            if (capability) edges.push({ from: capability.index, to: activity.index, type: 'requires', refIndex, offset: undefined, dependency: undefined });
        }
    }

    const size = activities.length + capabilities.length;
    const from = new Int32Array(edges.length);
    const to = new Int32Array(edges.length);
    for (let e = 0; e < edges.length; e++) {
        from[e] = edges[e].from;
        to[e] = edges[e].to;
    }
    const [outStart, outEdges] = adjacency(size, from);
    const [inStart, inEdges] = adjacency(size, to);
    return {
        programme, phases, activities, capabilities, size, edges,
        outStart, outEdges, inStart, inEdges, activityByAst, capabilityByAst, activityIndex, capabilityIndex
    };
}

/** Counting sort of edge indices by one endpoint (`endpoint[e]`): linear, and no per-node arrays. */
function adjacency(size: number, endpoint: Int32Array): [Int32Array, Int32Array] {
    const start = new Int32Array(size + 1);
    for (let e = 0; e < endpoint.length; e++) start[endpoint[e] + 1]++;
    for (let n = 0; n < size; n++) start[n + 1] += start[n];
    const fill = start.slice(0, size);
    const list = new Int32Array(endpoint.length);
    for (let e = 0; e < endpoint.length; e++) list[fill[endpoint[e]]++] = e;
    return [start, list];
}

// Large plans repeat a handful of durations (`1w`, `3m`, …): parse each text once. Entries are frozen because
// the model shares them between activities.
const durations = new Map<string, Duration | undefined>();

function validDuration(text: string | undefined): Duration | undefined {
    if (!text) return undefined;
    if (durations.has(text)) return durations.get(text);
    const parsed = parseDuration(text);
    const duration = parsed.ok ? Object.freeze(parsed.value) : undefined;
    if (durations.size < 10_000) durations.set(text, duration); // bounded: texts come from user input
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
