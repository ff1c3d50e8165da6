// The roadmap preview in a real workbench: the command opens a webview that reports what it drew; unsaved edits
// redraw it; syntax errors keep the last picture; a click on a bar selects the activity's name; the cursor marks a bar;
// the view switches (and is remembered for the plan), and a filter or fold chosen in the toolbar draws what it says;
// the plan exports to every format of the preview's menu, written into the workspace and read back.
import JSZip from 'jszip';
import * as vscode from 'vscode';
import type { DtpExtensionApi } from '../../src/activation.js';
import type { RoadmapPreviewApi } from '../../src/preview/roadmap-previews.js';
import { contains, equal, ok } from './expect.js';
import { closeAllEditors, EXTENSION_ID, eventually, openFile, positionOf, waitForDiagnostics, workspaceFile } from './workspace.js';

const PLAN = 'examples/noordstad.dtp';
/** The plan as it runs: a status date, so the exports carry the plan beside the forecast. */
const TRACKED_PLAN = 'examples/noordstad-tracked.dtp';

async function previews(): Promise<RoadmapPreviewApi> {
    const extension = vscode.extensions.getExtension<DtpExtensionApi>(EXTENSION_ID);
    ok(extension, `extension ${EXTENSION_ID} is installed`);
    const api = extension.isActive ? extension.exports : await extension.activate();
    await api.ready;
    return api.preview;
}

/** Activities, milestones and transformation plans written in the text: each gets one bar (or diamond). */
function activitiesIn(document: vscode.TextDocument): number {
    return document.getText().match(/^\s*(activity|milestone|transformation-plan)\s+[A-Za-z_]/gm)?.length ?? 0;
}

async function insert(document: vscode.TextDocument, after: string, text: string): Promise<void> {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, positionOf(document, after, after.length), text);
    ok(await vscode.workspace.applyEdit(edit), `the edit after "${after}" applies`);
}

/** Milestones and transformation plans written in the text: what the board draws one by one. */
function boardItemsIn(document: vscode.TextDocument): number {
    return document.getText().match(/^\s*(milestone|transformation-plan)\s+[A-Za-z_]/gm)?.length ?? 0;
}

function webviewTabOpen(): boolean {
    return vscode.window.tabGroups.all.some(group => group.tabs.some(tab =>
        tab.input instanceof vscode.TabInputWebview && tab.label.startsWith('Roadmap')));
}

