// Every open roadmap preview, one per document: opens them (command, editor title button, code lens), restores
// them after a window reload, routes the server's change notifications and the editor's cursor to them, and
// exposes what they drew to the VS Code test suite.
import { RoadmapChangedNotification, type RoadmapChangedParams } from '@dtp/language/roadmap-protocol';
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { isWebviewState, ROADMAP_VIEW_TYPE, type ExportFormat, type FromWebview, type PreviewView, type PreviewViewName } from './messages.js';
import { RoadmapPanel, type PreviewHost, type RenderReport } from './roadmap-panel.js';
import { webviewOptions } from './webview-html.js';

/** What tests (and other extensions) can do with previews, through the extension's API. */
export interface RoadmapPreviewApi {
    /** Opens (or reveals) the preview of a document, as the command does. */
    open(target?: vscode.Uri | string): Promise<void>;
    isOpen(uri: vscode.Uri): boolean;
    /** The webview's last report for the document's preview. */
    lastRendered(uri: vscode.Uri): RenderReport | undefined;
    /** Resolves with the first report (the last one included) that `accept` takes; rejects after `timeoutMs`. */
    whenRendered(uri: vscode.Uri, accept: (report: RenderReport) => boolean, timeoutMs?: number): Promise<RenderReport>;
    /** The activity the preview marks as under the editor's cursor (null: none). */
    highlighted(uri: vscode.Uri): string | null | undefined;
    /** Delivers a message as if the document's webview had posted it (the same handler runs). */
    simulateWebviewMessage(uri: vscode.Uri, message: FromWebview): Promise<void>;
    /** The view, filters and folds the document's preview shows. */
    currentView(uri: vscode.Uri): PreviewView | undefined;
    /** Switches the preview of a document (else the active one) to a view, as the command does; asks which when not given. */
    switchView(view?: PreviewViewName, target?: vscode.Uri | string): Promise<void>;
    /**
     * Exports the preview of a document (else the active one), as the command and the toolbar do: asks the format when
     * not given, and where to save when there is no `file`. The file written, or undefined.
     */
    exportRoadmap(format?: ExportFormat, file?: vscode.Uri, target?: vscode.Uri | string): Promise<vscode.Uri | undefined>;
}

/** Worded when asked: vscode.l10n reads the display language's bundle (l10n/) once the extension runs. */
const viewChoices = (): { view: PreviewViewName; label: string; detail: string }[] => [
    { view: 'detail', label: vscode.l10n.t('Detail'), detail: vscode.l10n.t('A lane per phase: every activity, milestone and dependency') },
    { view: 'board', label: vscode.l10n.t('Board'), detail: vscode.l10n.t('One slide: phases, milestones, the transformation plan and health') },
    { view: 'owners', label: vscode.l10n.t('Owners'), detail: vscode.l10n.t('A lane per owner, bars coloured by phase') }
];

export class RoadmapPreviews implements RoadmapPreviewApi, vscode.Disposable {
    private readonly panels = new Map<string, RoadmapPanel>();
    private readonly disposables: vscode.Disposable[] = [];
    private readonly host: PreviewHost;

