// The roadmap as Markdown for READMEs, wikis and pull requests: a Mermaid gantt (GitHub and most wikis draw it)
// followed by tables of phases, activities and capabilities, so the dates are readable without any renderer.
import { daysBetween, formatDuration, lastDay } from './dates.js';
import { markdownCell } from './escape.js';
import { runningOn, type IsoDate, type RoadmapActivity, type RoadmapModel } from './model.js';
import { renderMermaid } from './mermaid.js';
import { HEALTH_SYMBOLS, healthCounts, healthWord, isTracking, signedDays, trackedProgress } from './tracking.js';
import { t, type Locale } from './i18n/index.js';

export interface MarkdownOptions {
    /** The language of the document's own words (headings, columns); the plan's text and the dates are written as they are. Default en. */
    locale?: Locale;
    /** Today's date: the document says what is in progress by the schedule on that day, and the gantt marks it. */
    today?: IsoDate;
}

/** How many activities a "today" line names before it counts the rest. */
const LISTED_TODAY = 8;

export function renderMarkdown(model: RoadmapModel, options: MarkdownOptions = {}): string {
    const locale = options.locale ?? 'en';
    const p = model.programme;
    const out: string[] = [];
    out.push(`# ${t(locale, 'render.title', { title: markdownCell(p.title ?? p.id) })}`, '');
    const tracking = isTracking(model);
    const facts = [t(locale, 'md.programme', { id: p.id }), p.owner ? t(locale, 'md.owner', { owner: markdownCell(p.owner) }) : '',
        t(locale, 'render.span', { forecast: tracking, start: p.start, last: lastDay(p.start, p.end) }), t(locale, 'render.activities', { count: model.activities.length })].filter(Boolean);
    out.push(facts.join(' · ') + '.', '');
    if (tracking) out.push(trackingSummary(model, locale), '');
    if (options.today) out.push(todayLine(model, options.today, locale), '');
    if (p.description) out.push(markdownCell(p.description), '');
    if (model.criticalPath.length) out.push(t(locale, 'md.critical-path', { path: model.criticalPath.map(id => `\`${id}\``).join(' → ') }), '');
    out.push('```mermaid', renderMermaid(model, { locale, today: options.today }).trimEnd(), '```', '');

    if (tracking) trackedTables(out, model, locale);
    else plainTables(out, model, locale);
    if (model.capabilities.length) {
        out.push('', t(locale, 'md.capabilities'), '', t(locale, 'md.capabilities.columns'), '| --- | --- | --- | --- | --- | --- |');
        for (const c of model.capabilities) {
            out.push(`| \`${markdownCell(c.id)}\` | ${markdownCell(c.label)} | ${c.kind ?? '—'} | ${c.providers.map(markdownCell).join(', ') || '—'} | ${c.availableFrom ?? t(locale, 'md.never')} | ${c.requirers.map(markdownCell).join(', ') || '—'} |`);
        }
    }
    const problems = model.diagnostics ?? [];
    if (problems.length) {
        out.push('', t(locale, 'md.problems'), '', t(locale, 'md.problems.columns'), '| --- | --- | --- | --- |');
        for (const d of problems) out.push(`| ${d.severity} | ${d.code} | ${markdownCell(d.activityId ?? '')} | ${markdownCell(d.message)} |`);
    }
    return out.join('\n') + '\n';
}

function todayLine(model: RoadmapModel, today: IsoDate, locale: Locale): string {
    const running = runningOn(model, today);
    if (running.length === 0) return t(locale, 'table.today-nothing', { today }) + '.';
    const names = running.slice(0, LISTED_TODAY).map(a => `\`${markdownCell(a.id)}\``).join(', ');
    return t(locale, 'table.today-running', { today, names, more: Math.max(0, running.length - LISTED_TODAY) }) + '.';
}

function plainTables(out: string[], model: RoadmapModel, locale: Locale): void {
    out.push(t(locale, 'md.phases'), '', t(locale, 'md.phases.columns'), '| --- | --- | --- | --- | --- | ---: |');
    for (const phase of model.phases) {
        const last = phase.start && phase.end && !phase.openEnded ? lastDay(phase.start, phase.end) : phase.start ? t(locale, 'md.ongoing') : '—';
        out.push(`| ${markdownCell(phase.label || phase.kind)} | ${phase.kind} | ${phase.start ?? t(locale, 'render.not-scheduled')} | ${last} | ${phase.intensity ?? ''} | ${phase.activityIds.length} |`);
    }
    out.push('', t(locale, 'md.activities'), '', t(locale, 'md.activities.columns'),
        '| --- | --- | --- | --- | --- | ---: | ---: | :---: | --- | --- |');
    for (const a of model.activities) {
        const [start, last, days] = dateCells(a, locale);
        const status = a.status ? `${a.status}${a.progress !== undefined ? ` ${a.progress}%` : ''}` : a.progress !== undefined ? `${a.progress}%` : '';
        out.push(`| \`${markdownCell(a.id)}\` | ${markdownCell(a.label)}${a.kind !== 'activity' ? ` (${a.kind})` : ''} | ${a.phase} | ${start} | ${last} | ${days} | ${a.slack ?? '—'} | ${a.critical ? t(locale, 'md.yes') : ''} | ${status} | ${markdownCell(a.owner ?? '')} |`);
    }
}

