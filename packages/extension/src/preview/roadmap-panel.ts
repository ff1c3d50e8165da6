// One roadmap preview: a webview beside the editor that follows one document. It pulls the validated model from
// the language server when the server announces a change (throttled), keeps the last good picture while the
// text does not parse, and links bars and source both ways.
import type { RoadmapModel } from '@dtp/roadmap';
import { displayLocale } from '../locale.js';
import { RoadmapRequest, type RoadmapParams, type RoadmapResult } from '@dtp/language/roadmap-protocol';
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ActivityIndex } from './activity-index.js';
import { exportRoadmap } from './export.js';
import { bannerFor } from './banner.js';
import { DEFAULT_VIEW, encodeModel, isFromWebview, isPreviewView, renderOptionsOf, type Banner, type BannerKind, type ExportFormat, type FromWebview, type PreviewView, type PreviewViewName, type ToWebview } from './messages.js';
import { Throttle } from './throttle.js';
import { previewHtml } from './webview-html.js';

/**
 * Typing produces a build per keystroke: while it goes on, at most one picture per quarter second (smooth, and the
 * server is not asked for a model per keystroke); the first change after a pause is drawn at once.
 */
export const REFRESH_INTERVAL_MS = 250;
/** After this long without an answer the banner says the server is busy (the picture stays). */
const SLOW_ANSWER_MS = 5000;

/** What the webview reported after drawing. */
export interface RenderReport {
    bars: number;
    /** The document version the picture shows (-1: nothing drawn). */
    version: number;
    /** The banner shown above the picture, if any ('syntax': the picture is the last good one). */
    banner: BannerKind | null;
    /** The status date of the picture's forecast (null: the plan alone), and how many late bars it shows. */
    statusDate: string | null;
    late: number;
    /** The view drawn, how many dependency lines it shows and how many groups are folded to a summary bar. */
    view: PreviewViewName;
    lines: number;
    folded: number;
    /** Counts the reports of this preview (1, 2, …), so a waiter can ask for a drawing newer than one it saw. */
    sequence: number;
}

export interface PreviewHost {
    readonly extensionUri: vscode.Uri;
    readonly client: BaseLanguageClient;
    /** Settles when the language server runs. */
    readonly ready: Promise<void>;
    /** Where each plan's view (view, filters, folds) is remembered: the workspace's state. */
    readonly memento: vscode.Memento;
    today(): string;
    disposed(panel: RoadmapPanel): void;
}

export class RoadmapPanel implements vscode.Disposable {
    private readonly disposables: vscode.Disposable[] = [];
    private webviewReady = false;
    private readonly throttle = new Throttle(REFRESH_INTERVAL_MS, () => {
        if (this.inFlight) this.again = true;
        else void this.refresh();
    });
    private inFlight: Promise<void> | undefined;
    private again = false;
    /** Cancels the request in flight when a newer change makes its answer moot. */
    private cancellation: vscode.CancellationTokenSource | undefined;
    /** The last picture worth showing: the newest model of a text that parsed. */
    private good: { model: RoadmapModel; version: number; index: ActivityIndex; encoded?: Uint8Array } | undefined;
    private lastMessage: ToWebview | undefined;
    private highlighted: string | null = null;
    private report: RenderReport | undefined;
    /** The view, filters and folds shown; remembered per plan across previews and sessions. */
    private view: PreviewView;
    private readonly reported = new vscode.EventEmitter<RenderReport>();
    /** Fires each time the webview reports a drawing. */
    readonly onDidRender = this.reported.event;

