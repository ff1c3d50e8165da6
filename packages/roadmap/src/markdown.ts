// The roadmap as Markdown for READMEs, wikis and pull requests: a Mermaid gantt (GitHub and most wikis draw it)
// followed by tables of phases, activities and capabilities, so the dates are readable without any renderer.
import { daysBetween, formatDuration, lastDay } from './dates.js';
import { markdownCell } from './escape.js';
import type { RoadmapActivity, RoadmapModel } from './model.js';
import { renderMermaid } from './mermaid.js';
import { HEALTH_SYMBOLS, HEALTH_WORDS, healthCounts, isTracking, signedDays, trackedProgress } from './tracking.js';

export function renderMarkdown(model: RoadmapModel): string {
    const p = model.programme;
    const out: string[] = [];
    out.push(`# ${markdownCell(p.title ?? p.id)} — roadmap`, '');
    const tracking = isTracking(model);
    const facts = [`Programme \`${p.id}\``, p.owner ? `owner ${markdownCell(p.owner)}` : '', `${tracking ? 'forecast ' : ''}${p.start} → ${lastDay(p.start, p.end)}`,
        `${model.activities.length} activities`].filter(Boolean);
    out.push(facts.join(' · ') + '.', '');
    if (tracking) out.push(trackingSummary(model), '');
    if (p.description) out.push(markdownCell(p.description), '');
    if (model.criticalPath.length) out.push(`Critical path: ${model.criticalPath.map(id => `\`${id}\``).join(' → ')}.`, '');
    out.push('```mermaid', renderMermaid(model).trimEnd(), '```', '');

    if (tracking) trackedTables(out, model);
    else plainTables(out, model);
    if (model.capabilities.length) {
        out.push('', '## Capabilities', '', '| Id | Capability | Kind | Provided by | Available from | Required by |', '| --- | --- | --- | --- | --- | --- |');
        for (const c of model.capabilities) {
            out.push(`| \`${markdownCell(c.id)}\` | ${markdownCell(c.label)} | ${c.kind} | ${c.providers.map(markdownCell).join(', ') || '—'} | ${c.availableFrom ?? 'never (nothing provides it)'} | ${c.requirers.map(markdownCell).join(', ') || '—'} |`);
        }
    }
    const problems = model.diagnostics ?? [];
    if (problems.length) {
        out.push('', '## Problems', '', '| Severity | Code | Activity | Message |', '| --- | --- | --- | --- |');
        for (const d of problems) out.push(`| ${d.severity} | ${d.code} | ${markdownCell(d.activityId ?? '')} | ${markdownCell(d.message)} |`);
    }
    return out.join('\n') + '\n';
}

function plainTables(out: string[], model: RoadmapModel): void {
    out.push('## Phases', '', '| Phase | Kind | Start | Last day | Intensity | Activities |', '| --- | --- | --- | --- | --- | ---: |');
    for (const phase of model.phases) {
        const last = phase.start && phase.end && !phase.openEnded ? lastDay(phase.start, phase.end) : phase.start ? 'ongoing' : '—';
        out.push(`| ${markdownCell(phase.label || phase.kind)} | ${phase.kind} | ${phase.start ?? 'not scheduled'} | ${last} | ${phase.intensity ?? ''} | ${phase.activityIds.length} |`);
    }
    out.push('', '## Activities', '', '| Id | Activity | Phase | Start | Last day | Days | Slack | Critical | Status | Owner |',
        '| --- | --- | --- | --- | --- | ---: | ---: | :---: | --- | --- |');
    for (const a of model.activities) {
        const [start, last, days] = dateCells(a);
        const status = a.status ? `${a.status}${a.progress !== undefined ? ` ${a.progress}%` : ''}` : a.progress !== undefined ? `${a.progress}%` : '';
        out.push(`| \`${markdownCell(a.id)}\` | ${markdownCell(a.label)}${a.kind !== 'activity' ? ` (${a.kind})` : ''} | ${a.phase} | ${start} | ${last} | ${days} | ${a.slack ?? '—'} | ${a.critical ? 'yes' : ''} | ${status} | ${markdownCell(a.owner ?? '')} |`);
    }
}

