// The line above the picture: why it may be stale (syntax errors), why there is none, or how many problems its
// bars carry. Pure, so it is unit-tested without VS Code.
import type { RoadmapResult } from '@dtp/language/roadmap-protocol';
import type { Banner } from './messages.js';

/** What the user should know besides the picture: stale because of syntax errors, or problems marked on bars. */
export function bannerFor(result: RoadmapResult, showingOlderPicture: boolean): Banner | undefined {
    const syntaxErrors = result.syntaxErrors;
    if (result.hasSyntaxErrors) {
        const count = syntaxErrors > 0 ? `${syntaxErrors} syntax error${syntaxErrors === 1 ? '' : 's'}` : 'syntax errors';
        return {
            kind: 'syntax',
            text: showingOlderPicture
                ? `The plan has ${count}: this is the last roadmap that parsed. Fix the errors marked in the editor to update it.`
                : result.model
                    ? `The plan has ${count}: the roadmap may be missing parts until they are fixed in the editor.`
                    : result.reason ?? `The plan has ${count}. Fix them in the editor to see the roadmap.`
        };
    }
    if (!result.model) return { kind: 'info', text: result.reason ?? 'This file has no roadmap.' };
    const errors = result.diagnostics.filter(d => d.severity === 'error').length;
    const warnings = result.diagnostics.filter(d => d.severity === 'warning').length;
    if (errors + warnings === 0) return undefined;
    const parts = [
        errors ? `${errors} error${errors === 1 ? '' : 's'}` : '',
        warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : ''
    ].filter(Boolean).join(' and ');
    return {
        kind: errors ? 'error' : 'info',
        text: `${parts} in the plan: the affected bars carry a badge (hover it for the message); the Problems panel lists them all.`
    };
}
