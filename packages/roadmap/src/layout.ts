// Geometry of the roadmap picture, computed once and shared by the SVG (and so the HTML) renderer: a UTC time
// scale whose ticks (months, quarters or years) follow the plan's span, one lane per phase with the phase's band,
// and rows inside each lane so that no bar or label overlaps another. With a status date (tracking) each row also holds
// the planned dates as a ghost under a bar that moved, and a health mark and the progress after the bar; with a base
// model, the base version of each moved bar as a second ghost. Pure: model and options in, numbers out.
import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { addDays, addRepeated, DAY_MS, daysBetween, toIso, toUtc } from './dates.js';
import type { Health, IsoDate, PhaseKind, RoadmapActivity, RoadmapCapability, RoadmapModel, RoadmapPhase } from './model.js';
import { PHASE_ORDER } from './model.js';
import { baseDiffers, plannedDiffers, progressText, trackedProgress } from './tracking.js';

export interface LayoutOptions {
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
    progressFontSize: 10.5
} as const;

export type ItemShape = 'bar' | 'milestone' | 'recurring' | 'unscheduled';

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
}

export interface LaneLayout {
    kind: PhaseKind;
    phase: RoadmapPhase | undefined;
    y: number;
    height: number;
    rows: number;
    /** The phase's span as a band; null when the phase is unscheduled. */
    band: { x0: number; x1: number; openEnded: boolean } | null;
    items: ItemLayout[];
}

export interface CapabilityRowLayout {
    capability: RoadmapCapability;
    y: number;
    cy: number;
    availableX: number | null;
    needs: { x: number; activityId: string; date: IsoDate; late: boolean }[];
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
    const statusDate = model.programme.statusDate && /^\d{4}-\d{2}-\d{2}$/.test(model.programme.statusDate) ? model.programme.statusDate : null;
    const baseActivities = options.base ? new Map(options.base.activities.map(a => [a.id, a])) : null;
    const [domainStart, domainEnd] = timeDomain(model, statusDate, options.base);
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
    const phases = new Map(model.phases.map(phase => [phase.kind, phase]));
    const activitiesByPhase = new Map<PhaseKind, RoadmapActivity[]>();
    for (const activity of model.activities) {
        const list = activitiesByPhase.get(activity.phase);
        if (list) list.push(activity); else activitiesByPhase.set(activity.phase, [activity]);
    }
    const lanes: LaneLayout[] = [];
    const items = new Map<string, ItemLayout>();
    // One slot per kind of ghost under every bar, so planned and base strips keep their places row after row.
    const plannedSlot = statusDate ? 0 : -1;
    const baseSlot = baseActivities ? (statusDate ? 1 : 0) : -1;
    const rowHeight = METRICS.rowHeight + METRICS.ghostSlot * ((plannedSlot >= 0 ? 1 : 0) + (baseSlot >= 0 ? 1 : 0));
    const context: PlaceContext = { x, chartLeft, chartRight, width, domainEnd, tracking: statusDate !== null, baseActivities };
    let y = chartTop;
    for (const kind of PHASE_ORDER) {
        const phase = phases.get(kind);
        const members = activitiesByPhase.get(kind) ?? [];
        if (!phase && members.length === 0) continue;
        const band = phase?.start
            ? { x0: x(phase.start), x1: phase.end && !phase.openEnded ? Math.max(x(phase.end), x(phase.start) + 2) : chartRight, openEnded: phase.openEnded || !phase.end }
            : null;
        const lane: LaneLayout = { kind, phase, y, height: 0, rows: 1, band, items: [] };
        const placed = placeItems(members, lanes.length, lane, context);
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
        lanes.push(lane);
        y += lane.height + METRICS.laneGap;
    }
    const chartBottom = y;

    const capabilityTop = chartBottom + (model.capabilities.length ? 12 : 0);
    let capY = capabilityTop + METRICS.capabilityHeaderHeight;
    const capabilityRows: CapabilityRowLayout[] = [];
    for (const capability of model.capabilities) {
        const available = capability.availableFrom;
        const needs: CapabilityRowLayout['needs'] = [];
        for (const id of capability.requirers) {
            const requirer = items.get(id)?.activity;
            if (!requirer?.scheduled || !requirer.start) continue;
            needs.push({ x: x(requirer.start), activityId: id, date: requirer.start, late: available === null || requirer.start < available });
        }
        capabilityRows.push({ capability, y: capY, cy: capY + METRICS.capabilityRowHeight / 2, availableX: available ? x(available) : null, needs });
        capY += METRICS.capabilityRowHeight;
    }
    const contentBottom = model.capabilities.length ? capY + 8 : chartBottom + 8;

    let today: RoadmapLayout['today'] = null;
    // With a status date the picture is as of that day: a today line beside it would invite reading the bars as of today.
    if (!statusDate && options.today && /^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
        const position = options.today < domainStart ? 'before' : options.today > domainEnd ? 'after' : 'inside';
        today = { date: options.today, x: position === 'inside' ? x(options.today) : null, position };
    }
    return {
        width, chartLeft, chartRight, axisY, chartTop, chartBottom, domainStart, domainEnd, x, tickUnit, ticks,
        lanes, items, capabilityTop, capabilityRows, today, contentBottom,
        statusDate: statusDate ? { date: statusDate, x: x(statusDate) } : null, hasBase: baseActivities !== null, rowHeight
    };
}

