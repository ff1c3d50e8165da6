// Foundation work provides capabilities, improvement work requires them (docs/language.md): every requirement has a
// provider, capabilities are built before improvement starts, improvement stands on a foundation, and every
// declared capability is needed by someone. One pass per programme builds the provider map for all of them.
import type { ValidationAcceptor } from 'langium';
import type { Capability, Plan, Programme } from '../generated/ast.js';
import type { CheckFactory } from './dtp-validator.js';
import { report } from './report.js';
import { linkedTarget } from '../workspace/linker.js';
import { text } from '@dtp/roadmap';
import { closestName } from './did-you-mean.js';

export const capabilityChecks: CheckFactory = () => ({
    Programme: checkProgrammeCapabilities,
    Plan: checkUnusedCapabilities
});

// DiagnosticTag.Unnecessary: editors fade the declaration. A literal, so the browser build needs no LSP runtime here.
const UNNECESSARY = 1 as const;

const BUILDING_PHASES: ReadonlySet<string> = new Set(['initiation', 'foundation']);

function checkProgrammeCapabilities(programme: Programme, accept: ValidationAcceptor): void {
    // Indexed loops: once per activity and reference, mostly before the engine optimises them (a callback or a
    // for-of step allocates there).
    const phases = programme.phases;
    const provided = new Set<Capability>();
    for (let p = 0; p < phases.length; p++) {
        const phase = phases[p];
        const activities = phase.activities;
        for (let a = 0; a < activities.length; a++) {
            const activity = activities[a];
            const provides = activity.provides;
            for (let index = 0; index < provides.length; index++) {
                const reference = provides[index];
                const capability = linkedTarget(reference);
                if (capability) provided.add(capability);
                if (activity.name && phase.kind && !BUILDING_PHASES.has(phase.kind)) {
                    report(accept, 'foundation-outside-foundation',
                        text('check.foundation-outside-foundation', { name: activity.name, capability: reference.$refText, phase: phase.kind }),
                        { node: activity, property: 'provides', index, data: { capability: reference.$refText, moveTo: 'foundation' } });
                }
            }
        }
    }
    for (let p = 0; p < phases.length; p++) {
        const phase = phases[p];
        const activities = phase.activities;
        for (let a = 0; a < activities.length; a++) {
            const activity = activities[a];
            const requires = activity.requires;
            for (let index = 0; index < requires.length; index++) {
                const capability = linkedTarget(requires[index]);
                if (!capability || provided.has(capability) || !activity.name) continue;
                report(accept, 'unmet-prerequisite', text('check.unmet-prerequisite', { name: activity.name, capability: capability.name }),
                    { node: activity, property: 'requires', index, data: { capability: capability.name } });
            }
            if (phase.kind === 'improvement' && activity.kind === 'activity' && activity.requires.length === 0 && activity.name) {
                report(accept, 'unfounded-improvement', text('check.unfounded-improvement', { name: activity.name }),
                    { node: activity, property: 'name', data: { activity: activity.name } });
            }
        }
    }
}

/**
 * Capabilities declared in a file that holds a programme, and required by none of its activities. A pure catalogue
 * is shared by several plans, so what one plan leaves unused is not a finding there.
 */
function checkUnusedCapabilities(plan: Plan, accept: ValidationAcceptor): void {
    if (plan.programmes.length === 0) return;
    const required = new Set<Capability>();
    const unresolved: string[] = [];
    for (const programme of plan.programmes) {
        for (const phase of programme.phases) {
            const activities = phase.activities;
            for (let a = 0; a < activities.length; a++) {
                const requires = activities[a].requires;
                for (let r = 0; r < requires.length; r++) {
                    const reference = requires[r];
                    const capability = linkedTarget(reference);
                    if (capability) required.add(capability);
                    else if (reference.$refText) unresolved.push(reference.$refText);
                }
            }
        }
    }
    const declared = [...plan.capabilities, ...plan.programmes.flatMap(programme => programme.capabilities)];
    // A capability that a misspelled `requires` probably meant is not unused: the typo is reported, once, there.
    const meant = new Set(unresolved.map(text => closestName(text, declared.map(capability => capability.name).filter(Boolean))));
    for (const capability of declared) {
        if (!capability.name || required.has(capability) || meant.has(capability.name)) continue;
        report(accept, 'unused-capability', text('check.unused-capability', { name: capability.name }),
            { node: capability, property: 'name', tags: [UNNECESSARY], data: { capability: capability.name } });
    }
}