    constructor(
        readonly panel: vscode.WebviewPanel,
        readonly documentUri: vscode.Uri,
        private readonly host: PreviewHost
    ) {
        const remembered = host.memento.get<unknown>(viewKey(documentUri));
        this.view = isPreviewView(remembered) ? remembered : DEFAULT_VIEW;
        panel.title = `Roadmap: ${baseName(documentUri)}`;
        panel.iconPath = vscode.Uri.joinPath(host.extensionUri, 'images', 'file-icon.png');
        panel.webview.html = previewHtml(panel.webview, host.extensionUri, panel.title);
        this.disposables.push(
            this.reported,
            panel.webview.onDidReceiveMessage(message => {
                if (isFromWebview(message)) void this.handle(message);
            }),
            panel.onDidDispose(() => this.dispose())
        );
        void this.refresh();
    }

    /** The activity whose bar is marked as under the editor's cursor. */
    get highlightedActivity(): string | null {
        return this.highlighted;
    }

    /** The view, filters and folds the preview shows. */
    get currentView(): PreviewView {
        return this.view;
    }

    /** Shows the plan in another view (or with other filters), and remembers it for the plan. */
    async setView(view: PreviewView): Promise<void> {
        await this.remember(view);
        await this.post({ type: 'view', view });
    }

    /** The webview's last report, or undefined before its first drawing. */
    get lastRendered(): RenderReport | undefined {
        return this.report;
    }

    /**
     * A change was announced (the server built the document, or a setting changed): refresh now, or once a quarter
     * second has passed since the last refresh began or ended. A refresh under way is not cancelled: one more follows it.
     */
    scheduleRefresh(): void {
        this.throttle.request();
    }

    /** Asks the server for the roadmap and shows it; one request at a time, the latest change always wins. */
    async refresh(): Promise<void> {
        this.throttle.cancel();
        if (this.inFlight) {
            this.again = true;
            this.cancellation?.cancel();
            return this.inFlight;
        }
        this.throttle.began();
        this.inFlight = this.fetchAndShow().finally(() => {
            this.inFlight = undefined;
            this.throttle.ended();
            if (this.again) {
                this.again = false;
                void this.refresh();
            }
        });
        return this.inFlight;
    }

    /** The handler of the webview's messages; tests call it to act as the webview would. */
    async handle(message: FromWebview): Promise<void> {
        switch (message.type) {
            case 'ready':
                this.webviewReady = true;
                if (this.lastMessage) await this.post(this.lastMessage);
                if (this.highlighted) await this.post({ type: 'highlight', id: this.highlighted });
                break;
            case 'rendered':
                this.report = {
                    bars: message.bars, version: message.version, banner: message.banner, statusDate: message.statusDate, late: message.late,
                    view: message.view, lines: message.lines, folded: message.folded, sequence: (this.report?.sequence ?? 0) + 1
                };
                this.reported.fire(this.report);
                break;
            case 'reveal':
                await this.reveal(message.id);
                break;
            case 'export':
                await this.export(message.format);
                break;
            case 'view':
                await this.remember(message.view);
                break;
            default:
                assertNever(message);
        }
    }

    /**
     * Saves the plan as a file: the picture in the view shown, or the whole plan in another tool's format. Asks which
     * format when none is given and where when there is no target. The file written, or undefined.
     */
    async export(format?: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
        if (!this.good) {
            void vscode.window.showWarningMessage(vscode.l10n.t('There is no roadmap to export yet: the plan has not been scheduled. Fix the errors shown in the editor first.'));
            return undefined;
        }
        return exportRoadmap({
            model: this.good.model, format, documentUri: this.documentUri, today: this.host.today(), view: renderOptionsOf(this.view), target
        });
    }

    private async remember(view: PreviewView): Promise<void> {
        this.view = view;
        // A lastMessage drawn before the change would otherwise bring the old view back on the next 'ready'.
        if (this.lastMessage?.type === 'roadmap') this.lastMessage = { ...this.lastMessage, view };
        await this.host.memento.update(viewKey(this.documentUri), view);
    }

