// The pages of the roadmap site, drawn from the collected data by pure functions: the index of every programme,
// and per plan its page (summary, the interactive roadmap, problems, schedule, what moved) beside the roadmap page
// itself (the same self-contained HTML as `dtp render --format html`). Paths are relative; nothing is remote.
import type { Health, RoadmapActivity, RoadmapModel, RoadmapPhase } from '@dtp/roadmap';
import { renderHtml } from '@dtp/roadmap/render';
import { docsUrl } from '@dtp/language/core';
import { LIVE_JS, SITE_CSS } from './assets.js';
import type { SiteData, SitePlan, SiteProblem } from './collect.js';
import { diffSection } from './diff-html.js';
import { esc, href, page } from './html.js';
import { thumbnailSvg } from './thumbnail.js';
import type { SiteWords } from './words.js';
import { localeOf } from '@dtp/roadmap/i18n';

export interface SiteRenderOptions {
    words: SiteWords;
    /** dtp serve: pages load the live-reload script. */
    live: boolean;
    version: string;
    /** Width of the roadmap picture in px (its layout; the page scales it to the window). */
    roadmapWidth?: number;
}

/** Every file of the site, by its path relative to the site's root (`/`-separated). */
export type SiteFiles = Map<string, string>;

export const MARKER_FILE = '.dtp-site';

export function renderSite(data: SiteData, options: SiteRenderOptions): SiteFiles {
    const files: SiteFiles = new Map();
    files.set('assets/site.css', SITE_CSS);
    if (options.live) files.set('assets/live.js', LIVE_JS);
    files.set('index.html', indexPage(data, options));
    for (const plan of data.plans) {
        const roadmap = renderHtml(plan.model, {
            today: data.today,
            width: options.roadmapWidth ?? 1400,
            locale: localeOf(options.words.lang) ?? 'en',
            ...(plan.base?.model ? { base: plan.base.model, baseLabel: plan.base.label } : {})
        });
        files.set(`plans/${plan.slug}/roadmap.html`, roadmap);
        files.set(`plans/${plan.slug}/index.html`, planPage(plan, data, roadmap, options));
    }
    return files;
}

// ------------------------------------------------------------------------------------------------------ dates

const time = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

function iso(ms: number): string {
    return new Date(ms).toISOString().slice(0, 10);
}

/** The last day of work of an exclusive end; a zero-length span (a milestone) is its own day. */
export function lastDay(start: string, end: string): string {
    return end > start ? iso(time(end) - 86_400_000) : start;
}

function daysBetween(from: string, to: string): number {
    return Math.round((time(to) - time(from)) / 86_400_000);
}

// ------------------------------------------------------------------------------------------------------ summaries

type HealthCounts = Record<Health, number>;

/** Health of the work with an end (recurring activities have no variance to judge). */
function healthCounts(model: RoadmapModel): HealthCounts | undefined {
    if (!model.programme.statusDate) return undefined;
    const counts: HealthCounts = { late: 0, 'at-risk': 0, 'on-track': 0, done: 0 };
    for (const a of model.activities) if (a.health && !a.every) counts[a.health]++;
    return counts;
}

function healthBadges(counts: HealthCounts, words: SiteWords): string {
    const order: Health[] = ['late', 'at-risk', 'on-track', 'done'];
    return `<span class="badges">${order.map(h => `<span class="badge ${h}${counts[h] === 0 ? ' zero' : ''}" data-health="${h}" data-count="${counts[h]}">${esc(words.healthCount(h, counts[h]))}</span>`).join('')}</span>`;
}

function problemBadges(plan: Pick<SitePlan, 'summary'>, words: SiteWords): string {
    const { errors, warnings, infos, hints } = plan.summary;
    const badges: string[] = [];
    if (errors > 0) badges.push(`<span class="badge error">${esc(words.errors(errors))}</span>`);
    if (warnings > 0) badges.push(`<span class="badge warning">${esc(words.warnings(warnings))}</span>`);
    if (errors + warnings === 0) badges.push(`<span class="badge clean">${esc(words.noProblems)}</span>`);
    if (infos + hints > 0) badges.push(`<span class="badge plain muted">${esc(words.others(infos + hints))}</span>`);
    return `<span class="badges" data-errors="${errors}" data-warnings="${warnings}">${badges.join('')}</span>`;
}

function varianceBadge(days: number, words: SiteWords): string {
    if (days === 0) return `<span class="variance">${esc(words.onPlan)}</span>`;
    return `<span class="variance ${days > 0 ? 'late' : 'early'}">${esc(words.varianceDays(days))}</span>`;
}

interface SpanFacts {
    label: string;
    value: string;
    note?: string;
}

