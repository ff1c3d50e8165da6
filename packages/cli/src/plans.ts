// Reading plans from disk for the commands: input checks a user can act on, then Langium (parse, link,
// check) through @dtp/language's loadPlans, then the diagnostics of every loaded file, imports included.
import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import type { FileSystemProvider, LangiumDocument } from 'langium';
import type { Plan } from '@dtp/language';
import type { DtpNodeServices } from '@dtp/language/node';
import type { Severity } from '@dtp/roadmap';
import type { FileReport, PlanDiagnostic } from './diagnostics.js';
import { displayPath } from './files.js';
import { describeError } from './errors.js';

/** Plans larger than this are refused before parsing: far beyond any real plan (100,000 activities is ~10 MB). */
export const MAX_PLAN_BYTES = 20 * 1024 * 1024;

export interface InputProblem {
    file: string;
    message: string;
}

/**
 * Says why a file cannot be a plan (too large, empty, binary, not UTF-8, unreadable), or undefined when it may be one.
 * Reads the file once; the message names the file and what to do.
 */
export async function checkPlanFile(file: string): Promise<string | undefined> {
    const shown = displayPath(file);
    let bytes: Buffer;
    try {
        const handle = await open(file, 'r');
        try {
            const { size } = await handle.stat();
            if (size > MAX_PLAN_BYTES) {
                return `${shown} is ${(size / 1024 / 1024).toFixed(1)} MB; dtp reads plans up to ${MAX_PLAN_BYTES / 1024 / 1024} MB: split the plan (imports) or check that this is the right file`;
            }
            bytes = await handle.readFile();
        } finally {
            await handle.close();
        }
    } catch (error) {
        return `${shown}: cannot read the file (${describeError(error)})`;
    }
    if (bytes.length === 0 || isBlank(bytes)) {
        return `${shown} is empty; a plan holds a programme or capabilities: write one, or run \`dtp init\` for a starter plan`;
    }
    if (bytes.subarray(0, 64 * 1024).includes(0)) {
        return `${shown} is not a plan: it looks like a binary file (it contains NUL bytes); a plan is UTF-8 text`;
    }
    if (!isUtf8(bytes)) return `${shown} is not a plan: it is not valid UTF-8 text; save it as UTF-8`;
    return undefined;
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

function isBlank(bytes: Buffer): boolean {
    // Whitespace only (a UTF-8 BOM included) is as empty as no bytes.
    for (let i = 0; i < bytes.length; i++) {
        const byte = bytes[i];
        if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
        if (i === 0 && byte === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) { i += 2; continue; }
        return false;
    }
    return true;
}

export interface LoadedPlans {
    services: DtpNodeServices;
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

/** Parses, links and checks the files and what they import. Langium is loaded here, lazily, to keep `--help` fast. */
export async function loadPlanFiles(files: readonly string[], options: LoadOptions = {}): Promise<LoadedPlans> {
    const { createNodeDtpServices, loadPlans } = await import('@dtp/language/node');
    const services = createNodeDtpServices({ indexReferences: false, fileSystem: options.fileSystem });
    // Before the build: schedules are computed (and cached) while the documents are checked.
    services.Dtp.scheduler.ScheduleProvider.statusDate = options.statusDate;
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
