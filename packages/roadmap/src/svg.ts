// The roadmap as a standalone SVG: time axis and gridlines, one lane per phase with its band, bars, milestones,
// dependency arrows, the critical path, capability readiness, progress, diagnostics, a today line and a legend.
// Pure and deterministic: the same model and options give the same bytes. Every user string goes through escapeXml.
import { formatDuration, lastDay, daysBetween } from './dates.js';
import { escapeXml } from './escape.js';
import { layoutRoadmap, METRICS, textWidth, type ItemLayout, type LaneLayout, type RoadmapLayout } from './layout.js';
import type { IsoDate, RoadmapActivity, RoadmapDiagnostic, RoadmapModel, Severity } from './model.js';
import { palette, roadmapCss, type Palette, type ThemeName } from './theme.js';

export interface RenderOptions {
    /** Today's date (YYYY-MM-DD) for the today line; omitted: no line. */
    today?: IsoDate;
    /** Width in px; default 1600. */
    width?: number;
    theme?: ThemeName;
    /** CSP nonce for the SVG's own `<style>`, when the SVG is inlined into a page with a strict policy (a webview). */
    styleNonce?: string;
}

/** What the HTML page needs besides the public options: its own palette (CSS variables). */
export interface SvgParts {
    palette?: Palette;
    /** Leave the stylesheet out (the page styles the SVG itself). */
    omitStyle?: boolean;
}

const PHASE_NAMES: Record<string, string> = {
    'initiation': 'Initiation', 'foundation': 'Foundation', 'improvement': 'Improvement', 'continuous-improvement': 'Continuous improvement'
};

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export function renderSvg(model: RoadmapModel, options: RenderOptions = {}): string {
    return renderSvgWith(model, options, {});
}

export function renderSvgWith(model: RoadmapModel, options: RenderOptions, parts: SvgParts): string {
    const layout = layoutRoadmap(model, options);
    const colours = parts.palette ?? palette(options.theme ?? 'light');
    const diagnostics = diagnosticsByActivity(model.diagnostics ?? []);
    const out: string[] = [];
    const legend = legendEntries(layout);
    const height = Math.ceil(legend.bottom + METRICS.margin);
    const w = layout.width;
    out.push(
        `<svg xmlns="http://www.w3.org/2000/svg" class="dtp-roadmap" width="${w}" height="${height}" viewBox="0 0 ${w} ${height}"`,
        ` role="img" aria-labelledby="dtp-roadmap-title" data-programme="${escapeXml(model.programme.id)}"`,
        ` data-domain-start="${layout.domainStart}" data-domain-end="${layout.domainEnd}"`,
        ` data-chart-left="${layout.chartLeft}" data-chart-right="${layout.chartRight}" data-tick-unit="${layout.tickUnit}">\n`,
        `<title id="dtp-roadmap-title">${escapeXml(`${model.programme.title ?? model.programme.id} — roadmap`)}</title>\n`
    );
    out.push('<defs>\n');
    const nonce = options.styleNonce ? ` nonce="${escapeXml(options.styleNonce)}"` : '';
    if (!parts.omitStyle) out.push(`<style${nonce}>\n${roadmapCss(colours)}\n</style>\n`);
    out.push(
        marker('dtp-arrow', ''), marker('dtp-arrow-requires', ' requires'), marker('dtp-arrow-critical', ' critical'),
        // Solid under the label (it may take most of the bar), fading out towards the right edge only after it.
        '<linearGradient id="dtp-fade" x1="0" x2="1" y1="0" y2="0"><stop offset="0" class="fade-stop-solid"/><stop offset="0.75" class="fade-stop-solid"/><stop offset="1" class="fade-stop-clear"/></linearGradient>\n',
        '<linearGradient id="dtp-open-band" x1="0" x2="1" y1="0" y2="0"><stop offset="0.55" class="open-band-solid"/><stop offset="1" class="open-band-clear"/></linearGradient>\n',
        '</defs>\n'
    );
    out.push(`<rect class="background" x="0" y="0" width="${w}" height="${height}"/>\n`);
    header(out, model, layout);
    for (const lane of layout.lanes) laneBackground(out, lane, layout, model.diagnostics);
    axis(out, layout);
    todayLine(out, layout); // under the bars, so it never strikes through a label
    dependencies(out, model, layout);
    out.push('<g class="activities">\n');
    for (const lane of layout.lanes) {
        for (const item of lane.items) activityMarkup(out, item, diagnostics.get(item.activity.id));
    }
    out.push('</g>\n');
    capabilities(out, layout);
    legendMarkup(out, legend.entries);
    out.push('</svg>\n');
    return out.join('');
}

