// The built server over stdio, driven as an editor drives it: open, diagnostics, completion, hover, definition,
// formatting, inlay hints, code actions, incremental edits, and a burst of fast edits on a 2,000-activity plan.
// Latencies are printed (the README's Performance targets: edit-to-diagnostics < 100 ms, completion < 50 ms), not
// asserted; `npm run bench` measures them the same way (measureLatency in scripts/lsp-client.mjs) on the same plan.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    CancellationTokenSource, LSPErrorCodes, type CodeAction, type CompletionList, type Hover, type InitializeResult, type InlayHint, type LocationLink,
    type Position, type TextEdit
} from 'vscode-languageserver-protocol';
import { generatePlan } from '../../packages/cli/scripts/generate-plan.mjs';
import { codesOf, delay, LspClient, measureLatency, median, positionAt, REPO } from '../../scripts/lsp-client.mjs';

const workspace = mkdtempSync(path.join(tmpdir(), 'dtp-lsp-'));
const file = (name: string) => path.join(workspace, name);
const uriOf = (name: string) => pathToFileURL(file(name)).toString();

function positionOf(name: string, needle: string, delta = 0): Position {
    const text = client.text(uriOf(name));
    const offset = text.indexOf(needle);
    if (offset < 0) throw new Error(`'${needle}' not in ${name}`);
    return positionAt(text, offset + delta);
}

let client: LspClient;
let capabilities: InitializeResult['capabilities'];

const open = (name: string) => client.open(uriOf(name), readFileSync(file(name), 'utf8'));
/** Replaces the first `oldText` by `newText` with an incremental (range) change, as editors send them. */
const edit = (name: string, oldText: string, newText: string) => client.edit(uriOf(name), oldText, newText);

