// The roadmap as one self-contained HTML page: the SVG plus tooltips, zoom and pan, a phase filter and a
// light/dark toggle. No network: CSS and script are inline, allowed by a strict Content-Security-Policy through a
// nonce. Data for the script travels in a JSON block with `<` escaped; the script writes it with textContent only.
// Printed, the page drops its controls and prints the roadmap as landscape pages the width of the paper, cut between
// rows (never through a bar) with the title and time axis repeated on every page.
import { boardCss } from './board.js';
import { daysBetween, formatDuration, lastDay } from './dates.js';
import { escapeXml, jsonForScript } from './escape.js';
import type { RoadmapModel } from './model.js';
import { layoutRoadmap, type RoadmapLayout } from './layout.js';
import { renderSvgWith, type RenderOptions } from './svg.js';
import { paletteDeclarations, roadmapCss, variablePalette } from './theme.js';
import { isTracking, signedDays, spanText, trackingFacts, type TrackingFacts } from './tracking.js';
import { displayDate, phaseTitle, t, type Locale, type PlainMessageId } from './i18n/index.js';

export interface HtmlOptions extends RenderOptions {
    /**
     * CSP nonce for the inline style and script. Give a fresh random one when the page is served; by default it is
     * derived from the page's content, so an export is reproducible (a static file has no attacker-chosen inline code
     * to guess a nonce for: every user string is escaped).
     */
    nonce?: string;
}

export function renderHtml(model: RoadmapModel, options: HtmlOptions = {}): string {
    // A page is as wide as the browser: a slide's fixed size means nothing here (print has its own pages).
    options = { ...options, size: undefined };
    const svg = renderSvgWith(model, options, { palette: variablePalette(), omitStyle: true, canvasId: 'dtp-canvas' });
    const board = options.view === 'board';
    const pages = printPages(svg, board ? null : layoutRoadmap(model, options));
    const data = pageData(model, options);
    const json = jsonForScript(data);
    const nonce = options.nonce ?? contentNonce(svg + json);
    const locale: Locale = options.locale ?? 'en';
    const w$ = (id: PlainMessageId) => escapeXml(t(locale, id));
    const title = t(locale, 'render.title', { title: model.programme.title ?? model.programme.id });
    const themeAttribute = options.theme === 'dark' || options.theme === 'light' ? ` data-theme="${options.theme}"` : '';
    const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`;
    const phaseFilters = model.phases.map(phase =>
        `<label class="filter"><input type="checkbox" data-phase-filter="${phase.kind}" checked> ${escapeXml(phaseTitle(phase, locale))}</label>`).join('\n');
    return `<!DOCTYPE html>
<html lang="${w$('html.lang')}"${themeAttribute}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeXml(title)}</title>
<style nonce="${nonce}">
${PAGE_CSS}
${roadmapCss(variablePalette(), { tracking: isTracking(model), base: options.base !== undefined, views: true })}${board ? `\n${boardCss(variablePalette())}` : ''}
${PRINT_CSS}
</style>
</head>
<body>
<header class="toolbar">
<strong class="programme">${escapeXml(model.programme.title ?? model.programme.id)}</strong>
<fieldset class="filters"><legend>${w$('html.phases')}</legend>
${phaseFilters}
</fieldset>
<div class="buttons">
<button type="button" id="zoom-out" title="${w$('html.zoom-out')}">−</button>
<button type="button" id="zoom-reset" title="${w$('html.fit-title')}">${w$('html.fit')}</button>
<button type="button" id="zoom-in" title="${w$('html.zoom-in')}">+</button>
<button type="button" id="theme-toggle" title="${w$('html.theme-title')}">${w$('html.theme')}</button>
</div>
</header>
<main id="viewport" class="viewport" tabindex="0" aria-label="${w$('html.viewport')}">
${svg}</main>
${pages}
<div id="tooltip" class="tooltip" role="tooltip" hidden></div>
<script type="application/json" id="dtp-data">${json}</script>
<script nonce="${nonce}">
${PAGE_SCRIPT}
</script>
</body>
</html>
`;
}

/** Landscape paper (A4, A3: 1 : √2) less its margins, as height over width; a little less, for Letter and rounding. */
const PRINT_PAGE_RATIO = 0.66;

/**
 * The roadmap cut into pages for print: each page shows the header and time axis, then the next slice of rows that
 * fits at the paper's width. Slices end at row tops (the gaps between bars), so no bar is cut in two. Each slice is a
 * window (`<use>`) onto the one picture: no element is drawn twice into the file, and a phase hidden on screen is
 * hidden in print too.
 */
function printPages(svg: string, layout: RoadmapLayout | null): string {
    const size = /<svg [^>]*?width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg);
    if (!size) return '';
    const width = Number(size[1]);
    const height = Number(size[2]);
    const pageHeight = Math.floor(width * PRINT_PAGE_RATIO);
    const header = layout ? layout.chartTop : 0;
    const slices: [number, number][] = [];
    // A picture up to a third taller than a page prints smaller on one page rather than on two.
    const fit = !layout || height <= pageHeight * 1.35;
    if (fit) slices.push([0, height]);
    else {
        const cuts = new Set<number>([layout.chartBottom, layout.capabilityTop, layout.contentBottom, height]);
        for (const lane of layout.lanes) {
            cuts.add(lane.y);
            for (const item of lane.items) cuts.add(item.rowTop);
        }
        for (const row of layout.capabilityRows) cuts.add(row.y);
        const sorted = [...cuts].filter(cut => cut > header && cut <= height).sort((a, b) => a - b);
        // The first page shows the header where it is; every later one repeats it above its slice.
        let top = 0;
        while (top < height - 0.5) {
            let bottom = top + (top === 0 ? pageHeight : pageHeight - header);
            if (bottom < height) {
                const fitting = sorted.filter(cut => cut > top + 1 && cut <= bottom);
                if (fitting.length) bottom = fitting[fitting.length - 1];
            }
            bottom = Math.min(bottom, height);
            slices.push([top, bottom]);
            top = bottom;
        }
    }
    const n = (value: number) => String(Math.round(value * 10) / 10);
    const pages = slices.map(([top, bottom], index) => {
        const sliceHeight = bottom - top;
        const repeated = top > 0 && header > 0;
        const total = (repeated ? header : 0) + sliceHeight;
        const head = repeated ? `<svg x="0" y="0" width="${width}" height="${n(header)}" viewBox="0 0 ${width} ${n(header)}"><use href="#dtp-canvas"/></svg>` : '';
        const body = `<svg x="0" y="${repeated ? n(header) : 0}" width="${width}" height="${n(sliceHeight)}" viewBox="0 ${n(top)} ${width} ${n(sliceHeight)}"><use href="#dtp-canvas"/></svg>`;
        return `<svg class="print-page${fit && height > pageHeight ? ' fit-height' : ''} dtp-roadmap" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${n(total)}" data-page="${index + 1}" data-top="${n(top)}" data-bottom="${n(bottom)}">${head}${body}</svg>`;
    });
    return `<div class="print-pages" aria-hidden="true">\n${pages.join('\n')}\n</div>`;
}

