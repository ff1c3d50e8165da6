// The board view: the programme on one landscape slide (1920 × 1080) whatever its size — the four phases as bands (the
// forecast over the plan when tracking, with progress, variance and health counts), the transformation plan, the
// milestones with their dates, and the forecast end against the plan. No dependency lines and no single activities:
// what a board or a steering committee reads. Pure and deterministic; every user string goes through escapeXml.
import { scaleUtc } from 'd3-scale';
import { daysBetween, lastDay, toUtc } from './dates.js';
import { escapeXml } from './escape.js';
import { textWidth, timeDomain, timeTicks, windowDomain } from './layout.js';
import type { Health, IsoDate, PhaseKind, RoadmapActivity, RoadmapModel } from './model.js';
import type { RenderOptions, SvgParts } from './svg.js';
import { roadmapCss, type Palette } from './theme.js';
import { HEALTH_SYMBOLS, healthWord, signedDays, trackedProgress } from './tracking.js';
import { formatDate, monthNames, phaseTitle, t, type Locale } from './i18n/index.js';
import { HEALTH_ORDER, PHASE_NAMES, resolveView, viewGroups } from './view.js';

export const BOARD = {
    width: 1920,
    height: 1080,
    margin: 48,
    gutter: 330,
    barHeight: 34,
    ghostHeight: 9,
    /** The smallest text on the board: legible on a projected slide and in a printed handout. */
    minFont: 14
} as const;


/** `22 Mar 2027`: the board is read by people, not parsed. */
export function humanDate(date: IsoDate): string {
    return formatDate(locale, date);
}

/** An axis label in the slide's language: the layout names months in English (`Mar`, `Jan 2027`). */
function tickLabel(label: string): string {
    const month = monthNames('en').indexOf(label.slice(0, 3));
    return locale === 'en' || month < 0 ? label : monthNames(locale)[month] + label.slice(3);
}

interface PhaseRow {
    kind: PhaseKind;
    title: string;
    count: number;
    start: IsoDate | null;
    /** Exclusive; null when open-ended. */
    end: IsoDate | null;
    openEnded: boolean;
    planned: { start: IsoDate; end: IsoDate } | null;
    health: Record<Health, number>;
    progress: number | null;
    critical: boolean;
}

const n = (value: number) => String(Math.round(value * 10) / 10);

/**
 * The language of the slide being drawn: set for the length of one (synchronous) renderBoard, so the helpers below
 * word their text without each taking it as a parameter.
 */
let locale: Locale = 'en';

export function renderBoard(model: RoadmapModel, options: RenderOptions, colours: Palette, parts: SvgParts = {}): string {
    const previous = locale;
    locale = options.locale ?? 'en';
    try {
        return drawBoard(model, options, colours, parts);
    } finally {
        locale = previous;
    }
}