/** The programme's span: planned and forecast end with a status date, else its span as written. */
function spanFacts(model: RoadmapModel, words: SiteWords): SpanFacts[] {
    const { programme } = model;
    if (programme.statusDate && programme.planned?.start && programme.planned.end) {
        const variance = daysBetween(programme.planned.end, programme.end);
        return [
            { label: words.plannedSpan, value: esc(words.range(programme.planned.start, lastDay(programme.planned.start, programme.planned.end))) },
            { label: words.forecastEnd, value: `${esc(lastDay(programme.start, programme.end))} ${varianceBadge(variance, words)}` },
            { label: words.statusDate, value: esc(programme.statusDate) }
        ];
    }
    return [
        { label: words.span, value: esc(words.range(programme.start, lastDay(programme.start, programme.end))) },
        { label: words.statusDate, value: `<span class="muted">${esc(words.noStatusDate)}</span>` }
    ];
}

function titleOf(model: RoadmapModel): string {
    return model.programme.title ?? model.programme.id;
}

function footer(data: SiteData, options: SiteRenderOptions): string {
    return esc(options.words.builtWith(options.version, data.today));
}

// ------------------------------------------------------------------------------------------------------ index

function indexPage(data: SiteData, options: SiteRenderOptions): string {
    const { words } = options;
    const folder = data.dir.split(/[\\/]/).filter(Boolean).pop() ?? data.dir;
    const cards = data.plans.map(plan => card(plan, data, words)).join('\n');
    const body = [
        `<div class="page-head"><h1>${esc(words.siteTitle)}</h1><p class="lead">${esc(words.indexLead(data.plans.length, folder))}</p></div>`,
        ...data.unreadable.map(problem => `<p class="unreadable">${esc(problem)}</p>`),
        data.plans.length > 0 ? `<ul class="cards">\n${cards}\n</ul>` : `<p class="empty">${esc(words.noProgrammes)}</p>`,
        data.others.length > 0 ? otherFiles(data, words) : ''
    ].join('\n');
    return page({ root: '', title: words.siteTitle, body, words, live: options.live, footer: footer(data, options) });
}

function card(plan: SitePlan, data: SiteData, words: SiteWords): string {
    const { model } = plan;
    const title = titleOf(model);
    const link = href('plans', plan.slug, 'index.html');
    const counts = healthCounts(model);
    const facts = spanFacts(model, words).filter(fact => fact.label !== words.statusDate || counts);
    if (counts) facts.push({ label: words.health, value: healthBadges(counts, words) });
    else facts.push({ label: words.health, value: `<span class="muted">${esc(words.noStatusDate)}</span>` });
    facts.push({ label: words.problems, value: problemBadges(plan, words) });
    return `<li class="card" data-plan="${esc(plan.slug)}">
<a class="thumb" href="${esc(link)}" tabindex="-1" aria-hidden="true">${thumbnailSvg(model, words.thumbnailOf(title), data.today)}</a>
<div class="body">
<div><h2><a href="${esc(link)}" title="${esc(words.openPlan(title))}">${esc(title)}</a></h2>
<p class="sub"><code>${esc(model.programme.id)}</code> · ${esc(plan.source)}</p></div>
<dl class="facts">${facts.map(f => `<dt>${esc(f.label)}</dt><dd>${f.value}</dd>`).join('')}</dl>
</div>
</li>`;
}

function otherFiles(data: SiteData, words: SiteWords): string {
    const problems = data.others.flatMap(other => other.problems);
    return `<h2 id="other-files">${esc(words.otherFiles)}</h2>
<p class="note">${esc(words.otherFilesLead)}</p>
${problemsTable(problems, words)}`;
}

// ------------------------------------------------------------------------------------------------------ plan page

