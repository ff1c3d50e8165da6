// The roadmap webview: draws the model the extension sends with the same pure renderer as the CLI (theme
// 'vscode', so colours follow the editor theme), in the view, filters and folds chosen in its toolbar, zooms by
// re-laying the picture out wider, reports what it drew, and turns clicks on bars into "reveal" requests (on a folded
// group's bar: unfolds it). Every text of ours goes through textContent; the SVG comes from the renderer, which escapes
// every user string.
import type { RoadmapModel } from '@dtp/roadmap';
import { renderSvg } from '@dtp/roadmap/render';
import type { Banner, FromWebview, PreviewView, ToWebview, WebviewState } from '../preview/messages.js';
import { DEFAULT_VIEW, decodeModel, isPreviewView, isWebviewState, renderOptionsOf } from '../preview/messages.js';
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
const viewSelect = document.querySelector<HTMLSelectElement>('select[data-control="view"]')!;
const phaseSelect = document.querySelector<HTMLSelectElement>('select[data-control="phase"]')!;
const ownerSelect = document.querySelector<HTMLSelectElement>('select[data-control="owner"]')!;
const criticalBox = document.querySelector<HTMLInputElement>('input[data-control="critical"]')!;
const linesBox = document.querySelector<HTMLInputElement>('input[data-control="lines"]')!;
const foldButton = document.querySelector<HTMLButtonElement>('button[data-action="fold"]')!;
// The toolbar's changing words, in the editor's language: the extension writes them on the toolbar (webview-html.ts).
const toolbarData = document.querySelector<HTMLElement>('.toolbar')?.dataset ?? {};
const words = {
    fold: toolbarData.fold ?? 'Fold',
    unfold: toolbarData.unfold ?? 'Unfold',
    allOwners: toolbarData.allOwners ?? 'All owners',
    unassigned: toolbarData.unassigned ?? 'Unassigned'
};

const saved = vscode.getState();
let state: WebviewState = isWebviewState(saved) ? saved : { uri: '', zoom: 1 };
let view: PreviewView = isPreviewView(state.view) ? state.view : DEFAULT_VIEW;
/** The picture shown: the roadmap message with its model parsed. */
let current: (Omit<Extract<ToWebview, { type: 'roadmap' }>, 'model'> & { model: RoadmapModel }) | undefined;
let highlighted: string | null = null;
let renderPending = false;

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
    const message = event.data;
    switch (message.type) {
        case 'roadmap':
            current = { ...message, model: decodeModel(message.model) };
            view = message.view;
            remember({ uri: message.uri, view });
            showBanner(message.banner);
            render();
            break;
        case 'view':
            view = message.view;
            remember({ view });
            render();
            break;
        case 'empty':
            current = undefined;
            remember({ uri: message.uri });
            showBanner(message.banner);
            container.replaceChildren(paragraph('placeholder', message.banner.text));
            vscode.postMessage({ type: 'rendered', bars: 0, version: -1, banner: message.banner.kind, statusDate: null, late: 0, view: view.view, lines: 0, folded: 0 });
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
    const { model, today, version, banner, locale } = current;
    // An owner who no longer owns anything (the text changed) would leave an empty picture: show everybody's work.
    if (view.owner && !ownersOf(model).some(owner => owner.toLowerCase() === view.owner!.toLowerCase())) view = { ...view, owner: null };
    syncControls(model);
    // The board is a slide: it keeps its 16:9 shape and fits the panel's width.
    const width = Math.round(fitWidth() * state.zoom);
    const svg = renderSvg(model, { ...renderOptionsOf(view), today, theme: 'vscode', width, locale });
    container.innerHTML = nonce ? svg.replace('<style>', `<style nonce="${nonce}">`) : svg;
    if (view.view === 'board') {
        const board = container.querySelector('svg');
        board?.setAttribute('width', String(width));
        board?.removeAttribute('height');
    }
    zoomLabel.textContent = `${Math.round(state.zoom * 100)}%`;
    if (highlighted) highlight(highlighted, false);
    const drawn = drawnIds();
    const folded = container.querySelectorAll('g.summary[data-group]').length;
    foldButton.textContent = folded > 0 ? words.unfold : words.fold;
    vscode.postMessage({
        type: 'rendered',
        bars: Math.min(drawn.length, model.activities.length),
        version,
        banner: banner?.kind ?? null,
        statusDate: model.programme.statusDate ?? null,
        late: lateAmong(model, drawn),
        view: view.view,
        lines: container.querySelectorAll('path.dep').length,
        folded
    });
}

