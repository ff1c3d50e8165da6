// The roadmap preview's custom LSP messages, shared by the language server, the VS Code extension and its tests.
// The server only announces that a document's roadmap changed; the client pulls the roadmap when it wants it
// (debounced, and only for documents that have a preview open).
// Type-only imports and string methods: no JSON-RPC library at runtime, because the server and the client bundle
// different vscode-jsonrpc versions whose RequestType classes are not assignable to each other.
import type { IsoDate, RoadmapDiagnostic, RoadmapModel } from '@dtp/roadmap';

/** A message method with the types of what travels with it (the types exist only at compile time). */
export interface RoadmapMessage<Params, Result = void> {
    readonly method: string;
    /** Phantom members: never set at runtime, they carry the types to `sendRequest`/`onRequest` helpers. */
    readonly params?: Params;
    readonly result?: Result;
}

/** Server → client, after each build of a document (on every edit, and when an imported file changes). */
export interface RoadmapChangedParams {
    uri: string;
    /** The text document version the server validated; 0 for documents the client does not have open. */
    version: number;
}

/** Client → server: the roadmap of one document, once the server has validated its current text. */
export interface RoadmapParams {
    textDocument: { uri: string };
    /** The date of the today line when the server renders an SVG (`render`); the server has no clock of its own. */
    today?: IsoDate;
    /** Ask the server to render the picture as well (for clients that do not bundle the renderer). */
    render?: { theme: 'light' | 'dark' | 'vscode' };
}

export interface RoadmapResult {
    uri: string;
    /** The text document version this answer describes. */
    version: number;
    /**
     * The computed schedule with `diagnostics` filled in (each tied to its activity where it lies inside one);
     * null when the file holds no programme (a capability catalogue) or nothing could be scheduled.
     */
    model: RoadmapModel | null;
    /** The rendered picture, only when `render` was asked and a model exists. Every user text in it is escaped. */
    svg?: string;
    /** The text does not parse cleanly: the model comes from error recovery and may lack parts of the plan. */
    hasSyntaxErrors: boolean;
    /** How many lexer and parser errors the text has. */
    syntaxErrors: number;
    /** Every diagnostic of the document (syntax and checks), in document order. */
    diagnostics: RoadmapDiagnostic[];
    /** Why there is no model, in words for the user; absent when there is one. */
    reason?: string;
}

export const RoadmapChangedNotification: RoadmapMessage<RoadmapChangedParams> = { method: 'dtp/roadmapChanged' };
export const RoadmapRequest: RoadmapMessage<RoadmapParams, RoadmapResult | null> = { method: 'dtp/roadmap' };
