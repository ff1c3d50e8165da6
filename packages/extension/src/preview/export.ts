// Saves the previewed roadmap as a file with the same renderers the CLI uses. The preview's theme-variable colours
// mean nothing outside VS Code, so a file gets concrete colours: the light or dark palette matching the editor.
import { renderHtml, renderSvg, type RenderOptions, type RoadmapModel } from '@dtp/roadmap';
import * as vscode from 'vscode';
import type { ExportFormat } from './messages.js';
import { displayLocale } from '../locale.js';

const FILTERS: Record<ExportFormat, Record<string, string[]>> = {
    svg: { 'SVG image': ['svg'] },
    html: { 'HTML page': ['html'] }
};

/** Asks where to save, writes through vscode.workspace.fs (works on remote and virtual workspaces). False if cancelled. */
export async function exportRoadmap(model: RoadmapModel, format: ExportFormat, documentUri: vscode.Uri, today: string, view: RenderOptions = {}): Promise<boolean> {
    const target = await vscode.window.showSaveDialog({
        defaultUri: defaultTarget(documentUri, format),
        filters: FILTERS[format],
        saveLabel: vscode.l10n.t('Export roadmap as {0}', format.toUpperCase()),
        title: vscode.l10n.t('Export the roadmap of {0}', model.programme.title ?? model.programme.id)
    });
    if (!target) return false;
    const text = renderExport(model, format, today, editorTheme(), { locale: displayLocale(), ...view });
    try {
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not write the roadmap to {0}: {1}. Choose another folder.', target.fsPath || target.toString(), reason));
        return false;
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('Roadmap saved to {0}.', target.fsPath || target.toString()));
    return true;
}

/** The file as the preview shows it: the same view, filters and folds (`view`), in concrete colours. */
export function renderExport(model: RoadmapModel, format: ExportFormat, today: string, theme: 'light' | 'dark', view: RenderOptions = {}): string {
    return format === 'svg' ? renderSvg(model, { ...view, today, theme }) : renderHtml(model, { ...view, today, theme });
}

function editorTheme(): 'light' | 'dark' {
    const kind = vscode.window.activeColorTheme.kind;
    return kind === vscode.ColorThemeKind.Dark || kind === vscode.ColorThemeKind.HighContrast ? 'dark' : 'light';
}

/** Next to the plan, named after it: `plans/noordstad.dtp` → `plans/noordstad.roadmap.svg`. */
function defaultTarget(documentUri: vscode.Uri, format: ExportFormat): vscode.Uri | undefined {
    if (documentUri.scheme === 'untitled') return undefined;
    const path = documentUri.path.replace(/\.dtp$/i, '') + `.roadmap.${format}`;
    return documentUri.with({ path });
}
