// The four phases (docs/language.md): written in canonical order, each at most once, all present; continuous improvement
// is a lasting state, so it has no duration.
import type { ValidationAcceptor } from 'langium';
import { PHASE_ORDER, phaseRank, type PhaseKind } from '@dtp/roadmap';
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
            report(accept, 'duplicate-phase',
                `Phase \`${phase.kind}\` appears twice (first on line ${lineOf(earlier)}). `
                + `Move its activities into the first \`${phase.kind}\` phase and remove this one.`,
                { node: phase, property: 'kind', data: { kind: phase.kind, firstLine: lineOf(earlier) } });
            continue;
        }
        first.set(phase.kind, phase);
        if (latest && phaseRank(latest.kind) > rank) {
            report(accept, 'phase-order',
                `Phase \`${phase.kind}\` is written after \`${latest.kind}\`, but phases go `
                + `${PHASE_ORDER.join(' → ')}. Move it before \`${latest.kind}\`.`,
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
        const where = previous ? ` after the \`${previous}\` phase` : ' before the other phases';
        report(accept, 'missing-phase',
            `Programme \`${programme.name}\` has no \`${kind}\` phase; a transformation runs through all four. `
            + `Add \`phase ${kind} { … }\`${where}.`,
            { ...programmeTarget(programme), data: { kind, insertAfter: previous } });
    }
}

function checkContinuousHasNoEnd(phase: Phase, accept: ValidationAcceptor): void {
    if (phase.kind !== 'continuous-improvement') return;
    if (phase.duration) {
        report(accept, 'continuous-has-end',
            `Continuous improvement has no end, so it takes no \`duration\` (here \`${phase.duration.value}\`). `
            + 'Remove it; give its activities `every` to make them recur.',
            { node: phase, keyword: 'duration', data: { remove: 'duration' } });
    }
    for (const activity of phase.activities) {
        if (activity.name && activity.duration && !activity.every && activity.kind !== 'milestone') {
            report(accept, 'continuous-has-end',
                `\`${activity.name}\` lasts \`${activity.duration.value}\`, but work in continuous improvement recurs rather than ends. `
                + `Write \`every ${activity.duration.value}\` instead of \`duration ${activity.duration.value}\`.`,
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
