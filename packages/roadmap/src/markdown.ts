// The roadmap as Markdown for READMEs, wikis and pull requests: a Mermaid gantt (GitHub and most wikis draw it)
// followed by tables of phases, activities and capabilities, so the dates are readable without any renderer.
import { daysBetween, formatDuration, lastDay } from './dates.js';
import { markdownCell } from './escape.js';
import type { RoadmapActivity, RoadmapModel } from './model.js';
import { renderMermaid } from './mermaid.js';

export function renderMarkdown(model: RoadmapModel): string {
    const p = model.programme;
    const out: string[] = [];
    out.push(`# ${markdownCell(p.title ?? p.id)} — roadmap`, '');
    const facts = [`Programme \`${p.id}\``, p.owner ? `owner ${markdownCell(p.owner)}` : '', `${p.start} → ${lastDay(p.start, p.end)}`,
        `${model.activities.length} activities`].filter(Boolean);
    out.push(facts.join(' · ') + '.', '');
    if (p.description) out.push(markdownCell(p.description), '');
    if (model.criticalPath.length) out.push(`Critical path: ${model.criticalPath.map(id => `\`${id}\``).join(' → ')}.`, '');
    out.push('```mermaid', renderMermaid(model).trimEnd(), '```', '');

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

function dateCells(a: RoadmapActivity): [string, string, string] {
    if (!a.scheduled || !a.start) return ['not scheduled', '—', '—'];
    if (a.kind === 'milestone') return [a.start, a.start, '0'];
    if (!a.end) return [a.start, a.every ? `every ${formatDuration(a.every)}` : 'no end', '—'];
    return [a.start, lastDay(a.start, a.end), String(daysBetween(a.start, a.end))];
}
