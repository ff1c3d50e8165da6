// Geometry of the roadmap picture, computed once and shared by the SVG (and so the HTML) renderer: a UTC time
// scale whose ticks (months, quarters or years) follow the plan's span (or the view's date window), one lane per phase
// with the phase's band (or one per owner in the owners view), and rows inside each lane that hold one chain of linked
// work each, so that no bar or label overlaps another and unrelated work never shares a row. A folded lane is one
// summary bar. With a status date (tracking) each row also holds the planned dates as a ghost under a bar that moved,
// and a health mark and the progress after the bar; with a base model, the base version of each moved bar as a second
// ghost. Pure: model and options in, numbers out.
import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { addDays, addRepeated, DAY_MS, daysBetween, toIso, toUtc } from './dates.js';
import type { Health, IsoDate, PhaseKind, RoadmapActivity, RoadmapCapability, RoadmapModel, RoadmapPhase } from './model.js';
import { baseDiffers, plannedDiffers, progressText, trackedProgress } from './tracking.js';
import { HEALTH_ORDER, predecessorsOf, resolveView, viewGroups, type Group, type ResolvedView, type ViewOptions } from './view.js';

export interface LayoutOptions extends ViewOptions {
    /** Width of the picture in px (default 1600: an A3 landscape page, or a laptop screen at 100 %). */
    width?: number;
    /** Today's date, for the today line; renderers never read the clock. Not drawn when the model has a status date. */
    today?: IsoDate;
    /** An earlier version of the plan: each bar that moved since gets its base dates as a ghost. */
    base?: RoadmapModel;
}

export const METRICS = {
    margin: 16,
    gutter: 220,
    headerHeight: 64,
    axisHeight: 30,
    rowHeight: 28,
    barHeight: 18,
    lanePadding: 8,
    laneGap: 0,
    milestoneHalf: 8,
    labelGap: 6,
    rowGap: 10,
    capabilityRowHeight: 22,
    capabilityHeaderHeight: 26,
    unscheduledWidth: 90,
    fontSize: 12,
    maxOccurrences: 400,
    minTickSpacing: 6,
    /** A ghost strip under the bar: its height, its gap to what is above it, and the room each kind adds to a row. */
    ghostHeight: 5,
    ghostGap: 3,
    ghostSlot: 8,
    /** The health mark after a bar: its width and the gap on either side. */
    markWidth: 12,
    markGap: 7,
    statusLabelHeight: 18,
    /** The header's second line when tracking: the status date, the forecast end and the health counts. */
    summaryLineHeight: 18,
    progressFontSize: 10.5,
    /** More capabilities than this (or every lane folded) fold the capability panel to one row of readiness marks. */
    capabilityFoldAbove: 24
} as const;

export type ItemShape = 'bar' | 'milestone' | 'recurring' | 'unscheduled';

/** Which ends of a bar the date window cut off. */
export interface ClipLayout {
    start: boolean;
    end: boolean;
}

export interface LabelLayout {
    /** The text shown, maybe truncated with an ellipsis. */
    text: string;
    x: number;
    anchor: 'start' | 'end';
    inside: boolean;
    truncated: boolean;
}

/** Where an earlier version of the dates lies: a strip under the bar (a small diamond for a milestone). */
export interface GhostLayout {
    start: IsoDate;
    end: IsoDate | null;
    x0: number;
    x1: number;
    /** Top of the strip. */
    y: number;
}

/** Tracking marks after (or inside) a bar: the health mark and the progress as text. */
export interface TrackLayout {
    health: Health | null;
    /** Centre of the health mark. */
    markX: number;
    /** 0–100 where work has progress to show, else null. */
    progress: number | null;
    progressText: string | null;
    progressX: number;
    progressAnchor: 'start' | 'end';
    progressInside: boolean;
}

export interface ItemLayout {
    activity: RoadmapActivity;
    laneIndex: number;
    row: number;
    shape: ItemShape;
    /** Horizontal extent of the bar (for a milestone: of the diamond). */
    x0: number;
    x1: number;
    /** Top of the bar and its vertical centre. */
    y: number;
    cy: number;
    /** Top of the row the item sits in; rows are `rowHeight` apart, so row tops lie in the gaps between bars. */
    rowTop: number;
    label: LabelLayout;
    /** x of each occurrence of a recurring activity inside the picture. */
    occurrences: { x: number; date: IsoDate }[];
    /** The planned dates, when tracking and they differ from the forecast. */
    planned: GhostLayout | null;
    /** The base version's dates (`base` option), when they differ from these. */
    base: GhostLayout | null;
    track: TrackLayout | null;
    /** Set when the date window cut the bar. */
    clip: ClipLayout | null;
}

/** A folded group drawn as one bar over its members' span, with their count, health and progress. */
export interface SummaryLayout {
    key: string;
    title: string;
    /** Activities in the group, and how many of them are milestones. */
    count: number;
    milestones: number;
    start: IsoDate | null;
    end: IsoDate | null;
    /** The span has no end (only recurring work, or recurring work past the last end). */
    openEnded: boolean;
    x0: number;
    x1: number;
    y: number;
    cy: number;
    rowTop: number;
    /** The members' planned span, when tracking and it differs. */
    planned: GhostLayout | null;
    health: Record<Health, number>;
    /** Share of the work done (by duration), when tracking. */
    progress: number | null;
    critical: boolean;
    label: LabelLayout;
    clip: ClipLayout | null;
    /** When tracking: a health mark and its count per health that occurs, worst first (centre of the mark). */
    marks: { health: Health; count: number; x: number }[];
    /** An owner's group: where its work in each phase lies, so the summary keeps the phase colours of the view. */
    segments: { kind: PhaseKind; x0: number; x1: number }[];
}

