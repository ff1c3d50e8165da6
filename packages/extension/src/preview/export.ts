// Saves the previewed plan as a file with the same renderers and writers the CLI uses (./export-formats.ts): asks which
// format when none is given (a quick pick: the picture as shown, or the whole plan for other tools) and where (the save
// dialog) when no target is given, then writes through vscode.workspace.fs, which works on remote and virtual
// workspaces and on vscode.dev alike.
import type { RenderOptions, RoadmapModel } from '@dtp/roadmap';
import * as vscode from 'vscode';
import { displayLocale } from '../locale.js';
import { EXPORT_FILES, exportBytes, exportFormatsHere, exportPath } from './export-formats.js';
import type { ExportFormat } from './messages.js';

/** Each format's name (the menu, the save dialog's filter) and what the file holds, in the display language. */
function formatTexts(): Record<ExportFormat, { name: string; short: string; detail: string }> {
    return {
        svg: { name: vscode.l10n.t('SVG image'), short: 'SVG', detail: vscode.l10n.t('The view, filters and folds shown, as a standalone picture') },
        html: { name: vscode.l10n.t('HTML page'), short: 'HTML', detail: vscode.l10n.t('The view shown as a self-contained page: tooltips, zoom, prints as pages') },
        pdf: { name: vscode.l10n.t('PDF document'), short: 'PDF', detail: vscode.l10n.t('The view shown on A3 landscape pages, as vector graphics with searchable text') },
        md: { name: vscode.l10n.t('Markdown document'), short: 'Markdown', detail: vscode.l10n.t('A Mermaid gantt chart and tables of the plan, for a wiki or a pull request') },
        mermaid: { name: vscode.l10n.t('Mermaid chart'), short: 'Mermaid', detail: vscode.l10n.t('The gantt chart alone, for documents that draw Mermaid') },
        csv: { name: vscode.l10n.t('CSV table'), short: 'CSV', detail: vscode.l10n.t('The activities: planned and forecast dates, slack, owner, state and health') },
        xlsx: { name: vscode.l10n.t('Excel workbook'), short: 'Excel', detail: vscode.l10n.t('Sheets of activities, milestones and capabilities, with real date cells') },
        ics: { name: vscode.l10n.t('Calendar (iCalendar)'), short: 'iCalendar', detail: vscode.l10n.t('Milestones and phase boundaries as all-day events; a newer export updates them') },
        msproject: { name: 'Microsoft Project XML', short: 'MS Project', detail: vscode.l10n.t('Phase summary tasks, predecessors with lag, % complete; the plan as baseline') },
        archimate: { name: vscode.l10n.t('ArchiMate exchange file'), short: 'ArchiMate', detail: vscode.l10n.t('Work packages, events, capabilities and plateaus, for architecture tools') }
    };
}

type FormatItem = vscode.QuickPickItem & { format?: ExportFormat };

/** The export menu: the picture formats first, then the formats of the whole plan. Undefined if dismissed. */
export async function chooseExportFormat(title: string): Promise<ExportFormat | undefined> {
    const texts = formatTexts();
    const formats = await exportFormatsHere();
    const item = (format: ExportFormat): FormatItem => ({
        format, label: texts[format].name, description: `.${EXPORT_FILES[format].extensions[0]}`, detail: texts[format].detail
    });
    const separator = (label: string): FormatItem => ({ label, kind: vscode.QuickPickItemKind.Separator });
    const pick = await vscode.window.showQuickPick<FormatItem>([
        separator(vscode.l10n.t('The picture as shown')),
        ...formats.filter(format => EXPORT_FILES[format].picture).map(item),
        separator(vscode.l10n.t('The whole plan')),
        ...formats.filter(format => !EXPORT_FILES[format].picture).map(item)
    ], { title, placeHolder: vscode.l10n.t('Which format?'), matchOnDetail: true });
    return pick?.format;
}

export interface ExportRequest {
    model: RoadmapModel;
    /** Undefined: ask which. */
    format?: ExportFormat;
    documentUri: vscode.Uri;
    today: string;
    /** The view, filters and folds the preview shows (the pictures follow them). */
    view?: RenderOptions;
    /** Where to write; undefined: ask with the save dialog (tests and keybindings pass one). */
    target?: vscode.Uri;
}

/** Writes the export and says where. The file written, or undefined when cancelled or failed (the user was told why). */
export async function exportRoadmap(request: ExportRequest): Promise<vscode.Uri | undefined> {
    const { model, documentUri } = request;
    const title = vscode.l10n.t('Export the roadmap of {0}', model.programme.title ?? model.programme.id);
    const format = request.format ?? await chooseExportFormat(title);
    if (!format) return undefined;
    const texts = formatTexts()[format];
    const target = request.target ?? await vscode.window.showSaveDialog({
        defaultUri: defaultTarget(documentUri, format),
        filters: { [texts.name]: EXPORT_FILES[format].extensions },
        saveLabel: vscode.l10n.t('Export roadmap as {0}', texts.short),
        title
    });
    if (!target) return undefined;
    const where = target.scheme === 'file' ? target.fsPath : target.toString();
    let bytes: Uint8Array;
    try {
        bytes = await exportBytes(model, format, { today: request.today, theme: editorTheme(), locale: displayLocale(), view: request.view });
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not export the roadmap as {0}: {1}.', texts.short, reasonOf(error)));
        return undefined;
    }
    try {
        await vscode.workspace.fs.writeFile(target, bytes);
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not write the roadmap to {0}: {1}. Choose another folder.', where, reasonOf(error)));
        return undefined;
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('Roadmap saved to {0}.', where));
    return target;
}

function reasonOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

function editorTheme(): 'light' | 'dark' {
    const kind = vscode.window.activeColorTheme.kind;
    return kind === vscode.ColorThemeKind.Dark || kind === vscode.ColorThemeKind.HighContrast ? 'dark' : 'light';
}

/** Next to the plan, named after it and the format; an untitled plan has no folder, so the dialog picks one. */
function defaultTarget(documentUri: vscode.Uri, format: ExportFormat): vscode.Uri | undefined {
    if (documentUri.scheme === 'untitled') return undefined;
    return documentUri.with({ path: exportPath(documentUri.path, format) });
}
