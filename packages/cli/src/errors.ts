// Problems with the command itself or its input (exit 2), as opposed to problems found in a plan (exit 1).
import { say } from './locale.js';

export const EXIT_CLEAN = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** A usage or I/O error: printed as `dtp: <message>` without a stack trace, exit code 2. */
export class UsageError extends Error {
    override name = 'UsageError';
}

/** Turns anything thrown into one line a user can read; never a stack trace. */
export function describeError(error: unknown): string {
    if (error instanceof Error) {
        const code = (error as NodeJS.ErrnoException).code;
        const file = (error as NodeJS.ErrnoException).path;
        if (code === 'ENOENT' && file) return say('cli.error.no-such-file', { path: file });
        if (code === 'EACCES' && file) return say('cli.error.permission', { path: file });
        if (code === 'EISDIR' && file) return say('cli.error.is-directory', { path: file });
        return error.message.split('\n')[0] || error.name;
    }
    return String(error);
}