const n = (value: number) => String(Math.round(value * 10) / 10);

function marker(id: string, cls: string): string {
    return `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto">` +
        `<path class="arrowhead${cls}" d="M0,0 L10,5 L0,10 z"/></marker>\n`;
}

function header(out: string[], model: RoadmapModel, layout: RoadmapLayout): void {
    const p = model.programme;
    const span = `${p.start} → ${lastDay(p.start, p.end)}`;
    const facts = [p.id, p.owner ? `owner: ${p.owner}` : '', span, `${model.activities.length} activities`,
        model.criticalPath.length ? `critical path: ${model.criticalPath.length} activities` : '', problemCounts(model.diagnostics ?? [])].filter(Boolean).join('  ·  ');
    out.push('<g class="header">\n',
        `<text class="title" x="${METRICS.margin}" y="28">${escapeXml(p.title ?? p.id)}</text>\n`,
        `<text class="subtitle" x="${METRICS.margin}" y="48">${escapeXml(facts)}</text>\n`);
    const today = layout.today;
    if (today && today.position !== 'inside') {
        const where = today.position === 'before' ? 'before this roadmap starts' : 'after this roadmap ends';
        out.push(`<text class="note today-note" x="${layout.chartRight}" y="48" text-anchor="end">${escapeXml(`Today (${today.date}) is ${where}`)}</text>\n`);
    }
    out.push('</g>\n');
}

function laneBackground(out: string[], lane: LaneLayout, layout: RoadmapLayout, diagnostics: RoadmapDiagnostic[] | undefined): void {
    const phase = lane.phase;
    out.push(`<g class="lane phase-${lane.kind}" data-phase="${lane.kind}">\n`);
    if (layout.lanes.indexOf(lane) % 2 === 1) {
        out.push(`<rect class="lane-stripe" x="${METRICS.margin}" y="${n(lane.y)}" width="${n(layout.chartRight - METRICS.margin)}" height="${n(lane.height)}"/>\n`);
    }
    if (lane.band) {
        const { x0, x1, openEnded } = lane.band;
        const span = phase?.start ? (phase.end && !openEnded ? `${phase.start} → ${lastDay(phase.start, phase.end)}` : `from ${phase.start}, no end`) : '';
        out.push(`<rect class="band band-${lane.kind}${openEnded ? ' band-open' : ''}" data-phase="${lane.kind}" data-start="${phase?.start ?? ''}" data-end="${phase?.end ?? ''}"`,
            ` x="${n(x0)}" y="${n(lane.y + 2)}" width="${n(Math.max(1, x1 - x0))}" height="${n(lane.height - 4)}" rx="4">`,
            `<title>${escapeXml(`${phase?.label ?? PHASE_NAMES[lane.kind]}: ${span}`)}</title></rect>\n`);
        out.push(`<line class="band-edge" x1="${n(x0)}" x2="${n(x0)}" y1="${n(lane.y + 2)}" y2="${n(lane.y + lane.height - 2)}"/>\n`);
        if (!openEnded) out.push(`<line class="band-edge" x1="${n(x1)}" x2="${n(x1)}" y1="${n(lane.y + 2)}" y2="${n(lane.y + lane.height - 2)}"/>\n`);
    }
    const labelRoom = METRICS.gutter - 12;
    const name = fit(phase?.label || PHASE_NAMES[lane.kind], labelRoom, 13);
    // The kind is worth a line only when the phase's own label does not already say it.
    const kindName = (phase?.label ?? '').toLowerCase() === PHASE_NAMES[lane.kind].toLowerCase() ? '' : PHASE_NAMES[lane.kind];
    const meta = [kindName, phase?.intensity ? `${phase.intensity} intensity` : ''].filter(Boolean).join(' · ');
    const dates = phase?.start ? (phase.end && !phase.openEnded ? `${phase.start} → ${lastDay(phase.start, phase.end)}` : `from ${phase.start}, ongoing`) : 'not scheduled';
    const top = lane.y + METRICS.lanePadding;
    out.push(`<text class="lane-label" x="${METRICS.margin}" y="${n(top + 14)}">${escapeXml(name)}</text>\n`);
    if (lane.height >= 52 && meta) out.push(`<text class="lane-meta" x="${METRICS.margin}" y="${n(top + 29)}">${escapeXml(fit(meta, labelRoom, 11))}</text>\n`);
    if (lane.height >= 66) out.push(`<text class="lane-meta" x="${METRICS.margin}" y="${n(top + 43)}">${escapeXml(fit(dates, labelRoom, 11))}</text>\n`);
    const problems = (diagnostics ?? []).filter(d => d.phase === lane.kind && !d.activityId);
    if (problems.length) out.push(badge(problems, layout.chartLeft - 14, top + 10, ` data-phase="${lane.kind}"`));
    out.push(`<line class="lane-divider" x1="${METRICS.margin}" x2="${n(layout.chartRight)}" y1="${n(lane.y + lane.height)}" y2="${n(lane.y + lane.height)}"/>\n`);
    out.push('</g>\n');
}

