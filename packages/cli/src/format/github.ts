// `dtp validate --format github`: GitHub Actions workflow commands, so problems annotate the pull request.
import type { Severity } from '@dtp/roadmap';
import type { ValidationReport } from '../diagnostics.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function formatGithub(report: ValidationReport): string {
    let out = '';
    for (const file of report.files) {
        for (const d of file.diagnostics) {
            const properties = [
                `file=${escapeProperty(file.path)}`,
                `line=${d.line}`,
                `col=${d.column}`,
                `endLine=${d.endLine}`,
                `endColumn=${d.endColumn}`,
                `title=${escapeProperty(`dtp ${d.code}`)}`
            ].join(',');
            out += `::${COMMANDS[d.severity]} ${properties}::${escapeData(d.message)}\n`;
        }
    }
    return out;
}

/** Message text: `%`, CR and LF are encoded (GitHub's toolkit escapeData). */
export function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values: additionally `:` and `,`, which would end the value (GitHub's toolkit escapeProperty). */
export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
