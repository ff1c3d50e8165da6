// Every diagnostic code in one place: the validator, the quick fixes, the CLI's SARIF rules and the docs
// (docs/diagnostics/<code>.md, one page per code) read from here.
import type { Severity } from '@dtp/roadmap';

export interface DiagnosticRule {
    code: string;
    severity: Severity;
    /** One line for SARIF rule descriptions and `--help`. */
    summary: string;
}

const rules = [
    { code: 'phase-order', severity: 'error', summary: 'Phases are written in the canonical order: initiation, foundation, improvement, continuous-improvement.' },
    { code: 'missing-start', severity: 'warning', summary: 'A programme says when it starts; its dates never depend on the clock.' },
    { code: 'duplicate-phase', severity: 'error', summary: 'Each phase kind appears at most once.' },
    { code: 'missing-phase', severity: 'warning', summary: 'A programme has all four phases.' },
    { code: 'phase-starts-early', severity: 'error', summary: 'By the schedule, no phase starts before its predecessor starts.' },
    { code: 'phase-ends-early', severity: 'warning', summary: 'No phase ends before its predecessor ends (overlap yes, overtaking no).' },
    { code: 'phase-too-short', severity: 'warning', summary: 'A phase with its own duration does not end before the work in it.' },
    { code: 'continuous-has-end', severity: 'error', summary: 'Continuous improvement has no duration; its activities recur (every) rather than last.' },
    { code: 'continuous-too-early', severity: 'warning', summary: 'Continuous improvement starts only when the improvement phase ends.' },
    { code: 'missing-transformation-plan', severity: 'warning', summary: 'The initiation phase holds a transformation-plan.' },
    { code: 'misplaced-transformation-plan', severity: 'error', summary: 'A transformation-plan stands only in initiation, at most one.' },
    { code: 'unmet-prerequisite', severity: 'error', summary: 'Every required capability is provided by some activity.' },
    { code: 'prerequisite-late', severity: 'error', summary: 'A fixed start or phase start makes an activity begin before a capability it requires is ready.' },
    { code: 'foundation-outside-foundation', severity: 'warning', summary: 'Capabilities are provided in initiation or foundation, not later.' },
    { code: 'unfounded-improvement', severity: 'info', summary: 'An improvement activity that requires no capability.' },
    { code: 'unused-capability', severity: 'hint', summary: 'A capability nobody requires.' },
    { code: 'dependency-cycle', severity: 'error', summary: 'after/requires form no cycle.' },
    { code: 'backward-dependency', severity: 'error', summary: 'No activity depends on one in a later phase.' },
    { code: 'dependency-violated', severity: 'error', summary: 'A fixed start lies before the end (plus lag) of something the activity is after.' },
    { code: 'duplicate-id', severity: 'error', summary: 'Ids are unique across a programme and its imports.' },
    { code: 'invalid-date', severity: 'error', summary: 'Dates exist (no 2027-02-30, no Q5).' },
    { code: 'invalid-duration', severity: 'error', summary: 'Durations are positive; every only in continuous improvement.' },
    { code: 'unresolved-reference', severity: 'error', summary: 'Names resolve to a declared activity or capability.' },
    // Tracking (only with a status date): the forecast against the plan.
    { code: 'status-conflict', severity: 'error', summary: 'The recorded state and facts agree: status, progress, started and finished, all before the status date.' },
    { code: 'overdue', severity: 'warning', summary: 'Work that is not done although its planned last day is before the status date.' },
    { code: 'late-start', severity: 'warning', summary: 'Work that has not started although its planned start is before the status date.' },
    { code: 'behind-schedule', severity: 'warning', summary: 'Active work whose forecast end is later than its planned end.' },
    { code: 'milestone-slip', severity: 'warning', summary: 'A milestone not yet reached whose forecast is later than planned.' },
    // Beyond the rules of a plan: text, imports and properties; every diagnostic needs a stable code.
    { code: 'syntax-error', severity: 'error', summary: 'The text does not follow the DTP grammar.' },
    { code: 'unresolved-import', severity: 'error', summary: 'An import names a file that exists and can be read.' },
    { code: 'invalid-import', severity: 'error', summary: 'An imported file holds only imports and capabilities.' },
    { code: 'duplicate-programme', severity: 'error', summary: 'A file holds at most one programme.' },
    { code: 'duplicate-property', severity: 'warning', summary: 'A property is given at most once per element.' },
    { code: 'invalid-progress', severity: 'error', summary: 'Progress is a percentage from 0 to 100.' }
] as const satisfies readonly DiagnosticRule[];

export type DiagnosticCode = (typeof rules)[number]['code'];

export const DIAGNOSTIC_RULES: readonly DiagnosticRule[] = rules;

export const DIAGNOSTIC_SEVERITY: Readonly<Record<DiagnosticCode, Severity>> = Object.fromEntries(
    rules.map(rule => [rule.code, rule.severity])
) as Record<DiagnosticCode, Severity>;

/** Where the documentation is published: the repository's docs/ folder. Defined once; every link is built from it. */
export const DOCS_BASE_URL = 'https://github.com/dtp-lang/dtp/blob/main/docs';

/** The page that explains a diagnostic code (LSP `codeDescription.href`, SARIF `helpUri`): docs/diagnostics/<code>.md. */
export function docsUrl(code: string): string {
    return `${DOCS_BASE_URL}/diagnostics/${code}.md`;
}
