// Where the dependency lines run. Every line is orthogonal: it leaves its source just past the bar's end, runs along
// the empty gap between rows (rows hold bars and labels; the gaps between them hold nothing), crosses other rows only
// in a channel where no label lies (and, where one exists, no bar either), and enters its target from the left — or
// from above or below when the target's label sits on its left. So no line ever crosses a label. Pure geometry.
import type { RoadmapDependency } from './model.js';
import { METRICS, summaryMarkWidth, textWidth, type ItemLayout, type RoadmapLayout } from './layout.js';

export interface Route {
    dependency: RoadmapDependency;
    /** SVG path data of whole pixels: `M x,y` then `H`/`V` steps only. */
    d: string;
}

/** A row's horizontal extent of things a line must not cross: labels (hard) and bars, marks and ghosts (soft). */
interface RowSpans {
    top: number;
    bottom: number;
    hard: [number, number][];
    soft: [number, number][];
}

/** Beyond this many rows between source and target, a line takes its first channel without searching. */
const MAX_ROWS_SEARCHED = 400;
/** Clearance between a line and a label (the label's halo is 1.5 px) or a bar. */
const HARD_PAD = 3;
const SOFT_PAD = 2;

/** The box a label's text covers: [left, right], or null without a label. Shared with the tests' geometry. */
export function labelSpan(item: Pick<ItemLayout, 'label' | 'activity'>, bold = item.activity.critical): [number, number] | null {
    const label = item.label;
    if (!label.text) return null;
    const w = textWidth(label.text) * (bold ? 1.1 : 1);
    return label.anchor === 'start' ? [label.x, label.x + w] : [label.x - w, label.x];
}

export function routeDependencies(layout: RoadmapLayout, dependencies: readonly RoadmapDependency[]): Route[] {
    const rows = rowSpans(layout);
    const tops = rows.map(row => row.top);
    const routes: Route[] = [];
    for (const dependency of dependencies) {
        const from = layout.items.get(dependency.from);
        const to = layout.items.get(dependency.to);
        if (!from || !to) continue;
        routes.push({ dependency, d: route(from, to, layout, rows, tops) });
    }
    return routes;
}

function route(from: ItemLayout, to: ItemLayout, layout: RoadmapLayout, rows: RowSpans[], tops: number[]): string {
    const rowHeight = layout.rowHeight;
    const recurring = from.shape === 'recurring';
    const sx = Math.round(recurring ? from.x0 + 2 : from.x1);
    const sy = Math.round(from.cy);
    const tx = Math.round(to.x0);
    const ty = Math.round(to.cy);
    const sameRow = from.rowTop === to.rowTop;
    if (sameRow && !recurring && tx - sx >= 8 && rowFree(rows, tops, from.rowTop, sx + 1, tx - 1)) return `M${sx},${sy} H${tx}`;

    const below = to.rowTop > from.rowTop;
    // The gaps next to the source and the target, on the side facing each other (a hop over the row when both share it).
    const gs = Math.round(below ? from.rowTop + rowHeight : from.rowTop);
    const gt = Math.round(below ? to.rowTop : sameRow ? to.rowTop : to.rowTop + rowHeight);
    const x1 = recurring ? sx : sx + 4;
    // The last steps: into the bar's left end, or, when its label lies on the left, down (up) onto the bar's edge.
    const leftLabel = !to.label.inside && to.label.anchor === 'end' && to.label.text !== '';
    let entry: { x2: number; tail: string };
    if (leftLabel) {
        const ex = to.shape === 'milestone' ? Math.round((to.x0 + to.x1) / 2) : Math.round(to.x0 + Math.min(6, Math.max(1, (to.x1 - to.x0) / 2)));
        const edge = to.shape === 'milestone' ? METRICS.milestoneHalf : METRICS.barHeight / 2;
        const ey = Math.round(gt <= to.cy ? to.cy - edge : to.cy + edge);
        entry = { x2: ex, tail: `V${ey}` };
    } else {
        entry = { x2: tx - 8, tail: `V${ty} H${tx}` };
    }
    const x2 = entry.x2;
    if (gs === gt) return `M${sx},${sy} H${x1} V${gs} H${x2} ${entry.tail}`;
    return `M${sx},${sy} H${x1} ${stairs(rows, tops, gs, gt, x1, x2, layout)} V${gt} H${x2} ${entry.tail}`.replace(/ +/g, ' ');
}

/**
 * The way down (or up) from gap `from` to gap `to`, row by row: straight on where the row is free at the current x,
 * else a step sideways along the gap above it to the nearest x where it is free — of labels always, of bars where
 * one is near — leaning towards the target. Gaps hold nothing, so the steps never cross anything.
 */