function planPage(plan: SitePlan, data: SiteData, roadmap: string, options: SiteRenderOptions): string {
    const { words } = options;
    const { model } = plan;
    const root = '../'.repeat(plan.slug.split('/').length + 1);
    const title = titleOf(model);
    const meta = [
        `<li>${esc(words.programmeId)} <b><code>${esc(model.programme.id)}</code></b></li>`,
        `<li>${esc(words.file)} <b>${esc(plan.source)}</b></li>`,
        model.programme.owner ? `<li>${esc(words.owner)} <b>${esc(model.programme.owner)}</b></li>` : ''
    ].join('');
    const sections: { id: string; title: string; html: string }[] = [
        { id: 'roadmap', title: words.roadmap, html: roadmapFrame(model, roadmap, words) },
        { id: 'problems', title: words.problemsHeading(plan.problems.length), html: plan.problems.length > 0 ? problemsTable(plan.problems, words) : `<p class="ok">${esc(words.problemsNone)}</p>` },
        { id: 'schedule', title: words.schedule, html: scheduleTable(model, words) }
    ];
    if (plan.base) sections.push({ id: 'changes', title: words.changesHeading(plan.base.label), html: diffSection(plan.base, words) });
    const counts = healthCounts(model);
    const stats = [
        ...spanFacts(model, words),
        ...(counts ? [{ label: words.health, value: healthBadges(counts, words) }] : []),
        { label: words.problems, value: problemBadges(plan, words) }
    ];
    const body = `<div class="page-head">
<h1>${esc(title)}</h1>
<ul class="meta">${meta}</ul>
${model.programme.description ? `<p class="description">${esc(model.programme.description)}</p>` : ''}
<div class="summary">${stats.map(s => `<div class="stat"><div class="label">${esc(s.label)}</div><div class="value">${s.value}</div></div>`).join('')}</div>
<nav aria-label="${esc(words.onThisPage)}"><ul class="toc"><li class="toc-label">${esc(words.onThisPage)}</li>${sections.map(s => `<li><a href="#${s.id}">${esc(s.title)}</a></li>`).join('')}</ul></nav>
</div>
${sections.map(s => `<section id="${s.id}" aria-labelledby="${s.id}-title"><h2 id="${s.id}-title">${esc(s.title)}</h2>\n${s.html}\n</section>`).join('\n')}`;
    return page({
        root,
        title: `${title} — ${words.siteTitle}`,
        crumbs: [{ text: words.allRoadmaps, href: `${root}index.html` }, { text: title }],
        body,
        words,
        live: options.live,
        footer: footer(data, options)
    });
}

/** The roadmap page in a frame sized to the picture's proportions (read from its SVG) plus its toolbar. */
function roadmapFrame(model: RoadmapModel, roadmap: string, words: SiteWords): string {
    const box = /<svg\b[^>]*?\sviewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(roadmap);
    const [width, height] = box ? [Number(box[1]), Number(box[2])] : [1400, 700];
    const title = titleOf(model);
    return `<div class="frame"><div class="frame-box"><svg class="sizer" viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false"></svg>
<iframe src="roadmap.html" title="${esc(words.roadmapFrameTitle(title))}"></iframe></div>
<div class="frame-foot"><a href="roadmap.html">${esc(words.openRoadmapAlone)}</a></div></div>`;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2, hint: 3 } as const;

function problemsTable(problems: readonly SiteProblem[], words: SiteWords): string {
    const sorted = [...problems].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]
        || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column);
    const rows = sorted.map(p => `<tr data-code="${esc(p.code)}" data-severity="${p.severity}">
<td><span class="badge ${p.severity}">${esc(words.severityName[p.severity])}</span></td>
<td class="id"><a href="${esc(docsUrl(p.code))}" title="${esc(words.docsFor(p.code))}" rel="external noopener noreferrer"><code>${esc(p.code)}</code></a></td>
<td class="message">${messageHtml(p.message)}</td>
<td class="where mono">${esc(`${p.path}:${p.line}:${p.column}`)}</td>
</tr>`).join('\n');
    return `<div class="table-wrap"><table class="problems">
<thead><tr><th scope="col">${esc(words.severity)}</th><th scope="col">${esc(words.code)}</th><th scope="col">${esc(words.message)}</th><th scope="col">${esc(words.where)}</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
}

/** The checker writes names in backticks, as in Markdown: shown as code, after escaping (so no markup gets through). */
function messageHtml(message: string): string {
    return esc(message).replace(/`([^`]+)`/g, '<code>$1</code>');
}

// ------------------------------------------------------------------------------------------------------ schedule

interface Column {
    key: string;
    title: string;
    className?: string;
    /** Left out when it is empty for every activity. */
    optional?: boolean;
    cell: (a: RoadmapActivity) => string;
}

function scheduleTable(model: RoadmapModel, words: SiteWords): string {
    const tracking = model.programme.statusDate !== undefined;
    // A column nobody filled in (no owners, no status recorded) is left out rather than shown empty.
    const columns = (tracking ? trackingColumns(words) : planColumns(words))
        .filter(column => !column.optional || model.activities.some(a => column.cell(a) !== ''));
    const byId = new Map(model.activities.map(a => [a.id, a]));
    const body: string[] = [];
    for (const phase of model.phases) {
        body.push(`<tr class="phase-row" data-phase="${esc(phase.kind)}"><th colspan="${columns.length}" scope="colgroup"><span class="swatch ${esc(phase.kind)}"></span>${esc(phase.label || phase.kind)}<span class="span">${esc(phaseSpan(phase, words))}</span></th></tr>`);
        for (const id of phase.activityIds) {
            const a = byId.get(id);
            if (!a) continue;
            body.push(`<tr data-id="${esc(a.id)}">${columns.map(c => `<td data-col="${c.key}"${c.className ? ` class="${c.className}"` : ''}>${c.cell(a)}</td>`).join('')}</tr>`);
        }
    }
    return `<p class="note">${esc(words.scheduleNote(tracking))}</p>
<div class="table-wrap"><table class="schedule">
<thead><tr>${columns.map(c => `<th scope="col"${c.className?.includes('num') ? ' class="num"' : ''}>${esc(c.title)}</th>`).join('')}</tr></thead>
<tbody>
${body.join('\n')}
</tbody></table></div>`;
}

