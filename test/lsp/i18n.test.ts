// The server speaks the client's language: `locale` in `initialize` (VS Code sends its display language) decides
// the words of diagnostics, hover and completion details; codes, ranges and the plan's text stay the same.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CompletionList, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { EDITOR_CAPABILITIES, LspClient, positionAt, REPO } from '../../scripts/lsp-client.mjs';

const workspace = mkdtempSync(path.join(tmpdir(), 'dtp-lsp-i18n-'));
const file = (name: string) => path.join(workspace, name);
const uriOf = (name: string) => pathToFileURL(file(name)).toString();

/** A server started as an editor with display language `locale` (none: the client says nothing) starts it. */
async function serverIn(locale: string | undefined): Promise<LspClient> {
    const client = new LspClient();
    const uri = pathToFileURL(workspace).toString();
    await client.connection.sendRequest('initialize', {
        processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'plans' }], capabilities: EDITOR_CAPABILITIES,
        ...(locale === undefined ? {} : { locale })
    });
    await client.connection.sendNotification('initialized', {});
    return client;
}

async function diagnosticsOf(client: LspClient, name: string): Promise<Diagnostic[]> {
    const uri = uriOf(name);
    const waiting = client.waitForDiagnostics(uri, diagnostics => diagnostics.length > 0);
    await client.open(uri, readFileSync(file(name), 'utf8'));
    return waiting;
}

let dutch: LspClient;
let english: LspClient;

beforeAll(async () => {
    copyFileSync(path.join(REPO, 'test/fixtures/invalid/phase-order.dtp'), file('phase-order.dtp'));
    copyFileSync(path.join(REPO, 'examples/noordstad-tracked.dtp'), file('noordstad-tracked.dtp'));
    copyFileSync(path.join(REPO, 'examples/capabilities.dtp'), file('capabilities.dtp'));
    [dutch, english] = await Promise.all([serverIn('nl-NL'), serverIn(undefined)]);
}, 60_000);

afterAll(async () => {
    await Promise.all([dutch?.stop(), english?.stop()]);
    rmSync(workspace, { recursive: true, force: true });
});

describe('dtp lsp --stdio in the client\'s language', () => {
    test('initialize with locale nl: Dutch diagnostics with the same codes and ranges as in English', async () => {
        const [nl, en] = await Promise.all([diagnosticsOf(dutch, 'phase-order.dtp'), diagnosticsOf(english, 'phase-order.dtp')]);
        expect(nl.map(d => [d.code, d.range])).toEqual(en.map(d => [d.code, d.range]));
        const order = nl.find(d => d.code === 'phase-order')!;
        expect(order.message).toBe('Fase `initiation` staat na `foundation`, maar de volgorde van de fasen is '
            + 'initiation → foundation → improvement → continuous-improvement. Zet deze fase vóór `foundation`.');
        expect(order.codeDescription?.href).toMatch(/docs\/diagnostics\/phase-order\.md$/);
        // No locale in initialize: English, as before.
        expect(en.find(d => d.code === 'phase-order')!.message).toMatch(/^Phase `initiation` is written after `foundation`/);
    });

    test('quick fixes are titled in the language; their edits write the plan\'s syntax', async () => {
        const uri = uriOf('phase-order.dtp');
        const titles = async (client: LspClient) => {
            const diagnostics = client.diagnostics.get(uri)!.filter(d => d.code === 'phase-order');
            const actions = await client.connection.sendRequest('textDocument/codeAction', {
                textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics }
            }) as { title: string; edit?: { changes?: Record<string, { newText: string }[]> } }[];
            return actions;
        };
        const [nl, en] = await Promise.all([titles(dutch), titles(english)]);
        expect(nl.map(action => action.title)).toEqual(['Zet de fasen in de vaste volgorde (initiation → foundation → improvement → continuous-improvement)']);
        expect(en.map(action => action.title)).toEqual(['Put the phases in canonical order (initiation → foundation → improvement → continuous-improvement)']);
        expect(nl[0].edit).toEqual(en[0].edit);
    });

    test('hover and completion details follow the language; the plan\'s labels do not', async () => {
        const name = 'noordstad-tracked.dtp';
        const uri = uriOf(name);
        await Promise.all([diagnosticsOf(dutch, name), diagnosticsOf(english, name)]);
        const text = readFileSync(file(name), 'utf8');
        const at = positionAt(text, text.indexOf('activity gateway') + 'activity '.length);
        const hover = async (client: LspClient) =>
            ((await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at })) as Hover).contents as { value: string };
        const nl = (await hover(dutch)).value;
        expect(nl).toContain('- Fase: foundation');
        expect(nl).toContain('- Prognose: ');
        expect(nl).toContain('- Gezondheid: **te laat**');
        expect(nl).toContain('API gateway'); // the label, as written
        expect((await hover(english)).value).toContain('- Health: **late**');

        // `after |` in the portal activity offers activities, with Dutch details.
        const cursor = positionAt(text, text.indexOf('after gateway') + 'after '.length);
        const completion = await dutch.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: cursor }) as CompletionList;
        const landing = completion.items.find(item => item.label === 'landing');
        expect(landing?.detail).toMatch(/^foundation · eindigt \d{4}-\d\d-\d\d \(laatste dag \d{4}-\d\d-\d\d\)$/);
    });
});
