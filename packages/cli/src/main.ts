// The `dtp` command: one registration per command below; everything thrown ends as `dtp: <message>`, exit 2.
import { Command, CommanderError, Option } from 'commander';
import { describeError, EXIT_USAGE } from './errors.js';
import { dtpVersion } from './version.js';
import { chooseLocale, LANG_DESCRIPTION } from './locale.js';
import { validateCommand } from './commands/validate.js';
import { scheduleCommand } from './commands/schedule.js';
import { initCommand } from './commands/init.js';
import { renderCommand } from './commands/render.js';
import { fmtCommand } from './commands/fmt.js';
import { lspCommand } from './commands/lsp.js';
import { diffCommand } from './commands/diff.js';
import { buildCommand } from './commands/build.js';
import { serveCommand } from './commands/serve.js';

/** Each entry builds one subcommand (named as it names itself); a new command adds one line here. */
const commands: [name: string, build: () => Command][] = [
    ['validate', validateCommand],
    ['schedule', scheduleCommand],
    ['init', initCommand],
    ['render', renderCommand],
    ['diff', diffCommand],
    ['build', buildCommand],
    ['serve', serveCommand],
    ['fmt', fmtCommand],
    ['lsp', lspCommand]
];

/**
 * The program for `argv`. When it starts with a command's name, only that command is built: building them all (their
 * options and help texts) was a few milliseconds of every run. Anything else (help, a version, an option first, a
 * misspelt command, which gets a suggestion) gets them all.
 */
export function createProgram(argv: readonly string[] = process.argv): Command {
    const program = new Command('dtp')
        .description('Digital transformation plans as code: validate, schedule and render .dtp plans')
        .version(dtpVersion(), '-v, --version', 'print the version of dtp')
        .helpOption('-h, --help', 'show help')
        .showSuggestionAfterError(true);
    const named = commands.filter(([name]) => name === argv[2]);
    for (const [, build] of named.length > 0 ? named : commands) program.addCommand(build());
    // `--lang` before or after the command (`dtp --lang nl validate`, `dtp validate --lang nl`), taken before it runs.
    for (const command of [program, ...program.commands]) command.addOption(new Option('--lang <lang>', LANG_DESCRIPTION));
    program.hook('preAction', (_program, action) => {
        chooseLocale(action.opts().lang ?? program.opts().lang);
    });
    // Commander throws instead of exiting, so main() decides: usage errors exit 2 (docs/cli.md), help and version 0.
    for (const command of [program, ...program.commands]) {
        command.exitOverride();
        command.configureOutput({ outputError: (text, write) => write(text.startsWith('error:') ? `dtp: ${text.slice(7)}` : text) });
    }
    return program;
}

export async function main(argv: readonly string[] = process.argv): Promise<void> {
    guardProcess();
    try {
        await createProgram(argv).parseAsync([...argv]);
    } catch (error) {
        if (error instanceof CommanderError) {
            process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
            return;
        }
        process.stderr.write(`dtp: ${describeError(error)}\n`);
        process.exitCode = EXIT_USAGE;
    }
}

/** Last lines of defence: a closed pipe ends quietly, anything unforeseen is one `dtp:` line, never a stack trace. */
function guardProcess(): void {
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (error: NodeJS.ErrnoException) => {
            // `dtp schedule big.dtp | head`: the reader left; nothing more to say.
            if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
            throw error;
        });
    }
    const fail = (error: unknown) => {
        process.stderr.write(`dtp: internal error: ${describeError(error)}; please report it with the plan that caused it\n`);
        process.exit(EXIT_USAGE);
    };
    process.on('uncaughtException', fail);
    process.on('unhandledRejection', fail);
}
