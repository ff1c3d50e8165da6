// Browser language server, run in a Web Worker by the web client. It is packages/language's
// startBrowserLanguageServer() plus one thing: a file system that reads the workspace through the client
// (see ../workspace/), so that imports resolve and every .dtp file of the workspace is indexed, as on desktop.
import { createDtpServices, registerRoadmapHandler } from '@dtp/language';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { ClientFileSystemProvider } from './client-file-system.js';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const { shared } = createDtpServices({ connection, fileSystemProvider: () => new ClientFileSystemProvider(connection) });
registerRoadmapHandler(shared);
startLanguageServer(shared);