function drawBoard(model: RoadmapModel, options: RenderOptions, colours: Palette, parts: SvgParts): string {
    const view = resolveView(model, { ...options, view: 'board' });
    const shown = view.model;
    const W = BOARD.width;
    const H = BOARD.height;
    const M = BOARD.margin;
    const p = model.programme;
    const statusDate = p.statusDate && /^\d{4}-\d{2}-\d{2}$/.test(p.statusDate) ? p.statusDate : null;
    const tracking = statusDate !== null;
    const filtered = shown !== model;
    const [domainStart, domainEnd] = view.window ? windowDomain(shown, view.window) : timeDomain(shown, statusDate, undefined, filtered);
    const chartLeft = M + BOARD.gutter;
    const chartRight = W - M;
    const scale = scaleUtc().domain([toUtc(domainStart), toUtc(domainEnd)]).range([chartLeft, chartRight]);
    const raw = (date: IsoDate) => scale(toUtc(date));
    const x = (date: IsoDate) => Math.min(chartRight, Math.max(chartLeft, raw(date)));
    const { ticks } = timeTicks(domainStart, domainEnd, raw, chartRight - chartLeft, 1.45);

    const phases = phaseRows(model, shown, filtered, tracking);
    const plans = shown.activities.filter(a => a.kind === 'transformation-plan' && a.scheduled && a.start && a.end);
    const milestones = shown.activities.filter(a => a.kind === 'milestone' && a.scheduled && a.start && a.start >= domainStart && a.start <= domainEnd);

    // Vertical plan of the slide: header, (health strip), axis, plan row, phase rows, milestones, legend.
    const axisY = tracking ? 196 : 150;
    const bodyTop = axisY + 44;
    const legendY = H - 40;
    const bodyBottom = legendY - 26;
    const planRow = plans.length ? 70 : 0;
    // Phases take what the milestones leave: as many label levels as the milestones need, within what fits.
    const room = bodyBottom - bodyTop - planRow;
    const maxLevels = Math.max(1, Math.floor((room - phases.length * 84 - MILESTONE_TOP) / MILESTONE_LEVEL));
    const levels = milestones.length ? Math.min(maxLevels, placeMilestones(milestones, maxLevels, x, tracking, chartRight).levels) : 0;
    const milestoneHeight = milestones.length ? MILESTONE_TOP + levels * MILESTONE_LEVEL : 0;
    // Taller rows only up to a point: a band in a very tall row floats; without milestones the slide keeps some air.
    const phaseRowHeight = phases.length ? Math.max(74, Math.min(milestones.length ? 136 : 160, Math.floor((room - milestoneHeight) / phases.length))) : 0;
    const phasesTop = bodyTop + planRow;
    const milestoneTop = phasesTop + phaseRowHeight * phases.length;

    const out: string[] = [];
    const title = `${p.title ?? p.id} — roadmap`;
    out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="dtp-roadmap dtp-board" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"`,
        ` role="img" aria-labelledby="dtp-roadmap-title" data-view="board" data-programme="${escapeXml(p.id)}"`,
        ` data-domain-start="${domainStart}" data-domain-end="${domainEnd}" data-chart-left="${chartLeft}" data-chart-right="${chartRight}">\n`,
        `<title id="dtp-roadmap-title">${escapeXml(title)}</title>\n<defs>\n`);
    const nonce = options.styleNonce ? ` nonce="${escapeXml(options.styleNonce)}"` : '';
    if (!parts.omitStyle) out.push(`<style${nonce}>\n${roadmapCss(colours, { tracking, views: true })}\n${boardCss(colours)}\n</style>\n`);
    out.push('<linearGradient id="dtp-board-open" x1="0" x2="1" y1="0" y2="0"><stop offset="0.6" class="fade-stop-solid"/><stop offset="1" class="fade-stop-clear"/></linearGradient>\n',
        '<linearGradient id="dtp-fade" x1="0" x2="1" y1="0" y2="0"><stop offset="0" class="fade-stop-solid"/><stop offset="0.75" class="fade-stop-solid"/><stop offset="1" class="fade-stop-clear"/></linearGradient>\n',
        '</defs>\n');
    if (parts.canvasId) out.push(`<g id="${escapeXml(parts.canvasId)}">\n`);
    out.push(`<rect class="background" x="0" y="0" width="${W}" height="${H}"/>\n`);

    // Header: what the programme is, and on the right the one number a board asks first — when does it end.
    const facts = [p.owner ? t(locale, 'render.owner', { owner: p.owner }) : '', `${humanDate(p.start)} → ${humanDate(lastDay(p.start, p.end))}`,
        view.shown < view.total ? t(locale, 'render.shown-of', { shown: view.shown, total: view.total, filter: view.filterText }) : t(locale, 'render.activities', { count: view.total }),
        t(locale, 'board.milestones', { count: milestones.length })].filter(Boolean).join('  ·  ');
    out.push('<g class="header">\n',
        `<text class="board-title" x="${M}" y="${M + 26}">${escapeXml(fit(p.title ?? p.id, W - 2 * M - 560, 34, 1.1))}</text>\n`,
        `<text class="board-subtitle" x="${M}" y="${M + 60}">${escapeXml(fit(facts, W - 2 * M - 560, 17))}</text>\n`);
    const plannedEnd = p.planned?.end;
    if (tracking && plannedEnd) {
        const moved = daysBetween(plannedEnd, p.end);
        const health: Health = moved > 0 ? 'late' : 'on-track';
        out.push(`<text class="board-kpi" x="${W - M}" y="${M + 26}" text-anchor="end">${escapeXml(t(locale, 'board.forecast-end', { date: humanDate(lastDay(p.start, p.end)) }))}</text>\n`,
            `<text class="board-kpi-sub kpi-${moved > 0 ? 'late' : 'ok'}" x="${W - M}" y="${M + 60}" text-anchor="end" data-variance="${moved}">${escapeXml(t(locale, 'board.planned', { date: humanDate(lastDay(p.planned?.start ?? p.start, plannedEnd)), moved: moved === 0 ? t(locale, 'board.on-plan') : signedDays(moved, locale) }))}</text>\n`);
        out.push(`<path class="health health-${health}" d="${markPath(health, W - M - textWidth(t(locale, 'board.forecast-end', { date: humanDate(lastDay(p.start, p.end)) }), 26) * 1.12 - 20, M + 17, 1.6)}"/>\n`);
    } else {
        out.push(`<text class="board-kpi" x="${W - M}" y="${M + 26}" text-anchor="end">${escapeXml(t(locale, 'board.ends', { date: humanDate(lastDay(p.start, p.end)) }))}</text>\n`,
            `<text class="board-kpi-sub" x="${W - M}" y="${M + 60}" text-anchor="end">${escapeXml(lengthText(p.start, p.end))}</text>\n`);
    }
    if (tracking) healthStrip(out, shown, M, M + 104);
    out.push('</g>\n');

    // Time axis and grid.
    out.push(`<g class="axis">\n`);
    let lastRight = -Infinity;
    for (const tick of ticks) {
        if (tick.x < chartLeft - 0.5 || tick.x > chartRight + 0.5) continue;
        out.push(`<line class="grid${tick.major ? ' major' : ''}" data-date="${tick.date}" x1="${n(tick.x)}" x2="${n(tick.x)}" y1="${axisY + 6}" y2="${bodyBottom}"/>\n`);
        const label = tickLabel(tick.label);
        const width = textWidth(label, 15) * (tick.major ? 1.1 : 1);
        if (tick.x + 5 < lastRight + 10 || tick.x + 5 + width > W - M + 4) continue;
        lastRight = tick.x + 5 + width;
        out.push(`<text class="board-tick${tick.major ? ' major' : ''}" x="${n(tick.x + 5)}" y="${axisY + 26}">${escapeXml(label)}</text>\n`);
    }
    out.push(`<line class="grid major" x1="${chartLeft}" x2="${chartRight}" y1="${axisY + 36}" y2="${axisY + 36}"/>\n</g>\n`);

    // The transformation plan: the document the programme starts from.
    if (plans.length) {
        const y = bodyTop;
        out.push(`<g class="board-row board-plan">\n`,
            `<text class="board-row-title" x="${M}" y="${y + 30}">${escapeXml(t(locale, 'board.transformation-plan'))}</text>\n`,
            `<text class="board-row-meta" x="${M}" y="${y + 52}">${escapeXml(plans.length === 1 ? spanText(plans[0]) : t(locale, 'board.plans', { count: plans.length }))}</text>\n`);
        for (const plan of plans) activityBar(out, plan, x, y + 16, tracking, chartLeft, chartRight, 'transformation-plan');
        out.push('</g>\n');
    }

    // A band per phase: the forecast over the plan, progress, dates, health counts and how far the end moved.
    phases.forEach((phase, index) => {
        const top = phasesTop + index * phaseRowHeight;
        const bar = top + Math.round((phaseRowHeight - BOARD.barHeight - (phase.planned ? BOARD.ghostHeight + 6 : 0)) / 2);
        out.push(`<g class="lane board-phase phase-${phase.kind}" data-phase="${phase.kind}" data-count="${phase.count}">\n`);
        if (index % 2 === 0) out.push(`<rect class="lane-stripe" x="${M - 12}" y="${top}" width="${W - 2 * M + 24}" height="${phaseRowHeight}" rx="6"/>\n`);
        out.push(`<text class="board-row-title" x="${M}" y="${top + 32}">${escapeXml(fit(phaseTitle({ kind: phase.kind, label: phase.title }, locale), BOARD.gutter - 24, 20, 1.1))}</text>\n`);
        const countText = t(locale, 'board.activities', { count: phase.count });
        out.push(`<text class="board-row-meta" x="${M}" y="${top + 56}">${escapeXml(countText)}</text>\n`);
        if (tracking) {
            let hx = M + textWidth(countText, 15) + 18;
            for (const health of HEALTH_ORDER) {
                const count = phase.health[health];
                if (!count) continue;
                out.push(`<g class="board-count" data-health="${health}" data-count="${count}"><path class="health health-${health}" d="${markPath(health, hx + 7, top + 51, 1.15)}"/>`,
                    `<text class="board-row-meta" x="${n(hx + 17)}" y="${top + 56}">${count}</text></g>\n`);
                hx += 17 + textWidth(String(count), 15) + 14;
            }
        }
        if (phaseRowHeight >= 84 && phase.start) {
            const dates = phase.openEnded ? t(locale, 'board.from-ongoing', { date: humanDate(phase.start) }) : phase.end ? `${humanDate(phase.start)} → ${humanDate(lastDay(phase.start, phase.end))}` : humanDate(phase.start);
            out.push(`<text class="board-row-meta muted" x="${M}" y="${top + 78}">${escapeXml(dates)}</text>\n`);
        }
        if (phase.start && phase.start <= domainEnd && (phase.openEnded || (phase.end && phase.end >= domainStart))) {
            const x0 = x(phase.start);
            const x1 = phase.openEnded ? chartRight : Math.max(x0 + 3, x(phase.end!));
            if (phase.planned) {
                const g0 = x(phase.planned.start);
                const g1 = Math.max(g0 + 2, x(phase.planned.end));
                out.push(`<rect class="ghost ghost-planned" data-start="${phase.planned.start}" data-end="${phase.planned.end}" x="${n(g0)}" y="${bar + BOARD.barHeight + 6}" width="${n(g1 - g0)}" height="${BOARD.ghostHeight}" rx="2"/>\n`);
            }
            out.push(`<rect class="bar board-bar${phase.openEnded ? ' board-open' : ''}" data-start="${phase.start}" data-end="${phase.end ?? ''}" x="${n(x0)}" y="${bar}" width="${n(x1 - x0)}" height="${BOARD.barHeight}" rx="5"/>\n`);
            if (phase.progress !== null && phase.progress > 0) {
                out.push(`<rect class="progress-fill" data-progress="${phase.progress}" x="${n(x0)}" y="${bar}" width="${n(Math.max(3, (x1 - x0) * phase.progress / 100))}" height="${BOARD.barHeight}" rx="5"/>\n`);
            }
            const inside = phase.progress !== null ? t(locale, 'board.done', { progress: phase.progress }) : phase.openEnded ? t(locale, 'board.ongoing') : lengthText(phase.start, phase.end!);
            if (textWidth(inside, 16) * 1.1 + 20 <= (phase.openEnded ? (x1 - x0) * 0.6 : x1 - x0)) {
                out.push(`<text class="board-bar-text" x="${n(x0 + 10)}" y="${bar + 23}">${escapeXml(inside)}</text>\n`);
            }
            // How far the phase's end moved against the plan, after the bar (or before it where the slide ends).
            if (phase.planned && phase.end && !phase.openEnded) {
                const moved = daysBetween(phase.planned.end, phase.end);
                const text = moved === 0 ? t(locale, 'board.on-plan') : signedDays(moved, locale);
                // The mark says how the end moved: later with late work in it, later within slack, or on (or ahead of) plan.
                const allDone = HEALTH_ORDER.every(h => h === 'done' || !phase.health[h]);
                const worst: Health = allDone ? 'done' : moved > 0 ? (phase.health.late ? 'late' : 'at-risk') : 'on-track';
                const width = textWidth(text, 16) * 1.1 + 26;
                const right = x1 + 12 + width <= W - M;
                const tx = right ? x1 + 12 : Math.max(chartLeft, x0 - 12 - width);
                out.push(`<g class="board-variance" data-variance="${moved}"><path class="health health-${worst}" d="${markPath(worst, tx + 8, bar + BOARD.barHeight / 2, 1.25)}"/>`,
                    `<text class="board-variance-text" x="${n(tx + 22)}" y="${bar + 23}">${escapeXml(text)}</text></g>\n`);
            }
        }
        out.push('</g>\n');
    });

    if (milestones.length) milestoneLane(out, milestones, milestoneTop, bodyBottom, x, tracking, chartLeft, chartRight);

    // The status date (or today) across the whole slide.
    if (statusDate && statusDate >= domainStart && statusDate <= domainEnd) {
        const sx = raw(statusDate);
        const text = t(locale, 'render.status-date', { date: humanDate(statusDate) });
        const width = textWidth(text, 14) * 1.1 + 20;
        const left = Math.min(Math.max(sx - width / 2, chartLeft), chartRight - width);
        out.push(`<g class="status-date" data-date="${statusDate}"><line class="status-line" x1="${n(sx)}" x2="${n(sx)}" y1="${axisY - 2}" y2="${bodyBottom}"/>`,
            `<rect class="status-pill" x="${n(left)}" y="${axisY - 26}" width="${n(width)}" height="22" rx="11"/>`,
            `<text class="status-label board-status-label" x="${n(left + width / 2)}" y="${axisY - 10}" text-anchor="middle">${escapeXml(text)}</text></g>\n`);
    } else if (!statusDate && options.today && options.today >= domainStart && options.today <= domainEnd) {
        const tx = raw(options.today);
        out.push(`<g class="today" data-date="${options.today}"><line class="today-line" x1="${n(tx)}" x2="${n(tx)}" y1="${axisY + 4}" y2="${bodyBottom}"/>`,
            `<text class="today-label board-today-label" x="${n(tx + 5)}" y="${axisY - 6}">${escapeXml(t(locale, 'render.today', { date: humanDate(options.today) }))}</text></g>\n`);
    }

    legend(out, tracking, plans.length > 0, milestones.length > 0, legendY, M, W - M);
    if (parts.canvasId) out.push('</g>\n');
    out.push('</svg>\n');
    return out.join('');
}

