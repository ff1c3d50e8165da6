// The Web Worker server's file system asks the client for everything; this checks the server side of that
// conversation with a stand-in client that answers from an in-memory workspace.
import { URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { ClientFileSystemProvider } from '../src/server/client-file-system.js';
import { WorkspaceFiles, type WorkspaceEntry } from '../src/workspace/workspace-files-protocol.js';

const files: Record<string, string> = {
    'memfs:/plans/noordstad.dtp': 'import "./capabilities.dtp"',
    'memfs:/plans/capabilities.dtp': 'capability cloud "Cloud" facility'
};
const directories: Record<string, WorkspaceEntry[]> = {
    'memfs:/plans': [
        { uri: 'memfs:/plans/noordstad.dtp', type: 'file' },
        { uri: 'memfs:/plans/capabilities.dtp', type: 'file' },
        { uri: 'memfs:/plans/archive', type: 'directory' }
    ],
    'memfs:/plans/archive': []
};

/** A client as the extension answers: `null` for a missing path, an error for an unreadable file. */
function workspaceClient(sent: string[]): Connection {
    const answer = async (method: string, params: { uri: string }): Promise<unknown> => {
        sent.push(`${method} ${params.uri}`);
        switch (method) {
            case WorkspaceFiles.stat:
                return params.uri in files ? 'file' : params.uri in directories ? 'directory' : null;
            case WorkspaceFiles.readFile:
                if (!(params.uri in files)) throw new Error(`cannot read ${params.uri}`);
                return files[params.uri];
            case WorkspaceFiles.readDirectory:
                return directories[params.uri] ?? [];
            default:
                throw new Error(`unexpected request ${method}`);
        }
    };
    return { sendRequest: answer } as unknown as Connection;
}

describe('ClientFileSystemProvider (Web Worker server)', () => {
    test('reads files and directories through the client', async () => {
        const sent: string[] = [];
        const fs = new ClientFileSystemProvider(workspaceClient(sent));
        expect(await fs.readFile(URI.parse('memfs:/plans/capabilities.dtp'))).toBe('capability cloud "Cloud" facility');
        const entries = await fs.readDirectory(URI.parse('memfs:/plans'));
        expect(entries.map(entry => [entry.uri.toString(), entry.isFile, entry.isDirectory])).toEqual([
            ['memfs:/plans/noordstad.dtp', true, false],
            ['memfs:/plans/capabilities.dtp', true, false],
            ['memfs:/plans/archive', false, true]
        ]);
        expect(new TextDecoder().decode(await fs.readBinary(URI.parse('memfs:/plans/noordstad.dtp')))).toBe('import "./capabilities.dtp"');
        expect(sent).toEqual([
            `${WorkspaceFiles.readFile} memfs:/plans/capabilities.dtp`,
            `${WorkspaceFiles.readDirectory} memfs:/plans`,
            `${WorkspaceFiles.readFile} memfs:/plans/noordstad.dtp`
        ]);
    });

    test('tells existing from missing paths, and fails loudly on what it cannot read', async () => {
        const fs = new ClientFileSystemProvider(workspaceClient([]));
        expect(await fs.exists(URI.parse('memfs:/plans/noordstad.dtp'))).toBe(true);
        expect(await fs.exists(URI.parse('memfs:/plans/missing.dtp'))).toBe(false);
        expect((await fs.stat(URI.parse('memfs:/plans/archive'))).isDirectory).toBe(true);
        await expect(fs.stat(URI.parse('memfs:/plans/missing.dtp'))).rejects.toThrow('does not exist in the workspace');
        await expect(fs.readFile(URI.parse('memfs:/plans/missing.dtp'))).rejects.toThrow('cannot read memfs:/plans/missing.dtp');
    });

    test('has no synchronous reads: the worker cannot block on the client', () => {
        const fs = new ClientFileSystemProvider(workspaceClient([]));
        expect(fs.existsSync()).toBe(false);
        expect(() => fs.readFileSync()).toThrow('not available in the browser language server');
        expect(() => fs.readDirectorySync()).toThrow('not available in the browser language server');
    });
});