interface PageActivity {
    label: string;
    kind: string;
    phase: string;
    dates: string;
    slack: string;
    critical: boolean;
    owner?: string;
    status?: string;
    provides: string[];
    requires: string[];
    problems: string[];
    /** With a status date: forecast and planned dates, variance, state, health and progress. */
    tracking?: TrackingFacts;
    /** With a base: its dates where they differ, e.g. `Base (v1): 2027-03-01 → … (moved +14 days)`. */
    base?: string;
}

function pageData(model: RoadmapModel, options: HtmlOptions): { activities: Record<string, PageActivity>; baseName?: string; words: Record<string, string> } {
    const locale: Locale = options.locale ?? 'en';
    const day = (date: string) => displayDate(locale, date);
    const baseActivities = options.base ? new Map(options.base.activities.map(a => [a.id, a])) : null;
    const problems = new Map<string, string[]>();
    for (const d of model.diagnostics ?? []) {
        if (!d.activityId) continue;
        const list = problems.get(d.activityId) ?? [];
        list.push(`${d.severity} ${d.code}: ${d.message}`);
        problems.set(d.activityId, list);
    }
    const activities: Record<string, PageActivity> = {};
    for (const a of model.activities) {
        let dates: string;
        if (!a.scheduled || !a.start) dates = t(locale, 'html.not-scheduled');
        else if (a.kind === 'milestone') dates = `◆ ${day(a.start)}`;
        else if (!a.end) dates = t(locale, 'span.from', { start: day(a.start) }) + (a.every ? `, ${t(locale, 'table.every', { every: formatDuration(a.every) })}` : '');
        else dates = `${day(a.start)} → ${day(lastDay(a.start, a.end))} (${t(locale, 'html.days', { days: daysBetween(a.start, a.end) })})`;
        activities[a.id] = {
            label: a.label, kind: a.kind, phase: a.phase, dates,
            slack: a.slack === null ? '—' : t(locale, 'html.days', { days: a.slack }), critical: a.critical,
            owner: a.owner, status: a.status ? `${a.status}${a.progress !== undefined ? ` (${a.progress}%)` : ''}` : a.progress !== undefined ? `${a.progress}%` : undefined,
            provides: a.provides, requires: a.requires, problems: problems.get(a.id) ?? []
        };
        const tracking = trackingFacts(model, a, locale);
        if (tracking) activities[a.id].tracking = tracking;
        const before = baseActivities?.get(a.id);
        if (baseActivities && a.scheduled && a.start) {
            if (!before) activities[a.id].base = t(locale, 'html.not-in-base');
            else if (before.scheduled && before.start && (before.start !== a.start || before.end !== a.end)) {
                const moved = before.end && a.end ? daysBetween(before.end, a.end) : daysBetween(before.start, a.start);
                activities[a.id].base = t(locale, 'html.moved', { span: spanText(before.start, before.end, a.kind === 'milestone', locale), moved: signedDays(moved, locale) });
            }
        }
    }
    // The tooltip's own words, for the page script (the plan's text travels as it is written).
    const words = Object.fromEntries((['id', 'forecast', 'planned', 'variance', 'state', 'done', 'health', 'dates', 'slack', 'critical', 'owner', 'status', 'provides', 'requires'] as const)
        .map(key => [key, t(locale, `html.tip.${key}`)]));
    const baseName = options.baseLabel ? t(locale, 'html.base-named', { label: options.baseLabel }) : t(locale, 'html.base');
    return options.base ? { activities, baseName, words } : { activities, words };
}

