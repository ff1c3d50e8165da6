// Files beside the plans that are not plans — a roadmap exported next to its plan (.svg, .xlsx, .xml), a README — are
// never read as plans: not when the server indexes the folder, not when the editor reports them created or changed.
// Before, each got a hundred syntax errors in the Problems panel. Plans created later still are picked up.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { codesOf, LspClient, REPO } from '../../scripts/lsp-client.mjs';

const workspace = mkdtempSync(path.join(tmpdir(), 'dtp-lsp-other-files-'));
const file = (name: string) => path.join(workspace, name);
const uriOf = (name: string) => pathToFileURL(file(name)).toString();
/** Watched-file change types of the protocol. */
const CREATED = 1;
const DELETED = 3;
let client: LspClient;

beforeAll(async () => {
    copyFileSync(path.join(REPO, 'examples/noordstad.dtp'), file('noordstad.dtp'));
    copyFileSync(path.join(REPO, 'examples/capabilities.dtp'), file('capabilities.dtp'));
    // There when the server starts: the folder's index must pass them by.
    writeFileSync(file('noordstad.roadmap.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><text>roadmap</text></svg>\n');
    writeFileSync(file('noordstad.roadmap.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe]));
    writeFileSync(file('README.md'), '# Plans\n\nprogramme noordstad is in noordstad.dtp.\n');
    client = new LspClient();
    await client.initialize(workspace);
}, 60_000);

afterAll(async () => {
    await client?.stop();
    rmSync(workspace, { recursive: true, force: true });
});

test('exports and other files are not read as plans; a plan created later is', async () => {
    // Written while the server runs, and reported as the editor's file watcher reports them (the server watches **/*).
    writeFileSync(file('noordstad.msproject.xml'), '<?xml version="1.0"?>\n<Project xmlns="http://schemas.microsoft.com/project"/>\n');
    writeFileSync(file('noordstad.dtp.bak'), 'programme old {');
    writeFileSync(file('broken.dtp'), 'programme broken "Broken" {\n    start 2027-01-04\n    phase improvement { }\n    phase initiation { }\n}\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: ['noordstad.msproject.xml', 'noordstad.dtp.bak', 'noordstad.roadmap.svg', 'broken.dtp'].map(name => ({ uri: uriOf(name), type: CREATED }))
    });
    // must flag: the new plan is loaded and checked (the build that checks it checks the whole workspace)
    const broken = await client.waitForDiagnostics(uriOf('broken.dtp'), found => codesOf(found).includes('phase-order'), 30_000, true);
    expect(codesOf(broken)).toContain('phase-order');
    await client.waitForDiagnostics(uriOf('noordstad.dtp'), () => true, 30_000, true);
    // must not: nothing else in the folder was parsed as a plan (a plan that is not open gets its diagnostics published
    // when built, so a parsed export would be listed here with its syntax errors)
    const published = [...client.diagnostics.keys()].map(uri => path.basename(new URL(uri).pathname)).sort();
    expect(published).toEqual(['broken.dtp', 'capabilities.dtp', 'noordstad.dtp']);

    // A deleted plan leaves the workspace: its diagnostics are cleared.
    rmSync(file('broken.dtp'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('broken.dtp'), type: DELETED }] });
    expect(await client.waitForDiagnostics(uriOf('broken.dtp'), found => found.length === 0, 30_000, true)).toEqual([]);
}, 60_000);
