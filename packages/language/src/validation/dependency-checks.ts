// Work flows forward through the phases (docs/language.md): an activity depends only on work of its own or an earlier
// phase, whether it says so with `after` or through a capability it `requires` (which waits for every provider).
import type { ValidationAcceptor } from 'langium';
import { isPhase, type Activity, type Capability, type Programme } from '../generated/ast.js';
import type { CheckFactory } from './dtp-validator.js';
import { phaseRank } from '@dtp/roadmap';
import { report } from './report.js';
import { linkedTarget } from '../workspace/linker.js';
import { text } from '@dtp/roadmap';

export const dependencyChecks: CheckFactory = () => ({
    Programme: checkBackwardDependencies
});

// Indexed loops throughout: these run once per activity and reference, mostly before the engine optimises them,
// and there each step of a for-of (and each callback of a forEach) allocates.
export function checkBackwardDependencies(programme: Programme, accept: ValidationAcceptor): void {
    const phases = programme.phases;
    // The latest-phase provider of each capability, and its phase's rank: requiring it means waiting for that one too.
    const latestProvider = new Map<Capability, Activity>();
    const latestRank = new Map<Capability, number>();
    for (let p = 0; p < phases.length; p++) {
        const phase = phases[p];
        const rank = phaseRank(phase.kind);
        const activities = phase.activities;
        for (let a = 0; a < activities.length; a++) {
            const activity = activities[a];
            const provides = activity.provides;
            for (let r = 0; r < provides.length; r++) {
                const capability = linkedTarget(provides[r]);
                if (capability && !(latestRank.get(capability)! >= rank)) { // none yet, or one of an earlier phase
                    latestProvider.set(capability, activity);
                    latestRank.set(capability, rank);
                }
            }
        }
    }
    for (let p = 0; p < phases.length; p++) {
        const phase = phases[p];
        const rank = phaseRank(phase.kind);
        if (rank < 0) continue;
        const activities = phase.activities;
        for (let a = 0; a < activities.length; a++) {
            const activity = activities[a];
            if (!activity.name) continue; // half-typed: its syntax error says what is missing
            const after = activity.after;
            for (let d = 0; d < after.length; d++) {
                const dependency = after[d];
                const reference = dependency.target;
                const target = reference && linkedTarget(reference);
                // Most work follows work of its own phase: that is never backward.
                if (!target || target.$container === phase) continue;
                const targetPhase = phaseKindOf(target);
                if (!targetPhase || phaseRank(targetPhase) <= rank) continue;
                report(accept, 'backward-dependency',
                    text('check.backward-after', { name: activity.name, phase: phase.kind, target: target.name, targetPhase }),
                    { node: dependency, property: 'target', data: { activity: activity.name, target: target.name, targetPhase } });
            }
            const requires = activity.requires;
            for (let index = 0; index < requires.length; index++) {
                const reference = requires[index];
                const capability = linkedTarget(reference);
                if (!capability || !(latestRank.get(capability)! > rank)) continue;
                const provider = latestProvider.get(capability)!;
                const providerPhase = phaseKindOf(provider);
                if (!providerPhase) continue;
                report(accept, 'backward-dependency', text('check.backward-requires', {
                    name: activity.name!, phase: phase.kind, capability: reference.$refText, provider: provider.name, providerPhase
                }),
                    { node: activity, property: 'requires', index, data: { activity: activity.name, target: provider.name, targetPhase: providerPhase } });
            }
        }
    }
}

function phaseKindOf(activity: Activity): string | undefined {
    return isPhase(activity.$container) ? activity.$container.kind : undefined;
}
