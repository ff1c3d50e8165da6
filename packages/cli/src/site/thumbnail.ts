// The index's picture of a programme: a small inline SVG with a lane per phase, its span as a band and the
// activities packed into a few rows, coloured by health (or the critical path) — readable at card size, unlike the
// full roadmap scaled down. Colours come from the stylesheet, so it follows light and dark.
import type { RoadmapActivity, RoadmapModel } from '@dtp/roadmap';
import { escapeXml } from '@dtp/roadmap';

const WIDTH = 480;
const HEIGHT = 120;
const PAD = 4;
/** More bars than this are sampled: a 10,000-activity plan must not make the index heavy. */
const MAX_BARS = 400;
const DAY_MS = 86_400_000;

const time = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

export function thumbnailSvg(model: RoadmapModel, label: string, today?: string): string {
    const { programme } = model;
    const starts = [programme.start, programme.planned?.start].filter((d): d is string => !!d);
    const ends = [programme.end, programme.planned?.end].filter((d): d is string => !!d);
    const from = time(starts.sort()[0]);
    const finiteEnd = Math.max(from + DAY_MS, ...ends.map(time));
    // Continuous improvement has no end: show a tail of it after the programme's end.
    const to = finiteEnd + (finiteEnd - from) * 0.12;
    const x = (date: string | number) => PAD + ((typeof date === 'number' ? date : time(date)) - from) / (to - from) * (WIDTH - 2 * PAD);
    const r = (n: number) => Math.round(n * 10) / 10;

    const phases = model.phases;
    const laneHeight = (HEIGHT - 2 * PAD) / Math.max(1, phases.length);
    const out: string[] = [];
    const byPhase = new Map<string, RoadmapActivity[]>();
    const scheduled = model.activities.filter(a => a.scheduled && a.start);
    const shown = scheduled.length <= MAX_BARS ? scheduled : scheduled.filter((_, i) => i % Math.ceil(scheduled.length / MAX_BARS) === 0);
    for (const activity of shown) {
        const list = byPhase.get(activity.phase) ?? [];
        list.push(activity);
        byPhase.set(activity.phase, list);
    }
    phases.forEach((phase, index) => {
        const top = PAD + index * laneHeight;
        const kind = escapeXml(phase.kind);
        out.push(`<rect class="t-lane" x="0" y="${r(top)}" width="${WIDTH}" height="${r(laneHeight - 1)}"/>`);
        if (phase.start) {
            const end = phase.end ?? to;
            out.push(`<rect class="t-phase t-${kind}" x="${r(x(phase.start))}" y="${r(top)}" width="${r(Math.max(1, x(end) - x(phase.start)))}" height="${r(laneHeight - 1)}" rx="2"/>`);
        }
        const activities = (byPhase.get(phase.kind) ?? []).sort((a, b) => (a.start! < b.start! ? -1 : a.start! > b.start! ? 1 : 0));
        const rows = Math.max(1, Math.floor((laneHeight - 3) / 4));
        const rowEnds: number[] = new Array(rows).fill(-Infinity);
        const rowHeight = (laneHeight - 3) / rows;
        for (const a of activities) {
            const left = x(a.start!);
            const right = a.kind === 'milestone' ? left : x(a.end ?? to);
            // The first row free at this bar's start; when every row is taken, the one that frees first.
            let row = rowEnds.findIndex(end => end <= left);
            if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
            rowEnds[row] = Math.max(right, left + 2) + 1;
            const y = top + 1.5 + row * rowHeight;
            const h = Math.max(1.5, Math.min(5, rowHeight - 1));
            if (a.kind === 'milestone') {
                const cy = y + h / 2;
                const s = Math.max(2, h / 2 + 0.5);
                out.push(`<path class="t-milestone" d="M${r(left)} ${r(cy - s)}L${r(left + s)} ${r(cy)}L${r(left)} ${r(cy + s)}L${r(left - s)} ${r(cy)}Z"/>`);
            } else {
                const classes = ['t-bar', `t-${kind}`];
                if (a.health) classes.push(`h-${a.health}`);
                else if (a.critical) classes.push('t-critical');
                out.push(`<rect class="${escapeXml(classes.join(' '))}" x="${r(left)}" y="${r(y)}" width="${r(Math.max(1.5, right - left))}" height="${r(h)}" rx="1"/>`);
            }
        }
    });
    if (programme.statusDate) {
        const sx = r(x(programme.statusDate));
        out.push(`<line class="t-status" x1="${sx}" y1="0" x2="${sx}" y2="${HEIGHT}"/>`);
    } else if (today && time(today) >= from && time(today) <= to) {
        const tx = r(x(today));
        out.push(`<line class="t-today" x1="${tx}" y1="0" x2="${tx}" y2="${HEIGHT}"/>`);
    }
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeXml(label)}" focusable="false">${out.join('')}</svg>`;
}