/**
 * From the first start to past the last finite end, snapped to month (or year) boundaries. Continuous
 * improvement has no end: the domain runs a while past its start so its recurrences and fade are visible.
 */
function timeDomain(model: RoadmapModel, statusDate: IsoDate | null, base: RoadmapModel | undefined): [IsoDate, IsoDate] {
    let start = model.programme.start;
    let end = model.programme.end > start ? model.programme.end : start;
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
        for (const activity of base.activities) {
            if (!activity.scheduled || !activity.start || !activity.end) continue;
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
function timeTicks(start: IsoDate, end: IsoDate, x: (d: IsoDate) => number, chartWidth: number): { unit: TickUnit; ticks: Tick[] } {
    const days = Math.max(1, (toUtc(end).getTime() - toUtc(start).getTime()) / DAY_MS);
    const pxPerDay = chartWidth / days;
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
    domainEnd: IsoDate;
    tracking: boolean;
    baseActivities: Map<string, RoadmapActivity> | null;
}

/** Bars in order of start, each in the first row where it (and its label, marks and ghosts) fits: rows never overlap. */
function placeItems(members: RoadmapActivity[], laneIndex: number, lane: LaneLayout, context: PlaceContext): { items: ItemLayout[]; rows: number } {
    const { x, chartLeft, chartRight, width, domainEnd } = context;
    const finite: ItemLayout[] = [];
    const recurring: ItemLayout[] = [];
    const unscheduled: ItemLayout[] = [];
    const labelLimit = width - METRICS.margin;
    for (const activity of members) {
        const item = geometry(activity, laneIndex, lane, x, chartLeft, chartRight, domainEnd);
        if (item.shape === 'bar' || item.shape === 'milestone') {
            if (context.tracking) {
                item.planned = plannedDiffers(activity) ? ghost(activity.planned!.start!, activity.planned!.end, item.shape, x) : null;
                item.track = trackOf(activity, item.shape);
            }
            const before = context.baseActivities?.get(activity.id);
            if (before && baseDiffers(activity, before)) item.base = ghost(before.start!, before.end, item.shape, x);
        }
        item.label = placeLabel(item, chartLeft, labelLimit);
        if (item.shape === 'recurring') recurring.push(item);
        else if (item.shape === 'unscheduled') unscheduled.push(item);
        else finite.push(item);
    }
    finite.sort((a, b) => a.x0 - b.x0);
    const ordered = [...finite, ...recurring, ...unscheduled];
    const rows = new RowIndex(ordered.length);
    for (const item of ordered) {
        const [left, right] = extent(item);
        // First fit (the lowest row with room) keeps related bars near the top of the lane.
        item.row = rows.place(left - METRICS.rowGap, right);
    }
    return { items: ordered, rows: rows.count };
}

/**
 * Rows of a lane as a min-tree over each row's right end, so "the first row free at x" is found in O(log n)
 * rather than by scanning every row: a 10,000-activity plan can have a thousand rows in one lane.
 */
class RowIndex {
    private readonly size: number;
    private readonly tree: Float64Array;
    count = 0;

    constructor(capacity: number) {
        let size = 1;
        while (size < Math.max(1, capacity)) size *= 2;
        this.size = size;
        this.tree = new Float64Array(2 * size).fill(-Infinity); // an unopened row is free everywhere
    }

    /** Puts an item ending at `right` in the first row whose last item ends at or before `limit`; returns the row. */
    place(limit: number, right: number): number {
        let node = 1;
        while (node < this.size) node = this.tree[2 * node] <= limit ? 2 * node : 2 * node + 1;
        const row = node - this.size;
        this.tree[node] = right;
        for (node >>= 1; node >= 1; node >>= 1) this.tree[node] = Math.min(this.tree[2 * node], this.tree[2 * node + 1]);
        if (row >= this.count) this.count = row + 1;
        return row;
    }
}

function geometry(
    activity: RoadmapActivity, laneIndex: number, lane: LaneLayout, x: (d: IsoDate) => number,
    chartLeft: number, chartRight: number, domainEnd: IsoDate
): ItemLayout {
    // One object shape for every item (no spreads): layouts of 100,000 items stay fast and monomorphic.
    const item: ItemLayout = {
        activity, laneIndex, row: 0, shape: 'bar', x0: 0, x1: 0, y: 0, cy: 0, rowTop: 0, occurrences: [],
        label: { text: '', x: 0, anchor: 'start', inside: false, truncated: false }, planned: null, base: null, track: null
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
            for (let k = 0; item.occurrences.length < METRICS.maxOccurrences; k += step) {
                const date = addRepeated(activity.start, activity.every, k);
                if (date > domainEnd) break;
                item.occurrences.push({ x: x(date), date });
            }
        }
        return item;
    }
    item.x1 = Math.max(x(activity.end), x0 + 2);
    return item;
}

function ghost(start: IsoDate, end: IsoDate | null, shape: ItemShape, x: (d: IsoDate) => number): GhostLayout {
    const x0 = x(start);
    if (shape === 'milestone') return { start, end, x0: x0 - METRICS.ghostHeight, x1: x0 + METRICS.ghostHeight, y: 0 };
    return { start, end, x0, x1: end ? Math.max(x(end), x0 + 2) : x0 + 2, y: 0 };
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