/** FNV-1a over the page content, as base64-ish text: stable per export, different between plans. */
function contentNonce(text: string): string {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
        h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    }
    return `dtp${h1.toString(36)}${h2.toString(36)}`;
}

const PAGE_CSS = `
:root{${paletteDeclarations('light')};color-scheme:light}
:root[data-theme=dark]{${paletteDeclarations('dark')};color-scheme:dark}
@media (prefers-color-scheme: dark){:root:not([data-theme=light]){${paletteDeclarations('dark')};color-scheme:dark}}
*{box-sizing:border-box}
body{margin:0;background:var(--dtp-background);color:var(--dtp-text);font:13px/1.4 'Segoe UI',system-ui,'DejaVu Sans',Helvetica,Arial,sans-serif}
.toolbar{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:12px;align-items:center;padding:8px 16px;background:var(--dtp-lane-stripe);border-bottom:1px solid var(--dtp-grid-major)}
.programme{font-size:15px;margin-right:auto}
.filters{display:flex;gap:10px;border:1px solid var(--dtp-grid-major);border-radius:6px;padding:2px 10px}
.filters legend{font-size:11px;color:var(--dtp-muted-text)}
.filter{white-space:nowrap;cursor:pointer}
.buttons{display:flex;gap:4px}
button{font:inherit;color:var(--dtp-text);background:var(--dtp-background);border:1px solid var(--dtp-grid-major);border-radius:6px;padding:3px 10px;cursor:pointer}
button:hover,button:focus-visible{border-color:var(--dtp-requires-arrow)}
.viewport{overflow:hidden;cursor:grab;outline:none;touch-action:none}
.viewport.panning{cursor:grabbing}
.viewport svg{display:block;width:100%;height:auto}
.activity{cursor:pointer}
.activity:hover .bar,.activity:focus .bar,.activity:hover .milestone,.activity:focus .milestone{filter:brightness(1.15);stroke:var(--dtp-text);stroke-width:2}
.activity:focus{outline:none}
.filtered-out{display:none}
.tooltip{position:fixed;z-index:3;max-width:360px;padding:8px 10px;border-radius:6px;pointer-events:none;background:var(--dtp-background);color:var(--dtp-text);border:1px solid var(--dtp-grid-major);box-shadow:0 4px 14px rgba(0,0,0,.25);font-size:12px}
.tooltip[hidden]{display:none}
.tooltip .tip-title{font-weight:bold;font-size:13px;margin-bottom:4px}
.tooltip .tip-row{display:flex;gap:8px}
.tooltip .tip-key{color:var(--dtp-muted-text);min-width:64px}
.tooltip .tip-problem{color:var(--dtp-error);margin-top:4px}
`;

