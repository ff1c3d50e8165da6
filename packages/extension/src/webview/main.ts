// The roadmap webview: draws the model the extension sends with the same pure renderer as the CLI (theme
// 'vscode', so colours follow the editor theme), zooms by re-laying the picture out wider, reports what it drew,
// and turns clicks on bars into "reveal" requests. Every text of ours goes through textContent; the SVG comes from
// the renderer, which escapes every user string.
import { renderSvg, type RoadmapModel } from '@dtp/roadmap';
import type { Banner, FromWebview, ToWebview, WebviewState } from '../preview/messages.js';
import { isWebviewState } from '../preview/messages.js';
import './preview.css';

interface VsCodeApi {
    postMessage(message: FromWebview): void;
    getState(): unknown;
    setState(state: WebviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const MIN_ZOOM = 0.25;
const MAX_ZOOM = 8;
const ZOOM_STEP = 1.25;
/** Below this the lane titles leave the time axis no room; the default fits the panel but not narrower than this. */
const MIN_FIT_WIDTH = 560;
/** The horizontal padding of main.roadmap (preview.css) plus room for a vertical scroll bar. */
const FIT_MARGIN = 40;

const vscode = acquireVsCodeApi();
// The CSP admits inline styles only with this nonce; the renderer's <style> gets it when inserted.
const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';
const container = document.querySelector<HTMLElement>('main.roadmap')!;
const bannerElement = document.querySelector<HTMLElement>('.banner')!;
const zoomLabel = document.querySelector<HTMLElement>('.zoom-level')!;

const saved = vscode.getState();
let state: WebviewState = isWebviewState(saved) ? saved : { uri: '', zoom: 1 };
let current: Extract<ToWebview, { type: 'roadmap' }> | undefined;
let highlighted: string | null = null;
let renderPending = false;

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
    const message = event.data;
    switch (message.type) {
        case 'roadmap':
            current = message;
            remember({ uri: message.uri });
            showBanner(message.banner);
            render();
            break;
        case 'empty':
            current = undefined;
            remember({ uri: message.uri });
            showBanner(message.banner);
            container.replaceChildren(paragraph('placeholder', message.banner.text));
            vscode.postMessage({ type: 'rendered', bars: 0, version: -1, banner: message.banner.kind, statusDate: null, late: 0 });
            break;
        case 'highlight':
            highlight(message.id, true);
            break;
        default:
            assertNever(message);
    }
});

function render(): void {
    if (!current) return;
    const { model, today, version, banner } = current;
    const width = Math.round(fitWidth() * state.zoom);
    const svg = renderSvg(model, { today, theme: 'vscode', width });
    container.innerHTML = nonce ? svg.replace('<style>', `<style nonce="${nonce}">`) : svg;
    zoomLabel.textContent = `${Math.round(state.zoom * 100)}%`;
    if (highlighted) highlight(highlighted, false);
    const drawn = drawnIds();
    vscode.postMessage({
        type: 'rendered',
        bars: Math.min(drawn.length, model.activities.length),
        version,
        banner: banner?.kind ?? null,
        statusDate: model.programme.statusDate ?? null,
        late: lateAmong(model, drawn)
    });
}

/** Activities drawn: one `g.activity` group per activity that has a place in the picture. */
function drawnIds(): string[] {
    return [...container.querySelectorAll('g.activity[data-id]')].map(group => group.getAttribute('data-id')!);
}

/** How many of the drawn activities the forecast makes late. */
function lateAmong(model: RoadmapModel, drawn: readonly string[]): number {
    const late = new Set(model.activities.filter(activity => activity.health === 'late').map(activity => activity.id));
    return drawn.filter(id => late.has(id)).length;
}

function fitWidth(): number {
    return Math.max(MIN_FIT_WIDTH, document.documentElement.clientWidth - FIT_MARGIN);
}

function highlight(id: string | null, scroll: boolean): void {
    for (const element of container.querySelectorAll('.dtp-highlight')) element.classList.remove('dtp-highlight');
    highlighted = id;
    if (!id) return;
    const group = container.querySelector(`g.activity[data-id="${CSS.escape(id)}"]`);
    if (!group) return;
    group.classList.add('dtp-highlight');
    if (scroll) group.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function showBanner(banner: Banner | undefined): void {
    bannerElement.hidden = !banner;
    bannerElement.className = banner ? `banner ${banner.kind}` : 'banner';
    bannerElement.textContent = banner?.text ?? '';
}

function paragraph(className: string, text: string): HTMLParagraphElement {
    const element = document.createElement('p');
    element.className = className;
    element.textContent = text;
    return element;
}

function remember(change: Partial<WebviewState>): void {
    state = { ...state, ...change };
    vscode.setState(state);
}

/** Zooms about a point of the view (the mouse, or the middle), so what was under it stays under it. */
function zoomTo(zoom: number, anchorX = container.clientWidth / 2, anchorY = container.clientHeight / 2): void {
    const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
    if (next === state.zoom) return;
    const ratio = next / state.zoom;
    const scrollLeft = (container.scrollLeft + anchorX) * ratio - anchorX;
    const scrollTop = (container.scrollTop + anchorY) * ratio - anchorY;
    remember({ zoom: next });
    if (renderPending) return;
    renderPending = true;
    // One re-layout per frame however fast the wheel turns.
    requestAnimationFrame(() => {
        renderPending = false;
        render();
        container.scrollLeft = scrollLeft;
        container.scrollTop = scrollTop;
    });
}

container.addEventListener('wheel', event => {
    if (!event.ctrlKey) return;
    event.preventDefault();
    const bounds = container.getBoundingClientRect();
    zoomTo(state.zoom * (event.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP), event.clientX - bounds.left, event.clientY - bounds.top);
}, { passive: false });

container.addEventListener('click', event => {
    const target = event.target instanceof Element ? event.target.closest('g.activity[data-id]') : null;
    const id = target?.getAttribute('data-id');
    if (id) vscode.postMessage({ type: 'reveal', id });
});

document.querySelector('.toolbar')!.addEventListener('click', event => {
    const button = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    switch (button?.getAttribute('data-action')) {
        case 'zoom-in': zoomTo(state.zoom * ZOOM_STEP); break;
        case 'zoom-out': zoomTo(state.zoom / ZOOM_STEP); break;
        case 'zoom-reset': zoomTo(1); break;
        case 'export-svg': vscode.postMessage({ type: 'export', format: 'svg' }); break;
        case 'export-html': vscode.postMessage({ type: 'export', format: 'html' }); break;
    }
});

// The default width follows the panel: re-fit when it is resized (not when zoomed: that width is the user's).
let lastFit = fitWidth();
new ResizeObserver(() => {
    const fit = fitWidth();
    if (Math.abs(fit - lastFit) < 8) return;
    lastFit = fit;
    render();
}).observe(document.documentElement);

function assertNever(message: never): never {
    throw new Error(`Unknown message for the roadmap webview: ${JSON.stringify(message)}`);
}

vscode.postMessage({ type: 'ready' });
