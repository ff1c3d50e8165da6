// Which plan files a command works on: plain paths, directories (every .dtp below them) and globs.
import { statSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './errors.js';
import { say } from './locale.js';

export const PLAN_EXTENSION = '.dtp';
const IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands the command-line operands into absolute file paths, each once, in a stable order.
 * Throws a UsageError naming the operand when one matches nothing.
 */
export async function discoverPlanFiles(operands: readonly string[], cwd = process.cwd()): Promise<string[]> {
    const found = new Set<string>();
    for (const operand of operands.length > 0 ? operands : ['.']) {
        for (const file of await expandOperand(operand, cwd)) found.add(file);
    }
    return [...found];
}

async function expandOperand(operand: string, cwd: string): Promise<string[]> {
    const absolute = path.resolve(cwd, operand);
    // Synchronous: a command has nothing to do while it waits, and each promise waits for a libuv thread.
    let info: Stats | undefined;
    try {
        info = statSync(absolute);
    } catch {
        info = undefined; // missing or unreadable: read below as a glob, as before
    }
    if (info?.isFile()) return [absolute];
    if (info?.isDirectory()) {
        const { glob } = await import('tinyglobby'); // only when needed: plain file operands start faster
        const files = await glob(`**/*${PLAN_EXTENSION}`, { cwd: absolute, absolute: true, ignore: IGNORED });
        if (files.length === 0) {
            throw new UsageError(say('cli.error.no-plans', { dir: operand, extension: PLAN_EXTENSION }));
        }
        return sortPaths(files.map(file => path.normalize(file)));
    }
    if (info) throw new UsageError(say('cli.error.not-file-or-dir', { path: operand }));
    const { glob, isDynamicPattern } = await import('tinyglobby');
    if (isDynamicPattern(operand)) {
        // Globs are matched against the working directory, as a shell would.
        const files = await glob(operand, { cwd, absolute: true, ignore: IGNORED });
        if (files.length === 0) throw new UsageError(say('cli.error.no-match', { pattern: operand }));
        return sortPaths(files.map(file => path.normalize(file)));
    }
    throw new UsageError(say('cli.error.no-such-file', { path: operand }));
}

function sortPaths(files: string[]): string[] {
    return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The path a person reads: relative to the working directory when inside it, with `/` separators. */
export function displayPath(file: string, cwd = process.cwd()): string {
    const relative = path.relative(cwd, file);
    const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
    return shown.split(path.sep).join('/');
}