suite('Roadmap preview', () => {
    teardown(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await closeAllEditors();
    });

    test('DTP: Open Roadmap Preview opens a webview beside the plan that draws every activity', async () => {
        const editor = await openFile(PLAN);
        const preview = await previews();
        await vscode.commands.executeCommand('dtp.openPreview');
        ok(preview.isOpen(editor.document.uri), 'a preview is open for the plan');
        const expected = activitiesIn(editor.document);
        ok(expected > 10, `the plan has activities (${expected})`);
        const report = await preview.whenRendered(editor.document.uri, r => r.bars > 0);
        equal(report.bars, expected, 'bars the webview drew');
        ok(webviewTabOpen(), 'a "Roadmap" webview tab is open');
        equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString(), 'the editor keeps the focus');
    });

    test('an unsaved edit redraws the picture; syntax errors keep the last good one', async () => {
        const editor = await openFile(PLAN);
        const { document } = editor;
        const preview = await previews();
        // The code lens passes the document URI as a string.
        await vscode.commands.executeCommand('dtp.openPreview', document.uri.toString());
        const before = await preview.whenRendered(document.uri, r => r.bars > 0);

        await insert(document, 'provides data-literacy\n            owner "HR and Learning"\n        }\n',
            '        activity pilot "Pilot team" {\n            duration 2w\n            after go\n        }\n');
        ok(document.isDirty, 'the edit is not saved');
        const edited = await preview.whenRendered(document.uri, r => r.bars === before.bars + 1);
        ok(edited.version > before.version, `the picture shows the edited text (version ${edited.version} > ${before.version})`);

        await insert(document, 'activity pilot "Pilot team" {', '\n            duration ');
        await waitForDiagnostics(document.uri, diagnostics => diagnostics.some(d => d.severity === vscode.DiagnosticSeverity.Error), 'a syntax error');
        const stale = await preview.whenRendered(document.uri, r => r.sequence > edited.sequence && r.banner === 'syntax');
        equal(stale.bars, edited.bars, 'bars while the text does not parse (the last good picture)');
        equal(stale.version, edited.version, 'version of the picture kept during syntax errors');
    });

    test('clicking a bar selects the activity name in the editor; the cursor marks its bar', async () => {
        const editor = await openFile(PLAN);
        const { document } = editor;
        const preview = await previews();
        await vscode.commands.executeCommand('dtp.openPreview', document.uri);
        await preview.whenRendered(document.uri, r => r.bars > 0);

        // What the webview posts on a click on the bar of `portal`.
        await preview.simulateWebviewMessage(document.uri, { type: 'reveal', id: 'portal' });
        const active = vscode.window.activeTextEditor;
        ok(active, 'an editor is active after the click');
        equal(active.document.uri.toString(), document.uri.toString(), 'the plan is the active editor');
        const declaration = positionOf(document, 'activity portal', 'activity '.length);
        equal(active.selection.start.line, declaration.line, 'line of the selection');
        equal(active.document.getText(active.selection), 'portal', 'the selected text');

        active.selection = new vscode.Selection(positionOf(document, 'activity zaak'), positionOf(document, 'activity zaak'));
        await eventually(async () => preview.highlighted(document.uri), id => id === 'zaak', 'the bar of `zaak` to be marked');
    });

    test('"Switch Roadmap View" draws the board in the webview, and the plan keeps its view when the preview reopens', async () => {
        const editor = await openFile(PLAN);
        const { document } = editor;
        const preview = await previews();
        await vscode.commands.executeCommand('dtp.openPreview', document.uri);
        try {
            const detail = await preview.whenRendered(document.uri, r => r.bars > 0);
            equal(detail.view, 'detail', 'the view drawn first');
            ok(detail.lines > 10, `the detail view draws dependency lines (${detail.lines})`);

            // The command posts the view to the webview; what follows is reported from inside the webview.
            await vscode.commands.executeCommand('dtp.previewView', 'board', document.uri);
            const board = await preview.whenRendered(document.uri, r => r.sequence > detail.sequence && r.view === 'board');
            equal(board.lines, 0, 'dependency lines on the board');
            equal(board.bars, boardItemsIn(document), 'milestones and transformation plans drawn on the board');
            equal(board.version, detail.version, 'the same text, another view');
            equal(preview.currentView(document.uri)?.view, 'board', 'the view the preview remembers');

            // Closed and opened again, the preview of this plan shows the board.
            await vscode.commands.executeCommand('workbench.action.closeAllEditors');
            await openFile(PLAN);
            await vscode.commands.executeCommand('dtp.openPreview', document.uri);
            const reopened = await preview.whenRendered(document.uri, r => r.bars > 0);
            equal(reopened.view, 'board', 'the view after reopening the preview');

            // The toolbar's choices as the webview posts them: the owners view with lines, the foundation folded.
            await vscode.commands.executeCommand('dtp.previewView', 'owners', document.uri);
            const owners = await preview.whenRendered(document.uri, r => r.view === 'owners');
            equal(owners.lines, 0, 'lines in the owners view by default');
            equal(owners.folded, 0, 'folded groups before folding');
            await preview.simulateWebviewMessage(document.uri, { type: 'view', view: { ...preview.currentView(document.uri)!, view: 'detail', fold: ['foundation'], lines: false } });
            equal(JSON.stringify(preview.currentView(document.uri)?.fold), '["foundation"]', 'the fold the toolbar asked for is remembered');
            await vscode.commands.executeCommand('dtp.previewView', 'detail', document.uri);
            const folded = await preview.whenRendered(document.uri, r => r.view === 'detail' && r.folded === 1);
            equal(folded.lines, 0, 'lines once switched off in the toolbar');
            ok(folded.bars < detail.bars, `the foundation's bars are folded into one summary (${folded.bars} < ${detail.bars})`);
        } finally {
            // The view is remembered in the workspace: put the plan back as the other tests expect it.
            await preview.simulateWebviewMessage(document.uri, { type: 'view', view: { view: 'detail', phase: null, owner: null, critical: false, lines: null, fold: 'auto' } });
        }
    });

    test('"DTP: Export Roadmap" writes the plan as CSV and as an Excel workbook, and every other format of the menu', async () => {
        const { document } = await openFile(TRACKED_PLAN);
        const preview = await previews();
        // must not: without a preview there is nothing to export, and nothing is written
        const early = workspaceFile('export-before-preview.csv');
        equal(await vscode.commands.executeCommand('dtp.exportRoadmap', 'csv', early, document.uri), undefined, 'the export without a preview');
        ok(!(await exists(early)), 'no file is written without a preview');

        await vscode.commands.executeCommand('dtp.openPreview', document.uri);
        await preview.whenRendered(document.uri, r => r.bars > 0);
        try {
            // The command as a test or a keybinding gives it: format, file, plan. The palette and the toolbar ask for both.
            const csvFile = workspaceFile('exported/noordstad.activities.csv');
            const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('dtp.exportRoadmap', 'csv', csvFile, document.uri);
            equal(written?.toString(), csvFile.toString(), 'the file the export wrote');
            const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(csvFile));
            const [header, ...rows] = csv.split('\r\n');
            equal(header, '\uFEFFid,label,phase,kind,owner,duration,planned start,planned last day,forecast start,forecast last day,variance (days),'
                + 'slack (days),critical,state,health,progress (%),after,provides,requires', 'the CSV header row (with the byte-order mark Excel needs)');
            ok(rows.some(row => row.startsWith('gateway,API gateway,foundation,activity,,2m,2027-06-15,2027-08-14,2027-06-28,2027-09-25,42,')),
                `the gateway row holds its plan, forecast and variance: ${rows.find(row => row.startsWith('gateway,'))}`);

            const xlsxFile = workspaceFile('exported/noordstad.roadmap.xlsx');
            await vscode.commands.executeCommand('dtp.exportRoadmap', 'xlsx', xlsxFile, document.uri);
            const xlsx = await vscode.workspace.fs.readFile(xlsxFile);
            equal(String.fromCharCode(xlsx[0], xlsx[1]), 'PK', 'the workbook starts as a zip');
            const workbook = await (await JSZip.loadAsync(xlsx)).file('xl/workbook.xml')?.async('string');
            equal([...(workbook ?? '').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map(match => match[1]).join(','), 'activities,milestones,capabilities', 'the sheets');

            const starts: [format: string, file: string, start: RegExp][] = [
                ['ics', 'noordstad.roadmap.ics', /^BEGIN:VCALENDAR\r\n/],
                ['msproject', 'noordstad.msproject.xml', /^<\?xml[^>]*\?>\s*<Project xmlns="http:\/\/schemas.microsoft.com\/project">/],
                ['archimate', 'noordstad.archimate.xml', /^<\?xml[^>]*\?>\s*<model xmlns="http:\/\/www.opengroup.org\/xsd\/archimate\/3.0\/"/],
                ['md', 'noordstad.roadmap.md', /```mermaid\ngantt\n/],
                ['mermaid', 'noordstad.roadmap.mmd', /^gantt\n/],
                ['html', 'noordstad.roadmap.html', /^<!DOCTYPE html>/]
            ];
            for (const [format, name, start] of starts) {
                const file = workspaceFile(`exported/${name}`);
                await vscode.commands.executeCommand('dtp.exportRoadmap', format, file, document.uri);
                const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
                ok(start.test(text), `${format} starts as its format does: ${JSON.stringify(text.slice(0, 120))}`);
            }

            // The picture is the view shown: on the board, the SVG is the board.
            await vscode.commands.executeCommand('dtp.previewView', 'board', document.uri);
            await preview.whenRendered(document.uri, r => r.view === 'board');
            const svgFile = workspaceFile('exported/noordstad.roadmap.svg');
            await vscode.commands.executeCommand('dtp.exportRoadmap', 'svg', svgFile, document.uri);
            contains(new TextDecoder().decode(await vscode.workspace.fs.readFile(svgFile)).slice(0, 400), 'data-view="board"', 'the exported picture');
        } finally {
            await preview.simulateWebviewMessage(document.uri, { type: 'view', view: { view: 'detail', phase: null, owner: null, critical: false, lines: null, fold: 'auto' } });
        }
    });

    test('PDF is written on desktop only; the web refuses it like a format the preview does not write', async () => {
        const { document } = await openFile(TRACKED_PLAN);
        await vscode.commands.executeCommand('dtp.openPreview', document.uri);
        const pdfFile = workspaceFile('exported/plan.pdf');
        const result = await Promise.resolve(vscode.commands.executeCommand('dtp.exportRoadmap', 'pdf', pdfFile, document.uri))
            .then(() => undefined, (error: unknown) => error);
        if (vscode.env.uiKind === vscode.UIKind.Web) {
            ok(result instanceof Error && /Unknown export format "pdf"/.test(result.message), `the command refuses pdf: ${String(result)}`);
            ok(!(await exists(pdfFile)), 'nothing is written');
        } else {
            ok(result === undefined, `the pdf is written: ${String(result)}`);
            const bytes = await vscode.workspace.fs.readFile(pdfFile);
            ok(new TextDecoder().decode(bytes.slice(0, 5)) === '%PDF-', 'a PDF');
        }
        const refused = await Promise.resolve(vscode.commands.executeCommand('dtp.exportRoadmap', 'docx', workspaceFile('exported/plan.docx'), document.uri))
            .then(() => undefined, (error: unknown) => error);
        ok(refused instanceof Error && /Unknown export format "docx"/.test(refused.message), `the command refuses docx: ${String(refused)}`);
        ok(!(await exists(workspaceFile('exported/plan.docx'))), 'nothing is written');
    });
});

async function exists(uri: vscode.Uri): Promise<boolean> {
    return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}
