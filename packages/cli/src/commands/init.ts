// `dtp init [DIR]`: a starter plan that validates cleanly, never over an existing file.
import { Command } from 'commander';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { EXIT_CLEAN, UsageError } from '../errors.js';
import { displayPath } from '../files.js';
import { cliLocale, say } from '../locale.js';
import { starterPlan } from '../starter-plan.js';
import { write } from '../terminal.js';

export const STARTER_FILE = 'plan.dtp';

export function initCommand(): Command {
    return new Command('init')
        .description(`write a starter plan (${STARTER_FILE}) with the four phases into DIR`)
        .argument('[dir]', 'the directory to create or use', '.')
        .addHelpText('after', `
The plan names its programme after the directory and starts on the first day of next quarter.
An existing ${STARTER_FILE} is never overwritten (exit 2).

Examples:
  dtp init                 ./${STARTER_FILE}
  dtp init plans/my-town   creates plans/my-town/${STARTER_FILE}`)
        .action(async (dir: string) => {
            process.exitCode = await runInit(dir);
        });
}

async function runInit(dir: string): Promise<number> {
    const directory = path.resolve(dir);
    const existing = await stat(directory).catch(() => undefined);
    if (existing && !existing.isDirectory()) throw new UsageError(say('cli.error.init-not-directory', { dir }));
    const file = path.join(directory, STARTER_FILE);
    const shown = displayPath(file);
    try {
        await makeDirectory(directory);
        // 'wx' fails if the file exists, so a plan written meanwhile is not overwritten either.
        await writeFile(file, starterPlan({ name: path.basename(directory), start: nextQuarterStart(new Date()), locale: cliLocale() }), { flag: 'wx' });
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new UsageError(say('cli.error.init-exists', { file: shown }));
        if (code === 'EACCES' || code === 'EPERM') throw new UsageError(say('cli.error.init-permission', { file: shown }));
        throw new UsageError(say('cli.error.init-write', { file: shown, reason: (error as Error).message }));
    }
    await write(process.stdout, `${say('cli.init.wrote', { file: shown, dir: displayPath(directory) || '.' })}\n`);
    return EXIT_CLEAN;
}

/**
 * Creates `directory` and its missing parents one level at a time. Node's recursive mkdir loops forever where a
 * parent refuses new entries with ENOENT (e.g. under /proc); one level at a time fails at once instead.
 */
async function makeDirectory(directory: string): Promise<void> {
    const missing: string[] = [];
    let current = directory;
    while (!(await stat(current).catch(() => undefined))) {
        missing.unshift(current);
        const parent = path.dirname(current);
        if (parent === current) break;
        current = parent;
    }
    for (const level of missing) await mkdir(level);
}

/** The first day of the quarter after `today`: a round, near-future programme start. */
function nextQuarterStart(today: Date): string {
    const quarter = Math.floor(today.getMonth() / 3) + 1;
    const year = today.getFullYear() + (quarter === 4 ? 1 : 0);
    const month = quarter === 4 ? 1 : quarter * 3 + 1;
    return `${year}-${String(month).padStart(2, '0')}-01`;
}
