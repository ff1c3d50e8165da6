// Tracking through the built server over stdio, as an editor sees it: a plan with a status date gets its tracking
// diagnostics and a hover with planned against forecast dates; moving the status date moves both; a quick fix
// records the overdue work as finished.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CodeAction, Hover, InlayHint, Position } from 'vscode-languageserver-protocol';
import { codesOf, LspClient, positionAt, REPO } from '../../scripts/lsp-client.mjs';

const workspace = mkdtempSync(path.join(tmpdir(), 'dtp-lsp-tracking-'));
const file = path.join(workspace, 'overdue.dtp');
const uri = pathToFileURL(file).toString();
let client: LspClient;

function positionOf(needle: string, delta = 0): Position {
    const text = client.text(uri);
    const offset = text.indexOf(needle);
    if (offset < 0) throw new Error(`'${needle}' not in the plan`);
    return positionAt(text, offset + delta);
}

async function hoverOn(needle: string, delta: number): Promise<string> {
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(needle, delta) }) as Hover;
    return (hover.contents as { value: string }).value;
}

beforeAll(async () => {
    // The plan of docs/diagnostics/overdue.md: status date 2027-04-01; `landing` (planned 2027-02-01 to 2027-03-31)
    // started on time but is 10% done.
    copyFileSync(path.join(REPO, 'test/fixtures/diagnostics/overdue.dtp'), file);
    client = new LspClient();
    await client.initialize(workspace);
    await client.open(uri, readFileSync(file, 'utf8'));
}, 60_000);

afterAll(async () => {
    await client?.stop();
    rmSync(workspace, { recursive: true, force: true });
});

describe('tracking over dtp lsp --stdio', () => {
    test('a plan with a status date: an overdue warning on the late activity, and a hover with the forecast', async () => {
        const diagnostics = await client.waitForDiagnostics(uri, found => codesOf(found).includes('overdue'), 30_000, true);
        const overdue = diagnostics.filter(d => d.code === 'overdue');
        expect(overdue).toHaveLength(1);
        expect(overdue[0].severity).toBe(2); // warning
        expect(overdue[0].range.start).toEqual(positionOf('activity landing', 'activity '.length));
        expect(overdue[0].message).toContain('`landing` was planned to end on 2027-03-31 but is not done on the status date 2027-04-01');

        // D = 59 days, 10% done: r = ⌈53.1⌉ = 54 days from the status date, so the forecast ends 2027-05-25 (exclusive).
        const text = await hoverOn('activity landing', 'activity '.length);
        expect(text).toContain([
            '- Planned: 2027-02-01 → 2027-03-31',
            '- Forecast: 2027-02-01 → 2027-05-24',
            '- Variance: +54 days',
            '- State on 2027-04-01: active (started 2027-02-01, 10% done)'
        ].join('\n'));

        const hints = await client.connection.sendRequest('textDocument/inlayHint', {
            textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } }
        }) as InlayHint[];
        expect(hints.map(hint => hint.label)).toContain('2027-02-01 → 2027-05-24 · +54d · critical');
    });

    test('the status date one day earlier: the planned last day is not past yet, so no overdue but behind-schedule', async () => {
        await client.edit(uri, 'status-date 2027-04-01', 'status-date 2027-03-31');
        const diagnostics = await client.waitForDiagnostics(uri, found => codesOf(found).includes('behind-schedule'));
        expect(codesOf(diagnostics)).not.toContain('overdue');
        // r = 54 days from 2027-03-31: the forecast ends a day earlier than before.
        expect(await hoverOn('activity landing', 'activity '.length)).toContain('- Forecast: 2027-02-01 → 2027-05-23\n- Variance: +53 days');
        await client.edit(uri, 'status-date 2027-03-31', 'status-date 2027-04-01');
        await client.waitForDiagnostics(uri, found => codesOf(found).includes('overdue'));
    });

    test('the quick fix records the overdue work as finished, and the warning goes', async () => {
        const diagnostic = client.diagnostics.get(uri)!.find(d => d.code === 'overdue')!;
        const actions = await client.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        const fix = actions.find(action => action.title === 'Mark as finished on 2027-03-31');
        expect(fix, `actions: ${actions.map(action => action.title).join(' | ')}`).toBeDefined();
        // Apply the edits from the end of the text backwards, as an editor applies a workspace edit.
        const edits = [...fix!.edit!.changes![uri]].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
        for (const edit of edits) {
            const text = client.text(uri);
            const offsetOf = (p: Position) => text.split('\n').slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
            await client.editAt(uri, offsetOf(edit.range.start), offsetOf(edit.range.end) - offsetOf(edit.range.start), edit.newText);
        }
        expect(client.text(uri)).toContain('started 2027-02-01  progress 100%  finished 2027-03-31 }');
        const after = await client.waitForDiagnostics(uri, found => !codesOf(found).includes('overdue'));
        expect(codesOf(after).filter(code => code !== 'unused-capability')).toEqual([]);
    });
});
