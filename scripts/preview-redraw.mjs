// The VS Code preview's redraw after an edit, for `npm run bench` (scripts/bench.mjs): from the edit's didChange to the
// next frame painted in the webview, with the extension's own preview code in between. No VS Code runs here (its
// desktop build cannot be downloaded offline); what runs instead, piece by piece:
//   server     the built `dtp lsp --stdio` (scripts/lsp-client.mjs sends the edit as VS Code does: an incremental change);
//   extension  the extension's RoadmapPanel (src/preview/roadmap-panel.ts), bundled by esbuild against a small stand-in
//              for the `vscode` module below: it gets the server's `dtp/roadmapChanged` as RoadmapPreviews routes it,
//              schedules its refresh, sends `dtp/roadmap` and posts the roadmap message to its webview, all with its own
//              timers and logic;
//   transport  VS Code's webview postMessage, as it treats extensions for VS Code ≥ 1.57: JSON.stringify in the
//              extension host with byte arrays set aside (timed here, in Node), the JSON and the bytes across to the
//              window (not timed: playwright's CDP stands in for VS Code's IPC), there the bytes copied and the JSON
//              parsed, then postMessage into the webview's host frame (another origin, as VS Code's) and on into the
//              inner frame, the bytes transferred;
//   webview    the built preview (dist/webview/preview.js and .css in the HTML the panel made) in headless Chromium,
//              with an `acquireVsCodeApi` like VS Code's; painted = the first task after the next animation frame that
//              follows the webview's "rendered" report (style, layout and paint of the new picture are done by then).
// The redraw is the sum: Node's clock from didChange to the panel's postMessage, the stringify, and the browser's clock
// from the string's arrival to the paint.
import { readFileSync } from 'node:fs';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { LspClient } from './lsp-client.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The extension whose preview is measured; another copy (e.g. an older commit's, built) to compare. */
const EXTENSION_DEFAULT = path.join(REPO, 'packages/extension');
const WEBVIEW_ORIGIN = 'http://webview.dtp.test';
const WORKBENCH_ORIGIN = 'http://workbench.dtp.test';
/** The preview's size beside an editor in a 1,600-pixel window. */
const FRAME = { width: 800, height: 900 };
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'];

// What RoadmapPanel and the modules it imports use of `vscode`, and no more.
const VSCODE_STAND_IN = `
export class Uri {
    constructor(path) { this.path = path; }
    static joinPath(base, ...parts) { return new Uri([base.path, ...parts].join('/').replace(/\\/+/g, '/')); }
    static file(path) { return new Uri(path); }
    static parse(text) { return new Uri(text.replace(/^file:\\/\\//, '')); }
    toString() { return 'file://' + this.path; }
}
export class EventEmitter {
    listeners = new Set();
    event = listener => { this.listeners.add(listener); return { dispose: () => this.listeners.delete(listener) }; };
    fire(value) { for (const listener of [...this.listeners]) listener(value); }
    dispose() { this.listeners.clear(); }
}
export class CancellationTokenSource {
    #emitter = new EventEmitter();
    token = { isCancellationRequested: false, onCancellationRequested: this.#emitter.event };
    cancel() { if (!this.token.isCancellationRequested) { this.token.isCancellationRequested = true; this.#emitter.fire(undefined); } }
    dispose() { this.#emitter.dispose(); }
}
export const l10n = { t: (message, ...args) => message.replace(/\\{(\\d+)\\}/g, (_, i) => String(args[Number(i)])) };
export const env = { language: 'en' };
const unused = new Proxy({}, { get: (_, name) => () => { throw new Error('vscode.' + String(name) + ' is not part of the bench'); } });
export const window = unused, workspace = unused, commands = unused;
export class Position { constructor(line, character) { this.line = line; this.character = character; } }
export class Selection { constructor(anchor, active) { this.anchor = anchor; this.active = active; } }
export const ViewColumn = { One: 1, Beside: -2 };
export const TextEditorRevealType = { InCenterIfOutsideViewport: 2 };
`;

/** The extension's RoadmapPanel, bundled for Node with the stand-in for `vscode` (exports are not part of a redraw). */
async function loadPanel(work, extension) {
    const outfile = path.join(work, 'roadmap-panel.mjs');
    await esbuild.build({
        stdin: { contents: "export { RoadmapPanel } from './src/preview/roadmap-panel.ts';", resolveDir: extension, loader: 'ts' },
        bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning', mainFields: ['module', 'main'],
        nodePaths: [path.join(REPO, 'node_modules')],
        plugins: [{
            name: 'bench-stand-ins',
            setup(build) {
                build.onResolve({ filter: /^vscode$/ }, () => ({ path: 'vscode', namespace: 'stand-in' }));
                build.onResolve({ filter: /\/export\.js$/ }, args => (args.importer.endsWith('roadmap-panel.ts') ? { path: 'export', namespace: 'stand-in' } : undefined));
                build.onLoad({ filter: /.*/, namespace: 'stand-in' }, args => ({
                    contents: args.path === 'vscode' ? VSCODE_STAND_IN : 'export async function exportRoadmap() { return undefined; }', loader: 'js'
                }));
            }
        }]
    });
    return import(pathToFileURL(outfile).href);
}

