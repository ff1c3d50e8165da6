// Work flows forward through the phases (docs/language.md): an activity depends only on work of its own or an earlier
// phase, whether it says so with `after` or through a capability it `requires` (which waits for every provider).
import type { ValidationAcceptor } from 'langium';
import { isPhase, type Activity, type Capability, type Programme } from '../generated/ast.js';
import type { CheckFactory } from './dtp-validator.js';
import { phaseRank } from '@dtp/roadmap';
import { report } from './report.js';

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
                    `\`${activity.name}\` (${phase.kind}) is after \`${target.name}\`, which belongs to the later ${targetPhase} phase; `
                    + 'work depends only on its own or earlier phases. '
                    + `Move \`${target.name}\` to an earlier phase, or remove \`${target.name}\` from this \`after\`.`,
                    { node: dependency, property: 'target', data: { activity: activity.name, target: target.name, targetPhase } });
            }
            activity.requires.forEach((reference, index) => {
                const provider = reference.ref && latestProvider.get(reference.ref);
                const providerPhase = provider && phaseKindOf(provider);
                if (!provider || !providerPhase || phaseRank(providerPhase) <= rank) return;
                report(accept, 'backward-dependency',
                    `\`${activity.name}\` (${phase.kind}) requires \`${reference.$refText}\`, which \`${provider.name}\` provides only in the `
                    + `later ${providerPhase} phase; work depends only on its own or earlier phases. `
                    + `Provide \`${reference.$refText}\` earlier, or move \`${activity.name}\` to a later phase.`,
                    { node: activity, property: 'requires', index, data: { activity: activity.name, target: provider.name, targetPhase: providerPhase } });
            });
        }
    }
}

function phaseKindOf(activity: Activity): string | undefined {
    return isPhase(activity.$container) ? activity.$container.kind : undefined;
}
