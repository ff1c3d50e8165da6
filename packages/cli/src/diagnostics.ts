// The CLI's view of diagnostics: plain, 1-based, one list per file, ready for every output format.
import type { Severity } from '@dtp/roadmap';
import { say } from './locale.js';

export interface PlanDiagnostic {
    code: string;
    severity: Severity;
    message: string;
    /** 1-based, as editors and CI annotations count. `column`s count UTF-16 units, like LSP. */
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}

export interface FileReport {
    /** Absolute path on disk. */
    file: string;
    /** Relative to the working directory, `/`-separated: what people and SARIF see. */
    path: string;
    /** The text as read, for code frames. */
    text: string;
    diagnostics: PlanDiagnostic[];
}

export interface Summary {
    errors: number;
    warnings: number;
    infos: number;
    hints: number;
}

export interface ValidationReport {
    files: FileReport[];
    summary: Summary;
}

export function summarize(files: readonly FileReport[]): Summary {
    const summary: Summary = { errors: 0, warnings: 0, infos: 0, hints: 0 };
    for (const file of files) {
        for (const diagnostic of file.diagnostics) {
            switch (diagnostic.severity) {
                case 'error': summary.errors++; break;
                case 'warning': summary.warnings++; break;
                case 'info': summary.infos++; break;
                case 'hint': summary.hints++; break;
            }
        }
    }
    return summary;
}

/** "2 errors, 1 warning": only the counts that are not zero. */
export function describeCounts(summary: Summary): string {
    const parts: string[] = [];
    if (summary.errors > 0) parts.push(say('cli.count.errors', { count: summary.errors }));
    if (summary.warnings > 0) parts.push(say('cli.count.warnings', { count: summary.warnings }));
    if (summary.infos > 0) parts.push(say('cli.count.infos', { count: summary.infos }));
    if (summary.hints > 0) parts.push(say('cli.count.hints', { count: summary.hints }));
    return parts.join(', ');
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
