// Topological order of the dependency graph, with its cycles cut out. Kahn's algorithm orders what it can; when it
// stalls, Tarjan's algorithm (iterative: a chain of 100,000 activities must not overflow the stack) finds the
// strongly connected components among the stalled nodes, their members are set aside as unschedulable, and Kahn
// goes on with everything downstream of them. Linear in nodes + edges.
import type { ProgrammeGraph } from './graph.js';

export interface GraphCycle {
    /** Node indices around one cycle, starting at the component's first activity in source order. */
    trail: number[];
    /** The edge that closes the trail, entering `trail[0]`. */
    closingEdge: number;
    /** Every node of the strongly connected component (one cycle may be part of a bigger tangle). */
    component: number[];
}

export interface TopologicalOrder {
    /** Every node that is not in a cycle; each after all of its predecessors. */
    order: Int32Array;
    /** Per node: its place in `order` (−1 for cycle members). */
    position: Int32Array;
    /** 1 for members of a cycle. */
    inCycle: Uint8Array;
    cycles: GraphCycle[];
}

export function topologicalOrder(graph: ProgrammeGraph): TopologicalOrder {
    const { size, edgeTo, inStart, outStart, outEdges } = graph;
    const waitingFor = new Int32Array(size);
    const order = new Int32Array(size);
    let head = 0;
    let tail = 0;
    for (let n = 0; n < size; n++) {
        const entering = inStart[n + 1] - inStart[n];
        if (entering === 0) order[tail++] = n;
        else waitingFor[n] = entering;
    }
    // Inline, no closure per node: this runs once per schedule, mostly before the engine optimises it.
    while (head < tail) {
        const node = order[head++];
        for (let i = outStart[node]; i < outStart[node + 1]; i++) {
            const next = edgeTo[outEdges[i]];
            if (--waitingFor[next] === 0) order[tail++] = next;
        }
    }

    const inCycle = new Uint8Array(size);
    const cycles: GraphCycle[] = [];
    if (tail < size) {
        const ordered = new Uint8Array(size);
        for (let i = 0; i < tail; i++) ordered[order[i]] = 1;
        for (const component of stronglyConnectedComponents(graph, ordered)) {
            if (component.length === 1 && !hasSelfLoop(graph, component[0])) continue; // merely downstream of a cycle
            for (const node of component) inCycle[node] = 1;
            cycles.push(traceCycle(graph, component));
        }
        // Cycle members are never ordered: their successors outside the cycle stop waiting for them.
        for (const cycle of cycles) {
            for (const node of cycle.component) {
                for (let i = outStart[node]; i < outStart[node + 1]; i++) {
                    const next = edgeTo[outEdges[i]];
                    if (!inCycle[next] && --waitingFor[next] === 0) order[tail++] = next;
                }
            }
        }
        while (head < tail) {
            const node = order[head++];
            for (let i = outStart[node]; i < outStart[node + 1]; i++) {
                const next = edgeTo[outEdges[i]];
                if (--waitingFor[next] === 0) order[tail++] = next;
            }
        }
    }
    cycles.sort((a, b) => a.trail[0] - b.trail[0]);
    const position = new Int32Array(size).fill(-1);
    for (let i = 0; i < tail; i++) position[order[i]] = i;
    return { order: order.subarray(0, tail), position, inCycle, cycles };
}

function hasSelfLoop(graph: ProgrammeGraph, node: number): boolean {
    for (let i = graph.outStart[node]; i < graph.outStart[node + 1]; i++) {
        if (graph.edgeTo[graph.outEdges[i]] === node) return true;
    }
    return false;
}

/** Tarjan's algorithm over the nodes not yet `ordered`, with an explicit stack of (node, next edge) frames. */
function stronglyConnectedComponents(graph: ProgrammeGraph, ordered: Uint8Array): number[][] {
    const { size, edgeTo, outStart, outEdges } = graph;
    const index = new Int32Array(size).fill(-1);
    const low = new Int32Array(size);
    const onStack = new Uint8Array(size);
    const stack = new Int32Array(size);
    let stackTop = 0;
    const frameNode = new Int32Array(size);
    const frameEdge = new Int32Array(size);
    let counter = 0;
    const components: number[][] = [];

    for (let root = 0; root < size; root++) {
        if (ordered[root] || index[root] !== -1) continue;
        let depth = 0;
        frameNode[0] = root;
        frameEdge[0] = outStart[root];
        index[root] = low[root] = counter++;
        stack[stackTop++] = root;
        onStack[root] = 1;
        while (depth >= 0) {
            const node = frameNode[depth];
            let descended = false;
            while (frameEdge[depth] < outStart[node + 1]) {
                const next = edgeTo[outEdges[frameEdge[depth]++]];
                if (ordered[next]) continue;
                if (index[next] === -1) {
                    index[next] = low[next] = counter++;
                    stack[stackTop++] = next;
                    onStack[next] = 1;
                    depth++;
                    frameNode[depth] = next;
                    frameEdge[depth] = outStart[next];
                    descended = true;
                    break;
                }
                if (onStack[next] && index[next] < low[node]) low[node] = index[next];
            }
            if (descended) continue;
            if (low[node] === index[node]) {
                const component: number[] = [];
                let member: number;
                do {
                    member = stack[--stackTop];
                    onStack[member] = 0;
                    component.push(member);
                } while (member !== node);
                components.push(component);
            }
            depth--;
            if (depth >= 0) {
                const parent = frameNode[depth];
                if (low[node] < low[parent]) low[parent] = low[node];
            }
        }
    }
    return components;
}

/**
 * One simple cycle through the component's first activity (lowest index): a breadth-first search inside the
 * component from that activity back to itself, so the trail is a shortest way round.
 */
function traceCycle(graph: ProgrammeGraph, component: number[]): GraphCycle {
    const { edgeFrom, edgeTo, outStart, outEdges } = graph;
    const members = new Set(component);
    let start = Number.MAX_SAFE_INTEGER;
    for (const node of component) if (node < graph.activities.length && node < start) start = node; // no spread: components can be huge
    const via = new Map<number, number>([[start, -1]]); // node → edge it was reached by
    const queue = [start];
    let closingEdge = -1;
    for (let q = 0; q < queue.length && closingEdge < 0; q++) {
        const node = queue[q];
        for (let i = outStart[node]; i < outStart[node + 1]; i++) {
            const edge = outEdges[i];
            const next = edgeTo[edge];
            if (next === start) { closingEdge = edge; break; }
            if (members.has(next) && !via.has(next)) {
                via.set(next, edge);
                queue.push(next);
            }
        }
    }
    const trail: number[] = [];
    for (let node = edgeFrom[closingEdge]; node !== start; node = edgeFrom[via.get(node)!]) trail.push(node);
    trail.push(start);
    trail.reverse();
    return { trail, closingEdge, component: [...component].sort((a, b) => a - b) };
}
