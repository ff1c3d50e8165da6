// Reading plans from disk for the commands: input checks a user can act on, then Langium (parse, link,
// check) through @dtp/language's loadPlans, then the diagnostics of every loaded file, imports included.
import type { FileSystemProvider, LangiumDocument } from 'langium';
import type { Plan } from '@dtp/language/core';
import type { DtpNodeCoreServices } from '@dtp/language/core/node';
import type { Severity } from '@dtp/roadmap';
import type { FileReport, PlanDiagnostic } from './diagnostics.js';
import { displayPath } from './files.js';
import { cliLocale } from './locale.js';

/**
 * Says why a file cannot be a plan (not a regular file, too large, empty, binary, not UTF-8, unreadable), or undefined
 * when it may be one: the same checks the loader applies to every import.
 */
export async function checkPlanFile(file: string): Promise<string | undefined> {
    const { planFileProblem } = await import('@dtp/language/core/node');
    return planFileProblem(file, displayPath(file), { emptyAllowed: false, blocking: true }); // one-shot: see blocking
}

/** checkPlanFile for many files, a few at a time: thousands of plans must not run out of file descriptors. */
export async function checkPlanFiles(files: readonly string[], concurrency = 16): Promise<(string | undefined)[]> {
    const problems: (string | undefined)[] = new Array(files.length);
    let next = 0;
    const worker = async () => {
        while (next < files.length) {
            const index = next++;
            problems[index] = await checkPlanFile(files[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
    return problems;
}

export interface LoadedPlans {
    services: DtpNodeCoreServices;
    /** The documents of the files asked for, in order. */
    roots: LangiumDocument<Plan>[];
    /** Every file that was loaded (imports too), with its diagnostics, sorted by path. */
    reports: FileReport[];
}

export interface LoadOptions {
    /** Overrides every plan's own `status-date` (--status-date); the checks and the model then forecast at this day. */
    statusDate?: string;
    /** Where the plans are read from instead of the disk (a git revision for `dtp diff`). */
    fileSystem?: FileSystemProvider;
}

/**
 * Parses, links and checks the files and what they import. Langium is loaded here, lazily, to keep `--help` fast, and
 * without its editor features (the core services): a one-shot run never loads the language server's code.
 */
export async function loadPlanFiles(files: readonly string[], options: LoadOptions = {}): Promise<LoadedPlans> {
    const { createNodeDtpCoreServices, loadPlans } = await import('@dtp/language/core/node');
    const services = createNodeDtpCoreServices({ indexReferences: false, fileSystem: options.fileSystem, blockingReads: true });
    // Before the build: schedules are computed (and cached) while the documents are checked.
    services.Dtp.scheduler.ScheduleProvider.statusDate = options.statusDate;
    services.Dtp.i18n.Locale.set(cliLocale());
    const roots = await loadPlans(services, [...files]);
    const reports: FileReport[] = [];
    for (const document of services.shared.workspace.LangiumDocuments.all) {
        if (document.uri.scheme !== 'file') continue;
        const file = document.uri.fsPath;
        reports.push({
            file,
            path: displayPath(file),
            text: document.textDocument.getText(),
            diagnostics: (document.diagnostics ?? []).map(toPlanDiagnostic).sort(byPosition)
        });
    }
    reports.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { services, roots, reports };
}

interface LspDiagnostic {
    severity?: number;
    code?: number | string;
    message: string | { value: string };
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    data?: unknown;
}

// Langium's own diagnostics carry its codes; DTP reports them under the stable codes of docs/diagnostics/.
const LANGIUM_CODES: Record<string, string> = {
    'lexing-error': 'syntax-error',
    'parsing-error': 'syntax-error',
    'linking-error': 'unresolved-reference'
};

const SEVERITIES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

function toPlanDiagnostic(diagnostic: LspDiagnostic): PlanDiagnostic {
    const dataCode = (diagnostic.data as { code?: unknown } | undefined)?.code;
    const raw = String(diagnostic.code ?? (typeof dataCode === 'string' ? dataCode : ''));
    const code = LANGIUM_CODES[raw] ?? (raw || 'syntax-error');
    const severity = SEVERITIES[diagnostic.severity ?? 1] ?? 'error';
    return {
        code,
        severity,
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1
    };
}

function byPosition(a: PlanDiagnostic, b: PlanDiagnostic): number {
    return a.line - b.line || a.column - b.column;
}
