// The requests a language server without a file system of its own (the Web Worker one) sends to the client to read
// the workspace: so that imports resolve and the whole workspace is indexed in VS Code for the web as on desktop.
// Plain method names and JSON shapes: the worker and the client bundle different copies of vscode-jsonrpc.

export type WorkspaceEntryType = 'file' | 'directory';

export interface WorkspaceUriParams {
    uri: string;
}

export interface WorkspaceEntry {
    uri: string;
    type: WorkspaceEntryType;
}

export const WorkspaceFiles = {
    /** → `WorkspaceEntryType | null` (null: nothing there). */
    stat: 'dtp/workspaceFiles/stat',
    /** → the file's text (UTF-8); an error when it cannot be read. */
    readFile: 'dtp/workspaceFiles/readFile',
    /** → `WorkspaceEntry[]`; an error when it is not a readable directory. */
    readDirectory: 'dtp/workspaceFiles/readDirectory'
} as const;