/** Phases as the board shows them: the model's spans, or when filtered, the span of the work shown. */
function phaseRows(model: RoadmapModel, shown: RoadmapModel, filtered: boolean, tracking: boolean): PhaseRow[] {
    const groups = viewGroups(resolveView(shown, {}));
    const phases = new Map(model.phases.map(phase => [phase.kind, phase]));
    const rows: PhaseRow[] = [];
    for (const group of groups) {
        const kind = group.kind!;
        const phase = phases.get(kind);
        const health: Record<Health, number> = { 'done': 0, 'on-track': 0, 'at-risk': 0, 'late': 0 };
        let start: IsoDate | null = null;
        let end: IsoDate | null = null;
        let plannedStart: IsoDate | null = null;
        let plannedEnd: IsoDate | null = null;
        let recurring = false;
        let allDays = 0;
        let doneDays = 0;
        let critical = false;
        for (const a of group.activities) {
            if (a.critical) critical = true;
            if (!a.scheduled || !a.start) continue;
            if (a.health && a.end !== null) health[a.health]++;
            if (!start || a.start < start) start = a.start;
            if (a.end === null) recurring = true;
            else if (!end || a.end > end) end = a.end;
            if (a.planned?.start && (!plannedStart || a.planned.start < plannedStart)) plannedStart = a.planned.start;
            if (a.planned?.end && (!plannedEnd || a.planned.end > plannedEnd)) plannedEnd = a.planned.end;
            if (tracking && a.end !== null && a.kind !== 'milestone') {
                const days = Math.max(1, daysBetween(a.start, a.end));
                allDays += days;
                doneDays += days * (trackedProgress(a) ?? 0) / 100;
            }
        }
        let openEnded = recurring && !end;
        if (!filtered && phase?.start) {
            start = phase.start;
            openEnded = phase.openEnded || !phase.end;
            end = openEnded ? null : phase.end;
            plannedStart = phase.planned?.start ?? plannedStart;
            plannedEnd = phase.planned?.end ?? plannedEnd;
        }
        const planned = tracking && plannedStart && plannedEnd && !openEnded && (plannedStart !== start || plannedEnd !== end) ? { start: plannedStart, end: plannedEnd } : null;
        rows.push({
            kind, title: group.title || PHASE_NAMES[kind], count: group.activities.length, start, end: openEnded ? null : end, openEnded, planned,
            health, progress: tracking && allDays > 0 ? Math.round((doneDays / allDays) * 100) : null, critical
        });
    }
    return rows;
}

