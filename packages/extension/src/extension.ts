// Desktop entry point: the client runs in the extension host and spawns the Node language server over IPC.
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, type DtpExtensionApi } from './activation.js';
import { CLIENT_ID, CLIENT_NAME, createClientOptions } from './client-options.js';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): DtpExtensionApi {
    const module = context.asAbsolutePath('dist/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, createClientOptions());
    return activateWith(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
