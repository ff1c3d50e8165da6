// Diagnostics follow the text: they appear for an invalid plan and go away once the plan is fixed.
import * as vscode from 'vscode';
import { equal, ok } from './expect.js';
import { closeAllEditors, codeOf, openCopy, positionOf, waitForDiagnostics } from './workspace.js';

const has = (code: string) => (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.some(d => codeOf(d) === code);
const lacks = (code: string) => (diagnostics: readonly vscode.Diagnostic[]) => !diagnostics.some(d => codeOf(d) === code);

suite('Diagnostics', () => {
    teardown(closeAllEditors);

    test('an unmet prerequisite is reported on the requiring activity, as an error with its code', async () => {
        const { document } = await openCopy('invalid/unmet-prerequisite.dtp');
        const diagnostics = await waitForDiagnostics(document.uri, has('unmet-prerequisite'), 'unmet-prerequisite');
        const diagnostic = diagnostics.find(d => codeOf(d) === 'unmet-prerequisite')!;
        equal(diagnostic.severity, vscode.DiagnosticSeverity.Error, 'severity of unmet-prerequisite');
        equal(document.getText(diagnostic.range).includes('data-literacy'), true, `range covers data-literacy (was "${document.getText(diagnostic.range)}")`);
        ok(/data-literacy/.test(diagnostic.message), `the message names the capability: ${diagnostic.message}`);
    });

    test('the diagnostic disappears after a fix applied through a WorkspaceEdit', async () => {
        const { document } = await openCopy('invalid/unmet-prerequisite.dtp');
        await waitForDiagnostics(document.uri, has('unmet-prerequisite'), 'unmet-prerequisite');
        // The fix a user would type: the landing zone also provides the missing competence.
        const edit = new vscode.WorkspaceEdit();
        const at = positionOf(document, 'provides cloud', 'provides cloud'.length);
        edit.insert(document.uri, at, ', data-literacy');
        ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
        await waitForDiagnostics(document.uri, lacks('unmet-prerequisite'), 'unmet-prerequisite to go away');
    });

    test('half-typed text gives syntax errors, and the server keeps answering', async () => {
        const { document } = await openCopy('invalid/half-typed.dtp');
        const diagnostics = await waitForDiagnostics(document.uri, found => found.length > 0, 'syntax errors');
        ok(diagnostics.every(d => d.range.start.line >= 0), 'every diagnostic has a range');
        // A later edit is still processed: replace the whole text by a valid plan.
        const valid = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'invalid/unmet-prerequisite.dtp'));
        const edit = new vscode.WorkspaceEdit();
        edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), new TextDecoder().decode(valid));
        ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
        await waitForDiagnostics(document.uri, has('unmet-prerequisite'), 'the diagnostics of the new text');
    });
});