/** The bar of one activity (the transformation plan) with its label, ghost and health mark. */
function activityBar(
    out: string[], a: RoadmapActivity, x: (d: IsoDate) => number, y: number,
    tracking: boolean, chartLeft: number, chartRight: number, kindClass: string
): void {
    const x0 = x(a.start!);
    const x1 = Math.max(x0 + 3, x(a.end!));
    const h = 30;
    out.push(`<g class="activity phase-${a.phase}${a.critical ? ' critical' : ''}" data-id="${escapeXml(a.id)}" data-phase="${a.phase}"${a.health ? ` data-health="${a.health}"` : ''}>`,
        `<title>${escapeXml(`${a.label} (${a.id}): ${spanText(a)}${a.health ? ` · ${healthWord(a.health, locale)}` : ''}`)}</title>\n`);
    if (tracking && a.planned?.start && a.planned.end && (a.planned.start !== a.start || a.planned.end !== a.end)) {
        const g0 = x(a.planned.start);
        out.push(`<rect class="ghost ghost-planned" x="${n(g0)}" y="${y + h + 4}" width="${n(Math.max(2, x(a.planned.end) - g0))}" height="7" rx="2"/>\n`);
    }
    out.push(`<rect class="bar ${kindClass}${a.critical ? ' critical' : ''}" data-id="${escapeXml(a.id)}" data-start="${a.start}" data-end="${a.end}" x="${n(x0)}" y="${y}" width="${n(x1 - x0)}" height="${h}" rx="4"/>\n`);
    const progress = tracking ? trackedProgress(a) : null;
    if (progress) out.push(`<rect class="progress-fill" x="${n(x0)}" y="${y}" width="${n(Math.max(3, (x1 - x0) * progress / 100))}" height="${h}" rx="4"/>\n`);
    let after = x1 + 10;
    if (a.health) {
        out.push(`<path class="health health-${a.health}" data-health="${a.health}" d="${markPath(a.health, x1 + 16, y + h / 2, 1.25)}"/>\n`);
        after += 22;
    }
    const width = textWidth(a.label, 16) * 1.05;
    if (width + 20 <= x1 - x0) out.push(`<text class="board-bar-text" x="${n(x0 + 10)}" y="${y + 21}">${escapeXml(a.label)}</text>\n`);
    else if (after + width <= chartRight + 40) out.push(`<text class="board-label" x="${n(after)}" y="${y + 21}">${escapeXml(a.label)}</text>\n`);
    else out.push(`<text class="board-label" x="${n(Math.max(chartLeft, x0 - 10))}" y="${y + 21}" text-anchor="end">${escapeXml(fit(a.label, x0 - 10 - chartLeft, 16))}</text>\n`);
    out.push('</g>\n');
}

