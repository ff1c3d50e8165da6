// The built server over stdio, driven as an editor drives it: open, diagnostics, completion, hover, definition,
// formatting, inlay hints, code actions, incremental edits, and a burst of fast edits on a 2,000-activity plan.
// Latencies are printed (SPEC §7: edit-to-diagnostics < 100 ms, completion < 50 ms), not asserted.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type {
    CodeAction, CompletionList, Hover, InitializeResult, InlayHint, LocationLink, Position, TextEdit
} from 'vscode-languageserver-protocol';
import { generatedPlan } from '../../packages/language/test/lsp-support.js';
import { codesOf, delay, LspClient, median, REPO } from './client.js';

const workspace = mkdtempSync(path.join(tmpdir(), 'dtp-lsp-'));
const file = (name: string) => path.join(workspace, name);
const uriOf = (name: string) => pathToFileURL(file(name)).toString();
const texts: Record<string, string> = {};
const versions: Record<string, number> = {};

function positionAt(text: string, offset: number): Position {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

function positionOf(name: string, needle: string, delta = 0): Position {
    const offset = texts[name].indexOf(needle);
    if (offset < 0) throw new Error(`'${needle}' not in ${name}`);
    return positionAt(texts[name], offset + delta);
}

let client: LspClient;
let capabilities: InitializeResult['capabilities'];

async function open(name: string): Promise<void> {
    texts[name] = readFileSync(file(name), 'utf8');
    versions[name] = 1;
    await client.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: uriOf(name), languageId: 'dtp', version: 1, text: texts[name] }
    });
}

/** Replaces the first `oldText` by `newText` with an incremental (range) change, as editors send them. */
async function edit(name: string, oldText: string, newText: string): Promise<void> {
    const offset = texts[name].indexOf(oldText);
    if (offset < 0) throw new Error(`'${oldText}' not in ${name}`);
    const range = { start: positionAt(texts[name], offset), end: positionAt(texts[name], offset + oldText.length) };
    texts[name] = texts[name].slice(0, offset) + newText + texts[name].slice(offset + oldText.length);
    await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: uriOf(name), version: ++versions[name] },
        contentChanges: [{ range, text: newText }]
    });
}

beforeAll(async () => {
    copyFileSync(path.join(REPO, 'examples/noordstad.dtp'), file('noordstad.dtp'));
    copyFileSync(path.join(REPO, 'examples/capabilities.dtp'), file('capabilities.dtp'));
    copyFileSync(path.join(REPO, 'test/fixtures/invalid/phase-order.dtp'), file('phase-order.dtp'));
    writeFileSync(file('big.dtp'), generatedPlan(2000));
    client = new LspClient();
    const result = await client.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(workspace).toString(),
        workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'plans' }],
        capabilities: {
            textDocument: {
                hover: { contentFormat: ['markdown'] },
                completion: { completionItem: { snippetSupport: true }, completionList: { itemDefaults: ['editRange'] } },
                publishDiagnostics: { relatedInformation: true },
                codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } }
            },
            workspace: { workspaceFolders: true }
        }
    }) as InitializeResult;
    capabilities = result.capabilities;
    await client.connection.sendNotification('initialized', {});
}, 60_000);

afterAll(async () => {
    await client?.stop();
    rmSync(workspace, { recursive: true, force: true });
});

