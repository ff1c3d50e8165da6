// What the desktop and the web client share: the language id, the client options and the settings wiring.
import * as vscode from 'vscode';
import { InlayHintRequest, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';

export const LANGUAGE_ID = 'dtp';
export const CLIENT_ID = 'dtp'; // also the prefix of the `dtp.trace.server` setting the client reads itself
export const CLIENT_NAME = 'DTP Language Server';

function inlayHintsEnabled(): boolean {
    return vscode.workspace.getConfiguration('dtp').get<boolean>('inlayHints.enabled', true);
}

export function createClientOptions(): LanguageClientOptions {
    return {
        documentSelector: [{ language: LANGUAGE_ID }],
        // Imports make one file's diagnostics depend on another file: tell the server when .dtp files change on disk.
        synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.dtp') },
        outputChannelName: CLIENT_NAME,
        middleware: {
            // The setting is honoured in the client so it works with any server version and switches without restart.
            provideInlayHints: (document, range, token, next) => (inlayHintsEnabled() ? next(document, range, token) : [])
        }
    };
}

/** Re-asks the visible editors for inlay hints when `dtp.inlayHints.enabled` changes. */
export function watchSettings(client: BaseLanguageClient): vscode.Disposable {
    return vscode.workspace.onDidChangeConfiguration(event => {
        if (!event.affectsConfiguration('dtp.inlayHints.enabled')) return;
        const feature = client.getFeature(InlayHintRequest.method);
        for (const editor of vscode.window.visibleTextEditors) {
            if (editor.document.languageId !== LANGUAGE_ID) continue;
            feature.getProvider(editor.document)?.onDidChangeInlayHints.fire();
        }
    });
}