interface MilestonePlace { a: RoadmapActivity; x: number; level: number; left: number; right: number; anchor: 'start' | 'end'; name: string; date: string }

/**
 * Milestones on a line with their names and dates underneath, in as many levels as the slide has room for. The
 * milestones that matter most get a label first (critical or late, then the last one), the rest in date order; those
 * that fit nowhere keep their diamond and are counted in a note.
 */
/** Above the first label level: the lane's title and the line the diamonds sit on. */
const MILESTONE_TOP = 70;
const MILESTONE_LEVEL = 50;

/**
 * Labels for the milestones in up to `levels` levels under the line. The milestones that matter most get a label first
 * (late, critical, the last one, at risk), the rest in date order; those that fit nowhere keep their diamond only.
 */
function placeMilestones(
    milestones: RoadmapActivity[], levels: number, x: (d: IsoDate) => number, tracking: boolean, chartRight: number
): { placed: MilestonePlace[]; unlabelled: number; levels: number } {
    const last = milestones.reduce((latest, a) => (a.start! > latest.start! ? a : latest), milestones[0]);
    const rank = (a: RoadmapActivity) => (a.health === 'late' ? 0 : a.critical ? 1 : a === last ? 2 : a.health === 'at-risk' ? 3 : 4);
    const order = [...milestones].sort((a, b) => rank(a) - rank(b) || (a.start! < b.start! ? -1 : a.start! > b.start! ? 1 : 0));
    const used: [number, number][][] = Array.from({ length: levels }, () => []);
    const placed: MilestonePlace[] = [];
    let unlabelled = 0;
    let deepest = 0;
    for (const a of order) {
        const mx = x(a.start!);
        const name = a.label || a.id;
        const date = humanDate(a.start!) + (tracking && a.planned?.start && a.planned.start !== a.start ? t(locale, 'board.planned-date', { date: humanDate(a.planned.start) }) : '');
        const width = Math.max(textWidth(name, 15) * (a.critical ? 1.1 : 1) + (a.health ? 20 : 0), textWidth(date, 14)) + 4;
        const anchor: 'start' | 'end' = mx + width - 6 > chartRight + 30 ? 'end' : 'start';
        const left = anchor === 'start' ? mx - 6 : mx - width + 6;
        const right = left + width;
        let level = -1;
        for (let k = 0; k < levels && level < 0; k++) {
            if (used[k].every(([l, r]) => right + 16 <= l || left >= r + 16)) level = k;
        }
        if (level < 0) { unlabelled++; continue; }
        used[level].push([left, right]);
        deepest = Math.max(deepest, level + 1);
        placed.push({ a, x: mx, level, left, right, anchor, name, date });
    }
    return { placed, unlabelled, levels: deepest };
}

