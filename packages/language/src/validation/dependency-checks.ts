// Work flows forward through the phases (docs/language.md): an activity depends only on work of its own or an earlier
// phase, whether it says so with `after` or through a capability it `requires` (which waits for every provider).
import type { ValidationAcceptor } from 'langium';
import { isPhase, type Activity, type Capability, type Programme } from '../generated/ast.js';
import type { CheckFactory } from './dtp-validator.js';
import { phaseRank } from '@dtp/roadmap';
import { report } from './report.js';
import { text } from '@dtp/roadmap';

export const dependencyChecks: CheckFactory = () => ({
    Programme: checkBackwardDependencies
});

function checkBackwardDependencies(programme: Programme, accept: ValidationAcceptor): void {
    // The latest-phase provider of each capability: requiring it means waiting for that one too.
    const latestProvider = new Map<Capability, Activity>();
    for (const phase of programme.phases) {
        for (const activity of phase.activities) {
            for (const reference of activity.provides) {
                const capability = reference.ref;
                const known = capability && latestProvider.get(capability);
                if (capability && (!known || phaseRank(phaseKindOf(known)) < phaseRank(phase.kind))) latestProvider.set(capability, activity);
            }
        }
    }
    for (const phase of programme.phases) {
        const rank = phaseRank(phase.kind);
        if (rank < 0) continue;
        for (const activity of phase.activities) {
            if (!activity.name) continue; // half-typed: its syntax error says what is missing
            for (const dependency of activity.after) {
                const target = dependency.target?.ref;
                const targetPhase = target && phaseKindOf(target);
                if (!target || !targetPhase || phaseRank(targetPhase) <= rank) continue;
                report(accept, 'backward-dependency',
                    text('check.backward-after', { name: activity.name, phase: phase.kind, target: target.name, targetPhase }),
                    { node: dependency, property: 'target', data: { activity: activity.name, target: target.name, targetPhase } });
            }
            activity.requires.forEach((reference, index) => {
                const provider = reference.ref && latestProvider.get(reference.ref);
                const providerPhase = provider && phaseKindOf(provider);
                if (!provider || !providerPhase || phaseRank(providerPhase) <= rank) return;
                report(accept, 'backward-dependency', text('check.backward-requires', {
                    name: activity.name!, phase: phase.kind, capability: reference.$refText, provider: provider.name, providerPhase
                }),
                    { node: activity, property: 'requires', index, data: { activity: activity.name, target: provider.name, targetPhase: providerPhase } });
            });
        }
    }
}

function phaseKindOf(activity: Activity): string | undefined {
    return isPhase(activity.$container) ? activity.$container.kind : undefined;
}