export interface LaneLayout {
    /** The group: the phase kind in the detail view, the owner (or `Unassigned`) in the owners view. */
    key: string;
    /** The phase of a detail lane; null in the owners view. */
    kind: PhaseKind | null;
    title: string;
    phase: RoadmapPhase | undefined;
    y: number;
    height: number;
    rows: number;
    /** The phase's span as a band; null when the phase is unscheduled. */
    band: { x0: number; x1: number; openEnded: boolean } | null;
    items: ItemLayout[];
    /** The lane's one summary bar when the group is folded (then `items` is empty). */
    summary: SummaryLayout | null;
    /** Health counts of the lane's activities, when tracking. */
    health: Record<Health, number> | null;
}

export interface CapabilityRowLayout {
    capability: RoadmapCapability;
    y: number;
    cy: number;
    availableX: number | null;
    needs: { x: number; activityId: string; date: IsoDate; late: boolean }[];
}

/** The capability panel folded to one row: a mark where each capability becomes ready. */
export interface CapabilitySummaryLayout {
    y: number;
    cy: number;
    count: number;
    /** Never ready: nothing provides them, or their providers are not scheduled. */
    never: number;
    first: IsoDate | null;
    last: IsoDate | null;
    /** x of each ready date inside the picture (one per distinct px), and how many capabilities are ready there. */
    marks: { x: number; date: IsoDate; count: number }[];
}

export interface Tick {
    x: number;
    date: IsoDate;
    label: string;
    major: boolean;
}

export type TickUnit = 'month' | 'quarter' | 'year';

