// Machine output of `dtp validate --format json`: a stable, versioned shape with 1-based positions.
import type { ValidationReport } from '../diagnostics.js';

export const JSON_REPORT_VERSION = 1;

export function formatJson(report: ValidationReport): string {
    const document = {
        version: JSON_REPORT_VERSION,
        files: report.files.map(file => ({
            path: file.path,
            diagnostics: file.diagnostics.map(d => ({
                code: d.code,
                severity: d.severity,
                message: d.message,
                line: d.line,
                column: d.column,
                endLine: d.endLine,
                endColumn: d.endColumn
            }))
        })),
        summary: report.summary
    };
    return JSON.stringify(document, null, 2) + '\n';
}
