// Activation common to the desktop and the web entry points, once each has made its language client.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { watchSettings } from './client-options.js';
import { registerCommands } from './commands.js';
import { RoadmapPreviews, type RoadmapPreviewApi } from './preview/roadmap-previews.js';

/** What `activate` returns: lets tests and other extensions wait for the server. */
export interface DtpExtensionApi {
    readonly client: BaseLanguageClient;
    /** Settles when the language server has started (rejects if it could not). */
    readonly ready: Promise<void>;
    /** The roadmap previews: open one, and read what its webview drew (the VS Code suite does). */
    readonly preview: RoadmapPreviewApi;
}

export function activateWith(context: vscode.ExtensionContext, client: BaseLanguageClient): DtpExtensionApi {
    context.subscriptions.push(watchSettings(client)); // the client itself is stopped in `deactivate`
    const ready = client.start().catch(error => {
        const message = error instanceof Error ? error.message : String(error);
        void vscode.window.showErrorMessage(
            vscode.l10n.t('The DTP language server did not start ({0}). Run "DTP: Restart Language Server" or see Output › DTP Language Server.', message)
        );
        throw error;
    });
    const preview = new RoadmapPreviews(context, client, ready);
    registerCommands({ extension: context, client, preview });
    return { client, ready, preview };
}
