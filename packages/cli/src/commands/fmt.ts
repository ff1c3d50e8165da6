// `dtp fmt [--check] FILES…`: the language server's formatter on the command line. Rewrites only files whose
// text changes; never touches a file with syntax errors.
import { Command } from 'commander';
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { EXIT_CLEAN, EXIT_PROBLEMS, EXIT_USAGE, describeError } from '../errors.js';
import { discoverPlanFiles, displayPath } from '../files.js';
import { write } from '../terminal.js';

interface FmtOptions {
    check?: boolean;
}

export function fmtCommand(): Command {
    return new Command('fmt')
        .description('format plans the way the editor does (4-space indentation, one property per line)')
        .argument('[paths...]', 'plan files, directories (every .dtp below) or globs', [])
        .option('--check', 'change nothing; list the files that are not formatted and exit 1 if there are any')
        .addHelpText('after', `
Exit codes: 0 all formatted, 1 unformatted files (--check) or files with syntax errors (left untouched),
2 usage or I/O error.

Examples:
  dtp fmt plans/            format every plan below plans/ in place
  dtp fmt --check .         in CI: fail when a plan is not formatted`)
        .action(async (paths: string[], options: FmtOptions) => {
            process.exitCode = await runFmt(paths, options);
        });
}

async function runFmt(paths: string[], options: FmtOptions): Promise<number> {
    const files = await discoverPlanFiles(paths);
    // Loaded on demand, so `dtp --help` does not pay for Langium.
    const [{ formatText }, { createNodeDtpServices, planFileProblem }] = await Promise.all([import('@dtp/language'), import('@dtp/language/node')]);
    const { Dtp } = createNodeDtpServices();
    let unformatted = 0;
    let broken = 0;
    let ioErrors = 0;
    for (const file of files) {
        const shown = displayPath(file);
        // The checks `validate` applies: nothing that is not a plan file is read, formatted or written back.
        const problem = await planFileProblem(file, shown, { emptyAllowed: false });
        if (problem) {
            ioErrors++;
            await write(process.stderr, `dtp: ${problem}\n`);
            continue;
        }
        let text: string;
        try {
            text = await readFile(file, 'utf8');
        } catch (error) {
            ioErrors++;
            await write(process.stderr, `dtp: cannot read ${shown}: ${describeError(error)}\n`);
            continue;
        }
        const result = await formatText(Dtp, pathToFileURL(file).toString(), text);
        if (!result.ok) {
            broken++;
            await write(process.stderr, `${shown}: not formatted, it has syntax errors; fix them first (dtp validate ${shown}):\n`
                + result.problems.slice(0, 5).map(problem => `  ${problem}\n`).join('')
                + (result.problems.length > 5 ? `  … and ${result.problems.length - 5} more\n` : ''));
            continue;
        }
        if (!result.changed) continue;
        if (options.check) {
            unformatted++;
            await write(process.stdout, `${shown}\n`);
            continue;
        }
        try {
            await writeFile(file, result.text, 'utf8');
            await write(process.stdout, `formatted ${shown}\n`);
        } catch (error) {
            ioErrors++;
            await write(process.stderr, `dtp: cannot write ${shown}: ${describeError(error)}\n`);
        }
    }
    if (options.check && unformatted > 0) {
        await write(process.stderr, `${unformatted} of ${files.length} file(s) not formatted; run \`dtp fmt\` on them\n`);
    }
    if (ioErrors > 0) return EXIT_USAGE;
    return unformatted > 0 || broken > 0 ? EXIT_PROBLEMS : EXIT_CLEAN;
}
