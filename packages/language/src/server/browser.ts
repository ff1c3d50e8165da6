// Browser entry point of the DTP language server: runs in a Web Worker, talks to the client over postMessage,
// and has no file system (documents come from the editor).
import '../polyfill.js';
import { EmptyFileSystem } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createDtpServices } from '../dtp-module.js';
import { registerRoadmapHandler } from '../lsp/roadmap-handler.js';
import { followClientLocale } from '../lsp/locale.js';

declare const self: { postMessage(message: unknown): void } & object;

export function startBrowserLanguageServer(worker: object = self): void {
    const reader = new BrowserMessageReader(worker as never);
    const writer = new BrowserMessageWriter(worker as never);
    const connection = createConnection(reader, writer);
    const { shared } = createDtpServices({ connection, ...EmptyFileSystem });
    followClientLocale(shared);
    registerRoadmapHandler(shared);
    startLanguageServer(shared);
}