    /** Selects the activity's name in its editor and scrolls it into view. False when the activity is not in the picture. */
    async reveal(id: string): Promise<boolean> {
        const activity = this.good?.index.get(id);
        const range = activity?.nameSource ?? activity?.source;
        if (!range) return false;
        const uri = range.uri ? vscode.Uri.parse(range.uri) : this.documentUri;
        const document = await vscode.workspace.openTextDocument(uri);
        const visible = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === uri.toString());
        const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One });
        const selection = new vscode.Selection(
            new vscode.Position(range.start.line, range.start.character),
            new vscode.Position(range.end.line, range.end.character)
        );
        editor.selection = selection;
        editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        return true;
    }

    /** Marks the bar of the activity at `position` of the document (the editor's cursor). */
    highlightAt(position: vscode.Position): void {
        const id = this.good?.index.at(position)?.id ?? null;
        if (id === this.highlighted) return;
        this.highlighted = id;
        void this.post({ type: 'highlight', id });
    }

    dispose(): void {
        this.throttle.cancel();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
        this.panel.dispose();
        this.host.disposed(this);
    }

    private async fetchAndShow(): Promise<void> {
        const uri = this.documentUri.toString();
        let result: RoadmapResult | null;
        const cancellation = (this.cancellation = new vscode.CancellationTokenSource());
        const slow = setTimeout(() => this.show({
            kind: 'info',
            text: 'Waiting for the language server to finish checking the plan… If this lasts, run "DTP: Restart Language Server".'
        }), SLOW_ANSWER_MS);
        try {
            await this.host.ready;
            const params: RoadmapParams = { textDocument: { uri } };
            result = await this.host.client.sendRequest<RoadmapResult | null>(RoadmapRequest.method, params, cancellation.token);
        } catch (error) {
            if (cancellation.token.isCancellationRequested) return; // a newer request follows

            const reason = error instanceof Error ? error.message : String(error);
            this.show({
                kind: 'error',
                text: `The language server could not compute the roadmap (${reason}). Run "DTP: Restart Language Server" or see Output › DTP Language Server.`
            });
            return;
        } finally {
            clearTimeout(slow);
            if (this.cancellation === cancellation) this.cancellation = undefined;
            cancellation.dispose();
        }
        if (!result) {
            this.show({ kind: 'info', text: 'The language server does not know this document. Open it as a .dtp file (language "DTP").' });
            return;
        }
        // An answer about an older text than the picture shows arrives when requests overtake builds: keep the newer.
        if (this.good && result.version > 0 && result.version < this.good.version) return;
        if (result.model && (!result.hasSyntaxErrors || !this.good)) {
            this.good = { model: result.model, version: result.version, index: new ActivityIndex(result.model) };
        }
        this.show(bannerFor(result, this.good !== undefined && this.good.model !== result.model));
    }

    /** Shows the good picture (if any) with the banner, or the banner alone. */
    private show(banner: Banner | undefined): void {
        const uri = this.documentUri.toString();
        // Encoded once per model: a new banner alone does not encode it again.
        if (this.good) this.good.encoded ??= encodeModel(this.good.model);
        const message: ToWebview = this.good?.encoded
            ? { type: 'roadmap', uri, model: this.good.encoded, today: this.host.today(), version: this.good.version, view: this.view, locale: displayLocale(), ...(banner ? { banner } : {}) }
            : { type: 'empty', uri, banner: banner ?? { kind: 'info', text: 'No roadmap yet.' } };
        this.lastMessage = message;
        if (this.webviewReady) void this.post(message);
    }

    private async post(message: ToWebview): Promise<void> {
        if (!this.webviewReady) return;
        await this.panel.webview.postMessage(message);
    }
}

/** The workspace-state key of a plan's view: one per document. */
function viewKey(uri: vscode.Uri): string {
    return `dtp.preview.view:${uri.toString()}`;
}

function baseName(uri: vscode.Uri): string {
    const path = uri.path;
    return path.slice(path.lastIndexOf('/') + 1) || uri.toString();
}

function assertNever(message: never): never {
    throw new Error(`Unknown message from the roadmap webview: ${JSON.stringify(message)}`);
}
