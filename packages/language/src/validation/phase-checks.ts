// The four phases (docs/language.md): written in canonical order, each at most once, all present; continuous improvement
// is a lasting state, so it has no duration.
import type { ValidationAcceptor } from 'langium';
import { PHASE_ORDER, phaseRank, text, type PhaseKind } from '@dtp/roadmap';
import type { Phase, Programme } from '../generated/ast.js';
import type { CheckFactory } from './dtp-validator.js';
import { report } from './report.js';

export const phaseChecks: CheckFactory = () => ({
    Programme: (programme, accept) => {
        checkPhaseOrder(programme, accept);
        checkMissingPhases(programme, accept);
    },
    Phase: checkContinuousHasNoEnd
});

function checkPhaseOrder(programme: Programme, accept: ValidationAcceptor): void {
    const first = new Map<string, Phase>();
    let latest: Phase | undefined; // the phase of highest rank written so far
    for (const phase of programme.phases) {
        const rank = phaseRank(phase.kind);
        if (rank < 0) continue;
        const earlier = first.get(phase.kind);
        if (earlier) {
            report(accept, 'duplicate-phase', text('check.duplicate-phase', { kind: phase.kind, firstLine: lineOf(earlier) }),
                { node: phase, property: 'kind', data: { kind: phase.kind, firstLine: lineOf(earlier) } });
            continue;
        }
        first.set(phase.kind, phase);
        if (latest && phaseRank(latest.kind) > rank) {
            report(accept, 'phase-order', text('check.phase-order', { kind: phase.kind, latest: latest.kind, order: PHASE_ORDER }),
                { node: phase, property: 'kind', data: { kind: phase.kind, moveBefore: latest.kind } });
            continue;
        }
        latest = phase;
    }
}

function checkMissingPhases(programme: Programme, accept: ValidationAcceptor): void {
    if (!programme.name) return; // half-typed: its syntax error says what is missing
    const present = new Set(programme.phases.map(phase => phase.kind));
    let previous: PhaseKind | undefined;
    for (const kind of PHASE_ORDER) {
        if (present.has(kind)) {
            previous = kind;
            continue;
        }
        report(accept, 'missing-phase', text('check.missing-phase', { name: programme.name, kind, previous }),
            { ...programmeTarget(programme), data: { kind, insertAfter: previous } });
    }
}

function checkContinuousHasNoEnd(phase: Phase, accept: ValidationAcceptor): void {
    if (phase.kind !== 'continuous-improvement') return;
    if (phase.duration) {
        report(accept, 'continuous-has-end', text('check.continuous-phase-duration', { value: phase.duration.value }),
            { node: phase, keyword: 'duration', data: { remove: 'duration' } });
    }
    for (const activity of phase.activities) {
        if (activity.name && activity.duration && !activity.every && activity.kind !== 'milestone') {
            report(accept, 'continuous-has-end', text('check.continuous-activity-duration', { name: activity.name, value: activity.duration.value }),
                { node: activity, keyword: 'duration', data: { replaceWith: 'every', value: activity.duration.value } });
        }
    }
}

/** A programme's diagnostics point at its name (or its keyword while the name is still being typed). */
export function programmeTarget(programme: Programme): { node: Programme; property: 'name' } | { node: Programme; keyword: 'programme' } {
    return programme.name ? { node: programme, property: 'name' } : { node: programme, keyword: 'programme' };
}

/** 1-based line of a node, as people read it in an editor. */
export function lineOf(node: { $cstNode?: { range: { start: { line: number } } } }): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}
