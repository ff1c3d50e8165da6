// The messages between the extension and the roadmap webview, shared by both sides. Discriminated unions on
// `type`: each side switches over them, and the compiler checks that every kind is handled.
import type { IsoDate, PhaseKind, RenderOptions, RoadmapModel } from '@dtp/roadmap';
import type { Locale } from '@dtp/roadmap';

/** The view type of the preview panel; also the id its serializer is registered under (package.json activation). */
export const ROADMAP_VIEW_TYPE = 'dtp.roadmapPreview';

export type BannerKind = 'syntax' | 'error' | 'info';

export type PreviewViewName = 'detail' | 'board' | 'owners';
const VIEWS: readonly PreviewViewName[] = ['detail', 'board', 'owners'];
const PHASES: readonly PhaseKind[] = ['initiation', 'foundation', 'improvement', 'continuous-improvement'];

/** How the preview shows the plan: the view, its filters and folds. Remembered per plan (workspace state). */
export interface PreviewView {
    view: PreviewViewName;
    /** Only this phase; null: all. */
    phase: PhaseKind | null;
    /** Only this owner's work (`Unassigned`: work without an owner); null: everybody's. */
    owner: string | null;
    critical: boolean;
    /** Dependency lines; null: the view's default (on in detail, off in owners). */
    lines: boolean | null;
    /** `auto` folds every group of a large plan; or all, none, or the groups named. */
    fold: 'auto' | 'all' | 'none' | string[];
}

export const DEFAULT_VIEW: PreviewView = { view: 'detail', phase: null, owner: null, critical: false, lines: null, fold: 'auto' };

/** The renderer's options for a preview view. */
export function renderOptionsOf(view: PreviewView): RenderOptions {
    return {
        view: view.view,
        ...(view.phase ? { phases: [view.phase] } : {}),
        ...(view.owner ? { owners: [view.owner] } : {}),
        ...(view.critical ? { critical: true } : {}),
        ...(view.lines === null ? {} : { lines: view.lines }),
        fold: view.fold
    };
}

/** A view as stored or posted, checked field by field: anything else is not trusted. */
export function isPreviewView(value: unknown): value is PreviewView {
    if (typeof value !== 'object' || value === null) return false;
    const v = value as Record<string, unknown>;
    const fold = v.fold;
    return VIEWS.includes(v.view as PreviewViewName)
        && (v.phase === null || PHASES.includes(v.phase as PhaseKind))
        && (v.owner === null || (typeof v.owner === 'string' && v.owner.length <= 500))
        && typeof v.critical === 'boolean'
        && (v.lines === null || typeof v.lines === 'boolean')
        && (fold === 'auto' || fold === 'all' || fold === 'none' || (Array.isArray(fold) && fold.length <= 1000 && fold.every(group => typeof group === 'string')));
}

export interface Banner {
    kind: BannerKind;
    /** Plain text: the webview shows it through textContent, never as markup. */
    text: string;
}

/** Extension → webview. */
export type ToWebview =
    /** A picture to draw. `model` is the last good one while the text has syntax errors (then `banner` says so), encoded (encodeModel). */
    /** `locale`: VS Code's display language, for the picture's own words and dates (the plan's text is drawn as written). */
    | { type: 'roadmap'; uri: string; model: Uint8Array; today: IsoDate; version: number; view: PreviewView; banner?: Banner; locale?: Locale }
    /** Show the plan in this view (the "Switch Roadmap View" command, or the view remembered for the plan). */
    | { type: 'view'; view: PreviewView }
    /** Nothing to draw (no programme in the file, server not ready, …): the text says why and what to do. */
    | { type: 'empty'; uri: string; banner: Banner }
    /** Mark the bar of the activity under the editor's cursor; null clears the mark. */
    | { type: 'highlight'; id: string | null };

/**
 * The model as the webview gets it: JSON in UTF-8 bytes. VS Code hands a message's byte arrays to the webview as they
 * are (no JSON escaping, no copy per frame), where it clones an object graph at each of the webview's frames, object
 * by object: about 100 ms a copy for a plan of 2,000 activities, against a few ms to encode and decode the bytes.
 */
export function encodeModel(model: RoadmapModel): Uint8Array {
    return new TextEncoder().encode(JSON.stringify(model));
}

export function decodeModel(bytes: Uint8Array): RoadmapModel {
    return JSON.parse(new TextDecoder().decode(bytes)) as RoadmapModel;
}

/** Webview → extension. */
export type FromWebview =
    /** The script has loaded (first open, window reload, tab shown again): send the current picture. */
    | { type: 'ready' }
    /**
     * What the webview drew last: how many activity bars (milestones and recurring marks count too), and with a status
     * date, that date and how many of the bars drawn are late (their forecast moves the programme end).
     */
    | {
        type: 'rendered'; bars: number; version: number; banner: BannerKind | null; statusDate: IsoDate | null; late: number;
        /** The view drawn, its dependency lines and its folded groups (summary bars). */
        view: PreviewViewName; lines: number; folded: number;
    }
    /** A bar was clicked: show the activity's source. */
    | { type: 'reveal'; id: string }
    /** Save the plan as a file: the picture as shown, or the whole plan in another tool's format; no format: ask which. */
    | { type: 'export'; format?: ExportFormat }
    /** The user changed the view, a filter or a fold in the toolbar: remember it for the plan. */
    | { type: 'view'; view: PreviewView };

/**
 * What the preview exports to, in the order its menu lists them: the picture as shown first, then the whole plan.
 * PDF on desktop only (exportFormatsHere in export-formats.ts).
 */
export const EXPORT_FORMATS = ['svg', 'html', 'pdf', 'md', 'mermaid', 'csv', 'xlsx', 'ics', 'msproject', 'archimate'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
    return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** What the webview keeps across reloads (vscode.setState), and what the serializer restores the panel from. */
export interface WebviewState {
    /** The previewed document. */
    uri: string;
    zoom: number;
    /** The view shown when the state was saved. */
    view?: PreviewView;
}

export function isFromWebview(message: unknown): message is FromWebview {
    if (typeof message !== 'object' || message === null) return false;
    const { type } = message as { type?: unknown };
    if (type === 'view') return isPreviewView((message as { view?: unknown }).view);
    if (type === 'export') {
        const { format } = message as { format?: unknown };
        return format === undefined || isExportFormat(format);
    }
    return type === 'ready' || type === 'rendered' || type === 'reveal';
}

export function isWebviewState(state: unknown): state is WebviewState {
    if (typeof state !== 'object' || state === null) return false;
    const { uri, zoom } = state as { uri?: unknown; zoom?: unknown };
    return typeof uri === 'string' && typeof zoom === 'number';
}
