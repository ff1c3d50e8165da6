// The shipped artefacts: the minified Node server bundle answers LSP over stdio, and `npm run package` builds a
// .vsix that holds only what VS Code loads. One file, run in order: the production build comes first.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const run = promisify(execFile);
const extensionRoot = join(import.meta.dirname, '..');
const repoRoot = join(extensionRoot, '../..');
let outDir: string | undefined;

beforeAll(async () => {
    await run(process.execPath, [join(extensionRoot, 'scripts/build.mjs'), '--production'], { cwd: extensionRoot });
}, 120_000);

afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('the Node server bundle (dist/server.cjs)', () => {
    let server: ChildProcess | undefined;
    let connection: MessageConnection | undefined;

    afterAll(() => {
        connection?.dispose();
        server?.kill();
    });

    test('starts over stdio, announces its features and publishes diagnostics with codes', async () => {
        server = spawn(process.execPath, [join(extensionRoot, 'dist/server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        const published = new Promise<{ uri: string; diagnostics: { code?: string | number }[] }>(resolve =>
            connection!.onNotification('textDocument/publishDiagnostics', resolve));
        connection.listen();

        const { capabilities } = await connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
            processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null
        });
        for (const feature of ['completionProvider', 'hoverProvider', 'definitionProvider', 'codeActionProvider', 'documentFormattingProvider']) {
            expect(capabilities, `server capability ${feature}`).toHaveProperty(feature);
        }
        await connection.sendNotification('initialized', {});

        const fixture = join(repoRoot, 'test/fixtures/invalid/unmet-prerequisite.dtp');
        const uri = pathToFileURL(fixture).toString();
        await connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'dtp', version: 1, text: await readFile(fixture, 'utf8') }
        });
        const { uri: diagnosed, diagnostics } = await published;
        expect(diagnosed).toBe(uri);
        expect(diagnostics.map(d => d.code)).toContain('unmet-prerequisite');
    }, 60_000);
});

describe('the .vsix package', () => {
    test('holds the bundles (client, server, webview), grammar, language configuration, snippets, icon, README and LICENSE, and no sources', async () => {
        outDir = await mkdtemp(join(tmpdir(), 'dtp-vsix-'));
        const vsix = join(outDir, 'dtp-vscode.vsix');
        await run(join(repoRoot, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--out', vsix], { cwd: extensionRoot });
        const { stdout } = await run('unzip', ['-Z1', vsix]);
        const files = stdout.split('\n').filter(Boolean).sort();
        expect(files).toEqual(expect.arrayContaining([
            'extension/package.json',
            'extension/dist/extension.cjs',
            'extension/dist/server.cjs',
            'extension/dist/browser/extension.js',
            'extension/dist/browser/server.js',
            'extension/dist/syntaxes/dtp.tmLanguage.json',
            'extension/dist/webview/preview.js',
            'extension/dist/webview/preview.css',
            'extension/language-configuration.json',
            'extension/snippets/dtp.code-snippets',
            'extension/images/icon.png',
            'extension/readme.md',
            'extension/LICENSE.txt'
        ]));
        const unwanted = files.filter(file => /(^|\/)(src|node_modules|test|scripts)\//.test(file) || file.endsWith('.map') || file.endsWith('.ts'));
        expect(unwanted).toEqual([]);
        const { size } = await stat(vsix);
        console.log(`dtp-vscode.vsix: ${files.length} files, ${(size / 1024).toFixed(0)} KiB`);
        expect(size).toBeLessThan(5 * 1024 * 1024);
    }, 120_000);
});