function axis(out: string[], layout: RoadmapLayout): void {
    out.push(`<g class="axis" data-unit="${layout.tickUnit}">\n`);
    const bottom = layout.contentBottom;
    for (const tick of layout.ticks) {
        out.push(`<line class="grid${tick.major ? ' major' : ''}" data-date="${tick.date}" x1="${n(tick.x)}" x2="${n(tick.x)}" y1="${layout.axisY + 4}" y2="${n(bottom)}"/>\n`);
    }
    // A label is left out when it would run into the one before it (a wide `Jan 2027`) or off the picture.
    let lastRight = -Infinity;
    for (const tick of layout.ticks) {
        const width = textWidth(tick.label, 11) * (tick.major ? 1.1 : 1);
        const left = tick.x + 4;
        if (left < lastRight + 6 || left + width > layout.width - METRICS.margin) continue;
        lastRight = left + width;
        out.push(`<text class="tick-label${tick.major ? ' major' : ''}" x="${n(tick.x + 4)}" y="${layout.axisY + 20}">${escapeXml(tick.label)}</text>\n`);
    }
    out.push('</g>\n');
}

function dependencies(out: string[], model: RoadmapModel, layout: RoadmapLayout): void {
    out.push('<g class="dependencies">\n');
    const rowHeight = METRICS.rowHeight;
    // Arrow tooltips help on a plan people read arrow by arrow; on a huge plan they would only weigh the file down.
    const titled = model.dependencies.length <= 2000;
    for (const dep of model.dependencies) {
        const from = layout.items.get(dep.from);
        const to = layout.items.get(dep.to);
        if (!from || !to) continue;
        const sx = from.shape === 'recurring' ? from.x0 + 6 : from.x1;
        const tx = to.x0;
        let d: string;
        const labelInTheWay = !from.label.inside && from.label.anchor === 'start';
        if (from.cy === to.cy && tx - sx >= 8 && !labelInTheWay) {
            d = `M${Math.round(sx)},${Math.round(from.cy)} H${Math.round(tx)}`;
        } else {
            // Leave the source just past its end, run along the gap between rows next to the target, then enter
            // the target from the left: lines stay off bars and labels in the rows they pass.
            const gy = to.cy > from.cy ? to.rowTop : to.cy < from.cy ? to.rowTop + rowHeight : to.rowTop;
            const bend = sx + 4;
            const approach = tx - 8;
            // Whole pixels: arrows need no sub-pixel precision, and integers print much faster than decimals.
            d = `M${Math.round(sx)},${Math.round(from.cy)} H${Math.round(bend)} V${Math.round(gy)} H${Math.round(approach)} V${Math.round(to.cy)} H${Math.round(tx)}`;
        }
        const kind = dep.type === 'requires' ? 'requires' : 'after';
        const markerId = dep.critical ? 'dtp-arrow-critical' : dep.type === 'requires' ? 'dtp-arrow-requires' : 'dtp-arrow';
        const what = () => dep.type === 'requires'
            ? `${dep.to} requires ${dep.capability ?? 'a capability'} from ${dep.from}`
            : `${dep.to} after ${dep.from}${dep.offsetDays ? ` ${dep.offsetDays > 0 ? '+' : '−'} ${Math.abs(dep.offsetDays)} days` : ''}`;
        const title = titled ? `<title>${escapeXml(what())}</title>` : '';
        out.push(`<path class="dep ${kind}${dep.critical ? ' critical' : ''}" data-from="${escapeXml(dep.from)}" data-to="${escapeXml(dep.to)}" d="${d}" marker-end="url(#${markerId})">${title}</path>\n`);
    }
    out.push('</g>\n');
}