/** Milestones on a line with their names and dates underneath; the ones without a label are counted in a note. */
function milestoneLane(
    out: string[], milestones: RoadmapActivity[], top: number, bottom: number, x: (d: IsoDate) => number,
    tracking: boolean, chartLeft: number, chartRight: number
): void {
    const M = BOARD.margin;
    const line = top + 36;
    const levelHeight = MILESTONE_LEVEL;
    const levels = Math.max(1, Math.floor((bottom - line - 22) / levelHeight));
    out.push(`<g class="board-row board-milestones">\n`,
        `<text class="board-row-title" x="${M}" y="${top + 40}">Milestones</text>\n`,
        `<line class="board-milestone-line" x1="${chartLeft}" x2="${chartRight}" y1="${line}" y2="${line}"/>\n`);
    const { placed, unlabelled } = placeMilestones(milestones, levels, x, tracking, chartRight);
    // Leader lines first, then diamonds on the line, then the labels over everything.
    for (const place of placed) {
        const y = line + 28 + place.level * levelHeight;
        out.push(`<line class="board-leader" x1="${n(place.x)}" x2="${n(place.x)}" y1="${line + 9}" y2="${y - 14}"/>\n`);
    }
    const labelled = new Set(placed.map(place => place.a));
    for (const a of milestones) {
        const mx = x(a.start!);
        const r = labelled.has(a) ? 9 : 6;
        out.push(`<g class="activity milestone-item phase-${a.phase}${a.critical ? ' critical' : ''}" data-id="${escapeXml(a.id)}" data-phase="${a.phase}"${a.health ? ` data-health="${a.health}"` : ''}>`,
            `<title>${escapeXml(`${a.label} (${a.id}): ${humanDate(a.start!)}${a.planned?.start && a.planned.start !== a.start ? t(locale, 'board.planned-tip', { date: humanDate(a.planned.start) }) : ''}${a.health ? ` · ${healthWord(a.health, locale)}` : ''}`)}</title>`);
        if (tracking && a.planned?.start && a.planned.start !== a.start && labelled.has(a)) {
            const gx = x(a.planned.start);
            out.push(`<path class="ghost ghost-planned ghost-milestone" d="M${n(gx)},${line - 6} L${n(gx + 6)},${line} L${n(gx)},${line + 6} L${n(gx - 6)},${line} Z"/>`);
        }
        out.push(`<path class="milestone${a.critical ? ' critical' : ''}" data-id="${escapeXml(a.id)}" data-start="${a.start}" d="M${n(mx)},${line - r} L${n(mx + r)},${line} L${n(mx)},${line + r} L${n(mx - r)},${line} Z"/></g>\n`);
    }
    for (const place of placed) {
        const y = line + 28 + place.level * levelHeight;
        const a = place.a;
        const textX = place.anchor === 'start' ? place.left + 6 : place.right - 6;
        const anchor = place.anchor === 'end' ? ' text-anchor="end"' : '';
        let nameX = textX;
        if (a.health) {
            const markX = place.anchor === 'start' ? textX + 7 : textX - textWidth(place.name, 15) * (a.critical ? 1.1 : 1) - 13;
            out.push(`<path class="health health-${a.health}" data-health="${a.health}" d="${markPath(a.health, markX, y - 5, 1.05)}"/>\n`);
            if (place.anchor === 'start') nameX += 19;
        }
        out.push(`<text class="board-milestone${a.critical ? ' critical' : ''}" x="${n(nameX)}" y="${y}"${anchor}>${escapeXml(place.name)}</text>\n`,
            `<text class="board-milestone-date" x="${n(textX)}" y="${y + 19}"${anchor}>${escapeXml(place.date)}</text>\n`);
    }
    if (unlabelled) {
        out.push(`<text class="board-row-meta muted" x="${M}" y="${top + 64}">${escapeXml(t(locale, 'board.unlabelled', { count: unlabelled }))}</text>\n`,
            `<text class="board-row-meta muted" x="${M}" y="${top + 84}">${escapeXml(t(locale, 'board.see-detail'))}</text>\n`);
    }
    out.push('</g>\n');
}

