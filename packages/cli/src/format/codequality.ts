// `dtp validate --format codequality`: GitLab's Code Quality report (the Code Climate subset GitLab reads), so
// problems show in merge requests. GitLab matches issues between pipelines by fingerprint: it must not change
// while the problem stays the same, hence a hash of what identifies it (path, code, message, line).
import { createHash } from 'node:crypto';
import type { Severity } from '@dtp/roadmap';
import type { ValidationReport } from '../diagnostics.js';

type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';
const SEVERITIES: Record<Severity, CodeQualitySeverity> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

export interface CodeQualityIssue {
    description: string;
    check_name: string;
    fingerprint: string;
    severity: CodeQualitySeverity;
    location: { path: string; lines: { begin: number } };
}

export function formatCodeQuality(report: ValidationReport): string {
    const issues: CodeQualityIssue[] = [];
    for (const file of report.files) {
        for (const d of file.diagnostics) {
            issues.push({
                description: d.message,
                check_name: d.code,
                fingerprint: fingerprint(file.path, d.code, d.message, d.line),
                severity: SEVERITIES[d.severity],
                location: { path: file.path, lines: { begin: d.line } }
            });
        }
    }
    return JSON.stringify(issues, null, 2) + '\n';
}

export function fingerprint(path: string, code: string, message: string, line: number): string {
    // NUL separators: no two different tuples hash the same text.
    return createHash('sha256').update([path, code, message, String(line)].join('\u0000')).digest('hex');
}
