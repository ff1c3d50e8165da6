// Helpers that act as a user would: open files of the test workspace, wait for what the editor shows.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'dtp.dtp-vscode';

/** The test workspace: the runner copies examples/ and test/fixtures/invalid/ into it (as examples/, invalid/). */
export function workspaceFile(path: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error('The VS Code suite needs a workspace folder: start it through scripts/test-web.mjs or test-desktop.mjs.');
    return vscode.Uri.joinPath(folder.uri, path);
}

export async function openFile(path: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(workspaceFile(path));
    return vscode.window.showTextDocument(document);
}

/**
 * Opens a copy of a workspace file as an untitled DTP document, so that a test may edit it freely without
 * changing what the next test sees.
 */
export async function openCopy(path: string): Promise<vscode.TextEditor> {
    const bytes = await vscode.workspace.fs.readFile(workspaceFile(path));
    const document = await vscode.workspace.openTextDocument({ language: 'dtp', content: new TextDecoder().decode(bytes) });
    return vscode.window.showTextDocument(document);
}

export async function closeAllEditors(): Promise<void> {
    // Untitled copies are dirty: revert each before closing so no save prompt blocks the run.
    for (let open = 0; vscode.window.activeTextEditor && open < 50; open++) {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
}

/** The position of the `occurrence`-th (0-based) match of `text` in the document, plus `delta` characters. */
export function positionOf(document: vscode.TextDocument, text: string, delta = 0, occurrence = 0): vscode.Position {
    let offset = -1;
    for (let i = 0; i <= occurrence; i++) {
        offset = document.getText().indexOf(text, offset + 1);
        if (offset < 0) throw new Error(`"${text}" (occurrence ${occurrence}) is not in ${document.uri.toString()}`);
    }
    return document.positionAt(offset + delta);
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
    const code = diagnostic.code;
    return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** Waits until the diagnostics of `uri` satisfy `accept`; fails with what was there last. */
export function waitForDiagnostics(
    uri: vscode.Uri,
    accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
    what: string,
    timeoutMs = 20_000
): Promise<readonly vscode.Diagnostic[]> {
    return new Promise((resolve, reject) => {
        const check = (): boolean => {
            const diagnostics = vscode.languages.getDiagnostics(uri);
            if (!accept(diagnostics)) return false;
            cleanup();
            resolve(diagnostics);
            return true;
        };
        const subscription = vscode.languages.onDidChangeDiagnostics(event => {
            if (event.uris.some(changed => changed.toString() === uri.toString())) check();
        });
        const timer = setTimeout(() => {
            cleanup();
            const last = vscode.languages.getDiagnostics(uri).map(d => `${codeOf(d)}: ${d.message}`);
            reject(new Error(`Timed out waiting for ${what} on ${uri.toString()}; diagnostics were ${JSON.stringify(last)}`));
        }, timeoutMs);
        const cleanup = () => {
            clearTimeout(timer);
            subscription.dispose();
        };
        check();
    });
}

/** Repeats a provider query until `accept` holds: the server may still be building the document. */
export async function eventually<T>(query: () => Thenable<T>, accept: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: T | undefined;
    for (;;) {
        last = await query();
        if (accept(last)) return last;
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last answer: ${JSON.stringify(last)}`);
        await new Promise(resolve => setTimeout(resolve, 200));
    }
}
