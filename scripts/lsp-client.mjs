// A minimal LSP client over stdio, as an editor would be: spawns the built `dtp lsp --stdio`, speaks JSON-RPC,
// keeps each open document's text and version (edits go out as incremental range changes) and the latest
// diagnostics published per document. Plain ESM JavaScript so that both the vitest suite (test/lsp/) and
// `npm run bench` (scripts/bench.mjs, plain Node) drive the server the same way and measure the same thing.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    createProtocolConnection, PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter
} from 'vscode-languageserver-protocol/node';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DTP_BIN = path.join(REPO, 'packages/cli/bin/dtp.js');

/** What VS Code announces for the features the server offers; the server shapes some answers by it. */
export const EDITOR_CAPABILITIES = {
    textDocument: {
        hover: { contentFormat: ['markdown'] },
        completion: { completionItem: { snippetSupport: true }, completionList: { itemDefaults: ['editRange'] } },
        publishDiagnostics: { relatedInformation: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } }
    },
    workspace: { workspaceFolders: true }
};

export class LspClient {
    /** Latest diagnostics per document URI. */
    diagnostics = new Map();
    /** Every publication, in arrival order, with its arrival time. */
    publications = [];
    stderr = [];
    exitCode = null;
    /** Open documents: URI → { text, version }. */
    documents = new Map();
    #waiters = [];

    /** `bin`: the `dtp` executable to start (default: this repository's build), e.g. an older build to compare with. */
    constructor({ cwd = REPO, bin = DTP_BIN } = {}) {
        // DTP_LSP_NODE_ARGS passes Node options to the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
        const nodeArgs = process.env.DTP_LSP_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
        this.process = spawn(process.execPath, [...nodeArgs, bin, 'lsp', '--stdio'], { cwd, stdio: 'pipe' });
        this.process.stderr.on('data', chunk => this.stderr.push(String(chunk)));
        this.process.on('exit', code => { this.exitCode = code; });
        this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            // Stamped on arrival, so latencies do not include however long the waiter takes to be resumed.
            const at = performance.now();
            this.diagnostics.set(params.uri, params.diagnostics);
            this.publications.push({ uri: params.uri, at, diagnostics: params.diagnostics });
            this.#waiters = this.#waiters.filter(waiter => {
                if (waiter.uri !== params.uri || !waiter.accept(params.diagnostics)) return true;
                waiter.resolve(params.diagnostics, at);
                return false;
            });
        });
        this.connection.listen();
    }

    /** `initialize` with `folder` (a directory) as the one workspace folder, then `initialized`. */
    async initialize(folder, capabilities = EDITOR_CAPABILITIES) {
        const uri = pathToFileURL(folder).toString();
        const result = await this.connection.sendRequest('initialize', {
            processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: path.basename(folder) }], capabilities
        });
        await this.connection.sendNotification('initialized', {});
        return result;
    }

    async open(uri, text, languageId = 'dtp') {
        this.documents.set(uri, { text, version: 1 });
        await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    }

    text(uri) {
        return this.#document(uri).text;
    }

    /** Replaces `length` characters at `offset` by `newText` with one incremental (range) change; returns the new version. */
    async editAt(uri, offset, length, newText) {
        const document = this.#document(uri);
        const range = { start: positionAt(document.text, offset), end: positionAt(document.text, offset + length) };
        document.text = document.text.slice(0, offset) + newText + document.text.slice(offset + length);
        document.version++;
        await this.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: document.version }, contentChanges: [{ range, text: newText }]
        });
        return document.version;
    }

    /** Replaces the first `oldText` by `newText`, as one incremental change; returns the new version. */
    async edit(uri, oldText, newText) {
        const offset = this.text(uri).indexOf(oldText);
        if (offset < 0) throw new Error(`'${oldText}' not in ${uri}`);
        return this.editAt(uri, offset, oldText.length, newText);
    }

    /**
     * The next diagnostics published for `uri` that satisfy `accept` (the current ones count when `current`).
     * Resolves to the diagnostics; `arrivals` gets their arrival time (performance.now()) when given.
     */
    waitForDiagnostics(uri, accept = () => true, timeoutMs = 30_000, current = false, arrivals) {
        const known = this.diagnostics.get(uri);
        if (current && known && accept(known)) return Promise.resolve(known);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri)?.map(d => d.code))}; server stderr: ${this.stderr.join('')}`)), timeoutMs);
            this.#waiters.push({ uri, accept, resolve: (diagnostics, at) => { clearTimeout(timer); arrivals?.push(at); resolve(diagnostics); } });
        });
    }

    /** The server's CPU time (user + system) in seconds so far, from /proc (Linux); NaN elsewhere. */
    cpuSeconds() {
        try {
            // Fields after the parenthesised command name: utime and stime are the 12th and 13th, in clock ticks
            // (100 per second on Linux).
            const fields = readFileSync(`/proc/${this.process.pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
            return (Number(fields[11]) + Number(fields[12])) / 100;
        } catch {
            return NaN;
        }
    }

    async stop() {
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), delay(2000)]);
            await this.connection.sendNotification('exit');
        } catch {
            // the server may be gone already; it is killed below either way
        }
        await delay(200);
        if (this.exitCode === null) this.process.kill();
        this.connection.dispose();
    }

    #document(uri) {
        const document = this.documents.get(uri);
        if (!document) throw new Error(`${uri} is not open`);
        return document;
    }
}

