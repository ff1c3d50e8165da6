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
    const h = escapeHtml;
    // The nonce travels to the script on its own element: it stamps the renderer's <style> with it (see webview/main.ts).
    return `<!DOCTYPE html>
<html lang="${h(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('preview.css')}" nonce="${nonce}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<div class="toolbar" role="toolbar" aria-label="${h(vscode.l10n.t('Roadmap'))}" data-fold="${h(vscode.l10n.t('Fold'))}" data-unfold="${h(vscode.l10n.t('Unfold'))}" data-all-owners="${h(vscode.l10n.t('All owners'))}" data-unassigned="${h(vscode.l10n.t('Unassigned'))}">
  <select data-control="view" title="${h(vscode.l10n.t('How the plan is shown'))}" aria-label="${h(vscode.l10n.t('View'))}">
    <option value="detail">${h(vscode.l10n.t('Detail'))}</option>
    <option value="board">${h(vscode.l10n.t('Board'))}</option>
    <option value="owners">${h(vscode.l10n.t('Owners'))}</option>
  </select>
  <select data-control="phase" title="${h(vscode.l10n.t('Show one phase only'))}" aria-label="${h(vscode.l10n.t('Phase filter'))}">
    <option value="">${h(vscode.l10n.t('All phases'))}</option>
    <option value="initiation">${h(vscode.l10n.t('Initiation'))}</option>
    <option value="foundation">${h(vscode.l10n.t('Foundation'))}</option>
    <option value="improvement">${h(vscode.l10n.t('Improvement'))}</option>
    <option value="continuous-improvement">${h(vscode.l10n.t('Continuous improvement'))}</option>
  </select>
  <select data-control="owner" title="${h(vscode.l10n.t('Show one owner\'s work only'))}" aria-label="${h(vscode.l10n.t('Owner filter'))}">
    <option value="">${h(vscode.l10n.t('All owners'))}</option>
  </select>
  <label class="toggle" title="${h(vscode.l10n.t('Show the critical path only'))}"><input type="checkbox" data-control="critical"> ${h(vscode.l10n.t('Critical'))}</label>
  <label class="toggle" title="${h(vscode.l10n.t('Show dependency lines'))}"><input type="checkbox" data-control="lines"> ${h(vscode.l10n.t('Lines'))}</label>
  <button type="button" data-action="fold" title="${h(vscode.l10n.t('Fold every group to one summary bar, or unfold them all'))}">${h(vscode.l10n.t('Fold'))}</button>
  <span class="separator" aria-hidden="true"></span>
  <button type="button" data-action="zoom-out" title="${h(vscode.l10n.t('Zoom out (Ctrl+scroll)'))}" aria-label="${h(vscode.l10n.t('Zoom out'))}">−</button>
  <span class="zoom-level" aria-live="polite">100%</span>
  <button type="button" data-action="zoom-in" title="${h(vscode.l10n.t('Zoom in (Ctrl+scroll)'))}" aria-label="${h(vscode.l10n.t('Zoom in'))}">+</button>
  <button type="button" data-action="zoom-reset" title="${h(vscode.l10n.t('Fit to the default width'))}">${h(vscode.l10n.t('Reset'))}</button>
  <span class="spacer"></span>
  <button type="button" data-action="export" title="${escapeHtml(vscode.l10n.t('Save the roadmap as a file: the picture as shown, or the whole plan for Excel, a calendar, Microsoft Project or an ArchiMate tool'))}">${escapeHtml(vscode.l10n.t('Export…'))}</button>
</div>
<div class="banner" role="status" hidden></div>
<main class="roadmap" tabindex="0" aria-label="${h(vscode.l10n.t('Roadmap picture'))}"><p class="placeholder">${h(vscode.l10n.t('Computing the roadmap…'))}</p></main>
<script nonce="${nonce}" src="${asset('preview.js')}"></script>
</body>
</html>`;
}

function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, ch => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