/** The plan's health in one line under the header: a mark, a count and a word per health, worst first. */
function healthStrip(out: string[], model: RoadmapModel, x: number, y: number): void {
    const counts: Record<Health, number> = { 'done': 0, 'on-track': 0, 'at-risk': 0, 'late': 0 };
    for (const a of model.activities) if (a.health && a.scheduled && a.end !== null) counts[a.health]++;
    let cx = x;
    out.push(`<g class="board-health">`);
    for (const health of HEALTH_ORDER) {
        const text = `${counts[health]} ${healthWord(health, locale)}`;
        out.push(`<g class="board-count" data-health="${health}" data-count="${counts[health]}"><path class="health health-${health}" d="${markPath(health, cx + 9, y - 6, 1.45)}"/>`,
            `<text class="board-health-text" x="${n(cx + 24)}" y="${y}">${escapeXml(text)}</text></g>`);
        cx += 24 + textWidth(text, 18) * 1.05 + 30;
    }
    out.push('</g>\n');
}

function legend(out: string[], tracking: boolean, plans: boolean, milestones: boolean, y: number, left: number, right: number): void {
    const entries: [string, string][] = [['bar', t(locale, tracking ? 'board.legend.phase-forecast' : 'board.legend.phase')]];
    if (tracking) entries.push(['planned', t(locale, 'board.legend.planned')], ['progress', t(locale, 'board.legend.work-done')], ['status', t(locale, 'board.legend.status-date')]);
    if (plans) entries.push(['plan', t(locale, 'board.transformation-plan')]);
    if (milestones) entries.push(['milestone', t(locale, 'board.legend.milestone')], ['critical', t(locale, 'board.legend.critical')]);
    if (tracking) for (const health of HEALTH_ORDER) entries.push([`health-${health}`, `${HEALTH_SYMBOLS[health]} ${healthWord(health, locale)}`.slice(2)]);
    out.push(`<g class="legend">\n<line class="grid major" x1="${left}" x2="${right}" y1="${y - 22}" y2="${y - 22}"/>\n`);
    let x = left;
    for (const [kind, text] of entries) {
        let swatch = '';
        const cy = y - 5;
        switch (kind) {
            case 'bar': swatch = `<g class="phase-foundation"><rect class="bar" x="${x}" y="${cy - 8}" width="30" height="16" rx="3"/></g>`; break;
            case 'planned': swatch = `<g class="phase-foundation"><rect class="ghost ghost-planned" x="${x}" y="${cy - 4}" width="30" height="8" rx="2"/></g>`; break;
            case 'progress': swatch = `<g class="phase-foundation"><rect class="bar" x="${x}" y="${cy - 8}" width="30" height="16" rx="3"/><rect class="progress-fill" x="${x}" y="${cy - 8}" width="18" height="16" rx="3"/></g>`; break;
            case 'status': swatch = `<line class="status-line" x1="${x + 15}" x2="${x + 15}" y1="${cy - 11}" y2="${cy + 11}"/>`; break;
            case 'plan': swatch = `<g class="phase-initiation"><rect class="bar transformation-plan" x="${x + 1}" y="${cy - 8}" width="28" height="16" rx="3"/></g>`; break;
            case 'milestone': swatch = `<path class="milestone" d="M${x + 15},${cy - 9} L${x + 24},${cy} L${x + 15},${cy + 9} L${x + 6},${cy} Z"/>`; break;
            case 'critical': swatch = `<path class="milestone critical" d="M${x + 15},${cy - 9} L${x + 24},${cy} L${x + 15},${cy + 9} L${x + 6},${cy} Z"/>`; break;
            default: {
                const health = kind.slice('health-'.length) as Health;
                swatch = `<path class="health health-${health}" d="${markPath(health, x + 15, cy, 1.25)}"/>`;
            }
        }
        out.push(`<g class="legend-entry" data-kind="${kind}">${swatch}<text class="board-legend-text" x="${x + 38}" y="${y}">${escapeXml(text)}</text></g>\n`);
        x += 38 + textWidth(text, 14) + 34;
        if (x > right) break;
    }
    out.push('</g>\n');
}

