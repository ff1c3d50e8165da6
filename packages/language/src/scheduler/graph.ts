// The dependency graph of a programme: one node per activity and one per capability. A capability node stands
// between its providers and its requirers (provider → capability → requirer), so `requires` costs edges linear in
// the plan even when many activities provide or require the same capability.
import { PHASE_ORDER, type Duration, type IsoDate, type PhaseKind } from '@dtp/roadmap';
import type { Activity, Capability, Dependency, Phase, Programme } from '../generated/ast.js';
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
    phases.forEach((phase, phaseIndex) => {
        for (const ast of phase.activities) {
            const node: ActivityNode = {
                index: activities.length,
                id: activityIds.take(ast.name, 'activity', activities.length),
                ast,
                phase,
                phaseIndex,
                phaseKind: phase.kind as PhaseKind,
                duration: validDuration(ast.duration?.value),
                every: validDuration(ast.every?.value),
                pinned: validDate(ast.start?.value),
                milestone: ast.kind === 'milestone'
            };
            activities.push(node);
            activityByAst.set(ast, node);
        }
    });

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
    for (const ast of [...(plan?.capabilities ?? []), ...programme.capabilities, ...extraCapabilities]) addCapability(ast);

    const edges: Edge[] = [];
    for (const activity of activities) {
        activity.ast.after.forEach((dependency, refIndex) => {
            const target = dependency.target?.ref;
            const predecessor = target && activityByAst.get(target);
            if (!predecessor) return; // unresolved: reported by the linker
            const offsetDuration = validDuration(dependency.offset?.value);
            edges.push({
                from: predecessor.index, to: activity.index, type: 'after', refIndex, dependency,
                offset: offsetDuration && dependency.sign ? { sign: dependency.sign, duration: offsetDuration } : undefined
            });
        });
        activity.ast.provides.forEach((reference, refIndex) => {
            const capability = addCapability(reference.ref);
            if (capability) edges.push({ from: activity.index, to: capability.index, type: 'provides', refIndex });
        });
        activity.ast.requires.forEach((reference, refIndex) => {
            const capability = addCapability(reference.ref);
            if (capability) edges.push({ from: capability.index, to: activity.index, type: 'requires', refIndex });
        });
    }

    const size = activities.length + capabilities.length;
    const [outStart, outEdges] = adjacency(size, edges, edge => edge.from);
    const [inStart, inEdges] = adjacency(size, edges, edge => edge.to);
    return {
        programme, phases, activities, capabilities, size, edges,
        outStart, outEdges, inStart, inEdges, activityByAst, capabilityByAst, activityIndex, capabilityIndex
    };
}

/** Counting sort of edge indices by one endpoint: linear, and no per-node arrays. */
function adjacency(size: number, edges: Edge[], key: (edge: Edge) => number): [Int32Array, Int32Array] {
    const start = new Int32Array(size + 1);
    for (const edge of edges) start[key(edge) + 1]++;
    for (let n = 0; n < size; n++) start[n + 1] += start[n];
    const fill = start.slice(0, size);
    const list = new Int32Array(edges.length);
    edges.forEach((edge, e) => { list[fill[key(edge)]++] = e; });
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
