// Problems with the command itself or its input (exit 2), as opposed to problems found in a plan (exit 1).

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
        if (code === 'ENOENT' && file) return `${file}: no such file or directory`;
        if (code === 'EACCES' && file) return `${file}: permission denied; check the file's permissions`;
        if (code === 'EISDIR' && file) return `${file} is a directory, not a file`;
        return error.message.split('\n')[0] || error.name;
    }
    return String(error);
}