/** VS Code's serializeWebviewMessage for extensions that target VS Code ≥ 1.57: typed arrays travel beside the JSON. */
function serializeWebviewMessage(message) {
    const buffers = [];
    const json = JSON.stringify(message, (_key, value) => {
        if (!ArrayBuffer.isView(value)) return value;
        buffers.push(new Uint8Array(value.buffer));
        return { $$vscode_array_buffer_reference$$: true, index: buffers.length - 1, view: { type: 2, byteLength: value.byteLength, byteOffset: value.byteOffset } };
    });
    return { json, buffers };
}

/** VS Code's webview frames: the workbench posts into the webview's host frame, which forwards to the inner frame. */
const WORKBENCH_HTML = `<!DOCTYPE html><html><body style="margin:0">
<iframe id="host" src="${WEBVIEW_ORIGIN}/host.html" style="border:0;width:${FRAME.width}px;height:${FRAME.height}px"></iframe>
<script>
const host = document.getElementById('host');
// deserializeWebviewMessage in VS Code's window, then the post into the webview's host frame (no transfer list at
// that hop: the bytes are cloned; the host frame transfers them to the inner frame).
window.deliver = async (json, urls) => {
    // The IPC's buffers (fetched from the bench: not timed).
    const received = await Promise.all(urls.map(async url => new Uint8Array(await (await fetch(url)).arrayBuffer())));
    const at = performance.timeOrigin + performance.now();
    const buffers = received.map(bytes => { const copy = new ArrayBuffer(bytes.byteLength); new Uint8Array(copy).set(bytes); return copy; });
    const message = JSON.parse(json, (_key, value) => value && typeof value === 'object' && value.$$vscode_array_buffer_reference$$
        ? (value.view ? new Uint8Array(buffers[value.index], value.view.byteOffset, value.view.byteLength) : buffers[value.index])
        : value);
    host.contentWindow.postMessage({ channel: 'message', message, transfer: buffers }, '${WEBVIEW_ORIGIN}');
    return at;
};
window.addEventListener('message', event => { if (event.origin === '${WEBVIEW_ORIGIN}') window.fromWebview(event.data); });
</script></body></html>`;

const HOST_HTML = `<!DOCTYPE html><html><body style="margin:0">
<iframe id="active-frame" src="${WEBVIEW_ORIGIN}/index.html" style="border:0;width:${FRAME.width}px;height:${FRAME.height}px"></iframe>
<script>
const frame = document.getElementById('active-frame');
window.addEventListener('message', event => {
    if (event.source === window.parent) frame.contentWindow.postMessage(event.data.message, '${WEBVIEW_ORIGIN}', event.data.transfer);
    else window.parent.postMessage(event.data, '${WORKBENCH_ORIGIN}');
});
</script></body></html>`;

/** The theme variables VS Code sets on a webview's document (Light Modern's values), which the 'vscode' theme of the picture uses. */
const THEME = `html {
    --vscode-font-family: system-ui, "Ubuntu", "Droid Sans", sans-serif; --vscode-font-size: 13px;
    --vscode-foreground: #3b3b3b; --vscode-descriptionForeground: #3b3b3b; --vscode-editor-background: #ffffff; --vscode-editor-foreground: #3b3b3b;
    --vscode-charts-blue: #1a85ff; --vscode-charts-green: #388a34; --vscode-charts-orange: #d18616; --vscode-charts-purple: #652d90; --vscode-charts-red: #e51400;
    --vscode-editorError-foreground: #e51400; --vscode-editorWarning-foreground: #bf8803; --vscode-editorInfo-foreground: #1a85ff;
    --vscode-editorIndentGuide-background1: #d3d3d3; --vscode-editorRuler-foreground: #d3d3d3; --vscode-editorWidget-background: #f8f8f8;
    --vscode-focusBorder: #005fb8; --vscode-panel-border: #e5e5e5; --vscode-textLink-foreground: #005fb8;
    --vscode-inputValidation-errorBackground: #f2dede; --vscode-inputValidation-infoBackground: #d6ecf2;
    --vscode-button-border: #0000001a; --vscode-button-secondaryBackground: #e5e5e5; --vscode-button-secondaryForeground: #3b3b3b;
    --vscode-button-secondaryHoverBackground: #cccccc; --vscode-checkbox-background: #f8f8f8;
    --vscode-dropdown-background: #ffffff; --vscode-dropdown-border: #cecece; --vscode-dropdown-foreground: #3b3b3b;
    background-color: var(--vscode-editor-background); color: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size);
}`;

