// Server side of the workspace-files requests: a Langium FileSystemProvider for the Web Worker server that reads
// through the client. Only the asynchronous methods can ask the client; Langium's workspace loading uses those.
import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { WorkspaceFiles, type WorkspaceEntry, type WorkspaceEntryType } from '../workspace/workspace-files-protocol.js';

function node(uri: URI, type: WorkspaceEntryType): FileSystemNode {
    return { uri, isFile: type === 'file', isDirectory: type === 'directory' };
}

function notInWorker(what: string): never {
    throw new Error(`${what} is not available in the browser language server: files are read through the client, asynchronously.`);
}

export class ClientFileSystemProvider implements FileSystemProvider {
    constructor(private readonly connection: Connection) {}

    async stat(uri: URI): Promise<FileSystemNode> {
        const type = await this.connection.sendRequest<WorkspaceEntryType | null>(WorkspaceFiles.stat, { uri: uri.toString() });
        if (!type) throw new Error(`${uri.toString()} does not exist in the workspace.`);
        return node(uri, type);
    }

    async exists(uri: URI): Promise<boolean> {
        return (await this.connection.sendRequest<WorkspaceEntryType | null>(WorkspaceFiles.stat, { uri: uri.toString() })) !== null;
    }

    readFile(uri: URI): Promise<string> {
        return this.connection.sendRequest<string>(WorkspaceFiles.readFile, { uri: uri.toString() });
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const entries = await this.connection.sendRequest<WorkspaceEntry[]>(WorkspaceFiles.readDirectory, { uri: uri.toString() });
        return entries.map(entry => node(URI.parse(entry.uri), entry.type));
    }

    statSync(): FileSystemNode {
        return notInWorker('statSync');
    }

    existsSync(): boolean {
        return false; // as Langium's EmptyFileSystemProvider: a synchronous caller falls back to "not there"
    }

    readBinarySync(): Uint8Array {
        return notInWorker('readBinarySync');
    }

    readFileSync(): string {
        return notInWorker('readFileSync');
    }

    readDirectorySync(): FileSystemNode[] {
        return notInWorker('readDirectorySync');
    }
}