function activityMarkup(out: string[], item: ItemLayout, diagnostics: RoadmapDiagnostic[] | undefined): void {
    const a = item.activity;
    const classes = [a.critical ? 'critical' : '', a.kind === 'transformation-plan' ? 'transformation-plan' : '',
        a.status ? `status-${a.status}` : '', item.shape === 'recurring' ? 'recurring' : '', item.shape === 'unscheduled' ? 'unscheduled' : '',
        diagnostics ? `has-${diagnostics[0].severity}` : ''].filter(Boolean).join(' ');
    const id = escapeXml(a.id);
    out.push(`<g class="activity phase-${a.phase}${classes ? ` ${classes}` : ''}" data-id="${id}" data-phase="${a.phase}">`,
        `<title>${escapeXml(tooltip(a, diagnostics))}</title>\n`);
    const h = METRICS.barHeight;
    if (item.shape === 'milestone') {
        const cx = (item.x0 + item.x1) / 2;
        const r = METRICS.milestoneHalf;
        out.push(`<path class="milestone${a.critical ? ' critical' : ''}" data-id="${id}" data-start="${a.start}" d="M${n(cx)},${n(item.cy - r)} L${n(cx + r)},${n(item.cy)} L${n(cx)},${n(item.cy + r)} L${n(cx - r)},${n(item.cy)} Z"/>\n`);
    } else {
        const barClasses = ['bar', classes].filter(Boolean).join(' ');
        const dates = item.shape === 'unscheduled' ? '' : ` data-start="${a.start}" data-end="${a.end ?? ''}"`;
        out.push(`<rect class="${barClasses}" data-id="${id}"${dates} x="${n(item.x0)}" y="${n(item.y)}" width="${n(Math.max(1, item.x1 - item.x0))}" height="${h}" rx="3"/>\n`);
        const progress = a.progress ?? (a.status === 'done' ? 100 : undefined);
        if (item.shape === 'bar' && progress !== undefined && progress > 0) {
            const pw = ((item.x1 - item.x0) * Math.min(100, progress)) / 100;
            out.push(`<rect class="progress" data-progress="${progress}" x="${n(item.x0)}" y="${n(item.y + h - 5)}" width="${n(pw)}" height="5" rx="1"/>\n`);
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
    if (diagnostics) out.push(badge(diagnostics, item.x0, item.y, ''));
    out.push('</g>\n');
}

/** A round error/warning/info mark with every message in its tooltip; `problems` sorted worst first. */
function badge(problems: RoadmapDiagnostic[], x: number, y: number, attributes: string): string {
    const sorted = [...problems].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    const worst = sorted[0].severity;
    return `<g class="badge-group" data-severity="${worst}"${attributes}><title>${escapeXml(sorted.map(d => `${d.severity} ${d.code}: ${d.message}`).join('\n'))}</title>` +
        `<circle class="badge ${worst}" cx="${n(x)}" cy="${n(y)}" r="7"/>` +
        `<text class="badge-text" x="${n(x)}" y="${n(y + 3.5)}" text-anchor="middle">${worst === 'error' ? '×' : worst === 'warning' ? '!' : 'i'}</text></g>\n`;
}

function tooltip(a: RoadmapActivity, diagnostics: RoadmapDiagnostic[] | undefined): string {
    const kind = a.kind === 'transformation-plan' ? 'transformation plan' : a.kind;
    const lines = [`${a.label} (${a.id}) — ${kind}`];
    if (!a.scheduled || !a.start) lines.push('Not scheduled: it is part of a dependency cycle; break the cycle to give it dates.');
    else if (a.kind === 'milestone') lines.push(`◆ ${a.start}`);
    else if (!a.end) lines.push(`From ${a.start}${a.every ? `, every ${formatDuration(a.every)}` : ''}, no end`);
    else lines.push(`${a.start} → ${lastDay(a.start, a.end)} (${daysBetween(a.start, a.end)} days)`);
    const facts = [a.critical ? 'critical path' : '', a.slack !== null ? `slack ${a.slack} days` : '', a.pinned ? 'fixed start' : ''].filter(Boolean);
    if (facts.length) lines.push(facts.join(' · '));
    if (a.owner) lines.push(`Owner: ${a.owner}`);
    if (a.status || a.progress !== undefined) lines.push(`Status: ${a.status ?? 'planned'}${a.progress !== undefined ? `, ${a.progress}%` : ''}`);
    if (a.provides.length) lines.push(`Provides: ${a.provides.join(', ')}`);
    if (a.requires.length) lines.push(`Requires: ${a.requires.join(', ')}`);
    if (a.after.length) lines.push(`After: ${a.after.map(edge => edge.id).join(', ')}`);
    if (a.description) lines.push(a.description);
    for (const d of diagnostics ?? []) lines.push(`${d.severity} ${d.code}: ${d.message}`);
    return lines.join('\n');
}

function capabilities(out: string[], layout: RoadmapLayout): void {
    if (layout.capabilityRows.length === 0) return;
    out.push('<g class="capabilities">\n',
        `<text class="lane-label" x="${METRICS.margin}" y="${n(layout.capabilityTop + 17)}">Capabilities</text>\n`,
        `<text class="cap-label" x="${layout.chartLeft}" y="${n(layout.capabilityTop + 17)}">▲ available (every provider done)   ○ needed by an activity’s start</text>\n`);
    for (const row of layout.capabilityRows) {
        const c = row.capability;
        const cid = escapeXml(c.id);
        out.push(`<g class="capability" data-capability="${cid}"><title>${escapeXml(`${c.label} (${c.id}, ${c.kind}) — ${c.availableFrom ? `available from ${c.availableFrom}` : 'never available: nothing provides it'}; provided by ${c.providers.join(', ') || 'nobody'}; required by ${c.requirers.join(', ') || 'nobody'}`)}</title>`,
            `<text class="cap-label" x="${METRICS.margin + 8}" y="${n(row.cy + 4)}">${escapeXml(fit(c.label || c.id, METRICS.gutter - 20, 11))}</text>\n`);
        if (row.availableX !== null) {
            out.push(`<line class="cap-line" x1="${n(row.availableX)}" x2="${n(layout.chartRight)}" y1="${n(row.cy)}" y2="${n(row.cy)}"/>\n`);
        }
        for (const need of row.needs) {
            out.push(`<circle class="cap-needed${need.late ? ' late' : ''}" data-activity="${escapeXml(need.activityId)}" data-date="${need.date}" cx="${n(need.x)}" cy="${n(row.cy)}" r="4"><title>${escapeXml(`${need.activityId} needs ${c.id} from ${need.date}${need.late ? ' — before it is available' : ''}`)}</title></circle>\n`);
        }
        // After the needs, so a need on the very day of availability does not hide the triangle.
        if (row.availableX !== null) {
            out.push(`<path class="cap-available" data-capability="${cid}" data-date="${c.availableFrom}" d="M${n(row.availableX)},${n(row.cy - 6)} L${n(row.availableX + 6)},${n(row.cy + 5)} L${n(row.availableX - 6)},${n(row.cy + 5)} Z"/>\n`);
        }
        out.push('</g>\n');
    }
    out.push('</g>\n');
}

function todayLine(out: string[], layout: RoadmapLayout): void {
    const today = layout.today;
    if (!today || today.x === null) return;
    out.push(`<g class="today" data-date="${today.date}">`,
        `<line class="today-line" x1="${n(today.x)}" x2="${n(today.x)}" y1="${layout.axisY + 2}" y2="${n(layout.contentBottom)}"/>`,
        `<text class="today-label" x="${n(today.x + 4)}" y="${layout.axisY - 4}">${escapeXml(`Today ${today.date}`)}</text></g>\n`);
}

interface LegendEntry { kind: string; text: string; x: number; y: number }

function legendEntries(layout: RoadmapLayout): { entries: LegendEntry[]; bottom: number } {
    const items: [string, string][] = [
        ['bar', 'Activity (colour = phase)'], ['progress', 'Progress'], ['critical', 'Critical path'],
        ['transformation-plan', 'Transformation plan (DTP)'], ['milestone', 'Milestone'], ['after', 'After (finish → start)'],
        ['requires', 'Requires a capability'], ['recurring', 'Recurring, no end'], ['phase', 'Phase span'],
        ['today', 'Today'], ['error', 'Error'], ['warning', 'Warning']
    ];
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

function legendMarkup(out: string[], entries: LegendEntry[]): void {
    out.push('<g class="legend">\n');
    if (entries.length) out.push(`<text class="lane-label" x="${METRICS.margin}" y="${n(entries[0].y + 14)}">Legend</text>\n`);
    for (const e of entries) {
        const cy = e.y + 10;
        const sx = e.x;
        let swatch = '';
        switch (e.kind) {
            case 'bar': swatch = `<g class="phase-foundation"><rect class="legend-bar bar" x="${sx}" y="${cy - 6}" width="28" height="12" rx="2"/></g>`; break;
            case 'progress': swatch = `<g class="phase-foundation"><rect class="legend-bar bar" x="${sx}" y="${cy - 6}" width="28" height="12" rx="2"/><rect class="progress" x="${sx}" y="${cy + 2}" width="17" height="4"/></g>`; break;
            case 'critical': swatch = `<g class="phase-improvement"><rect class="legend-bar bar critical" x="${sx + 1}" y="${cy - 6}" width="26" height="12" rx="2"/></g>`; break;
            case 'transformation-plan': swatch = `<g class="phase-initiation"><rect class="legend-bar bar transformation-plan" x="${sx + 1}" y="${cy - 6}" width="26" height="12" rx="2"/></g>`; break;
            case 'milestone': swatch = `<path class="legend-milestone milestone" d="M${sx + 14},${cy - 7} L${sx + 21},${cy} L${sx + 14},${cy + 7} L${sx + 7},${cy} Z"/>`; break;
            case 'after': swatch = `<path class="dep after" d="M${sx},${cy} H${sx + 28}" marker-end="url(#dtp-arrow)"/>`; break;
            case 'requires': swatch = `<path class="dep requires" d="M${sx},${cy} H${sx + 28}" marker-end="url(#dtp-arrow-requires)"/>`; break;
            case 'recurring': swatch = `<g class="phase-continuous-improvement"><rect class="legend-bar bar recurring" x="${sx}" y="${cy - 6}" width="28" height="12"/><line class="tick-mark" x1="${sx + 3}" x2="${sx + 3}" y1="${cy - 8}" y2="${cy + 8}"/><line class="tick-mark" x1="${sx + 15}" x2="${sx + 15}" y1="${cy - 8}" y2="${cy + 8}"/></g>`; break;
            case 'phase': swatch = `<rect class="band band-improvement" x="${sx}" y="${cy - 8}" width="28" height="16" rx="3"/>`; break;
            case 'today': swatch = `<line class="today-line" x1="${sx + 14}" x2="${sx + 14}" y1="${cy - 9}" y2="${cy + 9}"/>`; break;
            case 'error': swatch = `<circle class="badge error" cx="${sx + 14}" cy="${cy}" r="7"/><text class="badge-text" x="${sx + 14}" y="${cy + 3.5}" text-anchor="middle">×</text>`; break;
            case 'warning': swatch = `<circle class="badge warning" cx="${sx + 14}" cy="${cy}" r="7"/><text class="badge-text" x="${sx + 14}" y="${cy + 3.5}" text-anchor="middle">!</text>`; break;
        }
        out.push(`<g class="legend-entry" data-kind="${e.kind}">${swatch}<text class="legend-text" x="${sx + 34}" y="${cy + 4}">${escapeXml(e.text)}</text></g>\n`);
    }
    out.push('</g>\n');
}

/** `2 errors, 1 warning`: the plan's problems at a glance, marked where they lie. */
function problemCounts(diagnostics: RoadmapDiagnostic[]): string {
    const counts = new Map<Severity, number>();
    for (const d of diagnostics) counts.set(d.severity, (counts.get(d.severity) ?? 0) + 1);
    return (['error', 'warning'] as const).filter(s => counts.get(s)).map(s => `${counts.get(s)} ${s}${counts.get(s) === 1 ? '' : 's'}`).join(', ');
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