    constructor(context: vscode.ExtensionContext, client: BaseLanguageClient, ready: Promise<void>) {
        this.host = {
            extensionUri: context.extensionUri,
            client,
            ready,
            memento: context.workspaceState,
            today: previewToday,
            disposed: panel => {
                if (this.panels.get(panel.documentUri.toString()) === panel) this.panels.delete(panel.documentUri.toString());
            }
        };
        this.disposables.push(
            vscode.window.registerWebviewPanelSerializer(ROADMAP_VIEW_TYPE, {
                deserializeWebviewPanel: (panel, state) => this.restore(panel, state)
            }),
            vscode.window.onDidChangeTextEditorSelection(event => {
                this.panels.get(event.textEditor.document.uri.toString())?.highlightAt(event.selections[0].active);
            }),
            vscode.workspace.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration('dtp.preview.today')) for (const panel of this.panels.values()) panel.scheduleRefresh();
            })
        );
        // The client may restart (command "Restart Language Server"): handlers set on it survive restarts.
        this.disposables.push(client.onNotification(RoadmapChangedNotification.method, (params: RoadmapChangedParams) => {
            this.panels.get(params.uri)?.scheduleRefresh();
        }));
        context.subscriptions.push(this);
    }

    async open(target?: vscode.Uri | string): Promise<void> {
        const uri = typeof target === 'string' ? vscode.Uri.parse(target) : target ?? activeDtpDocument();
        if (!uri) {
            void vscode.window.showInformationMessage(vscode.l10n.t('Open a .dtp file first: the roadmap preview shows the plan of the active editor.'));
            return;
        }
        const existing = this.panels.get(uri.toString());
        if (existing) {
            existing.panel.reveal(undefined, true);
            return;
        }
        // Make sure the language server has the text (a code lens or a restored panel may name a closed file).
        await vscode.workspace.openTextDocument(uri);
        const panel = vscode.window.createWebviewPanel(
            ROADMAP_VIEW_TYPE, 'Roadmap', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions(this.host.extensionUri)
        );
        this.adopt(panel, uri);
    }

    isOpen(uri: vscode.Uri): boolean {
        return this.panels.has(uri.toString());
    }

    lastRendered(uri: vscode.Uri): RenderReport | undefined {
        return this.panels.get(uri.toString())?.lastRendered;
    }

    highlighted(uri: vscode.Uri): string | null | undefined {
        return this.panels.get(uri.toString())?.highlightedActivity;
    }

    whenRendered(uri: vscode.Uri, accept: (report: RenderReport) => boolean, timeoutMs = 20_000): Promise<RenderReport> {
        const panel = this.panels.get(uri.toString());
        if (!panel) return Promise.reject(new Error(`No roadmap preview is open for ${uri.toString()}.`));
        return new Promise((resolve, reject) => {
            const last = panel.lastRendered;
            if (last && accept(last)) return resolve(last);
            const timer = setTimeout(() => {
                subscription.dispose();
                reject(new Error(`The roadmap preview of ${uri.toString()} did not report the expected drawing within ${timeoutMs} ms; last report: ${JSON.stringify(panel.lastRendered)}.`));
            }, timeoutMs);
            const subscription = panel.onDidRender(report => {
                if (!accept(report)) return;
                clearTimeout(timer);
                subscription.dispose();
                resolve(report);
            });
        });
    }

    async simulateWebviewMessage(uri: vscode.Uri, message: FromWebview): Promise<void> {
        const panel = this.panels.get(uri.toString());
        if (!panel) throw new Error(`No roadmap preview is open for ${uri.toString()}.`);
        await panel.handle(message);
    }

    currentView(uri: vscode.Uri): PreviewView | undefined {
        return this.panels.get(uri.toString())?.currentView;
    }

    async switchView(view?: PreviewViewName, target?: vscode.Uri | string): Promise<void> {
        const panel = this.panelFor(target);
        if (!panel) {
            void vscode.window.showInformationMessage(vscode.l10n.t('Open a roadmap preview first ("DTP: Open Roadmap Preview"): the view applies to a preview.'));
            return;
        }
        let chosen = view;
        if (!chosen) {
            const current = panel.currentView.view;
            const pick = await vscode.window.showQuickPick(viewChoices().map(choice => ({ ...choice, description: choice.view === current ? vscode.l10n.t('shown now') : undefined })), {
                title: vscode.l10n.t('Roadmap view'), placeHolder: vscode.l10n.t('How the preview shows the plan')
            });
            if (!pick) return;
            chosen = pick.view;
        }
        if (!viewChoices().some(choice => choice.view === chosen)) throw new Error(`Unknown roadmap view "${chosen}": use detail, board or owners.`);
        await panel.setView({ ...panel.currentView, view: chosen });
    }

    async exportRoadmap(format?: ExportFormat, file?: vscode.Uri, target?: vscode.Uri | string): Promise<vscode.Uri | undefined> {
        const panel = this.panelFor(target);
        if (!panel) {
            void vscode.window.showInformationMessage(vscode.l10n.t('Open a roadmap preview first ("DTP: Open Roadmap Preview"): the export is made from a preview.'));
            return undefined;
        }
        return panel.export(format, file);
    }

    /** The preview of the document named, else the active preview, else the preview of the active editor's plan. */
    private panelFor(target?: vscode.Uri | string): RoadmapPanel | undefined {
        const uri = typeof target === 'string' ? vscode.Uri.parse(target) : target;
        return uri ? this.panels.get(uri.toString())
            : [...this.panels.values()].find(p => p.panel.active) ?? this.panels.get(activeDtpDocument()?.toString() ?? '');
    }

    dispose(): void {
        for (const panel of [...this.panels.values()]) panel.dispose();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
    }

    private async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
        if (!isWebviewState(state) || !state.uri) {
            panel.dispose(); // nothing says which plan it showed: a blank tab would only confuse
            return;
        }
        const uri = vscode.Uri.parse(state.uri);
        try {
            await vscode.workspace.openTextDocument(uri);
        } catch {
            panel.dispose();
            void vscode.window.showWarningMessage(vscode.l10n.t('The roadmap preview of {0} was not restored: the file cannot be opened any more.', uri.toString()));
            return;
        }
        panel.webview.options = webviewOptions(this.host.extensionUri);
        this.adopt(panel, uri);
    }

    private adopt(panel: vscode.WebviewPanel, uri: vscode.Uri): void {
        this.panels.get(uri.toString())?.dispose();
        this.panels.set(uri.toString(), new RoadmapPanel(panel, uri, this.host));
    }
}

function activeDtpDocument(): vscode.Uri | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === 'dtp' ? document.uri : undefined;
}

/** The `dtp.preview.today` setting, or the local date: the adapter owns the clock, the renderer only gets a date. */
function previewToday(): string {
    const setting = vscode.workspace.getConfiguration('dtp').get<string>('preview.today', '');
    if (/^\d{4}-\d{2}-\d{2}$/.test(setting)) return setting;
    const now = new Date();
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