/**
 * The language-server figures (README, Performance) on the open document `uri` (a plan of `after` references, e.g. from
 * generatePlan): `runs` edits, each timed from its didChange to the publication of its own diagnostics, then
 * `completionRuns` (default `runs`) completion requests at an `after` position; with `editorRequests`, each edit is followed at
 * once by what VS Code asks besides (askAsAnEditor). Returns the times in ms, the server's mean CPU ms per edit
 * and per completion (less sensitive to a busy machine than wall time), and the completion list sizes.
 *
 * publishDiagnostics carries no version here (Langium omits it), so each edit makes its diagnostics
 * recognisable: odd runs append `x<version>` to a reference (an unresolved name unique to that version),
 * even runs remove it again (the first publication without that name). The next edit is sent only once the
 * previous one's diagnostics arrived, so no older publication can be taken for a newer one.
 */
export async function measureLatency(client, uri, { runs = 7, completionRuns = runs, timeoutMs = 60_000, editorRequests = false } = {}) {
    const text = client.text(uri);
    // A reference past the middle of the plan: its changes relink and revalidate the whole document.
    const reference = /\bafter (\w+)/g;
    reference.lastIndex = Math.floor(text.length / 2);
    const target = reference.exec(text);
    if (!target) throw new Error(`no 'after' reference in the second half of ${uri}`);
    const end = target.index + target[0].length;
    const edit = [];
    const cpu = {};
    let suffix = '';
    let cpuBefore = client.cpuSeconds();
    for (let i = 0; i < runs; i++) {
        const broken = suffix === '';
        const name = broken ? `${target[1]}x${client.documents.get(uri).version + 1}` : `${target[1]}${suffix}`;
        const quoted = `\`${name}\``;
        const arrivals = [];
        const waiting = client.waitForDiagnostics(uri, diagnostics => diagnostics.some(d => d.message.includes(quoted)) === broken, timeoutMs, false, arrivals);
        const sent = performance.now();
        if (broken) await client.editAt(uri, end, 0, (suffix = name.slice(target[1].length)));
        else { await client.editAt(uri, end, suffix.length, ''); suffix = ''; }
        const asked = editorRequests ? askAsAnEditor(client, uri, positionAt(text, end).line) : [];
        await waiting;
        edit.push(arrivals[0] - sent);
        await Promise.all(asked); // each edit meets only its own requests
    }
    cpu.edit = (client.cpuSeconds() - cpuBefore) * 1000 / runs;
    if (suffix) { // leave the plan as it was
        await client.editAt(uri, end, suffix.length, '');
        await client.waitForDiagnostics(uri, diagnostics => !diagnostics.some(d => d.message.includes(`\`${target[1]}${suffix}\``)), timeoutMs);
    }

    // The cursor right after the last `after `: every earlier activity is a candidate, the longest list.
    const completionAt = positionAt(client.text(uri), client.text(uri).lastIndexOf('after ') + 'after '.length);
    const completion = [];
    const items = [];
    cpuBefore = client.cpuSeconds();
    for (let i = 0; i < completionRuns; i++) {
        const sent = performance.now();
        const list = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: completionAt });
        completion.push(performance.now() - sent);
        items.push((Array.isArray(list) ? list : list?.items ?? []).length);
    }
    cpu.completion = (client.cpuSeconds() - cpuBefore) * 1000 / completionRuns;
    return { edit, completion, cpu, items };
}

/**
 * What VS Code asks for after a change besides diagnostics, without waiting for the answers: semantic tokens of the
 * file, inlay hints of the lines on screen, the outline, folding and code lenses. Resolves to the pending answers.
 */
export function askAsAnEditor(client, uri, line) {
    const textDocument = { uri };
    const screen = { start: { line: Math.max(0, line - 30), character: 0 }, end: { line: line + 30, character: 0 } };
    return [
        ['textDocument/semanticTokens/full', { textDocument }],
        ['textDocument/inlayHint', { textDocument, range: screen }],
        ['textDocument/documentSymbol', { textDocument }],
        ['textDocument/foldingRange', { textDocument }],
        ['textDocument/codeLens', { textDocument }]
    ].map(([method, params]) => client.connection.sendRequest(method, params).catch(() => undefined));
}

export function positionAt(text, offset) {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

export function delay(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}

export function codesOf(diagnostics) {
    return diagnostics.map(diagnostic => String(diagnostic.code));
}

export function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

/** The `p`th percentile (0–100) by nearest rank: a value that was measured, never an interpolation. */
export function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1))];
}
