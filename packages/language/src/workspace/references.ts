// Where a plan holds cross-references: `after` targets, `provides` and `requires`. Langium finds references by
// walking every AST node with generic streams; for plans of 100,000 activities that walk dominated linking and
// indexing, so the linker and the reference index walk these places directly. Keep in step with dtp.langium.
import type { ReferenceInfo } from 'langium';
import type { Plan } from '../generated/ast.js';

export function forEachReference(plan: Plan, visit: (info: ReferenceInfo) => void): void {
    for (const programme of plan.programmes ?? []) {
        for (const phase of programme.phases ?? []) {
            for (const activity of phase.activities ?? []) {
                for (const dependency of activity.after ?? []) {
                    if (dependency.target) visit({ reference: dependency.target, container: dependency, property: 'target' });
                }
                activity.provides?.forEach((reference, index) => visit({ reference, container: activity, property: 'provides', index }));
                activity.requires?.forEach((reference, index) => visit({ reference, container: activity, property: 'requires', index }));
            }
        }
    }
}
