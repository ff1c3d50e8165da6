// Every command the extension registers, in one place. A feature adds its commands to `dtpCommands`
// (the roadmap preview adds `dtp.openPreview` here, implemented under src/preview/).
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { exportFormatsHere } from './preview/export-formats.js';
import { isExportFormat } from './preview/messages.js';
import type { RoadmapPreviews } from './preview/roadmap-previews.js';

export interface DtpCommandContext {
    readonly extension: vscode.ExtensionContext;
    readonly client: BaseLanguageClient;
    readonly preview: RoadmapPreviews;
}

export interface DtpCommand {
    /** The id declared under `contributes.commands` in package.json. */
    readonly id: string;
    run(context: DtpCommandContext, ...args: unknown[]): unknown;
}

export const dtpCommands: DtpCommand[] = [
    {
        // Editor title and palette pass the editor's URI (or nothing), the code lens passes the document URI string.
        id: 'dtp.openPreview',
        run: ({ preview }, target) => preview.open(target instanceof vscode.Uri || typeof target === 'string' ? target : undefined)
    },
    {
        // The palette passes nothing (a quick pick asks); tests and keybindings may pass the view and the document.
        id: 'dtp.previewView',
        run: ({ preview }, view, target) => preview.switchView(
            view === 'detail' || view === 'board' || view === 'owners' ? view : undefined,
            target instanceof vscode.Uri || typeof target === 'string' ? target : undefined)
    },
    {
        // The palette passes nothing (a quick pick asks the format, the save dialog where), like the preview's Export button;
        // tests and keybindings may pass the format, the file to write and the previewed document.
        id: 'dtp.exportRoadmap',
        run: async ({ preview }, format, file, target) => {
            // PDF only where there is a writer for it (desktop): the web build refuses it like an unknown format.
            const formats = typeof format === 'string' ? await exportFormatsHere() : [];
            if (typeof format === 'string' && !(formats as string[]).includes(format)) {
                throw new Error(`Unknown export format "${format}": use ${formats.join(', ')}.`);
            }
            return preview.exportRoadmap(
                isExportFormat(format) ? format : undefined,
                file instanceof vscode.Uri ? file : typeof file === 'string' ? vscode.Uri.parse(file) : undefined,
                target instanceof vscode.Uri || typeof target === 'string' ? target : undefined);
        }
    },
    {
        id: 'dtp.restartServer',
        run: async ({ client }) => {
            // stop + start works for both the IPC and the Web Worker client (only the Node one has `restart`).
            await client.stop();
            await client.start();
            vscode.window.setStatusBarMessage('DTP language server restarted', 3000);
        }
    }
];

export function registerCommands(context: DtpCommandContext): void {
    for (const command of dtpCommands) {
        context.extension.subscriptions.push(
            vscode.commands.registerCommand(command.id, (...args: unknown[]) => command.run(context, ...args))
        );
    }
}
