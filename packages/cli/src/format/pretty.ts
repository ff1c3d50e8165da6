// Human output of `dtp validate`: `file:line:col  severity  message  [code]`, a code frame, a summary line.
import type { Severity } from '@dtp/roadmap';
import { describeCounts, type FileReport, type PlanDiagnostic, type ValidationReport } from '../diagnostics.js';
import { say } from '../locale.js';
import type { Colors } from '../terminal.js';

const TAB = '    ';
/** Code frames of very long lines (minified or generated plans) show a window around the problem. */
const FRAME_WIDTH = 120;

export function formatPretty(report: ValidationReport, colors: Colors): string {
    const out: string[] = [];
    for (const file of report.files) {
        if (file.diagnostics.length === 0) continue;
        const lines = file.text.split(/\r\n|\r|\n/);
        for (const diagnostic of file.diagnostics) {
            out.push(headline(file, diagnostic, colors));
            out.push(...codeFrame(lines, diagnostic, colors), '');
        }
    }
    out.push(summaryLine(report, colors));
    return out.join('\n') + '\n';
}

function headline(file: FileReport, d: PlanDiagnostic, colors: Colors): string {
    const where = colors.bold(`${file.path}:${d.line}:${d.column}`);
    return `${where}  ${paintSeverity(d.severity, colors)}  ${d.message}  ${colors.dim(`[${d.code}]`)}`;
}

function paintSeverity(severity: Severity, colors: Colors): string {
    switch (severity) {
        case 'error': return colors.red(colors.bold(say('cli.severity.error')));
        case 'warning': return colors.yellow(colors.bold(say('cli.severity.warning')));
        case 'info': return colors.blue(say('cli.severity.info'));
        case 'hint': return colors.dim(say('cli.severity.hint'));
    }
}

/** The diagnostic's first line with a caret underline of its range (to the line's end when the range goes on). */
function codeFrame(lines: readonly string[], d: PlanDiagnostic, colors: Colors): string[] {
    const raw = lines[d.line - 1];
    if (raw === undefined) return [];
    const startIndex = Math.min(d.column - 1, raw.length);
    const endIndex = d.endLine > d.line ? raw.length : Math.min(Math.max(d.endColumn - 1, startIndex + 1), Math.max(raw.length, startIndex + 1));
    // Tabs become spaces in both the line and the underline, so the carets stay under the text.
    const before = raw.slice(0, startIndex).replace(/\t/g, TAB);
    const marked = raw.slice(startIndex, endIndex).replace(/\t/g, TAB);
    let text = raw.replace(/\t/g, TAB).replace(/\s+$/, '');
    let caretStart = before.length;
    const caretLength = Math.max(1, marked.length);
    if (text.length > FRAME_WIDTH) {
        const from = Math.max(0, Math.min(caretStart - 20, text.length - FRAME_WIDTH));
        text = (from > 0 ? '…' : '') + text.slice(from, from + FRAME_WIDTH) + (from + FRAME_WIDTH < text.length ? '…' : '');
        caretStart = caretStart - from + (from > 0 ? 1 : 0);
    }
    const gutter = String(d.line);
    const caretColor = d.severity === 'error' ? colors.red : d.severity === 'warning' ? colors.yellow : colors.blue;
    const caret = caretColor('^'.repeat(Math.min(caretLength, Math.max(1, FRAME_WIDTH - caretStart + 1))));
    return [
        `${colors.dim(` ${gutter} |`)} ${text}`,
        `${colors.dim(` ${' '.repeat(gutter.length)} |`)} ${' '.repeat(caretStart)}${caret}`
    ];
}

function summaryLine(report: ValidationReport, colors: Colors): string {
    const files = say('cli.count.files', { count: report.files.length });
    const counts = describeCounts(report.summary);
    if (!counts) return colors.green(say('cli.summary.clean', { files }));
    const line = say('cli.summary.counts', { counts, files });
    if (report.summary.errors > 0) return colors.red(colors.bold(`✗ ${line}`));
    if (report.summary.warnings > 0) return colors.yellow(`⚠ ${line}`);
    return line;
}
