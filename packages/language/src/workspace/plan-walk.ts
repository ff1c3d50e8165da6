// Walks of a plan's syntax tree that know its shape. Langium walks every node with generic streams; on plans of
// 100,000 activities those walks dominated linking, indexing and validation, so DTP walks its own tree directly.
// Keep in step with dtp.langium: plan-walk.test.ts checks both walks against Langium's generic ones.
import type { AstNode, LangiumDocument, ReferenceInfo } from 'langium';
import type { Plan } from '../generated/ast.js';

/** The plan a document holds: every DTP document's root is a Plan (the grammar's entry rule). */
export function planOf(document: LangiumDocument): Plan {
    return document.parseResult.value as Plan;
}

/** Every node of the plan, parents before children, in source order within each kind of child. */
export function forEachNode(plan: Plan, visit: (node: AstNode) => void): void {
    visit(plan);
    for (const imp of plan.imports ?? []) visit(imp);
    for (const capability of plan.capabilities ?? []) visit(capability);
    for (const programme of plan.programmes ?? []) {
        visit(programme);
        if (programme.start) visit(programme.start);
        if (programme.statusDate) visit(programme.statusDate);
        for (const capability of programme.capabilities ?? []) visit(capability);
        for (const phase of programme.phases ?? []) {
            visit(phase);
            if (phase.start) visit(phase.start);
            if (phase.duration) visit(phase.duration);
            const activities = phase.activities ?? [];
            // Indexed loops over activities and references: a for-of step allocates until the engine optimises it.
            for (let a = 0; a < activities.length; a++) {
                const activity = activities[a];
                visit(activity);
                if (activity.duration) visit(activity.duration);
                if (activity.start) visit(activity.start);
                if (activity.every) visit(activity.every);
                if (activity.started) visit(activity.started);
                if (activity.finished) visit(activity.finished);
                const after = activity.after ?? [];
                for (let d = 0; d < after.length; d++) {
                    const dependency = after[d];
                    visit(dependency);
                    if (dependency.offset) visit(dependency.offset);
                }
            }
        }
    }
}

/** Where a plan holds cross-references: `after` targets, `provides` and `requires`. */
export function forEachReference(plan: Plan, visit: (info: ReferenceInfo) => void): void {
    for (const programme of plan.programmes ?? []) {
        for (const phase of programme.phases ?? []) {
            const activities = phase.activities ?? [];
            // Indexed loops, no callback per activity: this runs at every link of every plan.
            for (let a = 0; a < activities.length; a++) {
                const activity = activities[a];
                const after = activity.after ?? [];
                for (let d = 0; d < after.length; d++) {
                    const dependency = after[d];
                    if (dependency.target) visit({ reference: dependency.target, container: dependency, property: 'target' });
                }
                const { provides, requires } = activity;
                for (let index = 0; index < (provides?.length ?? 0); index++) visit({ reference: provides[index], container: activity, property: 'provides', index });
                for (let index = 0; index < (requires?.length ?? 0); index++) visit({ reference: requires[index], container: activity, property: 'requires', index });
            }
        }
    }
}
