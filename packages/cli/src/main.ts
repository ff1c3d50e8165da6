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

/** Each entry builds one subcommand; a new command adds one line here. */
const commands: (() => Command)[] = [
    validateCommand,
    scheduleCommand,
    initCommand,
    renderCommand,
    diffCommand,
    buildCommand,
    serveCommand,
    fmtCommand,
    lspCommand
];

export function createProgram(): Command {
    const program = new Command('dtp')
        .description('Digital transformation plans as code: validate, schedule and render .dtp plans')
        .version(dtpVersion(), '-v, --version', 'print the version of dtp')
        .helpOption('-h, --help', 'show help')
        .showSuggestionAfterError(true);
    for (const command of commands) program.addCommand(command());
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
        await createProgram().parseAsync([...argv]);
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
