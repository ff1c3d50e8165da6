// A minimal LSP client over stdio, as an editor would be: spawns the built `dtp lsp --stdio`, speaks JSON-RPC,
// and keeps the latest diagnostics published per document.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, PublishDiagnosticsNotification,
    type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DTP_BIN = path.join(REPO, 'packages/cli/bin/dtp.js');

interface Waiter {
    uri: string;
    accept: (diagnostics: Diagnostic[]) => boolean;
    resolve: (diagnostics: Diagnostic[]) => void;
}

export class LspClient {
    readonly connection: ProtocolConnection;
    readonly diagnostics = new Map<string, Diagnostic[]>();
    /** Every publication per document, in arrival order, with its arrival time. */
    readonly publications: { uri: string; at: number; diagnostics: Diagnostic[] }[] = [];
    readonly stderr: string[] = [];
    private readonly process: ChildProcessWithoutNullStreams;
    private waiters: Waiter[] = [];
    exitCode: number | null = null;

    constructor() {
        this.process = spawn(process.execPath, [DTP_BIN, 'lsp', '--stdio'], { cwd: REPO, stdio: 'pipe' });
        this.process.stderr.on('data', chunk => this.stderr.push(String(chunk)));
        this.process.on('exit', code => { this.exitCode = code; });
        this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
        this.connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
            this.diagnostics.set(params.uri, params.diagnostics);
            this.publications.push({ uri: params.uri, at: performance.now(), diagnostics: params.diagnostics });
            this.waiters = this.waiters.filter(waiter => {
                if (waiter.uri !== params.uri || !waiter.accept(params.diagnostics)) return true;
                waiter.resolve(params.diagnostics);
                return false;
            });
        });
        this.connection.listen();
    }

    /** The next diagnostics published for `uri` that satisfy `accept` (the current ones count when `current`). */
    waitForDiagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true, timeoutMs = 30_000, current = false): Promise<Diagnostic[]> {
        const known = this.diagnostics.get(uri);
        if (current && known && accept(known)) return Promise.resolve(known);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri)?.map(d => d.code))}; server stderr: ${this.stderr.join('')}`)), timeoutMs);
            this.waiters.push({ uri, accept, resolve: diagnostics => { clearTimeout(timer); resolve(diagnostics); } });
        });
    }

    async stop(): Promise<void> {
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
}

export function delay(ms: number): Promise<void> {
    return new Promise(resolve => setTimeout(resolve, ms));
}

export function codesOf(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(diagnostic => String(diagnostic.code));
}

export function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}
