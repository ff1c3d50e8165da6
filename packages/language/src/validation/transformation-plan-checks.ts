// Drafting the Digital Transformation Plan belongs to initiation (docs/language.md): exactly one `transformation-plan`,
// and it stands there.
import type { ValidationAcceptor } from 'langium';
import type { Activity, Programme } from '../generated/ast.js';
import type { CheckFactory } from './dtp-validator.js';
import { lineOf } from './phase-checks.js';
import { report } from './report.js';
import { PHASE_ORDER } from '@dtp/roadmap';

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
                report(accept, 'misplaced-transformation-plan',
                    `The transformation plan \`${activity.name}\` stands in the ${phase.kind} phase, but it is drafted during initiation. `
                    + 'Move it to the `initiation` phase, or make it an `activity`.',
                    { ...target, data: { moveTo: 'initiation', replaceKind: 'activity' } });
            } else if (first) {
                report(accept, 'misplaced-transformation-plan',
                    `A programme has one transformation plan, and \`${first.name}\` (line ${lineOf(first)}) is already it. `
                    + `Make \`${activity.name}\` an \`activity\`.`,
                    { ...target, data: { replaceKind: 'activity', first: first.name } });
            }
            if (phase.kind === 'initiation') first ??= activity;
        }
    }
    const initiation = programme.phases.find(phase => phase.kind === 'initiation');
    if (initiation && !first) {
        report(accept, 'missing-transformation-plan',
            'The initiation phase has no transformation plan; drafting the Digital Transformation Plan is what initiation is for. '
            + 'Add `transformation-plan dtp "Digital Transformation Plan" { duration 6w }` to it.',
            { node: initiation, property: 'kind', data: { kind: 'initiation' } });
    }
}
