// The preview's HTML shell: a strict Content-Security-Policy (nothing but our own bundled script and stylesheet,
// and the inline styles of the rendered SVG, all gated by a fresh nonce), and the controls the script wires up.
import * as vscode from 'vscode';

/** The folder the webview may load from; nothing else on disk and nothing remote. */
export function webviewRoot(extensionUri: vscode.Uri): vscode.Uri {
    return vscode.Uri.joinPath(extensionUri, 'dist');
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [webviewRoot(extensionUri)], enableFindWidget: true };
}

export function createNonce(): string {
    const bytes = new Uint8Array(18);
    crypto.getRandomValues(bytes);
    return btoa(String.fromCharCode(...bytes));
}

export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, title: string): string {
    const nonce = createNonce();
    const asset = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(webviewRoot(extensionUri), 'webview', file)).toString();
    const csp = [
        "default-src 'none'",
        `img-src ${webview.cspSource} data:`,
        `style-src ${webview.cspSource} 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`
    ].join('; ');
    // The nonce travels to the script on its own element: it stamps the renderer's <style> with it (see webview/main.ts).
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('preview.css')}" nonce="${nonce}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<div class="toolbar" role="toolbar" aria-label="Roadmap">
  <select data-control="view" title="How the plan is shown" aria-label="View">
    <option value="detail">Detail</option>
    <option value="board">Board</option>
    <option value="owners">Owners</option>
  </select>
  <select data-control="phase" title="Show one phase only" aria-label="Phase filter">
    <option value="">All phases</option>
    <option value="initiation">Initiation</option>
    <option value="foundation">Foundation</option>
    <option value="improvement">Improvement</option>
    <option value="continuous-improvement">Continuous improvement</option>
  </select>
  <select data-control="owner" title="Show one owner's work only" aria-label="Owner filter">
    <option value="">All owners</option>
  </select>
  <label class="toggle" title="Show the critical path only"><input type="checkbox" data-control="critical"> Critical</label>
  <label class="toggle" title="Show dependency lines"><input type="checkbox" data-control="lines"> Lines</label>
  <button type="button" data-action="fold" title="Fold every group to one summary bar, or unfold them all">Fold</button>
  <span class="separator" aria-hidden="true"></span>
  <button type="button" data-action="zoom-out" title="Zoom out (Ctrl+scroll)" aria-label="Zoom out">−</button>
  <span class="zoom-level" aria-live="polite">100%</span>
  <button type="button" data-action="zoom-in" title="Zoom in (Ctrl+scroll)" aria-label="Zoom in">+</button>
  <button type="button" data-action="zoom-reset" title="Fit to the default width">Reset</button>
  <span class="spacer"></span>
  <button type="button" data-action="export" title="${escapeHtml(vscode.l10n.t('Save the roadmap as a file: the picture as shown, or the whole plan for Excel, a calendar, Microsoft Project or an ArchiMate tool'))}">${escapeHtml(vscode.l10n.t('Export…'))}</button>
</div>
<div class="banner" role="status" hidden></div>
<main class="roadmap" tabindex="0" aria-label="Roadmap picture"><p class="placeholder">Computing the roadmap…</p></main>
<script nonce="${nonce}" src="${asset('preview.js')}"></script>
</body>
</html>`;
}

function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, ch => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
