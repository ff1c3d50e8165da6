// Completion, hover and quick fixes, asked for as VS Code asks its providers.
import * as vscode from 'vscode';
import { contains, excludes, includes, ok } from './expect.js';
import { closeAllEditors, codeOf, eventually, openCopy, positionOf, waitForDiagnostics } from './workspace.js';

function labels(list: vscode.CompletionList | undefined): string[] {
    return (list?.items ?? []).map(item => (typeof item.label === 'string' ? item.label : item.label.label));
}

function hoverText(hovers: vscode.Hover[] | undefined): string {
    return (hovers ?? [])
        .flatMap(hover => hover.contents)
        .map(content => (typeof content === 'string' ? content : content.value))
        .join('\n');
}

suite('Language features', () => {
    teardown(closeAllEditors);

    test('completion in `requires` offers the capabilities of the plan', async () => {
        const { document } = await openCopy('invalid/unmet-prerequisite.dtp');
        // An empty list being typed: `requires |`, so no capability is excluded for being listed already.
        const listed = 'requires cloud, data-literacy';
        const edit = new vscode.WorkspaceEdit();
        const start = positionOf(document, listed);
        edit.replace(document.uri, new vscode.Range(start, start.translate(0, listed.length)), 'requires ');
        ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
        const position = start.translate(0, 'requires '.length);
        const list = await eventually(
            () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position),
            found => labels(found).includes('cloud'),
            'capabilities in completion'
        );
        includes(labels(list), 'cloud', 'completion after `requires`');
        includes(labels(list), 'data-literacy', 'completion after `requires`');
    });

    test('completion in `after` offers activities of the same or earlier phases only', async () => {
        const { document } = await openCopy('invalid/unmet-prerequisite.dtp');
        // `landing` in the foundation phase: `dtp` (initiation) may precede it, `review` (continuous improvement) may not.
        const position = positionOf(document, 'after dtp', 'after '.length);
        const list = await eventually(
            () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position),
            found => labels(found).includes('dtp'),
            'activities in completion'
        );
        includes(labels(list), 'dtp', 'completion after `after`');
        excludes(labels(list), 'review', 'completion after `after` (an activity of a later phase)');
        excludes(labels(list), 'dashboards', 'completion after `after` (an activity of a later phase)');
    });

    test('hover on an activity shows its computed schedule', async () => {
        const { document } = await openCopy('invalid/unmet-prerequisite.dtp');
        const position = positionOf(document, 'transformation-plan dtp', 'transformation-plan d'.length);
        const hovers = await eventually(
            () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position),
            found => hoverText(found).includes('2027-'),
            'a hover with dates'
        );
        const text = hoverText(hovers);
        // Programme start 2027-01 → 2027-01-01; four weeks of work, so the last day is 2027-01-28.
        contains(text, '2027-01-01', 'hover of dtp: its start');
        contains(text, '2027-01-28', 'hover of dtp: its last day');
    });

    test('inlay hints show computed dates, and `dtp.inlayHints.enabled: false` turns them off', async () => {
        const { document } = await openCopy('invalid/unmet-prerequisite.dtp');
        const range = new vscode.Range(0, 0, document.lineCount, 0);
        const hintsNow = () => vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
        const label = (hint: vscode.InlayHint) => (typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join(''));
        const hints = await eventually(hintsNow, found => Array.isArray(found) && found.length > 0, 'inlay hints');
        ok(hints.some(hint => label(hint).includes('2027-01-01')), `a hint with the start of dtp among ${JSON.stringify(hints.map(label))}`);
        const settings = vscode.workspace.getConfiguration('dtp');
        await settings.update('inlayHints.enabled', false, vscode.ConfigurationTarget.Global);
        try {
            await eventually(hintsNow, found => Array.isArray(found) && found.length === 0, 'no inlay hints once disabled');
        } finally {
            await settings.update('inlayHints.enabled', undefined, vscode.ConfigurationTarget.Global);
        }
    });

    test('the preferred quick fix for an unmet prerequisite removes the diagnostic', async () => {
        const { document } = await openCopy('invalid/unmet-prerequisite.dtp');
        const diagnostics = await waitForDiagnostics(document.uri, found => found.some(d => codeOf(d) === 'unmet-prerequisite'), 'unmet-prerequisite');
        const diagnostic = diagnostics.find(d => codeOf(d) === 'unmet-prerequisite')!;
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
            'vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value
        );
        const fix = actions.find(action => action.isPreferred && action.edit);
        ok(fix, `a preferred quick fix among ${JSON.stringify(actions.map(a => a.title))}`);
        ok(await vscode.workspace.applyEdit(fix.edit!), `the quick fix "${fix.title}" applies`);
        await waitForDiagnostics(document.uri, found => !found.some(d => codeOf(d) === 'unmet-prerequisite'), 'unmet-prerequisite to go away');
    });

    test('the quick fix for phases out of order reorders them', async () => {
        const { document } = await openCopy('invalid/phase-order.dtp');
        const diagnostics = await waitForDiagnostics(document.uri, found => found.some(d => codeOf(d) === 'phase-order'), 'phase-order');
        const diagnostic = diagnostics.find(d => codeOf(d) === 'phase-order')!;
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
            'vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value
        );
        const fix = actions.find(action => action.edit && /order/i.test(action.title));
        ok(fix, `a reorder quick fix among ${JSON.stringify(actions.map(a => a.title))}`);
        ok(await vscode.workspace.applyEdit(fix.edit!), `the quick fix "${fix.title}" applies`);
        await waitForDiagnostics(document.uri, found => !found.some(d => codeOf(d) === 'phase-order'), 'phase-order to go away');
        const text = document.getText();
        ok(text.indexOf('phase initiation') < text.indexOf('phase foundation'), 'initiation now comes before foundation');
    });
});