function stairs(rows: RowSpans[], tops: number[], from: number, to: number, x1: number, x2: number, layout: RoadmapLayout): string {
    const down = to > from;
    const first = lowerBound(tops, Math.min(from, to));
    let last = first;
    while (last < rows.length && rows[last].bottom <= Math.max(from, to) + 0.5) last++;
    if (last - first > MAX_ROWS_SEARCHED) return '';
    const steps: string[] = [];
    let x = x1;
    const left = layout.chartLeft + 1;
    const right = layout.chartRight - 1;
    for (let k = 0; k < last - first; k++) {
        const row = rows[down ? first + k : last - 1 - k];
        const next = crossing(row, x, x2, left, right);
        if (next !== x) {
            steps.push(`V${Math.round(down ? row.top : row.bottom)} H${next}`);
            x = next;
        }
    }
    return steps.join(' ');
}

/** Where to cross a row coming from x: x itself when free, else the nearest free x, a little drawn towards the target. */
function crossing(row: RowSpans, x: number, target: number, left: number, right: number): number {
    const blocked = (spans: [number, number][], pad: number, at: number) => spans.some(([l, r]) => at > l - pad && at < r + pad);
    const free = (at: number) => !blocked(row.hard, HARD_PAD, at) && !blocked(row.soft, SOFT_PAD, at);
    if (free(x)) return x;
    const candidates: number[] = [];
    for (const [l, r] of row.hard) candidates.push(Math.floor(l - HARD_PAD - 1), Math.ceil(r + HARD_PAD + 1));
    for (const [l, r] of row.soft) candidates.push(Math.floor(l - SOFT_PAD - 1), Math.ceil(r + SOFT_PAD + 1));
    const cost = (at: number) => Math.abs(at - x) + 0.5 * Math.abs(at - target);
    let best: number | null = null;
    for (const c of candidates) if (c >= left && c <= right && free(c) && (best === null || cost(c) < cost(best))) best = c;
    // A bar may be crossed (the line runs under it) when going round it would be a long way; a label never.
    if (best !== null && Math.abs(best - x) <= 80) return best;
    if (!blocked(row.hard, HARD_PAD, x)) return x;
    let fallback: number | null = best;
    for (const c of candidates) {
        if (c >= left && c <= right && !blocked(row.hard, HARD_PAD, c) && (fallback === null || cost(c) < cost(fallback))) fallback = c;
    }
    return fallback ?? x;
}

/** Whether nothing lies on the row between x0 and x1 (a straight line between two neighbours in a chain). */
function rowFree(rows: RowSpans[], tops: number[], rowTop: number, x0: number, x1: number): boolean {
    const row = rows[lowerBound(tops, rowTop)];
    if (!row || row.top !== rowTop) return true;
    for (const [l, r] of row.hard) if (l < x1 && r > x0) return false;
    for (const [l, r] of row.soft) if (l < x1 && r > x0) return false;
    return true;
}

/** Every row of every lane, top to bottom, with what lies on it. */
function rowSpans(layout: RoadmapLayout): RowSpans[] {
    const rows = new Map<number, RowSpans>();
    const rowOf = (top: number) => {
        let row = rows.get(top);
        if (!row) rows.set(top, row = { top, bottom: top + layout.rowHeight, hard: [], soft: [] });
        return row;
    };
    for (const lane of layout.lanes) {
        const summary = lane.summary;
        if (summary) {
            const row = rowOf(summary.rowTop);
            row.soft.push([summary.x0, summary.x1]);
            const span = labelSpan({ label: summary.label, activity: { critical: true } as ItemLayout['activity'] });
            if (span) row.hard.push(span);
            for (const mark of summary.marks) row.hard.push([mark.x - METRICS.markWidth / 2, mark.x - METRICS.markWidth / 2 + summaryMarkWidth(mark.count) - 10]);
        }
        for (const item of lane.items) {
            const row = rowOf(item.rowTop);
            row.soft.push([item.x0, item.x1]);
            for (const g of [item.planned, item.base]) if (g) row.soft.push([g.x0, g.x1]);
            const track = item.track;
            if (track?.health) row.soft.push([track.markX - METRICS.markWidth / 2, track.markX + METRICS.markWidth / 2]);
            if (track?.progressText) {
                const w = textWidth(track.progressText, METRICS.progressFontSize) * 1.1;
                row.hard.push(track.progressAnchor === 'end' ? [track.progressX - w, track.progressX] : [track.progressX, track.progressX + w]);
            }
            const span = labelSpan(item);
            if (span) row.hard.push(span);
        }
    }
    return [...rows.values()].sort((a, b) => a.top - b.top);
}

function lowerBound(sorted: number[], value: number): number {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] < value - 0.5) lo = mid + 1; else hi = mid;
    }
    return lo;
}