/**
 * Like VS Code's acquireVsCodeApi: posts to the host frame. After a "rendered" report it also reports when the next
 * frame has been painted: a task queued from requestAnimationFrame runs once that frame's rendering is done.
 */
const VSCODE_API = `
const now = () => performance.timeOrigin + performance.now();
// Registered before the preview's own listener: when a message reaches the webview's document.
let arrived = 0;
window.addEventListener('message', () => { arrived = now(); });
window.acquireVsCodeApi = () => {
    let state;
    const post = data => window.parent.postMessage(data, '${WEBVIEW_ORIGIN}');
    return {
        postMessage(message) {
            post({ channel: 'onmessage', message });
            if (message.type !== 'rendered') return;
            const drawn = now();
            requestAnimationFrame(() => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => post({ channel: 'painted', version: message.version, arrived, drawn, at: now() });
                channel.port2.postMessage(0);
            });
        },
        setState(next) { state = next; post({ channel: 'do-update-state', state: JSON.stringify(next) }); return next; },
        getState() { return state; }
    };
};`;

/**
 * Opens the plan of `text` in the server and in a preview, then times `edits` edits (each waits for the previous
 * redraw, then `pauseMs` more, as someone who looks at the picture before the next edit; the panel throttles its
 * refreshes while edits come faster). Each edit changes one activity's duration in the middle of the plan (dates move,
 * the picture changes). `view`: the preview's view (messages.ts, PreviewView) remembered for the plan; default its default.
 * `screenshot`: a PNG file to save the preview to after the last edit.
 * Returns the edits, each in ms { total, build, wait, request, extension, serialise, webview = hops + draw + paint,
 * bytes }, and the mean CPU time per edit in ms of the server and of the window's main thread (the webview's frames
 * run in it: headless Chromium keeps them in one process).
 */