describe('dtp lsp --stdio', () => {
    test('announces the features', () => {
        expect(capabilities.completionProvider).toBeDefined();
        expect(capabilities.hoverProvider).toBeTruthy();
        expect(capabilities.definitionProvider).toBeTruthy();
        expect(capabilities.renameProvider).toBeTruthy();
        expect(capabilities.documentFormattingProvider).toBeTruthy();
        expect(capabilities.inlayHintProvider).toBeTruthy();
        expect(capabilities.codeActionProvider).toBeTruthy();
        expect(capabilities.semanticTokensProvider).toBeDefined();
        expect(capabilities.codeLensProvider).toBeDefined();
    });

    test('publishes diagnostics: noordstad.dtp has no error or warning, the invalid plan has its code', async () => {
        await open('noordstad.dtp');
        const clean = await client.waitForDiagnostics(uriOf('noordstad.dtp'), () => true, 30_000, true);
        expect(clean.filter(d => d.severity === 1 || d.severity === 2)).toEqual([]);
        await open('phase-order.dtp');
        const invalid = await client.waitForDiagnostics(uriOf('phase-order.dtp'), d => codesOf(d).includes('phase-order'), 30_000, true);
        expect(codesOf(invalid)).toContain('phase-order');
    });

    test('completion, hover, definition, formatting and inlay hints answer with the domain', async () => {
        const uri = uriOf('noordstad.dtp');
        const cursor = positionOf('noordstad.dtp', 'after kaders, governance', 'after '.length);
        const completion = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: cursor }) as CompletionList;
        const labels = completion.items.map(item => item.label);
        expect(labels).toContain('dtp');
        // The shared edit range travels once, not on each item.
        expect(completion.itemDefaults?.editRange).toEqual({ start: cursor, end: cursor });
        expect(completion.items.every(item => item.textEdit === undefined)).toBe(true);
        expect(labels).not.toContain('portal'); // a later phase

        const hover = await client.connection.sendRequest('textDocument/hover', {
            textDocument: { uri }, position: positionOf('noordstad.dtp', 'transformation-plan dtp', 'transformation-plan '.length)
        }) as Hover;
        expect((hover.contents as { value: string }).value).toContain('- Last day: 2027-02-14');

        const definition = await client.connection.sendRequest('textDocument/definition', {
            textDocument: { uri }, position: positionOf('noordstad.dtp', 'provides cloud', 'provides '.length)
        }) as LocationLink[];
        expect(definition[0].targetUri).toBe(uriOf('capabilities.dtp'));

        const formatting = await client.connection.sendRequest('textDocument/formatting', {
            textDocument: { uri }, options: { tabSize: 4, insertSpaces: true }
        }) as TextEdit[];
        expect(formatting).toEqual([]); // formatted already

        const hints = await client.connection.sendRequest('textDocument/inlayHint', {
            textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 120, character: 0 } }
        }) as InlayHint[];
        expect(hints.map(hint => hint.label)).toContain('2027-01-04 → 2027-02-14 · critical');
    });

    test('a code action fixes the phase order', async () => {
        const uri = uriOf('phase-order.dtp');
        const diagnostic = client.diagnostics.get(uri)!.find(d => d.code === 'phase-order')!;
        const actions = await client.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        const fix = actions.find(action => action.isPreferred)!;
        expect(fix.title).toMatch(/^Put the phases in canonical order/);
        expect(Object.keys(fix.edit!.changes!)).toEqual([uri]);
    });

    test('diagnostics follow incremental edits', async () => {
        const uri = uriOf('noordstad.dtp');
        await edit('noordstad.dtp', 'after kaders, governance', 'after kaders, governanse');
        const broken = await client.waitForDiagnostics(uri, d => codesOf(d).includes('unresolved-reference'));
        expect(broken.find(d => d.code === 'unresolved-reference')!.message).toContain('Did you mean `governance`?');
        await edit('noordstad.dtp', 'governanse', 'governance');
        const fixed = await client.waitForDiagnostics(uri, d => !codesOf(d).includes('unresolved-reference'));
        expect(fixed.filter(d => d.severity === 1 || d.severity === 2)).toEqual([]);
    });

    test('2,000 activities: a burst of fast partial edits ends with the diagnostics of the final text', async () => {
        const name = 'big.dtp';
        const uri = uriOf(name);
        await open(name);
        await client.waitForDiagnostics(uri, () => true, 60_000, true);

        // Type `q1w2e3r4` after a reference, one character per change, without waiting: every intermediate
        // name is unresolved; only the final one may be reported at the end.
        let typed = 'a1500';
        for (const char of 'q1w2e3r4') {
            await edit(name, `after ${typed},`, `after ${typed}${char},`);
            typed += char;
        }
        const finalName = typed;
        const final = await client.waitForDiagnostics(uri, d => d.some(x => String(x.message).includes(`\`${finalName}\``)), 60_000, true);
        await delay(1500); // anything stale would arrive after the final publication
        const last = client.diagnostics.get(uri)!;
        const unresolved = last.filter(d => d.code === 'unresolved-reference');
        expect(unresolved).toHaveLength(1);
        expect(unresolved[0].message).toContain(`\`${finalName}\``);
        expect(final.length).toBe(last.length);
        expect(client.exitCode).toBeNull();
    });

    test('latency on 2,000 activities: edit-to-diagnostics and completion (printed)', async () => {
        const name = 'big.dtp';
        const uri = uriOf(name);
        // Settle to a known state: the typed name fixed, no unresolved reference.
        await edit(name, 'a1500q1w2e3r4,', 'a1500,');
        await client.waitForDiagnostics(uri, d => !codesOf(d).includes('unresolved-reference'), 60_000, true);
        const editTimes: number[] = [];
        for (let i = 0; i < 7; i++) {
            const wrong = i % 2 === 0;
            const waiting = client.waitForDiagnostics(uri, d => codesOf(d).includes('unresolved-reference') === wrong, 60_000);
            const sent = performance.now();
            await edit(name, wrong ? 'after a1200,' : 'after a1200x,', wrong ? 'after a1200x,' : 'after a1200,');
            await waiting;
            editTimes.push(performance.now() - sent);
        }
        const completionTimes: number[] = [];
        for (let i = 0; i < 7; i++) {
            const sent = performance.now();
            const list = await client.connection.sendRequest('textDocument/completion', {
                textDocument: { uri }, position: positionOf(name, 'after a1998, a1996', 'after '.length)
            }) as CompletionList;
            completionTimes.push(performance.now() - sent);
            expect(list.items.length).toBeGreaterThan(1000);
        }
        console.log(`edit-to-diagnostics, 2,000 activities: median ${median(editTimes).toFixed(0)} ms `
            + `(runs: ${editTimes.map(t => t.toFixed(0)).join(', ')})`);
        console.log(`completion round trip, 2,000 activities: median ${median(completionTimes).toFixed(0)} ms `
            + `(runs: ${completionTimes.map(t => t.toFixed(0)).join(', ')})`);
        expect(editTimes).toHaveLength(7);
    });
});
