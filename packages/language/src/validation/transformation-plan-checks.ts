// Drafting the Digital Transformation Plan belongs to initiation (docs/language.md): exactly one `transformation-plan`,
// and it stands there.
import type { ValidationAcceptor } from 'langium';
import type { Activity, Programme } from '../generated/ast.js';
import type { CheckFactory } from './dtp-validator.js';
import { lineOf } from './phase-checks.js';
import { report } from './report.js';
import { PHASE_ORDER, text } from '@dtp/roadmap';

export const transformationPlanChecks: CheckFactory = () => ({
    Programme: checkTransformationPlan
});

function checkTransformationPlan(programme: Programme, accept: ValidationAcceptor): void {
    let first: Activity | undefined;
    for (const phase of programme.phases) {
        for (const activity of phase.activities) {
            // In a phase of unknown kind the kind is the one mistake, reported where it is written.
            if (activity.kind !== 'transformation-plan' || !activity.name || !(PHASE_ORDER as readonly string[]).includes(phase.kind)) continue;
            const target = { node: activity, property: 'name' as const };
            if (phase.kind !== 'initiation') {
                report(accept, 'misplaced-transformation-plan', text('check.misplaced-plan-phase', { name: activity.name, phase: phase.kind }),
                    { ...target, data: { moveTo: 'initiation', replaceKind: 'activity' } });
            } else if (first) {
                report(accept, 'misplaced-transformation-plan', text('check.second-plan', { first: first.name ?? '', line: lineOf(first), name: activity.name }),
                    { ...target, data: { replaceKind: 'activity', first: first.name } });
            }
            if (phase.kind === 'initiation') first ??= activity;
        }
    }
    const initiation = programme.phases.find(phase => phase.kind === 'initiation');
    if (!initiation || first) return;
    // The plan is often there, written as an ordinary activity: then say so, and the fix changes its keyword.
    const lookalike = transformationPlanLookalike(initiation.activities);
    if (lookalike) {
        report(accept, 'missing-transformation-plan', text('check.plan-lookalike', { name: lookalike.name ?? '' }),
            { node: lookalike, property: 'kind', data: { kind: 'initiation', activity: lookalike.name } });
    } else {
        report(accept, 'missing-transformation-plan', text('check.missing-plan'),
            { node: initiation, property: 'kind', data: { kind: 'initiation' } });
    }
}

/** Ids and labels people give the DTP when they write it as an activity, in English and Dutch. */
const PLAN_IDS = new Set(['dtp', 'plan', 'transformationplan', 'transformatieplan', 'digitaltransformationplan', 'digitaaltransformatieplan']);
const PLAN_LABEL = /transformation[\s-]*plan|transformatie[\s-]*plan/i;
const DTP_LABEL = /\bDTP\b/i;

/**
 * The ordinary activity most likely meant as the DTP: by id, then by a label that names it, then by a label that
 * mentions the DTP; the first in the text on a tie. Milestones never: "DTP approved" is an event, not the plan.
 */
export function transformationPlanLookalike(activities: readonly Activity[]): Activity | undefined {
    let best: Activity | undefined;
    let bestScore = 0;
    for (const activity of activities) {
        if (activity.kind !== 'activity' || !activity.name) continue;
        const words = activity.name.toLowerCase().split(/[-_]/);
        const label = activity.label ?? '';
        const score = PLAN_IDS.has(words.join('')) || words.includes('dtp') ? 3 : PLAN_LABEL.test(label) ? 2 : DTP_LABEL.test(label) ? 1 : 0;
        if (score > bestScore) [best, bestScore] = [activity, score];
    }
    return best;
}
