// The roadmap as a standalone SVG: time axis and gridlines, one lane per phase with its band, bars, milestones,
// dependency arrows, the critical path, capability readiness, progress, diagnostics, a today line and a legend. With a
// status date (tracking): forecast bars over ghosts of the plan, health marks, progress fills and a status-date line.
// Pure and deterministic: the same model and options give the same bytes. Every user string goes through escapeXml.
import { formatDuration, lastDay, daysBetween } from './dates.js';
import { escapeXml } from './escape.js';
import { renderBoard } from './board.js';
import { layoutRoadmap, METRICS, textWidth, type CapabilitySummaryLayout, type ClipLayout, type GhostLayout, type ItemLayout, type LaneLayout, type RoadmapLayout, type SummaryLayout } from './layout.js';
import type { Health, IsoDate, RoadmapActivity, RoadmapDiagnostic, RoadmapModel, Severity } from './model.js';
import { routeDependencies } from './route.js';
import { slide, type SizeName } from './slide.js';
import { palette, roadmapCss, type Palette, type ThemeName } from './theme.js';
import { HEALTH_SYMBOLS, healthCounts, healthWord, signedDays, spanText, trackingFacts } from './tracking.js';
import { PHASE_ORDER } from './model.js';
import { HEALTH_ORDER, PHASE_NAMES, type ViewOptions } from './view.js';
import { displayDate, monthNames, phaseName, phaseTitle, t, type Locale, type MessageId, type MessageParams } from './i18n/index.js';

export interface RenderOptions extends ViewOptions {
    /** Today's date (YYYY-MM-DD) for the today line; omitted: no line. */
    today?: IsoDate;
    /** Width in px; default 1600. */
    width?: number;
    theme?: ThemeName;
    /** CSP nonce for the SVG's own `<style>`, when the SVG is inlined into a page with a strict policy (a webview). */
    styleNonce?: string;
    /** An earlier version of the plan (e.g. at a git revision): each bar that moved since gets a ghost of its base dates. */
    base?: RoadmapModel;
    /** What the base is called in the legend and tooltips, e.g. the revision `v1.2` or `HEAD~3`. */
    baseLabel?: string;
    /** `slide`: a 16:9 picture of 1920 × 1080 with the roadmap scaled to fit; default: as wide as `width`, as tall as it needs. */
    size?: SizeName;
    /** The language of the picture's own words and dates (legend, Today, month names); the plan's text is drawn as written. Default en. */
    locale?: Locale;
}