export interface RoadmapLayout {
    width: number;
    chartLeft: number;
    chartRight: number;
    /** Top of the axis and bottom of the last lane (the gridlines' extent). */
    axisY: number;
    chartTop: number;
    chartBottom: number;
    domainStart: IsoDate;
    domainEnd: IsoDate;
    x: (date: IsoDate) => number;
    tickUnit: TickUnit;
    ticks: Tick[];
    lanes: LaneLayout[];
    items: Map<string, ItemLayout>;
    capabilityTop: number;
    capabilityRows: CapabilityRowLayout[];
    /** The folded capability panel; null when each capability has its row (or there are none). */
    capabilitySummary: CapabilitySummaryLayout | null;
    /** The view: its name, the filtered model drawn, the date window, folds and what was filtered out. */
    view: ResolvedView;
    today: { date: IsoDate; x: number | null; position: 'before' | 'inside' | 'after' } | null;
    /** The model's status date (tracking): the day the forecast is as of. */
    statusDate: { date: IsoDate; x: number } | null;
    /** Whether the base option was given (its ghosts and legend entry). */
    hasBase: boolean;
    /** Distance between row tops: taller than METRICS.rowHeight when ghost strips sit under the bars. */
    rowHeight: number;
    /** Where content ends; the legend goes below. */
    contentBottom: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function layoutRoadmap(model: RoadmapModel, options: LayoutOptions = {}): RoadmapLayout {
    const width = Math.max(640, Math.round(options.width ?? 1600));
    const chartLeft = METRICS.margin + METRICS.gutter;
    const chartRight = width - METRICS.margin - 8;
    const view = resolveView(model, options);
    const shown = view.model;
    const statusDate = model.programme.statusDate && /^\d{4}-\d{2}-\d{2}$/.test(model.programme.statusDate) ? model.programme.statusDate : null;
    const baseActivities = options.base ? new Map(options.base.activities.map(a => [a.id, a])) : null;
    const [domainStart, domainEnd] = view.window
        ? windowDomain(shown, view.window)
        : timeDomain(shown, statusDate, options.base, shown !== model);
    const scale = scaleUtc().domain([toUtc(domainStart), toUtc(domainEnd)]).range([chartLeft, chartRight]);
    // Plans reuse few dates many times: position each date once.
    const positions = new Map<IsoDate, number>();
    const x = (date: IsoDate) => {
        let position = positions.get(date);
        if (position === undefined) positions.set(date, position = scale(toUtc(date)));
        return position;
    };
    const { unit: tickUnit, ticks } = timeTicks(domainStart, domainEnd, x, chartRight - chartLeft);

    // With a status date the header gains a summary line, and the date's label a line of its own above the axis, so
    // no month label has to give way.
    const axisY = METRICS.headerHeight + (statusDate ? METRICS.summaryLineHeight + METRICS.statusLabelHeight : 0);
    const chartTop = axisY + METRICS.axisHeight;
    const phases = new Map(shown.phases.map(phase => [phase.kind, phase]));
    const lanes: LaneLayout[] = [];
    const items = new Map<string, ItemLayout>();
    // One slot per kind of ghost under every bar, so planned and base strips keep their places row after row.
    const plannedSlot = statusDate ? 0 : -1;
    const baseSlot = baseActivities ? (statusDate ? 1 : 0) : -1;
    const rowHeight = METRICS.rowHeight + METRICS.ghostSlot * ((plannedSlot >= 0 ? 1 : 0) + (baseSlot >= 0 ? 1 : 0));
    const context: PlaceContext = {
        x, chartLeft, chartRight, width, domainStart, domainEnd, clipped: view.window !== null, tracking: statusDate !== null, baseActivities,
        predecessors: predecessorsOf(model), byId: new Map(model.activities.map(a => [a.id, a]))
    };
    let y = chartTop;
    for (const group of viewGroups(view)) {
        const phase = group.kind ? phases.get(group.kind) : undefined;
        const band = phase?.start ? bandOf(phase, context) : null;
        const lane: LaneLayout = {
            key: group.key, kind: group.kind, title: group.title, phase, y, height: 0, rows: 1, band, items: [], summary: null,
            health: statusDate ? healthOf(group.activities) : null
        };
        if (view.folded.has(group.key)) {
            lane.summary = summaryOf(group, lane, phase, context);
            lane.rows = 1;
            lane.height = METRICS.lanePadding * 2 + rowHeight;
            const summary = lane.summary;
            summary.rowTop = y + METRICS.lanePadding;
            summary.y = summary.rowTop + (METRICS.rowHeight - METRICS.barHeight) / 2;
            summary.cy = summary.y + METRICS.barHeight / 2;
            if (summary.planned) summary.planned.y = summary.y + METRICS.barHeight + METRICS.ghostGap;
        } else {
            const placed = placeItems(group.activities, lanes.length, lane, context);
            lane.items = placed.items;
            lane.rows = Math.max(1, placed.rows);
            lane.height = METRICS.lanePadding * 2 + lane.rows * rowHeight;
            for (const item of placed.items) {
                item.rowTop = y + METRICS.lanePadding + item.row * rowHeight;
                item.y = item.rowTop + (METRICS.rowHeight - METRICS.barHeight) / 2;
                item.cy = item.y + METRICS.barHeight / 2;
                const under = item.y + METRICS.barHeight + METRICS.ghostGap;
                if (item.planned) item.planned.y = under + plannedSlot * METRICS.ghostSlot;
                if (item.base) item.base.y = under + baseSlot * METRICS.ghostSlot;
                items.set(item.activity.id, item);
            }
        }
        lanes.push(lane);
        y += lane.height + METRICS.laneGap;
    }
    const chartBottom = y;

    const capabilityTop = chartBottom + (shown.capabilities.length ? 12 : 0);
    let capY = capabilityTop + METRICS.capabilityHeaderHeight;
    const capabilityRows: CapabilityRowLayout[] = [];
    let capabilitySummary: CapabilitySummaryLayout | null = null;
    const clampX = (date: IsoDate) => Math.min(chartRight, Math.max(chartLeft, x(date)));
    const inside = (date: IsoDate) => date >= domainStart && date <= domainEnd;
    if (shown.capabilities.length > 0 && (view.foldedAll || shown.capabilities.length > METRICS.capabilityFoldAbove)) {
        capabilitySummary = capabilitiesFolded(shown, capY, x, inside);
        capY += METRICS.capabilityRowHeight;
    } else {
        for (const capability of shown.capabilities) {
            const available = capability.availableFrom;
            const needs: CapabilityRowLayout['needs'] = [];
            for (const id of capability.requirers) {
                const requirer = items.get(id)?.activity;
                if (!requirer?.scheduled || !requirer.start || !inside(requirer.start)) continue;
                needs.push({ x: x(requirer.start), activityId: id, date: requirer.start, late: available === null || requirer.start < available });
            }
            // Ready before the window: the line runs from its left edge, without the triangle; after it: no line.
            const availableX = available && available <= domainEnd ? clampX(available) : null;
            capabilityRows.push({ capability, y: capY, cy: capY + METRICS.capabilityRowHeight / 2, availableX, needs });
            capY += METRICS.capabilityRowHeight;
        }
    }
    const contentBottom = shown.capabilities.length ? capY + 8 : chartBottom + 8;

    let today: RoadmapLayout['today'] = null;
    // With a status date the picture is as of that day: a today line beside it would invite reading the bars as of today.
    if (!statusDate && options.today && /^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
        const position = options.today < domainStart ? 'before' : options.today > domainEnd ? 'after' : 'inside';
        today = { date: options.today, x: position === 'inside' ? x(options.today) : null, position };
    }
    return {
        width, chartLeft, chartRight, axisY, chartTop, chartBottom, domainStart, domainEnd, x, tickUnit, ticks,
        lanes, items, capabilityTop, capabilityRows, capabilitySummary, view, today, contentBottom,
        statusDate: statusDate ? { date: statusDate, x: x(statusDate) } : null, hasBase: baseActivities !== null, rowHeight
    };
}

function bandOf(phase: RoadmapPhase, context: PlaceContext): LaneLayout['band'] {
    const { x, chartLeft, chartRight } = context;
    if (!phase.start) return null;
    const openEnded = phase.openEnded || !phase.end;
    if (context.clipped && (phase.start > context.domainEnd || (!openEnded && phase.end! <= context.domainStart))) return null;
    const x0 = Math.max(chartLeft, x(phase.start));
    const x1 = openEnded ? chartRight : Math.min(chartRight, Math.max(x(phase.end!), x0 + 2));
    return { x0, x1, openEnded };
}

function healthOf(activities: readonly RoadmapActivity[]): Record<Health, number> {
    const counts: Record<Health, number> = { 'done': 0, 'on-track': 0, 'at-risk': 0, 'late': 0 };
    for (const a of activities) if (a.health && a.scheduled && a.end !== null) counts[a.health]++;
    return counts;
}

/** One bar over the group's span: from its first start to its last end (open when recurring work outlasts it). */
function summaryOf(group: Group, lane: LaneLayout, phase: RoadmapPhase | undefined, context: PlaceContext): SummaryLayout {
    const { x, chartLeft, chartRight } = context;
    let start: IsoDate | null = null;
    let end: IsoDate | null = null;
    let openEnded = false;
    let plannedStart: IsoDate | null = null;
    let plannedEnd: IsoDate | null = null;
    let doneDays = 0;
    let allDays = 0;
    let milestones = 0;
    let critical = false;
    for (const a of group.activities) {
        if (a.kind === 'milestone') milestones++;
        if (a.critical) critical = true;
        if (!a.scheduled || !a.start) continue;
        if (!start || a.start < start) start = a.start;
        if (a.end !== null && (!end || a.end > end)) end = a.end;
        const p = a.planned;
        if (p?.start && (!plannedStart || p.start < plannedStart)) plannedStart = p.start;
        if (p?.end && (!plannedEnd || p.end > plannedEnd)) plannedEnd = p.end;
        if (context.tracking && a.end !== null && a.kind !== 'milestone') {
            const days = Math.max(1, daysBetween(a.start, a.end));
            allDays += days;
            doneDays += days * (trackedProgress(a) ?? 0) / 100;
        }
    }
    // Recurring work has no end: the bar is open only when nothing else in the group ends.
    if (start && !end) openEnded = true;
    // The phase's own span when it has one: a declared phase may be longer than its work.
    if (phase?.start && group.kind) {
        start = phase.start;
        if (phase.openEnded || !phase.end) openEnded = true; else end = phase.end;
        if (phase.planned?.start) plannedStart = phase.planned.start;
        if (phase.planned?.end) plannedEnd = phase.planned.end;
    }
    const clip: ClipLayout = { start: false, end: false };
    let x0 = start ? x(start) : (lane.band?.x0 ?? chartLeft);
    let x1 = openEnded ? chartRight : end ? Math.max(x(end), x0 + 2) : x0 + METRICS.unscheduledWidth;
    if (x0 < chartLeft) { x0 = chartLeft; clip.start = true; }
    if (x1 > chartRight) { x1 = chartRight; clip.end = !openEnded; }
    const planned = context.tracking && plannedStart && plannedEnd && !openEnded && (plannedStart !== start || plannedEnd !== end)
        ? { start: plannedStart, end: plannedEnd, x0: Math.max(chartLeft, x(plannedStart)), x1: Math.min(chartRight, Math.max(x(plannedEnd), x(plannedStart) + 2)), y: 0 }
        : null;
    const count = group.activities.length;
    const summary: SummaryLayout = {
        key: group.key, title: group.title, count, milestones, start, end: openEnded ? null : end, openEnded, x0, x1, y: 0, cy: 0, rowTop: 0,
        planned, health: healthOf(group.activities), progress: context.tracking && allDays > 0 ? Math.round((doneDays / allDays) * 100) : null,
        critical, label: { text: '', x: 0, anchor: 'start', inside: false, truncated: false }, clip: clip.start || clip.end ? clip : null, marks: [],
        segments: group.kind ? [] : phaseSegments(group.activities, context)
    };
    const text = `${count.toLocaleString('en')} ${count === 1 ? 'activity' : 'activities'}${milestones ? ` · ${milestones} ${milestones === 1 ? 'milestone' : 'milestones'}` : ''}`;
    const labelWidth = textWidth(text) * 1.1;
    if (labelWidth + 2 * METRICS.labelGap <= x1 - x0) summary.label = { text, x: x0 + METRICS.labelGap, anchor: 'start', inside: true, truncated: false };
    else summary.label = truncated(text, x1 + METRICS.labelGap, 'start', Math.max(0, context.width - METRICS.margin - x1 - METRICS.labelGap), false);
    if (context.tracking) placeSummaryMarks(summary, context);
    return summary;
}

/** Per phase, from the first start to the last end of the work in it (recurring work to the picture's end). */
function phaseSegments(activities: readonly RoadmapActivity[], context: PlaceContext): SummaryLayout['segments'] {
    const spans = new Map<PhaseKind, [IsoDate, IsoDate | null]>();
    for (const a of activities) {
        if (!a.scheduled || !a.start) continue;
        const span = spans.get(a.phase);
        if (!span) { spans.set(a.phase, [a.start, a.end]); continue; }
        if (a.start < span[0]) span[0] = a.start;
        if (span[1] !== null && (a.end === null || a.end > span[1])) span[1] = a.end;
    }
    const { x, chartLeft, chartRight } = context;
    return PHASE_KINDS.filter(kind => spans.has(kind)).map(kind => {
        const [start, end] = spans.get(kind)!;
        const x0 = Math.min(chartRight, Math.max(chartLeft, x(start)));
        return { kind, x0, x1: end === null ? chartRight : Math.max(x0 + 2, Math.min(chartRight, x(end))) };
    });
}

const PHASE_KINDS: readonly PhaseKind[] = ['initiation', 'foundation', 'improvement', 'continuous-improvement'];

/** The width of a health mark with its count, and the space after it. */
export function summaryMarkWidth(count: number): number {
    return METRICS.markWidth + 3 + textWidth(String(count), METRICS.progressFontSize) * 1.1 + 10;
}

/**
 * The health counts after the summary bar, worst first; where the picture ends too soon after the bar, inside its
 * right end (or before it).
 */
function placeSummaryMarks(s: SummaryLayout, context: PlaceContext): void {
    const healths = HEALTH_ORDER.filter(h => s.health[h]);
    if (healths.length === 0) return;
    const needed = healths.reduce((sum, h) => sum + summaryMarkWidth(s.health[h]), 0);
    const label = s.label;
    const labelRight = label.text ? label.x + textWidth(label.text) * 1.1 : s.x0;
    const after = (label.inside ? s.x1 : labelRight) + METRICS.markGap;
    let x = after + needed <= context.width - METRICS.margin ? after
        : s.x1 - needed - METRICS.labelGap >= (label.inside ? labelRight : s.x0) + METRICS.labelGap ? s.x1 - needed - METRICS.labelGap
        : Math.max(context.chartLeft, s.x0 - needed - METRICS.labelGap);
    for (const health of healths) {
        s.marks.push({ health, count: s.health[health], x: x + METRICS.markWidth / 2 });
        x += summaryMarkWidth(s.health[health]);
    }
}

function capabilitiesFolded(model: RoadmapModel, y: number, x: (date: IsoDate) => number, inside: (date: IsoDate) => boolean): CapabilitySummaryLayout {
    const byPixel = new Map<number, { x: number; date: IsoDate; count: number }>();
    let first: IsoDate | null = null;
    let last: IsoDate | null = null;
    let never = 0;
    for (const c of model.capabilities) {
        const date = c.availableFrom;
        if (!date) { never++; continue; }
        if (!first || date < first) first = date;
        if (!last || date > last) last = date;
        if (!inside(date)) continue;
        const px = Math.round(x(date));
        const mark = byPixel.get(px);
        if (mark) mark.count++; else byPixel.set(px, { x: px, date, count: 1 });
    }
    // Triangles closer than their width would run into one bar: nearby ones merge into the first, counted together.
    const marks: { x: number; date: IsoDate; count: number }[] = [];
    for (const mark of [...byPixel.values()].sort((a, b) => a.x - b.x)) {
        const previous = marks[marks.length - 1];
        if (previous && mark.x - previous.x < 14) previous.count += mark.count; else marks.push(mark);
    }
    return { y, cy: y + METRICS.capabilityRowHeight / 2, count: model.capabilities.length, never, first, last, marks };
}

/** The window as the domain, exactly (bars are cut at its edges); an open side ends where the work shown does. */
export function windowDomain(model: RoadmapModel, window: { start: IsoDate; end: IsoDate }): [IsoDate, IsoDate] {
    const start = window.start < '1000-01-01' ? firstDate(model) ?? window.start : window.start;
    const end = window.end > '9000-01-01' ? lastDate(model, start) : window.end;
    return [start, end > start ? end : addDays(start, 1)];
}

function firstDate(model: RoadmapModel): IsoDate | null {
    let first: IsoDate | null = null;
    for (const a of model.activities) if (a.scheduled && a.start && (!first || a.start < first)) first = a.start;
    return first ?? model.programme.start;
}

function lastDate(model: RoadmapModel, start: IsoDate): IsoDate {
    let last = start;
    for (const a of model.activities) {
        if (!a.scheduled || !a.start) continue;
        const end = a.end ?? addDays(a.start, 240);
        if (end > last) last = end;
    }
    return addDays(last, 7);
}

/**
 * From the first start to past the last finite end, snapped to month (or year) boundaries. Continuous
 * improvement has no end: the domain runs a while past its start so its recurrences and fade are visible.
 */
export function timeDomain(model: RoadmapModel, statusDate: IsoDate | null, base: RoadmapModel | undefined, filtered: boolean): [IsoDate, IsoDate] {
    // A filtered picture spans what it shows, not the whole programme.
    const first = filtered ? firstDate(model) : null;
    let start = first ?? model.programme.start;
    let end = !filtered && model.programme.end > start ? model.programme.end : start;
    let openStart: IsoDate | null = null;
    for (const activity of model.activities) {
        if (!activity.scheduled || !activity.start) continue;
        if (activity.start < start) start = activity.start;
        if (activity.end) { if (activity.end > end) end = activity.end; } else if (!openStart || activity.start > openStart) openStart = activity.start;
        if (activity.start > end) end = activity.start;
        // Ghosts (planned dates) must fit in the picture too.
        const planned = activity.planned;
        if (planned?.start && planned.end) {
            if (planned.start < start) start = planned.start;
            if (planned.end > end) end = planned.end;
        }
    }
    if (base) {
        const shown = filtered ? new Set(model.activities.map(a => a.id)) : null;
        for (const activity of base.activities) {
            if (!activity.scheduled || !activity.start || !activity.end || (shown && !shown.has(activity.id))) continue;
            if (activity.start < start) start = activity.start;
            if (activity.end > end) end = activity.end;
        }
    }
    if (statusDate) {
        if (statusDate < start) start = statusDate;
        if (statusDate > end) end = statusDate;
    }
    for (const phase of model.phases) {
        if (!phase.start) continue;
        if (phase.start < start) start = phase.start;
        if (phase.end && !phase.openEnded) { if (phase.end > end) end = phase.end; } else if (!openStart || phase.start > openStart) openStart = phase.start;
    }
    if (openStart && openStart > end) end = openStart;
    const span = Math.max(1, daysBetween(start, end));
    if (openStart) end = addDays(end, Math.max(240, Math.round(span * 0.3)));
    else end = addDays(end, Math.max(7, Math.round(span * 0.02)));
    const yearly = span > 6 * 365;
    const floor = yearly ? utcYear.floor(toUtc(start)) : utcMonth.floor(toUtc(start));
    const ceil = yearly ? utcYear.ceil(toUtc(end)) : utcMonth.ceil(toUtc(end));
    return [toIso(floor), toIso(ceil)];
}

/** Months when a month is at least ~40px wide, else quarters, else years (every k years so labels fit). */
export function timeTicks(start: IsoDate, end: IsoDate, x: (d: IsoDate) => number, chartWidth: number, labelScale = 1): { unit: TickUnit; ticks: Tick[] } {
    const days = Math.max(1, (toUtc(end).getTime() - toUtc(start).getTime()) / DAY_MS);
    // Larger labels (the board's) need more room per tick: as if the chart were that much narrower.
    const pxPerDay = chartWidth / days / labelScale;
    const from = toUtc(start);
    const to = new Date(toUtc(end).getTime() + 1);
    if (pxPerDay * 30.4 >= 40) {
        return {
            unit: 'month',
            ticks: utcMonth.range(from, to).map((date, i) => {
                const major = date.getUTCMonth() === 0 || i === 0;
                return { x: x(toIso(date)), date: toIso(date), major, label: major ? `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` : MONTHS[date.getUTCMonth()] };
            })
        };
    }
    if (pxPerDay * 91 >= 48) {
        return {
            unit: 'quarter',
            ticks: utcMonth.every(3)!.range(from, to).map((date, i) => {
                const quarter = Math.floor(date.getUTCMonth() / 3) + 1;
                const major = quarter === 1 || i === 0;
                return { x: x(toIso(date)), date: toIso(date), major, label: major ? `Q${quarter} ${date.getUTCFullYear()}` : `Q${quarter}` };
            })
        };
    }
    const step = Math.max(1, Math.ceil(48 / (pxPerDay * 365.25)));
    return {
        unit: 'year',
        ticks: utcYear.every(step)!.range(from, to).map(date => ({ x: x(toIso(date)), date: toIso(date), major: true, label: String(date.getUTCFullYear()) }))
    };
}

interface PlaceContext {
    x: (d: IsoDate) => number;
    chartLeft: number;
    chartRight: number;
    width: number;
    domainStart: IsoDate;
    domainEnd: IsoDate;
    /** A date window is set: bars are cut at the chart's edges. */
    clipped: boolean;
    tracking: boolean;
    baseActivities: Map<string, RoadmapActivity> | null;
    /** Every activity's predecessors in the whole plan, and the activities by id. */
    predecessors: Map<string, string[]>;
    byId: Map<string, RoadmapActivity>;
}

/** How far back a bar looks for a row whose last bar it depends on; beyond it, it starts a row of its own. */
const ANCESTOR_BUDGET = 600;

/**
 * Bars in order of start, each appended to a row whose last bar it depends on (directly, else through a path of
 * after/requires links), where it (and its label, marks and ghosts) fits; else it opens a row. So every row is one
 * chain of linked work — any two bars in a row are joined by a path of dependencies — and rows never overlap.
 */
function placeItems(members: RoadmapActivity[], laneIndex: number, lane: LaneLayout, context: PlaceContext): { items: ItemLayout[]; rows: number } {
    const { x, chartLeft } = context;
    const finite: ItemLayout[] = [];
    const recurring: ItemLayout[] = [];
    const unscheduled: ItemLayout[] = [];
    const labelLimit = context.width - METRICS.margin;
    for (const activity of members) {
        const item = geometry(activity, laneIndex, lane, context);
        if (item.shape === 'bar' || item.shape === 'milestone') {
            if (context.tracking) {
                item.planned = plannedDiffers(activity) ? ghost(activity.planned!.start!, activity.planned!.end, item.shape, x, context) : null;
                item.track = trackOf(activity, item.shape);
            }
            const before = context.baseActivities?.get(activity.id);
            if (before && baseDiffers(activity, before)) item.base = ghost(before.start!, before.end, item.shape, x, context);
        }
        item.label = placeLabel(item, chartLeft, labelLimit);
        if (item.shape === 'recurring') recurring.push(item);
        else if (item.shape === 'unscheduled') unscheduled.push(item);
        else finite.push(item);
    }
    finite.sort((a, b) => (a.activity.start! < b.activity.start! ? -1 : a.activity.start! > b.activity.start! ? 1 : a.x1 - b.x1));
    const ordered = [...finite, ...recurring, ...unscheduled];
    const rowRight: number[] = [];
    const rowTail: string[] = [];
    const tailRow = new Map<string, number>();
    const seen = new Set<string>();
    for (const item of ordered) {
        const [left, right] = extent(item);
        const row = chainRow(item.activity, left - METRICS.rowGap, rowRight, tailRow, seen, context);
        if (row < 0) {
            item.row = rowRight.length;
            rowRight.push(right);
            rowTail.push(item.activity.id);
        } else {
            item.row = row;
            tailRow.delete(rowTail[row]);
            rowRight[row] = right;
            rowTail[row] = item.activity.id;
        }
        tailRow.set(item.activity.id, item.row);
    }
    return { items: ordered, rows: rowRight.length };
}

/**
 * The row to continue: the nearest ancestor (direct predecessors first, then theirs, …) that ends a row with room
 * before `limit`; among equally near ones a critical one for critical work, else the one ending latest. -1: none.
 */
function chainRow(
    activity: RoadmapActivity, limit: number, rowRight: number[], tailRow: Map<string, number>, seen: Set<string>, context: PlaceContext
): number {
    if (tailRow.size === 0) return -1;
    seen.clear();
    seen.add(activity.id);
    let frontier = context.predecessors.get(activity.id) ?? [];
    let budget = ANCESTOR_BUDGET;
    while (frontier.length > 0 && budget > 0) {
        let best = -1;
        let bestScore = -Infinity;
        const next: string[] = [];
        for (const id of frontier) {
            if (seen.has(id)) continue;
            seen.add(id);
            budget--;
            const row = tailRow.get(id);
            if (row !== undefined && rowRight[row] <= limit) {
                const score = (activity.critical && context.byId.get(id)?.critical ? 1e6 : 0) + rowRight[row];
                if (score > bestScore) { best = row; bestScore = score; }
            }
            for (const p of context.predecessors.get(id) ?? []) if (!seen.has(p)) next.push(p);
        }
        if (best >= 0) return best;
        frontier = next;
    }
    return -1;
}

function geometry(activity: RoadmapActivity, laneIndex: number, lane: LaneLayout, context: PlaceContext): ItemLayout {
    const { x, chartLeft, chartRight, domainEnd } = context;
    // One object shape for every item (no spreads): layouts of 100,000 items stay fast and monomorphic.
    const item: ItemLayout = {
        activity, laneIndex, row: 0, shape: 'bar', x0: 0, x1: 0, y: 0, cy: 0, rowTop: 0, occurrences: [],
        label: { text: '', x: 0, anchor: 'start', inside: false, truncated: false }, planned: null, base: null, track: null, clip: null
    };
    if (!activity.scheduled || !activity.start) {
        item.shape = 'unscheduled';
        item.x0 = lane.band?.x0 ?? chartLeft;
        item.x1 = item.x0 + METRICS.unscheduledWidth;
        return item;
    }
    const x0 = x(activity.start);
    if (activity.kind === 'milestone') {
        item.shape = 'milestone';
        item.x0 = x0 - METRICS.milestoneHalf;
        item.x1 = x0 + METRICS.milestoneHalf;
        return item;
    }
    item.x0 = x0;
    if (!activity.end) {
        item.shape = 'recurring';
        item.x1 = chartRight;
        if (activity.every && activity.every.amount > 0) {
            // Ticks closer than a few px would blur into a bar: on long spans draw every k-th occurrence.
            const second = x(addRepeated(activity.start, activity.every, 1));
            const step = Math.max(1, Math.ceil(METRICS.minTickSpacing / Math.max(0.01, second - x0)));
            for (let k = 0; item.occurrences.length < METRICS.maxOccurrences && k < 100_000; k += step) {
                const date = addRepeated(activity.start, activity.every, k);
                if (date > domainEnd) break;
                if (date >= context.domainStart) item.occurrences.push({ x: x(date), date });
            }
        }
        if (item.x0 < chartLeft) { item.x0 = chartLeft; item.clip = { start: true, end: false }; }
        return item;
    }
    item.x1 = Math.max(x(activity.end), x0 + 2);
    if (context.clipped && (item.x0 < chartLeft || item.x1 > chartRight)) {
        item.clip = { start: item.x0 < chartLeft, end: item.x1 > chartRight };
        item.x0 = Math.max(chartLeft, item.x0);
        item.x1 = Math.max(item.x0 + 2, Math.min(chartRight, item.x1));
    }
    return item;
}

function ghost(start: IsoDate, end: IsoDate | null, shape: ItemShape, x: (d: IsoDate) => number, context: PlaceContext): GhostLayout {
    const x0 = x(start);
    if (shape === 'milestone') return { start, end, x0: x0 - METRICS.ghostHeight, x1: x0 + METRICS.ghostHeight, y: 0 };
    const ghostLayout = { start, end, x0, x1: end ? Math.max(x(end), x0 + 2) : x0 + 2, y: 0 };
    if (context.clipped) {
        ghostLayout.x0 = Math.min(context.chartRight, Math.max(context.chartLeft, ghostLayout.x0));
        ghostLayout.x1 = Math.max(ghostLayout.x0, Math.min(context.chartRight, ghostLayout.x1));
    }
    return ghostLayout;
}

function trackOf(activity: RoadmapActivity, shape: ItemShape): TrackLayout {
    const progress = shape === 'bar' ? trackedProgress(activity) : null;
    return {
        health: activity.health ?? null, markX: 0, progress,
        progressText: progress === null ? null : progressText(activity, progress),
        progressX: 0, progressAnchor: 'start', progressInside: false
    };
}

/**
 * Inside the bar when it fits, else to the right, else to the left, truncated (with a tooltip) as a last resort.
 * When tracking, the health mark and (unless it fits inside the bar) the progress come first after the bar: they
 * sit at the bar's end on every row, and a label on the right starts after them.
 */
function placeLabel(item: ItemLayout, chartLeft: number, limit: number): LabelLayout {
    const full = item.activity.label || item.activity.id;
    // Critical labels are bold: about a tenth wider.
    const width = textWidth(full) * (item.activity.critical ? 1.1 : 1);
    const gap = METRICS.labelGap;
    const track = item.track;
    let tailEnd = item.x1;
    if (track) {
        if (track.health) {
            track.markX = tailEnd + METRICS.markGap + METRICS.markWidth / 2;
            tailEnd += METRICS.markGap + METRICS.markWidth;
        }
        if (track.progressText) {
            const room = item.x1 - item.x0;
            const textRoom = textWidth(track.progressText, METRICS.progressFontSize) * 1.1;
            // Inside at the bar's right end when the label (inside) and the percentage both fit; else after the mark.
            if (width + textRoom + 3 * gap <= room) {
                Object.assign(track, { progressInside: true, progressX: item.x1 - gap, progressAnchor: 'end' });
            } else {
                Object.assign(track, { progressInside: false, progressX: tailEnd + 4, progressAnchor: 'start' });
                tailEnd += 4 + textRoom;
            }
        }
    }
    if (item.shape === 'bar' || item.shape === 'recurring') {
        const room = item.shape === 'recurring' ? (item.x1 - item.x0) * 0.75 : item.x1 - item.x0; // the solid part of the fade
        if (width + 2 * gap <= room) return { text: full, x: item.x0 + gap, anchor: 'start', inside: true, truncated: false };
        if (item.shape === 'recurring') return truncated(full, item.x0 + gap, 'start', room - 2 * gap, true);
    }
    const rightX = tailEnd + gap;
    const rightRoom = limit - rightX;
    if (width <= rightRoom) return { text: full, x: rightX, anchor: 'start', inside: false, truncated: false };
    const leftX = item.x0 - gap;
    const leftRoom = leftX - chartLeft;
    if (width <= leftRoom) return { text: full, x: leftX, anchor: 'end', inside: false, truncated: false };
    return leftRoom > rightRoom ? truncated(full, leftX, 'end', leftRoom, false) : truncated(full, rightX, 'start', rightRoom, false);
}

function truncated(full: string, x: number, anchor: 'start' | 'end', room: number, inside: boolean): LabelLayout {
    const ellipsis = '…';
    let used = textWidth(ellipsis);
    let end = 0;
    const chars = Array.from(full);
    while (end < chars.length && used + charWidth(chars[end]) <= room) used += charWidth(chars[end++]);
    const text = end >= chars.length ? full : chars.slice(0, end).join('').trimEnd() + ellipsis;
    return { text, x, anchor, inside, truncated: text !== full };
}

function extent(item: ItemLayout): [number, number] {
    let left = item.x0;
    let right = item.x1;
    // Ghosts lie under the bar, but another bar in the row would sit right above them and read as theirs.
    for (const g of [item.planned, item.base]) {
        if (g) { left = Math.min(left, g.x0); right = Math.max(right, g.x1); }
    }
    const track = item.track;
    if (track?.health) right = Math.max(right, track.markX + METRICS.markWidth / 2);
    if (track?.progressText && !track.progressInside) right = Math.max(right, track.progressX + textWidth(track.progressText, METRICS.progressFontSize) * 1.1);
    const label = item.label;
    if (label.inside || !label.text) return [left, right];
    const w = textWidth(label.text) * (item.activity.critical ? 1.1 : 1);
    return label.anchor === 'start' ? [left, Math.max(right, label.x + w)] : [Math.min(left, label.x - w), right];
}

/** Estimated width at 12px of DejaVu Sans/Segoe UI, on the generous side so labels never run into bars. */
export function textWidth(text: string, fontSize: number = METRICS.fontSize): number {
    let width = 0;
    for (const ch of text) width += charWidth(ch);
    return (width * fontSize) / METRICS.fontSize;
}

// Widths (px at 12px) of ASCII characters by class; computed once, looked up per character.
const ASCII_WIDTHS = (() => {
    const widths = new Float64Array(128).fill(7.1);
    for (const ch of 'iljtf.,:;\'|!()[] ') widths[ch.charCodeAt(0)] = 3.9;
    for (let c = 65; c <= 90; c++) widths[c] = 8.4;
    for (const ch of 'mwMW@%') widths[ch.charCodeAt(0)] = 10.6;
    return widths;
})();

function charWidth(ch: string): number {
    const code = ch.charCodeAt(0);
    if (code < 128) return ASCII_WIDTHS[code];
    return code > 0x2e80 ? 12 : 7.1; // CJK and other wide scripts
}
