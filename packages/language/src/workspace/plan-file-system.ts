// Reading plans from disk with the same bounds for every file, an operand or an import: only regular files (a FIFO
// or a device would block or never end), at most MAX_PLAN_BYTES, text only. Langium's Node file system reads
// whatever a path names; this one says why it will not, and remembers the reason for the import check to report.
import { NodeFileSystemProvider } from 'langium/node';
import type { URI } from 'langium';
import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

/** Plans larger than this are refused before parsing: far beyond any real plan (100,000 activities is ~10 MB). */
export const MAX_PLAN_BYTES = 20 * 1024 * 1024;

export interface PlanReadOptions {
    /** An empty import is an empty catalogue, but an empty file named on the command line is a mistake. Default: true. */
    emptyAllowed?: boolean;
    /**
     * Read with Node's synchronous calls: for one-shot commands, which have nothing else to do meanwhile. Each
     * asynchronous call waits for a libuv thread and then for the event loop, which on a busy machine took tens of
     * milliseconds per plan. A server keeps the default (false) and stays responsive while it reads.
     */
    blocking?: boolean;
}

/** How the file is read: with promises, or at once (PlanReadOptions.blocking). */
interface FileAccess {
    stat(file: string): Promise<Stats> | Stats;
    read(file: string): Promise<Buffer> | Buffer;
}

const ASYNC_ACCESS: FileAccess = { stat: file => stat(file), read: file => readFile(file) };
const BLOCKING_ACCESS: FileAccess = { stat: file => statSync(file), read: file => readFileSync(file) };

/**
 * Why a file cannot be a plan, in words that name `shown` and say what to do; undefined when it may be one.
 */
export async function planFileProblem(file: string, shown: string, options: PlanReadOptions = {}): Promise<string | undefined> {
    const read = await readPlanFile(file, shown, options);
    return typeof read === 'string' ? read : undefined;
}

/** The file's bytes when it may be a plan, else why it cannot be one (planFileProblem). */
async function readPlanFile(file: string, shown: string, { emptyAllowed = true, blocking = false }: PlanReadOptions = {}): Promise<Buffer | string> {
    const access = blocking ? BLOCKING_ACCESS : ASYNC_ACCESS;
    let info: Stats | NodeJS.ErrnoException;
    try {
        info = await access.stat(file);
    } catch (error) {
        info = error as NodeJS.ErrnoException;
    }
    if (info instanceof Error) {
        return info.code === 'ENOENT' ? `${shown} does not exist; check the path` : `${shown}: cannot read the file (${info.message})`;
    }
    if (!info.isFile()) {
        const what = info.isDirectory() ? 'a directory' : info.isFIFO() ? 'a named pipe (FIFO)' : info.isSocket() ? 'a socket'
            : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : 'not a regular file';
        return `${shown} is ${what}, not a plan file; name a .dtp file`;
    }
    if (info.size > MAX_PLAN_BYTES) {
        return `${shown} is ${(info.size / 1024 / 1024).toFixed(1)} MB; dtp reads plans up to ${MAX_PLAN_BYTES / 1024 / 1024} MB: `
            + 'split the plan (imports) or check that this is the right file';
    }
    let bytes: Buffer;
    try {
        bytes = await access.read(file);
    } catch (error) {
        return `${shown}: cannot read the file (${(error as Error).message})`;
    }
    if (!emptyAllowed && isBlank(bytes)) {
        return `${shown} is empty; a plan holds a programme or capabilities: write one, or run \`dtp init\` for a starter plan`;
    }
    if (bytes.length > MAX_PLAN_BYTES) return `${shown} grew beyond ${MAX_PLAN_BYTES / 1024 / 1024} MB while it was read; try again`;
    if (bytes.subarray(0, 64 * 1024).includes(0)) return `${shown} is not a plan: it looks like a binary file (it contains NUL bytes); a plan is UTF-8 text`;
    if (!isUtf8(bytes)) return `${shown} is not a plan: it is not valid UTF-8 text; save it as UTF-8`;
    return bytes;
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

/** The Node file system for plans: refuses what planFileProblem refuses, and remembers why per file. */
export class PlanFileSystemProvider extends NodeFileSystemProvider {
    private readonly problems = new Map<string, string>();

    /** `blocking`: read plans with synchronous calls (PlanReadOptions.blocking), for one-shot commands. */
    constructor(private readonly blocking = false) {
        super();
    }

    /** Why the file at `uri` was not read, if it was refused. */
    problemOf(uri: URI): string | undefined {
        return this.problems.get(uri.toString());
    }

    override async readFile(uri: URI): Promise<string> {
        if (uri.scheme === 'file') {
            const read = await readPlanFile(uri.fsPath, uri.fsPath, { blocking: this.blocking });
            if (typeof read === 'string') {
                this.problems.set(uri.toString(), read);
                throw new Error(read);
            }
            this.problems.delete(uri.toString());
            return read.toString('utf8'); // the bytes just checked, not a second read that could differ from them
        }
        return super.readFile(uri);
    }
}