/** The owners of the plan's work, sorted, with `Unassigned` last when some work has no owner. */
function ownersOf(model: RoadmapModel): string[] {
    const owners = new Set<string>();
    let unassigned = false;
    for (const activity of model.activities) {
        const owner = activity.owner?.trim();
        if (owner) owners.add(owner); else unassigned = true;
    }
    return [...[...owners].sort((a, b) => a.localeCompare(b)), ...(unassigned ? ['Unassigned'] : [])];
}

/** The toolbar shows the view: the choices, the owners of this plan, and what does not apply to a view disabled. */
function syncControls(model: RoadmapModel): void {
    viewSelect.value = view.view;
    phaseSelect.value = view.phase ?? '';
    const owners = ownersOf(model);
    const listed = [...ownerSelect.options].slice(1).map(option => option.value);
    if (listed.join('\n') !== owners.join('\n')) {
        ownerSelect.replaceChildren(option('', words.allOwners), ...owners.map(owner => option(owner, owner === 'Unassigned' ? words.unassigned : owner)));
    }
    ownerSelect.value = view.owner ?? '';
    criticalBox.checked = view.critical;
    const board = view.view === 'board';
    linesBox.checked = !board && (view.lines ?? view.view === 'detail');
    linesBox.disabled = board;
    linesBox.parentElement?.classList.toggle('disabled', board);
    foldButton.disabled = board;
}

function option(value: string, text: string): HTMLOptionElement {
    const element = document.createElement('option');
    element.value = value;
    element.textContent = text;
    return element;
}

/** A change made in the toolbar: draw it and tell the extension, which remembers it for the plan. */
function changeView(change: Partial<PreviewView>): void {
    view = { ...view, ...change };
    remember({ view });
    vscode.postMessage({ type: 'view', view });
    render();
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
    const element = event.target instanceof Element ? event.target : null;
    const summary = element?.closest('g.summary[data-group]');
    if (summary) {
        // Unfold this group; the others stay folded.
        const group = summary.getAttribute('data-group');
        const others = [...container.querySelectorAll('g.summary[data-group]')].map(g => g.getAttribute('data-group')!).filter(key => key !== group);
        changeView({ fold: others.length ? others : 'none' });
        return;
    }
    const id = element?.closest('g.activity[data-id]')?.getAttribute('data-id');
    if (id) vscode.postMessage({ type: 'reveal', id });
});

viewSelect.addEventListener('change', () => {
    const chosen = viewSelect.value;
    if (chosen === 'detail' || chosen === 'board' || chosen === 'owners') changeView({ view: chosen, fold: view.view === chosen ? view.fold : 'auto' });
});
phaseSelect.addEventListener('change', () => {
    const kind = phaseSelect.value;
    changeView({ phase: kind === 'initiation' || kind === 'foundation' || kind === 'improvement' || kind === 'continuous-improvement' ? kind : null });
});
ownerSelect.addEventListener('change', () => changeView({ owner: ownerSelect.value || null }));
criticalBox.addEventListener('change', () => changeView({ critical: criticalBox.checked }));
linesBox.addEventListener('change', () => changeView({ lines: linesBox.checked }));

document.querySelector('.toolbar')!.addEventListener('click', event => {
    const button = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    switch (button?.getAttribute('data-action')) {
        case 'zoom-in': zoomTo(state.zoom * ZOOM_STEP); break;
        case 'zoom-out': zoomTo(state.zoom / ZOOM_STEP); break;
        case 'zoom-reset': zoomTo(1); break;
        // The extension asks which format (the picture as shown, or the whole plan for other tools) and where.
        case 'export': vscode.postMessage({ type: 'export' }); break;
        case 'fold': changeView({ fold: container.querySelector('g.summary[data-group]') ? 'none' : 'all' }); break;
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
