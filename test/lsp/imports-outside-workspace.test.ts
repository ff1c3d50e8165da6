// A plan may import a catalogue that lies outside the folder the editor opened (e.g. one shared by several
// programmes). The server loads it from disk on demand, as `dtp validate` does, instead of reporting it missing.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { codesOf, LspClient, REPO } from '../../scripts/lsp-client.mjs';

const root = mkdtempSync(path.join(tmpdir(), 'dtp-lsp-imports-'));
const workspace = path.join(root, 'programme');
let client: LspClient;

beforeAll(async () => {
    mkdirSync(workspace);
    mkdirSync(path.join(root, 'shared'));
    copyFileSync(path.join(REPO, 'examples/capabilities.dtp'), path.join(root, 'shared/capabilities.dtp'));
    const plan = readFileSync(path.join(REPO, 'examples/noordstad.dtp'), 'utf8')
        .replace('import "./capabilities.dtp"', 'import "../shared/capabilities.dtp"');
    writeFileSync(path.join(workspace, 'noordstad.dtp'), plan);
    client = new LspClient();
    await client.initialize(workspace);
}, 60_000);

afterAll(async () => {
    await client?.stop();
    rmSync(root, { recursive: true, force: true });
});

test('an import outside the workspace folder is loaded from disk: no unresolved import or names', async () => {
    const uri = pathToFileURL(path.join(workspace, 'noordstad.dtp')).toString();
    await client.open(uri, readFileSync(path.join(workspace, 'noordstad.dtp'), 'utf8'));
    const diagnostics = await client.waitForDiagnostics(uri, found => !codesOf(found).some(code => code.startsWith('unresolved')), 30_000);
    expect(codesOf(diagnostics).filter(code => code !== 'unused-capability')).toEqual([]);
}, 60_000);
