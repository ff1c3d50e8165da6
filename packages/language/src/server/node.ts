// Node entry point of the DTP language server: stdio or IPC, whichever the client started us with
// (vscode-languageserver reads `--stdio` / `--node-ipc` from the command line).
import '../polyfill.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createDtpServices } from '../dtp-module.js';
import { registerRoadmapHandler } from '../lsp/roadmap-handler.js';
import { followClientLocale } from '../lsp/locale.js';
import { loadImportsOnDemand } from '../lsp/imports-on-demand.js';

export function startNodeLanguageServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    const { shared } = createDtpServices({ connection, ...NodeFileSystem });
    followClientLocale(shared);
    registerRoadmapHandler(shared);
    loadImportsOnDemand(shared);
    startLanguageServer(shared);
}
