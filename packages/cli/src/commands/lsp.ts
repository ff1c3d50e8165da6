// `dtp lsp --stdio`: the DTP language server, for editors other than VS Code (Neovim, Helix, Emacs, …).
import { Command } from 'commander';
import { describeError, UsageError } from '../errors.js';

export function lspCommand(): Command {
    return new Command('lsp')
        .description('start the DTP language server (Language Server Protocol)')
        .option('--stdio', 'talk over standard input and output')
        .option('--node-ipc', 'talk over a Node IPC channel (when started by a Node client)')
        .option('--socket <port>', 'talk over a TCP socket on this port')
        .addHelpText('after', `
Example (any LSP client): command = ["dtp", "lsp", "--stdio"]`)
        .action(async (options: { stdio?: boolean; nodeIpc?: boolean; socket?: string }) => {
            if (!options.stdio && !options.nodeIpc && options.socket === undefined) {
                throw new UsageError('say how the editor talks to the server: dtp lsp --stdio (or --node-ipc, --socket PORT)');
            }
            // vscode-languageserver picks the transport from the process arguments (--stdio, --node-ipc, --socket=N).
            if (options.socket !== undefined && !process.argv.some(arg => arg.startsWith('--socket='))) {
                process.argv.push(`--socket=${options.socket}`);
            }
            keepServingAfterUnforeseenErrors();
            const { startNodeLanguageServer } = await import('@dtp/language/server/node');
            startNodeLanguageServer();
        });
}

/**
 * The other commands stop at the first unforeseen error (main.ts); a language server must outlive one bad
 * request, so it logs what escaped to stderr (not the protocol channel) and keeps serving.
 */
function keepServingAfterUnforeseenErrors(): void {
    process.removeAllListeners('uncaughtException');
    process.removeAllListeners('unhandledRejection');
    const log = (error: unknown) => process.stderr.write(`dtp lsp: internal error: ${describeError(error)}; the server keeps running\n`);
    process.on('uncaughtException', log);
    process.on('unhandledRejection', log);
}