function phaseSpan(phase: RoadmapPhase, words: SiteWords): string {
    if (!phase.start) return words.phaseNotScheduled;
    if (phase.openEnded || !phase.end) return words.phaseSpan(phase.start, null);
    return words.phaseSpan(phase.start, lastDay(phase.start, phase.end));
}

function activityCell(a: RoadmapActivity, words: SiteWords): string {
    const star = a.critical ? ` <span class="star" title="${esc(words.criticalMark)}">★</span><span class="sr-only">${esc(words.criticalMark)}</span>` : '';
    const kind = a.kind === 'milestone' ? ` <span class="muted">◆</span>` : '';
    return `${esc(a.label)}${kind}${star}<span class="id mono">${esc(a.id)}</span>`;
}

/** A span's last day as people read it: recurring work goes on, unscheduled work has none. */
function endCell(a: { start: string | null; end: string | null }, activity: RoadmapActivity, words: SiteWords): string {
    if (activity.every) return a.start ? esc(words.ongoing) : '—';
    if (!a.start || !a.end) return a.start ? '—' : esc(words.notScheduled);
    return esc(lastDay(a.start, a.end));
}

function durationText(a: RoadmapActivity, words: SiteWords): string {
    if (a.every) return esc(words.every(`${a.every.amount}${a.every.unit}`));
    if (a.kind === 'milestone') return esc(words.milestone);
    if (a.duration) return esc(`${a.duration.amount}${a.duration.unit}`);
    if (a.start && a.end) return esc(words.days(daysBetween(a.start, a.end)));
    return '—';
}

function planColumns(words: SiteWords): Column[] {
    return [
        { key: 'activity', title: words.activity, className: 'label-cell', cell: a => activityCell(a, words) },
        { key: 'start', title: words.start, className: 'date', cell: a => (a.start ? esc(a.start) : esc(words.notScheduled)) },
        { key: 'end', title: words.lastDay, className: 'date', cell: a => endCell(a, a, words) },
        { key: 'duration', title: words.duration, cell: a => durationText(a, words) },
        { key: 'slack', title: words.slack, className: 'num', cell: a => (a.slack === null ? '—' : esc(words.days(a.slack))) },
        { key: 'owner', title: words.owner, optional: true, cell: a => esc(a.owner ?? '') },
        { key: 'status', title: words.status, optional: true, cell: a => esc([a.status, a.progress !== undefined ? `${a.progress}%` : ''].filter(Boolean).join(' · ')) }
    ];
}

function trackingColumns(words: SiteWords): Column[] {
    const planned = (a: RoadmapActivity) => ({ start: a.planned?.start ?? null, end: a.planned?.end ?? null });
    return [
        { key: 'activity', title: words.activity, className: 'label-cell', cell: a => activityCell(a, words) },
        { key: 'planned-start', title: words.plannedStart, className: 'date', cell: a => esc(a.planned?.start ?? '—') },
        { key: 'planned-end', title: words.plannedLastDay, className: 'date', cell: a => endCell(planned(a), a, words) },
        { key: 'forecast-start', title: words.forecastStart, className: 'date', cell: a => (a.start ? esc(a.start) : esc(words.notScheduled)) },
        { key: 'forecast-end', title: words.forecastLastDay, className: 'date', cell: a => endCell(a, a, words) },
        { key: 'variance', title: words.variance, className: 'num', cell: a => (a.variance === null || a.variance === undefined ? '—' : varianceBadge(a.variance, words)) },
        { key: 'state', title: words.state, cell: a => (a.state ? esc(words.stateName[a.state] + (a.state === 'active' && a.progress !== undefined ? ` · ${a.progress}%` : '')) : '') },
        { key: 'health', title: words.health, cell: a => (a.health ? `<span class="badge ${a.health}">${esc(words.healthName[a.health])}</span>` : '') },
        { key: 'owner', title: words.owner, optional: true, cell: a => esc(a.owner ?? '') }
    ];
}