// Paper: light colours whatever the screen's theme, no controls, the roadmap as pages the width of the paper. The
// picture itself stays in the document, hidden but not display:none, so its gradients still paint the pages' copies.
const PRINT_CSS = `
.print-pages{display:none}
@media print{
@page{size:landscape;margin:10mm}
:root,:root[data-theme=dark]{${paletteDeclarations('light')};color-scheme:light}
html,body{background:#fff}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.toolbar,.tooltip{display:none!important}
.viewport{position:absolute;top:0;left:0;width:1px;height:1px;overflow:hidden;visibility:hidden}
.print-pages{display:block}
.print-page{display:block;width:100%;height:auto;break-inside:avoid;page-break-inside:avoid;break-after:page;page-break-after:always}
.print-page:last-child{break-after:auto;page-break-after:auto}
.print-page.fit-height{width:auto;max-width:100%;height:98vh;margin:0 auto}
}
`;

// Plain ES2017 so it runs in any browser and webview without a build step; the data is read, never evaluated.
const PAGE_SCRIPT = `(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('dtp-data').textContent);
  var WORDS = data.words; // not W: the viewBox width below is W
  var root = document.documentElement;
  var viewport = document.getElementById('viewport');
  var svg = viewport.querySelector('svg');
  var tooltip = document.getElementById('tooltip');
  var full = svg.viewBox.baseVal;
  var W = full.width, H = full.height;
  var view = { x: 0, y: 0, w: W, h: H };
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  // Native <title> tooltips would double the rich one; keep them for the no-script case only.
  svg.querySelectorAll('.activity > title').forEach(function (t) { t.remove(); });
  svg.querySelectorAll('.activity').forEach(function (g) { g.setAttribute('tabindex', '0'); });

  function apply() { svg.setAttribute('viewBox', view.x + ' ' + view.y + ' ' + view.w + ' ' + view.h); }
  function clamp() {
    view.w = Math.min(W, Math.max(W / 16, view.w)); view.h = view.w * H / W;
    view.x = Math.min(W - view.w, Math.max(0, view.x)); view.y = Math.min(H - view.h, Math.max(0, view.y));
  }
  function zoom(factor, cx, cy) {
    var px = cx === undefined ? view.x + view.w / 2 : cx, py = cy === undefined ? view.y + view.h / 2 : cy;
    var w = view.w / factor;
    view.x = px - (px - view.x) * (w / view.w); view.y = py - (py - view.y) * (w / view.w); view.w = w;
    clamp(); apply();
  }
  function toSvg(evt) {
    var r = svg.getBoundingClientRect();
    return { x: view.x + (evt.clientX - r.left) / r.width * view.w, y: view.y + (evt.clientY - r.top) / r.height * view.h };
  }
  document.getElementById('zoom-in').addEventListener('click', function () { zoom(1.5); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoom(1 / 1.5); });
  document.getElementById('zoom-reset').addEventListener('click', function () { view = { x: 0, y: 0, w: W, h: H }; apply(); });
  viewport.addEventListener('wheel', function (evt) {
    if (!evt.ctrlKey && !evt.metaKey) return;
    evt.preventDefault();
    var p = toSvg(evt); zoom(evt.deltaY < 0 ? 1.2 : 1 / 1.2, p.x, p.y);
  }, { passive: false });
  viewport.addEventListener('keydown', function (evt) {
    if (evt.key === '+' || evt.key === '=') zoom(1.5);
    else if (evt.key === '-') zoom(1 / 1.5);
    else if (evt.key === '0') { view = { x: 0, y: 0, w: W, h: H }; apply(); }
  });
  var drag = null;
  viewport.addEventListener('pointerdown', function (evt) {
    if (view.w >= W) return;
    drag = { x: evt.clientX, y: evt.clientY, vx: view.x, vy: view.y };
    viewport.classList.add('panning'); viewport.setPointerCapture(evt.pointerId);
  });
  viewport.addEventListener('pointermove', function (evt) {
    if (!drag) return;
    var r = svg.getBoundingClientRect();
    view.x = drag.vx - (evt.clientX - drag.x) / r.width * view.w;
    view.y = drag.vy - (evt.clientY - drag.y) / r.height * view.h;
    clamp(); apply();
  });
  function endDrag() { drag = null; viewport.classList.remove('panning'); }
  viewport.addEventListener('pointerup', endDrag);
  viewport.addEventListener('pointercancel', endDrag);

  document.getElementById('theme-toggle').addEventListener('click', function () {
    var dark = root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
    root.dataset.theme = dark ? 'light' : 'dark';
  });

  document.querySelectorAll('[data-phase-filter]').forEach(function (box) {
    box.addEventListener('change', function () {
      var hidden = {};
      document.querySelectorAll('[data-phase-filter]').forEach(function (b) { if (!b.checked) hidden[b.getAttribute('data-phase-filter')] = true; });
      svg.querySelectorAll('.lane, .activity').forEach(function (el) { el.classList.toggle('filtered-out', !!hidden[el.getAttribute('data-phase')]); });
      svg.querySelectorAll('.dep').forEach(function (el) {
        var from = data.activities[el.getAttribute('data-from')], to = data.activities[el.getAttribute('data-to')];
        el.classList.toggle('filtered-out', !!(from && hidden[from.phase]) || !!(to && hidden[to.phase]));
      });
    });
  });

  function row(key, value) {
    var div = document.createElement('div'); div.className = 'tip-row';
    // Keys are the catalogue's words in the page's language (W); a base's name is shown as it is.
    var k = document.createElement('span'); k.className = 'tip-key'; k.textContent = WORDS[key] || key;
    var v = document.createElement('span'); v.textContent = value;
    div.appendChild(k); div.appendChild(v); return div;
  }
  function show(target, x, y) {
    var id = target.getAttribute('data-id'), a = data.activities[id];
    if (!a) return;
    tooltip.replaceChildren();
    var title = document.createElement('div'); title.className = 'tip-title'; title.textContent = a.label;
    tooltip.appendChild(title);
    tooltip.appendChild(row('id', id + ' · ' + a.kind.replace('-', ' ')));
    var t = a.tracking;
    if (t) {
      tooltip.appendChild(row('forecast', t.forecast));
      tooltip.appendChild(row('planned', t.planned));
      if (t.variance !== null) tooltip.appendChild(row('variance', t.variance));
      tooltip.appendChild(row('state', t.state + (t.progress !== null && t.state !== 'done' ? ' · ' + t.progress + ' ' + WORDS.done : '')));
      if (t.health) tooltip.appendChild(row('health', t.health));
    } else {
      tooltip.appendChild(row('dates', a.dates));
    }
    if (a.base) tooltip.appendChild(row(data.baseName, a.base));
    tooltip.appendChild(row('slack', a.slack + (a.critical ? ' · ' + WORDS.critical : '')));
    if (a.owner) tooltip.appendChild(row('owner', a.owner));
    if (a.status && !t) tooltip.appendChild(row('status', a.status));
    if (a.provides.length) tooltip.appendChild(row('provides', a.provides.join(', ')));
    if (a.requires.length) tooltip.appendChild(row('requires', a.requires.join(', ')));
    a.problems.forEach(function (p) { var d = document.createElement('div'); d.className = 'tip-problem'; d.textContent = p; tooltip.appendChild(d); });
    tooltip.hidden = false;
    var left = Math.min(x + 14, innerWidth - tooltip.offsetWidth - 8), top = y + 14;
    if (top + tooltip.offsetHeight > innerHeight - 8) top = Math.max(8, y - tooltip.offsetHeight - 10);
    tooltip.style.left = left + 'px'; tooltip.style.top = top + 'px';
  }
  svg.addEventListener('pointerover', function (evt) {
    var target = evt.target.closest && evt.target.closest('.activity');
    if (target) show(target, evt.clientX, evt.clientY); else tooltip.hidden = true;
  });
  svg.addEventListener('pointerleave', function () { tooltip.hidden = true; });
  svg.addEventListener('focusin', function (evt) {
    var target = evt.target.closest && evt.target.closest('.activity');
    if (!target) return;
    var r = target.getBoundingClientRect(); show(target, r.left, r.bottom);
  });
  svg.addEventListener('focusout', function () { tooltip.hidden = true; });
})();`;