/** `7 months`, `2.5 years`: how long, as a board says it. */
function lengthText(start: IsoDate, end: IsoDate): string {
    const months = daysBetween(start, end) / 30.44;
    if (months < 24) return t(locale, 'board.months', { count: Math.max(1, Math.round(months)) });
    const years = Math.round(months / 6) / 2;
    return t(locale, 'board.years', { count: years });
}

function spanText(a: RoadmapActivity): string {
    if (!a.start) return t(locale, 'render.not-scheduled');
    if (a.kind === 'milestone' || !a.end) return humanDate(a.start);
    return `${humanDate(a.start)} → ${humanDate(lastDay(a.start, a.end))}`;
}

/** Health marks as in the detail view (✓ ● ▲ ✖), scaled. */
function markPath(health: Health, cx: number, cy: number, k: number): string {
    if (health === 'on-track') {
        const r = 4.75 * k;
        return `M${n(cx - r)},${n(cy)} A${n(r)},${n(r)} 0 1 0 ${n(cx + r)},${n(cy)} A${n(r)},${n(r)} 0 1 0 ${n(cx - r)},${n(cy)} Z`;
    }
    const shapes: Record<Exclude<Health, 'on-track'>, [number, number][]> = {
        'done': [[-4.9, -0.4], [-1.6, 2.4], [4.4, -4.7], [5.4, -3.3], [-1.6, 4.6], [-5.9, 0.9]],
        'at-risk': [[0, -5.8], [5.8, 4.6], [-5.8, 4.6]],
        'late': ([[1.5, 5], [-1.5, 5], [-1.5, 1.5], [-5, 1.5], [-5, -1.5], [-1.5, -1.5], [-1.5, -5], [1.5, -5], [1.5, -1.5], [5, -1.5], [5, 1.5], [1.5, 1.5]] as [number, number][])
            .map(([px, py]) => [(px - py) * Math.SQRT1_2, (px + py) * Math.SQRT1_2] as [number, number])
    };
    return 'M' + shapes[health].map(([dx, dy]) => `${n(cx + dx * k)},${n(cy + dy * k)}`).join(' L') + ' Z';
}

function fit(text: string, room: number, fontSize: number, weight = 1): string {
    if (textWidth(text, fontSize) * weight <= room) return text;
    const chars = Array.from(text);
    let end = chars.length;
    while (end > 0 && textWidth(chars.slice(0, end).join('') + '…', fontSize) * weight > room) end--;
    return chars.slice(0, end).join('').trimEnd() + '…';
}

/** The board's own type scale, on top of the roadmap's colours. */
export function boardCss(p: Palette): string {
    return [
        `.dtp-board .board-title{fill:${p.text};font-size:34px;font-weight:bold}`,
        `.dtp-board .board-subtitle{fill:${p.mutedText};font-size:17px}`,
        `.dtp-board .board-kpi{fill:${p.text};font-size:26px;font-weight:bold}`,
        `.dtp-board .board-kpi-sub{fill:${p.mutedText};font-size:17px}`,
        `.dtp-board .board-kpi-sub.kpi-late{fill:${p.healthLate};font-weight:bold}`,
        `.dtp-board .board-health-text{fill:${p.text};font-size:18px}`,
        `.dtp-board .board-tick{fill:${p.mutedText};font-size:15px}`,
        `.dtp-board .board-tick.major{fill:${p.text};font-weight:bold}`,
        `.dtp-board .board-row-title{fill:${p.text};font-size:20px;font-weight:bold}`,
        `.dtp-board .board-row-meta{fill:${p.text};font-size:15px}`,
        `.dtp-board .board-row-meta.muted{fill:${p.mutedText}}`,
        `.dtp-board .board-bar-text{fill:${p.barText};font-size:16px;font-weight:bold;pointer-events:none}`,
        `.dtp-board .board-label{fill:${p.text};font-size:16px;paint-order:stroke;stroke:${p.background};stroke-width:4px;stroke-linejoin:round}`,
        `.dtp-board .board-variance-text{fill:${p.text};font-size:16px;font-weight:bold;paint-order:stroke;stroke:${p.background};stroke-width:4px;stroke-linejoin:round}`,
        `.dtp-board .board-milestone{fill:${p.text};font-size:15px;paint-order:stroke;stroke:${p.background};stroke-width:4px;stroke-linejoin:round}`,
        `.dtp-board .board-milestone.critical{font-weight:bold}`,
        `.dtp-board .board-milestone-date{fill:${p.mutedText};font-size:14px;paint-order:stroke;stroke:${p.background};stroke-width:4px;stroke-linejoin:round}`,
        `.dtp-board .board-milestone-line{stroke:${p.gridMajor};stroke-width:2}`,
        `.dtp-board .board-leader{stroke:${p.gridMajor};stroke-width:1.5}`,
        `.dtp-board .board-legend-text{fill:${p.mutedText};font-size:14px}`,
        `.dtp-board .board-status-label{font-size:14px}`,
        `.dtp-board .board-today-label{font-size:14px}`,
        `.dtp-board .board-open{fill:url(#dtp-board-open)}`,
        `.dtp-board .health{stroke-width:3}`
    ].join('\n');
}