beforeAll(async () => {
    copyFileSync(path.join(REPO, 'examples/noordstad.dtp'), file('noordstad.dtp'));
    copyFileSync(path.join(REPO, 'examples/capabilities.dtp'), file('capabilities.dtp'));
    copyFileSync(path.join(REPO, 'test/fixtures/invalid/phase-order.dtp'), file('phase-order.dtp'));
    writeFileSync(file('big.dtp'), generatePlan(2000));
    client = new LspClient();
    capabilities = (await client.initialize(workspace)).capabilities;
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
        // Each diagnostic links to the page of its code (editors show the code as that link).
        const phaseOrder = invalid.find(d => d.code === 'phase-order')!;
        expect(phaseOrder.codeDescription?.href).toBe('https://github.com/dtp-lang/dtp/blob/main/docs/diagnostics/phase-order.md');
        for (const diagnostic of invalid) expect(diagnostic.codeDescription?.href).toMatch(new RegExp(`/docs/diagnostics/${diagnostic.code}\\.md$`));
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
        const { edit: editTimes, completion: completionTimes, items } = await measureLatency(client, uri, { runs: 7 });
        // A bounded list (the one below says which names): 100 of the 1,979 candidates.
        expect(items.every(count => count === 100)).toBe(true);
        console.log(`edit-to-diagnostics, 2,000 activities: median ${median(editTimes).toFixed(0)} ms `
            + `(runs: ${editTimes.map(t => t.toFixed(0)).join(', ')})`);
        console.log(`completion round trip, 2,000 activities: median ${median(completionTimes).toFixed(0)} ms `
            + `(runs: ${completionTimes.map(t => t.toFixed(0)).join(', ')})`);
        expect(editTimes).toHaveLength(7);
        expect(client.exitCode).toBeNull();
    });

    test('2,000 activities: semantic tokens, inlay hints, outline and folding asked for during a build come after its diagnostics', async () => {
        const name = 'big.dtp';
        const uri = uriOf(name);
        await client.waitForDiagnostics(uri, d => !codesOf(d).includes('unresolved-reference'), 60_000, true);
        const settledTokens = await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }) as { data: number[] };
        const range = { start: { line: 1200, character: 0 }, end: { line: 1260, character: 0 } };
        const settledHints = await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range }) as InlayHint[];
        expect(settledHints.length).toBeGreaterThan(10);
        const stamped = <T>(request: Promise<T>) => request.then(result => ({ result, at: performance.now() }));

        // As VS Code does: the change, then at once the requests for the new text.
        const arrivals: number[] = [];
        const broken = client.waitForDiagnostics(uri, d => codesOf(d).includes('unresolved-reference'), 60_000, false, arrivals);
        await edit(name, 'after a1500,', 'after a1500zz,');
        const tokens = stamped(client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }) as Promise<{ data: number[] }>);
        const hints = stamped(client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range }) as Promise<InlayHint[]>);
        const outline = stamped(client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }));
        const folding = stamped(client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } }));
        await broken;
        for (const answer of [tokens, hints, outline, folding]) expect((await answer).at).toBeGreaterThanOrEqual(arrivals[0]);
        expect((await outline).result).toEqual(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }));
        expect((await folding).result).toEqual(await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } }));
        // The same answers as when nothing is being built.
        expect((await tokens).result.data).toEqual((await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }) as { data: number[] }).data);
        expect((await hints).result).toEqual(await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range }));
        expect((await tokens).result.data).not.toEqual(settledTokens.data); // the longer name is a longer token

        // A wait never holds up the next change: asked for, then the edit is undone before any diagnostics; and one
        // cancelled meanwhile (as VS Code cancels them when the text changes) is answered as cancelled, not computed.
        const fixed = client.waitForDiagnostics(uri, d => !codesOf(d).includes('unresolved-reference'), 60_000);
        await edit(name, 'after a1500zz,', 'after a1500z,');
        const pending = client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
        const source = new CancellationTokenSource();
        const cancelled = client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range }, source.token)
            // An error answer, never a value: an editor would read `{ code }` as the hints (one copy of vscode-jsonrpc
            // in the server, so Langium's ResponseError is recognised as an error).
            .then(answer => ({ answer }), (error: { code?: number }) => error.code);
        source.cancel();
        await edit(name, 'after a1500z,', 'after a1500,');
        await fixed;
        await pending;
        expect(await cancelled).toBe(LSPErrorCodes.RequestCancelled);
        expect((await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }) as { data: number[] }).data).toEqual(settledTokens.data);
    });

    test('2,000 activities: completion answers the 100 nearest names, marked incomplete; typing finds any other', async () => {
        const name = 'big.dtp';
        const uri = uriOf(name);
        const complete = async (position: Position) => {
            const list = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position }) as CompletionList;
            // In the order the editor shows them when nothing decides otherwise.
            const items = [...list.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
            return { list, labels: items.map(item => item.label) };
        };
        // a978 is a foundation activity; a979 comes after it in the same phase, a980 starts the improvement phase.
        const line = 'activity a978 "Foundation activity 878" { duration 4w after ';
        const { list, labels } = await complete(positionOf(name, line, line.length));
        expect(list.isIncomplete).toBe(true); // the editor asks again as the user types
        expect(labels).toHaveLength(100);
        // Nothing typed: the names just above the cursor, nearest first.
        expect(labels.slice(0, 3)).toEqual(['a977', 'a976', 'a975']);
        expect(labels.at(-1)).toBe('a878');
        expect(labels).not.toContain('a978'); // itself
        expect(labels).not.toContain('a980'); // a later phase
        const dtp = list.items.find(item => item.label === 'a977')!;
        expect(dtp.detail).toMatch(/^foundation · /);

        // Typing narrows the list to what matches: the name typed, then the names that start with it, nearest first.
        const typeAt = async (typed: string) => {
            const before = client.text(uri);
            const start = before.indexOf(line) + line.length;
            const end = before.indexOf(' ', start);
            await client.editAt(uri, start, end - start, typed);
            return complete(positionAt(client.text(uri), start + typed.length));
        };
        const narrowed = await typeAt('a97');
        expect(narrowed.labels.slice(0, 10)).toEqual(['a97', 'a977', 'a976', 'a975', 'a974', 'a973', 'a972', 'a971', 'a970', 'a979']);
        expect(narrowed.labels.every(label => /^a.*9.*7/.test(label))).toBe(true);
        // Every name of the same or an earlier phase is found by typing it, however far from the cursor; a later one never.
        for (const wanted of ['a1', 'a500', 'a877', 'a979']) expect((await typeAt(wanted)).labels).toContain(wanted);
        expect((await typeAt('a980')).labels).not.toContain('a980');
        await typeAt('a964');
        await client.waitForDiagnostics(uri, d => !codesOf(d).includes('unresolved-reference'), 60_000, true);
    });
});