/** Where the programme stands: the status date, the forecast end against the plan, and what needs attention. */
function trackingSummary(model: RoadmapModel, locale: Locale): string {
    const p = model.programme;
    const counts = healthCounts(model);
    const plannedEnd = p.planned?.end;
    const moved = plannedEnd ? daysBetween(plannedEnd, p.end) : 0;
    const end = t(locale, 'render.forecast-end', {
        end: lastDay(p.start, p.end), planned: plannedEnd ? lastDay(p.planned?.start ?? p.start, plannedEnd) : undefined, moved: signedDays(moved, locale)
    });
    const health = (['late', 'at-risk', 'on-track', 'done'] as const).filter(h => counts[h]).map(h => `${HEALTH_SYMBOLS[h]} ${counts[h]} ${healthWord(h, locale)}`).join(', ');
    return t(locale, 'md.status-summary', { date: p.statusDate ?? '', end, health });
}

/** With a status date: planned beside forecast, the variance, the state and the health (as a mark and a word). */
function trackedTables(out: string[], model: RoadmapModel, locale: Locale): void {
    out.push(t(locale, 'md.phases'), '', t(locale, 'md.phases.columns-tracked'), '| --- | --- | --- | --- | --- | ---: |');
    for (const phase of model.phases) {
        out.push(`| ${markdownCell(phase.label || phase.kind)} | ${phase.kind} | ${phaseSpan(phase.planned?.start ?? null, phase.planned?.end ?? null, locale)} | ${phaseSpan(phase.start, phase.openEnded ? null : phase.end, locale)} | ${phase.intensity ?? ''} | ${phase.activityIds.length} |`);
    }
    out.push('', t(locale, 'md.activities'), '', t(locale, 'md.activities.columns-tracked'),
        '| --- | --- | --- | --- | --- | ---: | --- | ---: | --- | ---: | :---: | --- |');
    for (const a of model.activities) {
        const milestone = a.kind === 'milestone';
        const planned = a.planned ? spanCell(a.planned.start, a.planned.end, milestone, locale) : '—';
        const forecast = a.scheduled ? spanCell(a.start, a.end, milestone, locale) : t(locale, 'render.not-scheduled');
        const variance = a.variance === null || a.variance === undefined ? '—' : signedDays(a.variance, locale);
        const progress = milestone ? null : trackedProgress(a);
        const health = a.health ? `${HEALTH_SYMBOLS[a.health]} ${healthWord(a.health, locale)}` : '';
        out.push(`| \`${markdownCell(a.id)}\` | ${markdownCell(a.label)}${a.kind !== 'activity' ? ` (${a.kind})` : ''} | ${a.phase} | ${planned} | ${forecast} | ${variance} | ${a.state ?? a.status ?? 'planned'} | ${progress === null ? '' : `${progress}%`} | ${health} | ${a.slack ?? '—'} | ${a.critical ? t(locale, 'md.yes') : ''} | ${markdownCell(a.owner ?? '')} |`);
    }
}

/** `2027-06-15 → 2027-08-14` (last days), a milestone's date, or `from …` for work with no end. */
function spanCell(start: string | null, end: string | null, milestone: boolean, locale: Locale): string {
    if (!start) return t(locale, 'render.not-scheduled');
    if (milestone) return start;
    return end ? `${start} → ${lastDay(start, end)}` : t(locale, 'md.from', { start });
}

function phaseSpan(start: string | null, end: string | null, locale: Locale): string {
    if (!start) return t(locale, 'render.not-scheduled');
    return end ? `${start} → ${lastDay(start, end)}` : t(locale, 'md.from-ongoing', { start });
}

function dateCells(a: RoadmapActivity, locale: Locale): [string, string, string] {
    if (!a.scheduled || !a.start) return [t(locale, 'render.not-scheduled'), '—', '—'];
    if (a.kind === 'milestone') return [a.start, a.start, '0'];
    if (!a.end) return [a.start, a.every ? t(locale, 'table.every', { every: formatDuration(a.every) }) : t(locale, 'md.no-end'), '—'];
    return [a.start, lastDay(a.start, a.end), String(daysBetween(a.start, a.end))];
}