export async function measurePreviewRedraw({ text, edits, work, view, screenshot, pauseMs = 500, timeoutMs = 60_000, extension = EXTENSION_DEFAULT }) {
    const { RoadmapPanel } = await loadPanel(work, extension);
    const folder = path.join(work, 'preview');
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, 'plan.dtp');
    writeFileSync(file, text);
    const uri = pathToFileURL(file).toString();
    const client = new LspClient({ cwd: folder });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
        await client.initialize(folder);
        const page = await browser.newPage({ viewport: { width: FRAME.width, height: FRAME.height } });
        // The extension side: the panel, its webview's postMessage (stringify timed, then delivered to the window).
        const stamps = {};
        const pendingBuffers = new Map();
        let bufferCount = 0;
        const painted = [];
        const fromWebview = [];
        const webview = {
            html: '',
            cspSource: WEBVIEW_ORIGIN,
            asWebviewUri: uri => ({ toString: () => `${WEBVIEW_ORIGIN}/${path.relative(extension, uri.path)}` }),
            onDidReceiveMessage: listener => { fromWebview.push(listener); return { dispose() {} }; },
            postMessage: async message => {
                const posted = performance.now();
                const { json, buffers } = serializeWebviewMessage(message);
                const serialised = performance.now();
                const urls = buffers.map(bytes => {
                    const url = `${WORKBENCH_ORIGIN}/buffer/${++bufferCount}`;
                    pendingBuffers.set(url, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
                    return url;
                });
                const deliveredAt = await page.evaluate(([data, addresses]) => window.deliver(data, addresses), [json, urls]);
                if (message.type === 'roadmap') Object.assign(stamps, { posted, serialised, deliveredAt, bytes: json.length + buffers.reduce((sum, b) => sum + b.byteLength, 0), version: message.version });
                return true;
            }
        };
        const panel = { webview, title: '', iconPath: undefined, onDidDispose: () => ({ dispose() {} }), dispose() {} };
        const memento = new Map(view ? [[`dtp.preview.view:${uri}`, view]] : []);
        const languageClient = {
            sendRequest: async (method, params, token) => {
                stamps.requested = performance.now();
                const result = await client.connection.sendRequest(method, params, token);
                stamps.answered = performance.now();
                return result;
            }
        };
        const host = {
            extensionUri: { path: extension }, client: languageClient, ready: Promise.resolve(),
            memento: { get: key => memento.get(key), update: async (key, value) => { memento.set(key, value); } },
            today: () => '2027-09-01', disposed() {}
        };
        await page.route(`${WORKBENCH_ORIGIN}/**`, route => {
            const url = route.request().url();
            const buffer = pendingBuffers.get(url);
            pendingBuffers.delete(url);
            return buffer
                ? route.fulfill({ contentType: 'application/octet-stream', body: buffer, headers: { 'access-control-allow-origin': '*' } })
                : route.fulfill({ contentType: 'text/html', body: WORKBENCH_HTML });
        });
        await page.route(`${WEBVIEW_ORIGIN}/**`, route => {
            const url = new URL(route.request().url());
            if (url.pathname === '/host.html') return route.fulfill({ contentType: 'text/html', body: HOST_HTML });
            if (url.pathname === '/index.html') {
                // VS Code injects its API and the theme's variables into the webview's document ahead of the extension's.
                const nonce = /<script nonce="([^"]+)"/.exec(webview.html)?.[1] ?? '';
                const body = webview.html
                    .replace('<head>', `<head>\n<style nonce="${nonce}">${THEME}</style>`)
                    .replace('<script nonce=', `<script nonce="${nonce}">${VSCODE_API}</script>\n<script nonce=`);
                return route.fulfill({ contentType: 'text/html', body });
            }
            const asset = path.resolve(extension, `.${url.pathname}`);
            if (!asset.startsWith(path.join(extension, 'dist', 'webview'))) return route.fulfill({ status: 404, body: '' });
            return route.fulfill({ contentType: asset.endsWith('.css') ? 'text/css' : 'text/javascript', body: readFileSync(asset) });
        });
        let paintWaiter;
        await page.exposeFunction('fromWebview', data => {
            if (data.channel === 'onmessage') for (const listener of fromWebview) listener(data.message);
            if (data.channel === 'painted') {
                painted.push(data);
                paintWaiter?.(data);
            }
        });
        const nextPaint = version => new Promise((resolve, reject) => {
            const found = painted.find(p => p.version >= version);
            if (found) return resolve(found);
            const timer = setTimeout(() => reject(new Error(`the preview did not paint version ${version} within ${timeoutMs} ms`)), timeoutMs);
            paintWaiter = p => { if (p.version >= version) { clearTimeout(timer); paintWaiter = undefined; resolve(p); } };
        });

        // As RoadmapPreviews does: the server's change notification goes to the document's panel.
        let preview;
        client.connection.onNotification('dtp/roadmapChanged', params => {
            if (params.uri !== uri) return;
            if (params.version === stamps.editVersion && stamps.built === undefined) stamps.built = performance.now();
            preview?.scheduleRefresh();
        });
        await client.open(uri, text);
        await client.waitForDiagnostics(uri, () => true, 180_000, true);
        preview = new RoadmapPanel(panel, { toString: () => uri, path: file }, host);
        await page.goto(`${WORKBENCH_ORIGIN}/`);
        await nextPaint(1);

        // Edits: one activity's duration in the middle of the plan, one week longer, then back.
        const duration = /\bduration (\d+)w/g;
        duration.lastIndex = Math.floor(text.length / 2);
        const target = duration.exec(text);
        if (!target) throw new Error('no `duration <n>w` in the second half of the plan');
        const offset = target.index + 'duration '.length;
        const results = [];
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Performance.enable');
        const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find(metric => metric.name === 'TaskDuration').value;
        const before = { server: client.cpuSeconds(), webview: await taskSeconds() };
        for (let i = 0; i < edits; i++) {
            await new Promise(resolve => setTimeout(resolve, pauseMs));
            const old = /^\d+/.exec(client.text(uri).slice(offset))[0];
            const next = String(Number(target[1]) + (i % 2 === 0 ? 1 : 0));
            for (const key of Object.keys(stamps)) delete stamps[key];
            stamps.editVersion = client.documents.get(uri).version + 1;
            const sent = performance.now();
            const sentAt = performance.timeOrigin + sent;
            await client.editAt(uri, offset, old.length, next);
            const paint = await nextPaint(stamps.editVersion);
            const nodeTotal = stamps.posted - sent;
            const serialise = stamps.serialised - stamps.posted;
            const webviewMs = paint.at - stamps.deliveredAt;
            results.push({
                total: nodeTotal + serialise + webviewMs,
                build: stamps.built - sent,
                wait: stamps.requested - stamps.built,
                request: stamps.answered - stamps.requested,
                extension: stamps.posted - stamps.answered,
                serialise,
                webview: webviewMs,
                hops: paint.arrived - stamps.deliveredAt,
                draw: paint.drawn - paint.arrived,
                paint: paint.at - paint.drawn,
                bytes: stamps.bytes,
                clock: paint.at - sentAt
            });
        }
        if (screenshot) await page.screenshot({ path: screenshot });
        const cpu = { server: (client.cpuSeconds() - before.server) * 1000 / edits, webview: (await taskSeconds() - before.webview) * 1000 / edits };
        return { edits: results, cpu };
    } finally {
        await browser.close();
        await client.stop();
    }
}
