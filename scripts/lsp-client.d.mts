// Types for lsp-client.mjs, for the TypeScript tests that import it.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { ClientCapabilities, Diagnostic, InitializeResult, Position, ProtocolConnection } from 'vscode-languageserver-protocol/node';

export declare const REPO: string;
export declare const DTP_BIN: string;
export declare const EDITOR_CAPABILITIES: ClientCapabilities;

export declare class LspClient {
    readonly connection: ProtocolConnection;
    readonly process: ChildProcessWithoutNullStreams;
    readonly diagnostics: Map<string, Diagnostic[]>;
    readonly publications: { uri: string; at: number; diagnostics: Diagnostic[] }[];
    readonly stderr: string[];
    readonly documents: Map<string, { text: string; version: number }>;
    exitCode: number | null;
    constructor(options?: { cwd?: string });
    initialize(folder: string, capabilities?: ClientCapabilities): Promise<InitializeResult>;
    open(uri: string, text: string, languageId?: string): Promise<void>;
    text(uri: string): string;
    editAt(uri: string, offset: number, length: number, newText: string): Promise<number>;
    edit(uri: string, oldText: string, newText: string): Promise<number>;
    waitForDiagnostics(uri: string, accept?: (diagnostics: Diagnostic[]) => boolean, timeoutMs?: number, current?: boolean, arrivals?: number[]): Promise<Diagnostic[]>;
    cpuSeconds(): number;
    stop(): Promise<void>;
}

export declare function measureLatency(client: LspClient, uri: string, options?: { runs?: number; timeoutMs?: number }):
    Promise<{ edit: number[]; completion: number[]; cpu: { edit: number; completion: number }; items: number[] }>;
export declare function positionAt(text: string, offset: number): Position;
export declare function delay(ms: number): Promise<void>;
export declare function codesOf(diagnostics: readonly Diagnostic[]): string[];
export declare function median(values: number[]): number;