/** What the HTML page needs besides the public options: its own palette (CSS variables). */
export interface SvgParts {
    palette?: Palette;
    /** Leave the stylesheet out (the page styles the SVG itself). */
    omitStyle?: boolean;
    /** An id for a group holding everything drawn, so the page can show slices of it (print pages) with `<use>`. */
    canvasId?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export function renderSvg(model: RoadmapModel, options: RenderOptions = {}): string {
    return renderSvgWith(model, options, {});
}

export function renderSvgWith(model: RoadmapModel, options: RenderOptions, parts: SvgParts): string {
    const colours = parts.palette ?? palette(options.theme ?? 'light');
    if (options.view === 'board' && options.size !== 'slide') return renderBoard(model, options, colours, parts);
    if (options.view === 'board') return slide(renderBoard(model, options, colours, parts), 1920, 1080, model, 'board');
    if (options.size === 'slide') {
        // Laid out at the width that gives the picture the slide's proportions (its height hardly depends on it), then fitted.
        const first = roadmapSvg(model, { ...options, size: undefined }, colours, parts);
        const width = Math.max(options.width ?? 1600, Math.min(8000, Math.round(first.height * 16 / 9)));
        const fitted = width === first.width ? first : roadmapSvg(model, { ...options, size: undefined, width }, colours, parts);
        return slide(fitted.svg, fitted.width, fitted.height, model, options.view ?? 'detail');
    }
    return roadmapSvg(model, options, colours, parts).svg;
}

function roadmapSvg(model: RoadmapModel, options: RenderOptions, colours: Palette, parts: SvgParts): { svg: string; width: number; height: number } {
    const layout = layoutRoadmap(model, options);
    const diagnostics = diagnosticsByActivity(model.diagnostics ?? []);
    const out: string[] = [];
    const locale = options.locale ?? 'en';
    const w$ = words(locale);
    const baseName = options.baseLabel ? w$('render.base-named', { label: options.baseLabel }) : w$('render.base');
    const context: ActivityContext = {
        model, tracking: layout.statusDate !== null,
        base: options.base ? new Map(options.base.activities.map(a => [a.id, a])) : null, baseName, locale
    };
    const legend = legendEntries(layout, baseName, locale);
    const height = Math.ceil(legend.bottom + METRICS.margin);
    const w = layout.width;
    out.push(
        `<svg xmlns="http://www.w3.org/2000/svg" class="dtp-roadmap" width="${w}" height="${height}" viewBox="0 0 ${w} ${height}"`,
        ` role="img" aria-labelledby="dtp-roadmap-title" data-programme="${escapeXml(model.programme.id)}"`,
        ` data-domain-start="${layout.domainStart}" data-domain-end="${layout.domainEnd}"`,
        ` data-chart-left="${layout.chartLeft}" data-chart-right="${layout.chartRight}" data-tick-unit="${layout.tickUnit}">\n`,
        `<title id="dtp-roadmap-title">${escapeXml(w$('render.title', { title: model.programme.title ?? model.programme.id }))}</title>\n`
    );
    out.push('<defs>\n');
    const nonce = options.styleNonce ? ` nonce="${escapeXml(options.styleNonce)}"` : '';
    const views = layout.view.name !== 'detail' || layout.capabilitySummary !== null || layout.view.window !== null || layout.lanes.some(lane => lane.summary);
    const features = { tracking: context.tracking, base: layout.hasBase, views };
    if (!parts.omitStyle) out.push(`<style${nonce}>\n${roadmapCss(colours, features)}\n</style>\n`);
    out.push(
        marker('dtp-arrow', ''), marker('dtp-arrow-requires', ' requires'), marker('dtp-arrow-critical', ' critical'),
        // Solid under the label (it may take most of the bar), fading out towards the right edge only after it.
        '<linearGradient id="dtp-fade" x1="0" x2="1" y1="0" y2="0"><stop offset="0" class="fade-stop-solid"/><stop offset="0.75" class="fade-stop-solid"/><stop offset="1" class="fade-stop-clear"/></linearGradient>\n',
        '<linearGradient id="dtp-open-band" x1="0" x2="1" y1="0" y2="0"><stop offset="0.55" class="open-band-solid"/><stop offset="1" class="open-band-clear"/></linearGradient>\n',
        '</defs>\n'
    );
    if (parts.canvasId) out.push(`<g id="${escapeXml(parts.canvasId)}">\n`);
    out.push(`<rect class="background" x="0" y="0" width="${w}" height="${height}"/>\n`);
    header(out, model, layout, locale);
    for (const lane of layout.lanes) laneBackground(out, lane, layout, model.diagnostics, locale);
    axis(out, layout, locale);
    todayLine(out, layout, locale); // under the bars, so it never strikes through a label
    statusLine(out, layout, locale);
    if (layout.view.lines) dependencies(out, layout, locale);
    out.push('<g class="activities">\n');
    for (const lane of layout.lanes) {
        if (lane.summary) summaryMarkup(out, lane, lane.summary, context);
        for (const item of lane.items) activityMarkup(out, item, diagnostics.get(item.activity.id), context);
    }
    out.push('</g>\n');
    capabilities(out, layout, locale);
    legendMarkup(out, legend.entries, locale);
    if (parts.canvasId) out.push('</g>\n');
    out.push('</svg>\n');
    return { svg: out.join(''), width: w, height };
}

const n = (value: number) => String(Math.round(value * 10) / 10);

/** The catalogue in the picture's language (i18n/); the plan's own text never goes through it. */
type Words = <K extends MessageId>(id: K, ...params: MessageParams<K>) => string;
const words = (locale: Locale): Words => (id, ...params) => t(locale, id, ...params);

/** An axis label in the picture's language: the layout names months in English (`Mar`, `Jan 2027`). */
const ENGLISH_MONTHS = monthNames('en');
function tickLabel(label: string, locale: Locale): string {
    const month = ENGLISH_MONTHS.indexOf(label.slice(0, 3));
    return locale === 'en' || month < 0 ? label : monthNames(locale)[month] + label.slice(3);
}

function marker(id: string, cls: string): string {
    return `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto">` +
        `<path class="arrowhead${cls}" d="M0,0 L10,5 L0,10 z"/></marker>\n`;
}

function header(out: string[], model: RoadmapModel, layout: RoadmapLayout, locale: Locale): void {
    const w$ = words(locale);
    const day = (date: IsoDate) => displayDate(locale, date);
    const p = model.programme;
    const span = w$('render.span', { forecast: !!p.statusDate, start: day(p.start), last: day(lastDay(p.start, p.end)) });
    const view = layout.view;
    // A partial picture says so first: how much of the plan it shows and what was left out.
    const count = view.shown < view.total ? w$('render.shown-of', { shown: view.shown, total: view.total, filter: view.filterText }) : w$('render.activities', { count: view.total });
    const folded = view.folded.size ? w$('render.folded', { all: view.foldedAll, count: view.folded.size, owners: view.name === 'owners' }) : '';
    const facts = [p.id, p.owner ? w$('render.owner', { owner: p.owner }) : '', view.name === 'owners' ? w$('render.by-owner') : '', span, count,
        model.criticalPath.length ? w$('render.critical-count', { count: model.criticalPath.length }) : '', folded, problemCounts(model.diagnostics ?? [], locale)].filter(Boolean).join('  ·  ');
    out.push('<g class="header">\n',
        `<text class="title" x="${METRICS.margin}" y="28">${escapeXml(p.title ?? p.id)}</text>\n`,
        `<text class="subtitle" x="${METRICS.margin}" y="48">${escapeXml(fit(facts, layout.width - 2 * METRICS.margin, 12))}</text>\n`);
    if (p.statusDate) {
        // The board's questions first: when does it end now, against the plan, and how much needs attention.
        const summary = fit(trackingSummary(model, locale), layout.width - 2 * METRICS.margin, 12);
        out.push(`<text class="subtitle tracking-summary" x="${METRICS.margin}" y="${48 + METRICS.summaryLineHeight}">${escapeXml(summary)}</text>\n`);
    }
    const today = layout.today;
    if (today && today.position !== 'inside') {
        const note = w$('render.today-outside', { date: day(today.date), before: today.position === 'before' });
        out.push(`<text class="note today-note" x="${layout.chartRight}" y="48" text-anchor="end">${escapeXml(note)}</text>\n`);
    }
    out.push('</g>\n');
}

/** `Status date … · forecast end … (planned …, +42 days) · ✖ 4 late · ▲ 1 at risk · ● 5 on track · ✓ 6 done`. */
function trackingSummary(model: RoadmapModel, locale: Locale): string {
    const w$ = words(locale);
    const day = (date: IsoDate) => displayDate(locale, date);
    const p = model.programme;
    const plannedEnd = p.planned?.end;
    const moved = plannedEnd ? daysBetween(plannedEnd, p.end) : 0;
    const end = w$('render.forecast-end', {
        end: day(lastDay(p.start, p.end)), planned: plannedEnd ? day(lastDay(p.planned?.start ?? p.start, plannedEnd)) : undefined, moved: signedDays(moved, locale)
    });
    const counts = healthCounts(model);
    const health = (['late', 'at-risk', 'on-track', 'done'] as const).filter(h => counts[h]).map(h => `${HEALTH_SYMBOLS[h]} ${counts[h]} ${healthWord(h, locale)}`);
    return [w$('render.status-date', { date: day(p.statusDate ?? '') }), end, ...health].join('  ·  ');
}

function laneBackground(out: string[], lane: LaneLayout, layout: RoadmapLayout, diagnostics: RoadmapDiagnostic[] | undefined, locale: Locale): void {
    const w$ = words(locale);
    const day = (date: IsoDate) => displayDate(locale, date);
    const phase = lane.phase;
    const kind = lane.kind;
    const attributes = kind ? ` class="lane phase-${kind}" data-phase="${kind}"` : ` class="lane owner-lane" data-owner="${escapeXml(lane.key)}"`;
    out.push(`<g${attributes}${lane.summary ? ' data-folded="true"' : ''}>\n`);
    if (layout.lanes.indexOf(lane) % 2 === 1) {
        out.push(`<rect class="lane-stripe" x="${METRICS.margin}" y="${n(lane.y)}" width="${n(layout.chartRight - METRICS.margin)}" height="${n(lane.height)}"/>\n`);
    }
    if (lane.band && kind) {
        const { x0, x1, openEnded } = lane.band;
        const span = phase?.start ? (phase.end && !openEnded ? `${day(phase.start)} → ${day(lastDay(phase.start, phase.end))}` : w$('render.from-no-end', { start: day(phase.start) })) : '';
        out.push(`<rect class="band band-${kind}${openEnded ? ' band-open' : ''}" data-phase="${kind}" data-start="${phase?.start ?? ''}" data-end="${phase?.end ?? ''}"`,
            ` x="${n(x0)}" y="${n(lane.y + 2)}" width="${n(Math.max(1, x1 - x0))}" height="${n(lane.height - 4)}" rx="4">`,
            `<title>${escapeXml(`${phase ? phaseTitle(phase, locale) : phaseName(kind, locale)}: ${span}`)}</title></rect>\n`);
        out.push(`<line class="band-edge" x1="${n(x0)}" x2="${n(x0)}" y1="${n(lane.y + 2)}" y2="${n(lane.y + lane.height - 2)}"/>\n`);
        if (!openEnded) out.push(`<line class="band-edge" x1="${n(x1)}" x2="${n(x1)}" y1="${n(lane.y + 2)}" y2="${n(lane.y + lane.height - 2)}"/>\n`);
    }
    const labelRoom = METRICS.gutter - 12;
    const name = fit(kind && phase ? phaseTitle(phase, locale) : lane.title, labelRoom, 13);
    let meta: string;
    let dates: string;
    if (kind) {
        // The kind is worth a line only when the phase's own label does not already say it.
        // (In English or Dutch: a plan labelled "Initiatiefase" needs no "Initiation" under it, nor the other way round.)
        const label = (phase?.label ?? '').toLowerCase();
        const kindName = label === PHASE_NAMES[kind].toLowerCase() || label === phaseName(kind, locale).toLowerCase() ? '' : phaseName(kind, locale);
        meta = [kindName, phase?.intensity ? w$('render.intensity', { intensity: phase.intensity }) : ''].filter(Boolean).join(' · ');
        dates = phase?.start ? (phase.end && !phase.openEnded ? `${day(phase.start)} → ${day(lastDay(phase.start, phase.end))}` : w$('render.from-ongoing', { start: day(phase.start) })) : w$('render.not-scheduled');
    } else {
        const count = lane.summary?.count ?? lane.items.length;
        meta = w$('render.count.activities', { count });
        dates = lane.health ? healthLine(lane.health, locale) : '';
    }
    // A folded lane is one row high: its second line says what the bar stands for.
    if (lane.summary && lane.height < 66) meta = kind ? w$('render.folded-count', { count: lane.summary.count }) : w$('render.folded-meta', { meta });
    const top = lane.y + METRICS.lanePadding;
    out.push(`<text class="lane-label" x="${METRICS.margin}" y="${n(top + 14)}">${escapeXml(name)}</text>\n`);
    if ((lane.height >= 52 || lane.summary) && meta) out.push(`<text class="lane-meta" x="${METRICS.margin}" y="${n(top + 29)}">${escapeXml(fit(meta, labelRoom, 11))}</text>\n`);
    if (lane.height >= 66 && dates) out.push(`<text class="lane-meta" x="${METRICS.margin}" y="${n(top + 43)}">${escapeXml(fit(dates, labelRoom, 11))}</text>\n`);
    const problems = kind ? (diagnostics ?? []).filter(d => d.phase === kind && !d.activityId) : [];
    if (problems.length) out.push(badge(problems, layout.chartLeft - 14, top + 10, ` data-phase="${kind}"`));
    out.push(`<line class="lane-divider" x1="${METRICS.margin}" x2="${n(layout.chartRight)}" y1="${n(lane.y + lane.height)}" y2="${n(lane.y + lane.height)}"/>\n`);
    out.push('</g>\n');
}

/** `✖ 1 late · ▲ 2 at risk · ● 5 on track · ✓ 3 done`, worst first, leaving out what does not occur. */
function healthLine(counts: Record<Health, number>, locale: Locale): string {
    return HEALTH_ORDER.filter(h => counts[h]).map(h => `${HEALTH_SYMBOLS[h]} ${counts[h]} ${healthWord(h, locale)}`).join(' · ');
}

function axis(out: string[], layout: RoadmapLayout, locale: Locale): void {
    out.push(`<g class="axis" data-unit="${layout.tickUnit}">\n`);
    const bottom = layout.contentBottom;
    for (const tick of layout.ticks) {
        out.push(`<line class="grid${tick.major ? ' major' : ''}" data-date="${tick.date}" x1="${n(tick.x)}" x2="${n(tick.x)}" y1="${layout.axisY + 4}" y2="${n(bottom)}"/>\n`);
    }
    // A label is left out when it would run into the one before it (a wide `Jan 2027`) or off the picture.
    let lastRight = -Infinity;
    for (const tick of layout.ticks) {
        const label = tickLabel(tick.label, locale);
        const width = textWidth(label, 11) * (tick.major ? 1.1 : 1);
        const left = tick.x + 4;
        if (left < lastRight + 6 || left + width > layout.width - METRICS.margin) continue;
        lastRight = left + width;
        out.push(`<text class="tick-label${tick.major ? ' major' : ''}" x="${n(tick.x + 4)}" y="${layout.axisY + 20}">${escapeXml(label)}</text>\n`);
    }
    out.push('</g>\n');
}

function dependencies(out: string[], layout: RoadmapLayout, locale: Locale): void {
    const w$ = words(locale);
    out.push('<g class="dependencies">\n');
    const model = layout.view.model;
    // Arrow tooltips help on a plan people read arrow by arrow; on a huge plan they would only weigh the file down.
    const titled = model.dependencies.length <= 2000;
    for (const { dependency: dep, d } of routeDependencies(layout, model.dependencies)) {
        const kind = dep.type === 'requires' ? 'requires' : 'after';
        const markerId = dep.critical ? 'dtp-arrow-critical' : dep.type === 'requires' ? 'dtp-arrow-requires' : 'dtp-arrow';
        const what = () => dep.type === 'requires'
            ? w$('render.dep-requires', { to: dep.to, capability: dep.capability, from: dep.from })
            : w$('render.dep-after', { to: dep.to, from: dep.from, offset: dep.offsetDays ?? 0 });
        const title = titled ? `<title>${escapeXml(what())}</title>` : '';
        out.push(`<path class="dep ${kind}${dep.critical ? ' critical' : ''}" data-from="${escapeXml(dep.from)}" data-to="${escapeXml(dep.to)}" d="${d}" marker-end="url(#${markerId})">${title}</path>\n`);
    }
    out.push('</g>\n');
}

/** A folded group: one bar over its members' span, their count inside, health counts and progress after it. */
function summaryMarkup(out: string[], lane: LaneLayout, s: SummaryLayout, context: ActivityContext): void {
    const phaseClass = lane.kind ? ` phase-${lane.kind}` : ' summary-owner-group';
    const health = HEALTH_ORDER.filter(h => s.health[h]);
    const w$ = words(context.locale);
    const day = (date: IsoDate) => displayDate(context.locale, date);
    const title = [w$('render.summary.folded', { title: s.title, count: s.count }),
        s.start ? (s.openEnded ? w$('render.from-no-end', { start: day(s.start) }) : s.end ? `${day(s.start)} → ${day(lastDay(s.start, s.end))}` : day(s.start)) : w$('render.not-scheduled'),
        s.planned ? w$('render.tip.planned', { value: `${day(s.planned.start)} → ${s.planned.end ? day(lastDay(s.planned.start, s.planned.end)) : '…'}` }) : '',
        context.tracking && health.length ? healthLine(s.health, context.locale) : '',
        s.progress !== null ? w$('render.summary.progress', { progress: s.progress }) : '',
        w$('render.summary.unfold')].filter(Boolean).join('\n');
    out.push(`<g class="summary${phaseClass}" data-group="${escapeXml(s.key)}" data-count="${s.count}">`,
        `<title>${escapeXml(title)}</title>\n`);
    if (s.planned) {
        const g = s.planned;
        out.push(`<rect class="ghost ghost-planned" data-start="${g.start}" data-end="${g.end ?? ''}" x="${n(g.x0)}" y="${n(g.y)}" width="${n(Math.max(1, g.x1 - g.x0))}" height="${METRICS.ghostHeight}" rx="1"/>\n`);
    }
    const h = METRICS.barHeight;
    const w = Math.max(1, s.x1 - s.x0);
    out.push(`<rect class="bar summary-bar${lane.kind ? '' : ' summary-owner'}${s.openEnded ? ' recurring' : ''}" data-start="${s.start ?? ''}" data-end="${s.end ?? ''}" x="${n(s.x0)}" y="${n(s.y)}" width="${n(w)}" height="${h}" rx="3"/>\n`);
    // An owner's work in each phase, as a strip in the phase's colour along the bar's foot: the view is coloured by phase.
    for (const segment of s.segments) {
        const x0 = Math.max(s.x0, segment.x0);
        const x1 = Math.min(s.x1, segment.x1);
        if (x1 <= x0) continue;
        out.push(`<g class="phase-${segment.kind}"><rect class="bar summary-segment" data-phase="${segment.kind}" x="${n(x0)}" y="${n(s.y + h - 4)}" width="${n(Math.max(1, x1 - x0))}" height="4"/></g>\n`);
    }
    if (s.progress !== null && s.progress > 0) {
        out.push(`<rect class="progress-fill" data-progress="${s.progress}" x="${n(s.x0)}" y="${n(s.y)}" width="${n(Math.max(2, (w * s.progress) / 100))}" height="${h}" rx="3"/>\n`);
    }
    // The summary's brackets, as in a project plan: it stands for many bars.
    out.push(`<path class="summary-caps" d="M${n(s.x0)},${n(s.y + h)} v5 l5,-5 Z${s.openEnded ? '' : ` M${n(s.x0 + w)},${n(s.y + h)} v5 l-5,-5 Z`}"/>\n`);
    if (s.clip) clipMarks(out, s.x0, s.x1, s.y, s.clip);
    const label = s.label;
    if (label.text) {
        out.push(`<text class="label summary-label${label.inside ? ' inside' : ''}" x="${n(label.x)}" y="${n(s.cy + 4)}">${escapeXml(label.text)}</text>\n`);
    }
    for (const mark of s.marks) {
        out.push(healthMark(mark.health, mark.x, s.cy).replace('/>', ` data-count="${mark.count}"/>`));
        out.push(`<text class="pct summary-count" x="${n(mark.x + METRICS.markWidth / 2 + 3)}" y="${n(s.cy + 3.5)}">${mark.count}</text>\n`);
    }
    out.push('</g>\n');
}

/** Where the date window cut a bar: a notch in the background colour at the cut end. */
function clipMarks(out: string[], x0: number, x1: number, y: number, clip: ClipLayout): void {
    const h = METRICS.barHeight;
    if (clip.start) out.push(`<path class="clip-mark" d="M${n(x0)},${n(y)} l5,${h / 2} l-5,${h / 2} Z"/>\n`);
    if (clip.end) out.push(`<path class="clip-mark" d="M${n(x1)},${n(y)} l-5,${h / 2} l5,${h / 2} Z"/>\n`);
}

interface ActivityContext {
    model: RoadmapModel;
    tracking: boolean;
    base: Map<string, RoadmapActivity> | null;
    baseName: string;
    locale: Locale;
}

function activityMarkup(out: string[], item: ItemLayout, diagnostics: RoadmapDiagnostic[] | undefined, context: ActivityContext): void {
    const a = item.activity;
    const tracking = context.tracking;
    // When tracking, the state (from the facts) replaces the written status, whose faded look would fight the fill.
    const stateClass = tracking ? `state-${a.state ?? a.status ?? 'planned'}` : a.status ? `status-${a.status}` : '';
    const classes = [a.critical ? 'critical' : '', a.kind === 'transformation-plan' ? 'transformation-plan' : '',
        stateClass, item.shape === 'recurring' ? 'recurring' : '', item.shape === 'unscheduled' ? 'unscheduled' : '',
        diagnostics ? `has-${diagnostics[0].severity}` : ''].filter(Boolean).join(' ');
    const id = escapeXml(a.id);
    const health = tracking && a.health ? ` data-health="${a.health}"` : '';
    out.push(`<g class="activity phase-${a.phase}${classes ? ` ${classes}` : ''}" data-id="${id}" data-phase="${a.phase}"${health}>`,
        `<title>${escapeXml(tooltip(a, diagnostics, context))}</title>\n`);
    const h = METRICS.barHeight;
    // Ghosts first: earlier versions of the dates lie under the bar, never over it.
    const mx = (item.x0 + item.x1) / 2;
    if (item.planned) ghostMarkup(out, 'planned', item.planned, item.shape === 'milestone', mx);
    if (item.base) ghostMarkup(out, 'base', item.base, item.shape === 'milestone', mx);
    if (item.shape === 'milestone') {
        const cx = (item.x0 + item.x1) / 2;
        const r = METRICS.milestoneHalf;
        out.push(`<path class="milestone${a.critical ? ' critical' : ''}" data-id="${id}" data-start="${a.start}" d="M${n(cx)},${n(item.cy - r)} L${n(cx + r)},${n(item.cy)} L${n(cx)},${n(item.cy + r)} L${n(cx - r)},${n(item.cy)} Z"/>\n`);
    } else {
        const barClasses = ['bar', classes].filter(Boolean).join(' ');
        const dates = item.shape === 'unscheduled' ? '' : ` data-start="${a.start}" data-end="${a.end ?? ''}"`;
        out.push(`<rect class="${barClasses}" data-id="${id}"${dates} x="${n(item.x0)}" y="${n(item.y)}" width="${n(Math.max(1, item.x1 - item.x0))}" height="${h}" rx="3"/>\n`);
        const track = item.track;
        if (track) {
            // The finished part of the bar, full height: the bar fills up as work gets done.
            if (track.progress !== null && track.progress > 0) {
                const pw = Math.max(2, ((item.x1 - item.x0) * track.progress) / 100);
                out.push(`<rect class="progress-fill" data-progress="${track.progress}" x="${n(item.x0)}" y="${n(item.y)}" width="${n(pw)}" height="${h}" rx="3"/>\n`);
            }
        } else {
            const progress = a.progress ?? (a.status === 'done' ? 100 : undefined);
            if (item.shape === 'bar' && progress !== undefined && progress > 0) {
                const pw = ((item.x1 - item.x0) * Math.min(100, progress)) / 100;
                out.push(`<rect class="progress" data-progress="${progress}" x="${n(item.x0)}" y="${n(item.y + h - 5)}" width="${n(pw)}" height="5" rx="1"/>\n`);
            }
        }
        for (const occurrence of item.occurrences) {
            out.push(`<line class="tick-mark" data-date="${occurrence.date}" x1="${n(occurrence.x)}" x2="${n(occurrence.x)}" y1="${n(item.y - 3)}" y2="${n(item.y + h + 3)}"/>\n`);
        }
    }
    if (item.label.text) {
        const labelClass = ['label', item.label.inside ? 'inside' : '', a.critical ? 'critical' : ''].filter(Boolean).join(' ');
        const anchor = item.label.anchor === 'end' ? ' text-anchor="end"' : '';
        out.push(`<text class="${labelClass}" x="${n(item.label.x)}" y="${n(item.cy + 4)}"${anchor}>${escapeXml(item.label.text)}</text>\n`);
    }
    const track = item.track;
    if (track?.progressText) {
        const anchor = track.progressAnchor === 'end' ? ' text-anchor="end"' : '';
        out.push(`<text class="pct${track.progressInside ? ' inside' : ''}" x="${n(track.progressX)}" y="${n(item.cy + 3.5)}"${anchor}>${escapeXml(track.progressText)}</text>\n`);
    }
    if (track?.health) out.push(healthMark(track.health, track.markX, item.cy));
    if (item.clip) clipMarks(out, item.x0, item.x1, item.y, item.clip);
    if (diagnostics) out.push(badge(diagnostics, item.x0, item.y, ''));
    out.push('</g>\n');
}

/** A ghost strip (or a small diamond for a milestone) under the bar: the plan's dates, or the base version's. */
function ghostMarkup(out: string[], kind: 'planned' | 'base', g: GhostLayout, milestone: boolean, forecastX: number): void {
    const hh = METRICS.ghostHeight;
    const data = ` data-start="${g.start}" data-end="${g.end ?? ''}"`;
    if (milestone) {
        const cx = (g.x0 + g.x1) / 2;
        const cy = g.y + hh / 2;
        const r = hh * 0.9;
        // A milestone's old date can lie far from its diamond: a faint line leads from one to the other.
        if (Math.abs(cx - forecastX) > 2 * r) {
            const toward = forecastX > cx ? forecastX - METRICS.milestoneHalf / 2 : forecastX + METRICS.milestoneHalf / 2;
            out.push(`<path class="ghost-link ghost-link-${kind}" d="M${n(cx + (forecastX > cx ? r : -r))},${n(cy)} H${n(toward)}"/>\n`);
        }
        out.push(`<path class="ghost ghost-${kind} ghost-milestone"${data} d="M${n(cx)},${n(cy - r)} L${n(cx + r)},${n(cy)} L${n(cx)},${n(cy + r)} L${n(cx - r)},${n(cy)} Z"/>\n`);
        return;
    }
    const w = Math.max(1, g.x1 - g.x0);
    if (kind === 'planned') {
        out.push(`<rect class="ghost ghost-planned"${data} x="${n(g.x0)}" y="${n(g.y)}" width="${n(w)}" height="${hh}" rx="1"/>\n`);
    } else {
        // A bracket, not a bar: the base's span with end caps, so it never reads as a second plan.
        out.push(`<path class="ghost ghost-base"${data} d="M${n(g.x0)},${n(g.y)} V${n(g.y + hh)} M${n(g.x0)},${n(g.y + hh / 2)} H${n(g.x0 + w)} M${n(g.x0 + w)},${n(g.y)} V${n(g.y + hh)}"/>\n`);
    }
}

/**
 * Health as a shape and a colour, never colour alone: ✓ done, ● on track, ▲ at risk, ✖ late. One filled outline per
 * mark, whose background-coloured stroke under the fill (paint-order) is the halo that keeps it clear of lines and
 * bands; the activity's tooltip names the health.
 */
function healthMark(health: Health, cx: number, cy: number): string {
    return `<path class="health health-${health}" data-health="${health}" d="${healthPath(health, cx, cy)}"/>\n`;
}

function healthPath(health: Health, cx: number, cy: number): string {
    if (health === 'on-track') {
        const r = 4.75;
        return `M${n(cx - r)},${n(cy)} A${r},${r} 0 1 0 ${n(cx + r)},${n(cy)} A${r},${r} 0 1 0 ${n(cx - r)},${n(cy)} Z`;
    }
    return 'M' + HEALTH_OUTLINES[health].map(([dx, dy]) => `${n(cx + dx)},${n(cy + dy)}`).join(' L') + ' Z';
}

/** Corner offsets from the mark's centre of the outlined shapes (the disc of on-track is an arc). */
const HEALTH_OUTLINES: Record<Exclude<Health, 'on-track'>, [number, number][]> = {
    'done': thickPolyline([[-4.6, 0.2], [-1.6, 3.3], [4.6, -3.9]], 1.3),
    'at-risk': [[0, -5.8], [5.8, 4.6], [-5.8, 4.6]],
    // A plus of arms 5 long and 3 wide, turned 45°.
    'late': ([[1.5, 5], [-1.5, 5], [-1.5, 1.5], [-5, 1.5], [-5, -1.5], [-1.5, -1.5], [-1.5, -5], [1.5, -5], [1.5, -1.5], [5, -1.5], [5, 1.5], [1.5, 1.5]] as [number, number][])
        .map(([x, y]) => [(x - y) * Math.SQRT1_2, (x + y) * Math.SQRT1_2] as [number, number])
};

/** The outline of a three-point line `half` thick on either side, mitred at the bend: a tick that can be filled. */
function thickPolyline([a, b, c]: [number, number][], half: number): [number, number][] {
    const normal = (p: [number, number], q: [number, number]): [number, number] => {
        const length = Math.hypot(q[0] - p[0], q[1] - p[1]);
        return [-(q[1] - p[1]) / length, (q[0] - p[0]) / length];
    };
    const n0 = normal(a, b);
    const n1 = normal(b, c);
    const mx = n0[0] + n1[0];
    const my = n0[1] + n1[1];
    const scale = half / (mx * n0[0] + my * n0[1]); // so the mitre point lies `half` from both edges
    const side = (sign: number): [number, number][] => [
        [a[0] + sign * half * n0[0], a[1] + sign * half * n0[1]],
        [b[0] + sign * scale * mx, b[1] + sign * scale * my],
        [c[0] + sign * half * n1[0], c[1] + sign * half * n1[1]]
    ];
    return [...side(1), ...side(-1).reverse()];
}

/** A round error/warning/info mark with every message in its tooltip; `problems` sorted worst first. */
function badge(problems: RoadmapDiagnostic[], x: number, y: number, attributes: string): string {
    const sorted = [...problems].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    const worst = sorted[0].severity;
    return `<g class="badge-group" data-severity="${worst}"${attributes}><title>${escapeXml(sorted.map(d => `${d.severity} ${d.code}: ${d.message}`).join('\n'))}</title>` +
        `<circle class="badge ${worst}" cx="${n(x)}" cy="${n(y)}" r="7"/>` +
        `<text class="badge-text" x="${n(x)}" y="${n(y + 3.5)}" text-anchor="middle">${worst === 'error' ? '×' : worst === 'warning' ? '!' : 'i'}</text></g>\n`;
}

function tooltip(a: RoadmapActivity, diagnostics: RoadmapDiagnostic[] | undefined, context: ActivityContext): string {
    const { locale } = context;
    const w$ = words(locale);
    const day = (date: IsoDate) => displayDate(locale, date);
    const lines = [`${a.label} (${a.id}) — ${w$(`render.kind.${a.kind}`)}`];
    const tracked = trackingFacts(context.model, a, locale);
    if (!a.scheduled || !a.start) lines.push(w$('render.tip.not-scheduled'));
    else if (tracked) {
        const mark = a.kind === 'milestone' ? '◆ ' : '';
        lines.push(w$('render.tip.forecast', { value: `${mark}${tracked.forecast}` }), w$('render.tip.planned', { value: `${mark}${tracked.planned}` }));
        if (tracked.variance !== null) lines.push(w$('render.tip.variance', { value: tracked.variance }));
        const state = [w$('render.tip.state', { state: tracked.state }), tracked.progress !== null && tracked.state !== 'done' ? w$('render.tip.progress-done', { progress: tracked.progress }) : '',
            tracked.health ? w$('render.tip.health', { health: tracked.health }) : ''].filter(Boolean);
        lines.push(state.join(' · '));
    }
    else if (a.kind === 'milestone') lines.push(`◆ ${day(a.start)}`);
    else if (!a.end) lines.push(w$('render.tip.from', { start: day(a.start), every: a.every ? formatDuration(a.every) : undefined }));
    else lines.push(w$('render.tip.span', { start: day(a.start), last: day(lastDay(a.start, a.end)), days: daysBetween(a.start, a.end) }));
    const before = context.base?.get(a.id);
    if (context.base && a.scheduled && a.start) {
        if (!before) lines.push(w$('render.tip.not-in-base', { base: context.baseName }));
        else if (before.scheduled && before.start && (before.start !== a.start || before.end !== a.end)) {
            const moved = before.end && a.end ? daysBetween(before.end, a.end) : daysBetween(before.start, a.start);
            lines.push(w$('render.tip.moved', { base: context.baseName, span: spanText(before.start, before.end, a.kind === 'milestone', locale), moved: signedDays(moved, locale) }));
        }
    }
    const facts = [a.critical ? w$('render.tip.critical-path') : '', a.slack !== null ? w$('render.tip.slack', { days: a.slack }) : '', a.pinned ? w$('render.tip.fixed-start') : ''].filter(Boolean);
    if (facts.length) lines.push(facts.join(' · '));
    if (a.owner) lines.push(w$('render.tip.owner', { owner: a.owner }));
    if (!tracked && (a.status || a.progress !== undefined)) lines.push(w$('render.tip.status', { status: a.status ?? 'planned', progress: a.progress }));
    if (a.provides.length) lines.push(w$('render.tip.provides', { list: a.provides.join(', ') }));
    if (a.requires.length) lines.push(w$('render.tip.requires', { list: a.requires.join(', ') }));
    if (a.after.length) lines.push(w$('render.tip.after', { list: a.after.map(edge => edge.id).join(', ') }));
    if (a.description) lines.push(a.description);
    for (const d of diagnostics ?? []) lines.push(`${d.severity} ${d.code}: ${d.message}`);
    return lines.join('\n');
}

function capabilities(out: string[], layout: RoadmapLayout, locale: Locale): void {
    if (layout.capabilitySummary) {
        capabilitySummary(out, layout, layout.capabilitySummary, locale);
        return;
    }
    if (layout.capabilityRows.length === 0) return;
    const w$ = words(locale);
    const day = (date: IsoDate) => displayDate(locale, date);
    out.push('<g class="capabilities">\n',
        `<text class="lane-label" x="${METRICS.margin}" y="${n(layout.capabilityTop + 17)}">${escapeXml(w$('render.capabilities'))}</text>\n`,
        `<text class="cap-label" x="${layout.chartLeft}" y="${n(layout.capabilityTop + 17)}">${escapeXml(w$('render.capabilities-key'))}</text>\n`);
    for (const row of layout.capabilityRows) {
        const c = row.capability;
        const cid = escapeXml(c.id);
        const tip = w$('render.capability-tip', {
            label: c.label, id: c.id, kind: c.kind ?? '—', available: c.availableFrom ? day(c.availableFrom) : undefined, providers: c.providers.join(', '), requirers: c.requirers.join(', ')
        });
        out.push(`<g class="capability" data-capability="${cid}"><title>${escapeXml(tip)}</title>`,
            `<text class="cap-label" x="${METRICS.margin + 8}" y="${n(row.cy + 4)}">${escapeXml(fit(c.label || c.id, METRICS.gutter - 20, 11))}</text>\n`);
        if (row.availableX !== null) {
            out.push(`<line class="cap-line" x1="${n(row.availableX)}" x2="${n(layout.chartRight)}" y1="${n(row.cy)}" y2="${n(row.cy)}"/>\n`);
        }
        for (const need of row.needs) {
            out.push(`<circle class="cap-needed${need.late ? ' late' : ''}" data-activity="${escapeXml(need.activityId)}" data-date="${need.date}" cx="${n(need.x)}" cy="${n(row.cy)}" r="4"><title>${escapeXml(w$('render.capability-need', { activity: need.activityId, capability: c.id, date: day(need.date), late: need.late }))}</title></circle>\n`);
        }
        // After the needs, so a need on the very day of availability does not hide the triangle.
        if (row.availableX !== null) {
            out.push(`<path class="cap-available" data-capability="${cid}" data-date="${c.availableFrom}" d="M${n(row.availableX)},${n(row.cy - 6)} L${n(row.availableX + 6)},${n(row.cy + 5)} L${n(row.availableX - 6)},${n(row.cy + 5)} Z"/>\n`);
        }
        out.push('</g>\n');
    }
    out.push('</g>\n');
}

/** Many capabilities (or a folded picture): one row with a triangle where capabilities become ready, counted in its tooltip. */
function capabilitySummary(out: string[], layout: RoadmapLayout, s: CapabilitySummaryLayout, locale: Locale): void {
    const w$ = words(locale);
    const day = (date: IsoDate) => displayDate(locale, date);
    const span = s.first && s.last ? (s.first === s.last ? w$('render.cap.ready-on', { date: day(s.first) }) : w$('render.cap.ready-span', { first: day(s.first), last: day(s.last) })) : w$('render.cap.none-ready');
    const never = s.never ? w$('render.cap.never', { count: s.never }) : '';
    out.push(`<g class="capabilities capability-summary" data-count="${s.count}">\n`,
        `<text class="lane-label" x="${METRICS.margin}" y="${n(layout.capabilityTop + 17)}">${escapeXml(w$('render.capabilities'))}</text>\n`,
        `<text class="cap-label" x="${layout.chartLeft}" y="${n(layout.capabilityTop + 17)}">${escapeXml(w$('render.cap.summary-key', { count: s.count, span, never }))}</text>\n`,
        `<text class="cap-label" x="${METRICS.margin + 8}" y="${n(s.cy + 4)}">${escapeXml(w$('render.cap.count', { count: s.count }))}</text>\n`);
    if (s.marks.length) out.push(`<line class="cap-summary-line" x1="${n(s.marks[0].x)}" x2="${n(layout.chartRight)}" y1="${n(s.cy)}" y2="${n(s.cy)}"/>\n`);
    for (const mark of s.marks) {
        out.push(`<path class="cap-summary-mark" data-date="${mark.date}" data-count="${mark.count}" d="M${n(mark.x)},${n(s.cy - 6)} L${n(mark.x + 6)},${n(s.cy + 5)} L${n(mark.x - 6)},${n(s.cy + 5)} Z">`,
            `<title>${escapeXml(w$('render.cap.available-from', { count: mark.count, date: day(mark.date) }))}</title></path>\n`);
    }
    out.push('</g>\n');
}

/** Where the status date's label goes: on the axis, centred on its line but kept inside the chart. */
function statusPill(layout: RoadmapLayout, locale: Locale): { text: string; left: number; width: number; top: number } | null {
    const status = layout.statusDate;
    if (!status) return null;
    const text = t(locale, 'render.status-date', { date: displayDate(locale, status.date) });
    const width = textWidth(text, 11) * 1.1 + 14;
    const left = Math.min(Math.max(status.x - width / 2, layout.chartLeft), layout.chartRight - width);
    return { text, left, width, top: layout.axisY - METRICS.statusLabelHeight };
}

/** The status date: a solid line in the text colour, labelled, unlike the dashed red today line. */
function statusLine(out: string[], layout: RoadmapLayout, locale: Locale): void {
    const status = layout.statusDate;
    const pill = statusPill(layout, locale);
    // Outside a date window the line has no place; the header still gives the date.
    if (!status || !pill || status.x < layout.chartLeft - 0.5 || status.x > layout.chartRight + 0.5) return;
    out.push(`<g class="status-date" data-date="${status.date}">`,
        `<line class="status-line" x1="${n(status.x)}" x2="${n(status.x)}" y1="${n(pill.top + 16)}" y2="${n(layout.contentBottom)}"/>`,
        `<rect class="status-pill" x="${n(pill.left)}" y="${n(pill.top)}" width="${n(pill.width)}" height="16" rx="8"/>`,
        `<text class="status-label" x="${n(pill.left + pill.width / 2)}" y="${n(pill.top + 12)}" text-anchor="middle">${escapeXml(pill.text)}</text></g>\n`);
}

function todayLine(out: string[], layout: RoadmapLayout, locale: Locale): void {
    const today = layout.today;
    if (!today || today.x === null) return;
    out.push(`<g class="today" data-date="${today.date}">`,
        `<line class="today-line" x1="${n(today.x)}" x2="${n(today.x)}" y1="${layout.axisY + 2}" y2="${n(layout.contentBottom)}"/>`,
        `<text class="today-label" x="${n(today.x + 4)}" y="${layout.axisY - 4}">${escapeXml(t(locale, 'render.today', { date: displayDate(locale, today.date) }))}</text></g>\n`);
}

interface LegendEntry { kind: string; text: string; x: number; y: number }

function legendEntries(layout: RoadmapLayout, baseName: string, locale: Locale): { entries: LegendEntry[]; bottom: number } {
    const w$ = words(locale);
    const tracking = layout.statusDate !== null;
    const items: [string, string][] = [];
    // What a tracked picture is read for comes first: where things stand, then how the plan is drawn.
    if (tracking) {
        items.push(['status', w$('render.legend.status')]);
        for (const health of ['done', 'on-track', 'at-risk', 'late'] as const) items.push([`health-${health}`, w$(`render.legend.health.${health}`)]);
        items.push(['progress-fill', w$('render.legend.progress-fill')], ['planned', w$('render.legend.planned')]);
    }
    if (layout.hasBase) items.push(['base', w$('render.legend.base', { base: baseName })]);
    const view = layout.view;
    // Only what the picture shows: no arrows without lines, phase colours where lanes are owners, a summary when folded;
    // a picture a view cut down (filtered, folded, by owner) leaves out the kinds of bar it no longer has.
    const partial = view.name !== 'detail' || view.shown < view.total || view.folded.size > 0;
    const drawnItems = partial ? [...layout.items.values()] : [];
    const has = (test: (item: ItemLayout) => boolean) => !partial || drawnItems.some(test);
    const bars = has(item => item.shape === 'bar');
    if (bars || view.folded.size === 0) items.push(['bar', w$(tracking ? 'render.legend.bar-forecast' : 'render.legend.bar')]);
    if (view.name === 'owners') for (const kind of PHASE_ORDER) items.push([`phase-colour-${kind}`, phaseName(kind, locale)]);
    if (!tracking && bars) items.push(['progress', w$('render.legend.progress')]);
    if (has(item => item.activity.critical)) items.push(['critical', w$('render.legend.critical')]);
    if (has(item => item.activity.kind === 'transformation-plan')) items.push(['transformation-plan', w$('render.legend.transformation-plan')]);
    if (has(item => item.shape === 'milestone')) items.push(['milestone', w$('render.legend.milestone')]);
    const drawn = (type: 'after' | 'requires') => view.model.dependencies.some(d => d.type === type && layout.items.has(d.from) && layout.items.has(d.to));
    if (view.lines && drawn('after')) items.push(['after', w$('render.legend.after')]);
    if (view.lines && drawn('requires')) items.push(['requires', w$('render.legend.requires')]);
    if (has(item => item.shape === 'recurring') || layout.lanes.some(lane => lane.summary?.openEnded)) items.push(['recurring', w$('render.legend.recurring')]);
    if (view.name !== 'owners') items.push(['phase', w$('render.legend.phase')]);
    if (view.folded.size) items.push(['summary', w$('render.legend.summary')]);
    if (view.window) items.push(['clip', w$('render.legend.clip')]);
    if (!tracking) items.push(['today', w$('render.legend.today')]);
    items.push(['error', w$('render.legend.error')], ['warning', w$('render.legend.warning')]);
    const entries: LegendEntry[] = [];
    const top = layout.contentBottom + 14;
    let x = layout.chartLeft;
    let y = top;
    for (const [kind, text] of items) {
        const w = 34 + textWidth(text, 11) + 18;
        if (x + w > layout.width - METRICS.margin && x > layout.chartLeft) { x = layout.chartLeft; y += 22; }
        entries.push({ kind, text, x, y });
        x += w;
    }
    return { entries, bottom: y + 22 };
}

function legendMarkup(out: string[], entries: LegendEntry[], locale: Locale): void {
    out.push('<g class="legend">\n');
    if (entries.length) out.push(`<text class="lane-label" x="${METRICS.margin}" y="${n(entries[0].y + 14)}">${escapeXml(t(locale, 'render.legend'))}</text>\n`);
    for (const e of entries) {
        const cy = e.y + 10;
        const sx = e.x;
        let swatch = '';
        switch (e.kind) {
            case 'bar': swatch = `<g class="phase-foundation"><rect class="legend-bar bar" x="${sx}" y="${cy - 6}" width="28" height="12" rx="2"/></g>`; break;
            case 'progress': swatch = `<g class="phase-foundation"><rect class="legend-bar bar" x="${sx}" y="${cy - 6}" width="28" height="12" rx="2"/><rect class="progress" x="${sx}" y="${cy + 2}" width="17" height="4"/></g>`; break;
            case 'progress-fill': swatch = `<g class="phase-foundation"><rect class="legend-bar bar" x="${sx}" y="${cy - 6}" width="28" height="12" rx="2"/><rect class="progress-fill" x="${sx}" y="${cy - 6}" width="17" height="12" rx="2"/></g>`; break;
            case 'planned': swatch = `<g class="phase-foundation"><rect class="ghost ghost-planned" x="${sx}" y="${cy - 2.5}" width="28" height="${METRICS.ghostHeight}" rx="1"/></g>`; break;
            case 'base': swatch = `<path class="ghost ghost-base" d="M${sx},${cy - 2.5} V${cy + 2.5} M${sx},${cy} H${sx + 28} M${sx + 28},${cy - 2.5} V${cy + 2.5}"/>`; break;
            case 'status': swatch = `<line class="status-line" x1="${sx + 14}" x2="${sx + 14}" y1="${cy - 9}" y2="${cy + 9}"/>`; break;
            case 'critical': swatch = `<g class="phase-improvement"><rect class="legend-bar bar critical" x="${sx + 1}" y="${cy - 6}" width="26" height="12" rx="2"/></g>`; break;
            case 'transformation-plan': swatch = `<g class="phase-initiation"><rect class="legend-bar bar transformation-plan" x="${sx + 1}" y="${cy - 6}" width="26" height="12" rx="2"/></g>`; break;
            case 'milestone': swatch = `<path class="legend-milestone milestone" d="M${sx + 14},${cy - 7} L${sx + 21},${cy} L${sx + 14},${cy + 7} L${sx + 7},${cy} Z"/>`; break;
            case 'after': swatch = `<path class="dep after" d="M${sx},${cy} H${sx + 28}" marker-end="url(#dtp-arrow)"/>`; break;
            case 'requires': swatch = `<path class="dep requires" d="M${sx},${cy} H${sx + 28}" marker-end="url(#dtp-arrow-requires)"/>`; break;
            case 'recurring': swatch = `<g class="phase-continuous-improvement"><rect class="legend-bar bar recurring" x="${sx}" y="${cy - 6}" width="28" height="12"/><line class="tick-mark" x1="${sx + 3}" x2="${sx + 3}" y1="${cy - 8}" y2="${cy + 8}"/><line class="tick-mark" x1="${sx + 15}" x2="${sx + 15}" y1="${cy - 8}" y2="${cy + 8}"/></g>`; break;
            case 'phase': swatch = `<rect class="band band-improvement" x="${sx}" y="${cy - 8}" width="28" height="16" rx="3"/>`; break;
            case 'today': swatch = `<line class="today-line" x1="${sx + 14}" x2="${sx + 14}" y1="${cy - 9}" y2="${cy + 9}"/>`; break;
            case 'summary': swatch = `<g class="summary phase-foundation"><rect class="legend-bar bar summary-bar" x="${sx}" y="${cy - 6}" width="28" height="12" rx="2"/><path class="summary-caps" d="M${sx},${cy + 6} v4 l4,-4 Z M${sx + 28},${cy + 6} v4 l-4,-4 Z"/></g>`; break;
            case 'clip': swatch = `<g class="phase-foundation"><rect class="legend-bar bar" x="${sx}" y="${cy - 6}" width="28" height="12" rx="2"/><path class="clip-mark" d="M${sx + 28},${cy - 6} l-4,6 l4,6 Z"/></g>`; break;
            case 'error': swatch = `<circle class="badge error" cx="${sx + 14}" cy="${cy}" r="7"/><text class="badge-text" x="${sx + 14}" y="${cy + 3.5}" text-anchor="middle">×</text>`; break;
            case 'warning': swatch = `<circle class="badge warning" cx="${sx + 14}" cy="${cy}" r="7"/><text class="badge-text" x="${sx + 14}" y="${cy + 3.5}" text-anchor="middle">!</text>`; break;
            default:
                if (e.kind.startsWith('phase-colour-')) {
                    swatch = `<g class="phase-${e.kind.slice('phase-colour-'.length)}"><rect class="legend-bar bar" x="${sx}" y="${cy - 6}" width="28" height="12" rx="2"/></g>`;
                } else if (e.kind.startsWith('health-')) {
                    const health = e.kind.slice('health-'.length) as Health;
                    swatch = `<path class="health health-${health}" d="${healthPath(health, sx + 14, cy)}"/>`;
                }
        }
        out.push(`<g class="legend-entry" data-kind="${e.kind}">${swatch}<text class="legend-text" x="${sx + 34}" y="${cy + 4}">${escapeXml(e.text)}</text></g>\n`);
    }
    out.push('</g>\n');
}

/** `2 errors, 1 warning`: the plan's problems at a glance, marked where they lie. */
function problemCounts(diagnostics: RoadmapDiagnostic[], locale: Locale): string {
    const counts = new Map<Severity, number>();
    for (const d of diagnostics) counts.set(d.severity, (counts.get(d.severity) ?? 0) + 1);
    return (['error', 'warning'] as const).filter(s => counts.get(s)).map(s => t(locale, s === 'error' ? 'cli.count.errors' : 'cli.count.warnings', { count: counts.get(s)! })).join(', ');
}

function diagnosticsByActivity(diagnostics: RoadmapDiagnostic[]): Map<string, RoadmapDiagnostic[]> {
    const byActivity = new Map<string, RoadmapDiagnostic[]>();
    for (const d of diagnostics) {
        if (!d.activityId) continue;
        const list = byActivity.get(d.activityId);
        if (list) list.push(d); else byActivity.set(d.activityId, [d]);
    }
    for (const list of byActivity.values()) list.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    return byActivity;
}

/** Text cut to a width with an ellipsis (for the gutter, whose width is fixed). */
function fit(text: string, room: number, fontSize: number): string {
    if (textWidth(text, fontSize) <= room) return text;
    const chars = Array.from(text);
    let end = chars.length;
    while (end > 0 && textWidth(chars.slice(0, end).join('') + '…', fontSize) > room) end--;
    return chars.slice(0, end).join('').trimEnd() + '…';
}