/** Where the programme stands: the status date, the forecast end against the plan, and what needs attention. */
function trackingSummary(model: RoadmapModel): string {
    const p = model.programme;
    const counts = healthCounts(model);
    const plannedEnd = p.planned?.end;
    const moved = plannedEnd ? daysBetween(plannedEnd, p.end) : 0;
    const end = `forecast end ${lastDay(p.start, p.end)}${plannedEnd ? ` (planned ${lastDay(p.planned?.start ?? p.start, plannedEnd)}, ${signedDays(moved)})` : ''}`;
    const health = (['late', 'at-risk', 'on-track', 'done'] as const).filter(h => counts[h]).map(h => `${HEALTH_SYMBOLS[h]} ${counts[h]} ${HEALTH_WORDS[h]}`).join(', ');
    return `Status date **${p.statusDate}** · ${end}${health ? ` · ${health}` : ''}.`;
}

/** With a status date: planned beside forecast, the variance, the state and the health (as a mark and a word). */
function trackedTables(out: string[], model: RoadmapModel): void {
    out.push('## Phases', '', '| Phase | Kind | Planned | Forecast | Intensity | Activities |', '| --- | --- | --- | --- | --- | ---: |');
    for (const phase of model.phases) {
        out.push(`| ${markdownCell(phase.label || phase.kind)} | ${phase.kind} | ${phaseSpan(phase.planned?.start ?? null, phase.planned?.end ?? null)} | ${phaseSpan(phase.start, phase.openEnded ? null : phase.end)} | ${phase.intensity ?? ''} | ${phase.activityIds.length} |`);
    }
    out.push('', '## Activities', '', '| Id | Activity | Phase | Planned | Forecast | Variance | State | Progress | Health | Slack | Critical | Owner |',
        '| --- | --- | --- | --- | --- | ---: | --- | ---: | --- | ---: | :---: | --- |');
    for (const a of model.activities) {
        const milestone = a.kind === 'milestone';
        const planned = a.planned ? spanCell(a.planned.start, a.planned.end, milestone) : '—';
        const forecast = a.scheduled ? spanCell(a.start, a.end, milestone) : 'not scheduled';
        const variance = a.variance === null || a.variance === undefined ? '—' : signedDays(a.variance);
        const progress = milestone ? null : trackedProgress(a);
        const health = a.health ? `${HEALTH_SYMBOLS[a.health]} ${HEALTH_WORDS[a.health]}` : '';
        out.push(`| \`${markdownCell(a.id)}\` | ${markdownCell(a.label)}${a.kind !== 'activity' ? ` (${a.kind})` : ''} | ${a.phase} | ${planned} | ${forecast} | ${variance} | ${a.state ?? a.status ?? 'planned'} | ${progress === null ? '' : `${progress}%`} | ${health} | ${a.slack ?? '—'} | ${a.critical ? 'yes' : ''} | ${markdownCell(a.owner ?? '')} |`);
    }
}

/** `2027-06-15 → 2027-08-14` (last days), a milestone's date, or `from …` for work with no end. */
function spanCell(start: string | null, end: string | null, milestone: boolean): string {
    if (!start) return 'not scheduled';
    if (milestone) return start;
    return end ? `${start} → ${lastDay(start, end)}` : `from ${start}`;
}

function phaseSpan(start: string | null, end: string | null): string {
    if (!start) return 'not scheduled';
    return end ? `${start} → ${lastDay(start, end)}` : `from ${start}, ongoing`;
}

function dateCells(a: RoadmapActivity): [string, string, string] {
    if (!a.scheduled || !a.start) return ['not scheduled', '—', '—'];
    if (a.kind === 'milestone') return [a.start, a.start, '0'];
    if (!a.end) return [a.start, a.every ? `every ${formatDuration(a.every)}` : 'no end', '—'];
    return [a.start, lastDay(a.start, a.end), String(daysBetween(a.start, a.end))];
}
