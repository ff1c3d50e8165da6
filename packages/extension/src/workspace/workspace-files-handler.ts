// Client side of the workspace-files requests: answers the Web Worker server from VS Code's own file system API
// (which sees whatever the workspace is: a mounted folder, a GitHub repository, an in-memory file system).
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { WorkspaceFiles, type WorkspaceEntry, type WorkspaceEntryType, type WorkspaceUriParams } from './workspace-files-protocol.js';

function entryType(type: vscode.FileType): WorkspaceEntryType | undefined {
    if (type & vscode.FileType.Directory) return 'directory';
    if (type & vscode.FileType.File) return 'file';
    return undefined;
}

export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable[] {
    const decoder = new TextDecoder();
    return [
        client.onRequest<WorkspaceEntryType | null, unknown>(WorkspaceFiles.stat, async ({ uri }: WorkspaceUriParams): Promise<WorkspaceEntryType | null> => {
            try {
                return entryType((await vscode.workspace.fs.stat(vscode.Uri.parse(uri))).type) ?? null;
            } catch {
                return null; // "does not exist" is an answer, not an error
            }
        }),
        client.onRequest<string, unknown>(WorkspaceFiles.readFile, async ({ uri }: WorkspaceUriParams): Promise<string> => {
            const open = vscode.workspace.textDocuments.find(document => document.uri.toString() === uri);
            if (open) return open.getText();
            return decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
        }),
        client.onRequest<WorkspaceEntry[], unknown>(WorkspaceFiles.readDirectory, async ({ uri }: WorkspaceUriParams): Promise<WorkspaceEntry[]> => {
            const folder = vscode.Uri.parse(uri);
            const entries: WorkspaceEntry[] = [];
            for (const [name, type] of await vscode.workspace.fs.readDirectory(folder)) {
                const kind = entryType(type);
                if (kind) entries.push({ uri: vscode.Uri.joinPath(folder, name).toString(), type: kind });
            }
            return entries;
        })
    ];
}
