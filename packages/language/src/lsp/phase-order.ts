// Where a phase may go: the canonical order of SPEC §1, shared by completion, snippets and quick fixes.
import { PHASE_ORDER, phaseRank, type PhaseKind } from '@dtp/roadmap';
import type { Phase, Programme } from '../generated/ast.js';

export { phaseRank };

/**
 * The phase kinds that may be written at `offset` in the programme: not used by another phase, and after every
 * phase written before that spot and before every phase written after it. The phase being typed at `offset`
 * (if any) does not count as used.
 */
export function allowedPhaseKindsAt(programme: Programme, offset: number): PhaseKind[] {
    const used = new Set<string>();
    let lowest = -1;
    let highest = PHASE_ORDER.length;
    for (const phase of programme.phases) {
        const cst = phase.$cstNode;
        if (!cst || !phase.kind || phaseRank(phase.kind) < 0) continue;
        if (cst.offset <= offset && offset <= cst.end) continue; // the phase under the cursor
        used.add(phase.kind);
        const rank = phaseRank(phase.kind);
        if (cst.end < offset) lowest = Math.max(lowest, rank);
        else highest = Math.min(highest, rank);
    }
    return PHASE_ORDER.filter((kind, rank) => !used.has(kind) && rank > lowest && rank < highest);
}

/** The phase of the programme that a new phase of `kind` should follow (undefined: it goes first). */
export function phaseBefore(programme: Programme, kind: PhaseKind): Phase | undefined {
    const rank = phaseRank(kind);
    let before: Phase | undefined;
    for (const phase of programme.phases) {
        if (phaseRank(phase.kind) < rank) before = phase;
    }
    return before;
}
