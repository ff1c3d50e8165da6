// The messages between the extension and the roadmap webview, shared by both sides. Discriminated unions on
// `type`: each side switches over them, and the compiler checks that every kind is handled.
import type { IsoDate, RoadmapModel } from '@dtp/roadmap';

/** The view type of the preview panel; also the id its serializer is registered under (package.json activation). */
export const ROADMAP_VIEW_TYPE = 'dtp.roadmapPreview';

export type BannerKind = 'syntax' | 'error' | 'info';

export interface Banner {
    kind: BannerKind;
    /** Plain text: the webview shows it through textContent, never as markup. */
    text: string;
}

/** Extension → webview. */
export type ToWebview =
    /** A picture to draw. `model` is the last good one while the text has syntax errors (then `banner` says so). */
    | { type: 'roadmap'; uri: string; model: RoadmapModel; today: IsoDate; version: number; banner?: Banner }
    /** Nothing to draw (no programme in the file, server not ready, …): the text says why and what to do. */
    | { type: 'empty'; uri: string; banner: Banner }
    /** Mark the bar of the activity under the editor's cursor; null clears the mark. */
    | { type: 'highlight'; id: string | null };

/** Webview → extension. */
export type FromWebview =
    /** The script has loaded (first open, window reload, tab shown again): send the current picture. */
    | { type: 'ready' }
    /**
     * What the webview drew last: how many activity bars (milestones and recurring marks count too), and with a status
     * date, that date and how many of the bars drawn are late (their forecast moves the programme end).
     */
    | { type: 'rendered'; bars: number; version: number; banner: BannerKind | null; statusDate: IsoDate | null; late: number }
    /** A bar was clicked: show the activity's source. */
    | { type: 'reveal'; id: string }
    /** Save the current picture as a file. */
    | { type: 'export'; format: ExportFormat };

export type ExportFormat = 'svg' | 'html';

/** What the webview keeps across reloads (vscode.setState), and what the serializer restores the panel from. */
export interface WebviewState {
    /** The previewed document. */
    uri: string;
    zoom: number;
}

export function isFromWebview(message: unknown): message is FromWebview {
    if (typeof message !== 'object' || message === null) return false;
    const { type } = message as { type?: unknown };
    return type === 'ready' || type === 'rendered' || type === 'reveal' || type === 'export';
}

export function isWebviewState(state: unknown): state is WebviewState {
    if (typeof state !== 'object' || state === null) return false;
    const { uri, zoom } = state as { uri?: unknown; zoom?: unknown };
    return typeof uri === 'string' && typeof zoom === 'number';
}
