// The schedule as a Mermaid `gantt` chart: sections are phases, every activity carries its computed start and
// its length in days (so Mermaid draws the scheduler's dates, not its own; the forecast's when tracking), `crit` marks
// the critical path and `done`/`active` the state. Names are sanitised so no user text can break the chart's syntax.
import { addRepeated, daysBetween, formatDuration, lastDay } from './dates.js';
import { mermaidId, mermaidText } from './escape.js';
import type { IsoDate, RoadmapActivity, RoadmapModel } from './model.js';
import { PHASE_ORDER } from './model.js';
import { t, type Locale } from './i18n/index.js';

// A line starting with one of these words is a statement, not a task.
const STATEMENT_WORDS = /^(title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|weekend|click|acctitle|accdescr|inclusiveenddates|topaxis|displaymode|gantt)\b/i;

/** `locale`: the language of the few words the chart adds (a recurring task's note); the plan's text is written as it is. */
export function renderMermaid(model: RoadmapModel, options: { locale?: Locale; today?: IsoDate } = {}): string {
    const locale = options.locale ?? 'en';
    const lines = ['gantt', `    title ${mermaidName(model.programme.title ?? model.programme.id)}`, '    dateFormat YYYY-MM-DD', `    axisFormat ${axisFormat(model)}`];
    // Mermaid's own today marker follows the reader's clock; a given day is drawn as a marker of its own instead.
    if (options.today) lines.push('    todayMarker off');
    const byPhase = new Map<string, RoadmapActivity[]>();
    for (const a of model.activities) {
        const list = byPhase.get(a.phase);
        if (list) list.push(a); else byPhase.set(a.phase, [a]);
    }
    const labels = new Map(model.phases.map(phase => [phase.kind, phase.label]));
    const taskIds = new Map<string, string>();
    const used = new Set<string>();
    for (const a of model.activities) {
        // Prefixed so no id reads as a tag (`done`, `crit`, `milestone`); suffixed when two ids sanitise alike.
        let id = `t_${mermaidId(a.id)}`;
        for (let k = 2; used.has(id); k++) id = `t_${mermaidId(a.id)}_${k}`;
        used.add(id);
        taskIds.set(a.id, id);
    }
    for (const kind of PHASE_ORDER) {
        const members = byPhase.get(kind);
        if (!members?.length) continue;
        lines.push(`    section ${mermaidName(labels.get(kind) || kind)}`);
        for (const a of members) {
            const line = taskLine(a, taskIds.get(a.id)!, locale);
            if (line) lines.push(`    ${line}`);
            else lines.push(`    %% ${t(locale, 'mermaid.not-scheduled', { id: mermaidText(a.id) })}`);
        }
    }
    if (options.today) {
        const today = mermaidName(t(locale, 'render.today', { date: options.today }));
        lines.push(`    section ${today}`, `    ${today} :milestone, t__today, ${options.today}, 0d`);
    }
    return lines.join('\n') + '\n';
}

function taskLine(a: RoadmapActivity, id: string, locale: Locale): string | undefined {
    if (!a.scheduled || !a.start) return undefined;
    const tags: string[] = [];
    if (a.kind === 'milestone') tags.push('milestone');
    if (a.critical) tags.push('crit');
    // The state from the recorded facts (finished/started, or the written status); with a status date the dates
    // below are the forecast's.
    const state = a.state ?? a.status;
    if (state === 'done') tags.push('done');
    else if (state === 'active') tags.push('active');
    let name = a.label || a.id;
    let days: number;
    if (a.kind === 'milestone') days = 0;
    else if (!a.end) {
        // Mermaid has no recurrence: the first cycle stands for the activity, and the name says it repeats.
        days = a.every ? daysBetween(a.start, addCycle(a)) : 1;
        name = t(locale, 'mermaid.recurring', { name, every: a.every ? formatDuration(a.every) : undefined });
    } else days = daysBetween(a.start, a.end);
    return `${mermaidName(name)} :${[...tags, id, a.start, `${days}d`].join(', ')}`;
}

/** The second occurrence of a recurring activity, with the scheduler's month clamping. */
function addCycle(a: RoadmapActivity): string {
    return addRepeated(a.start!, a.every!, 1);
}

function mermaidName(text: string): string {
    const name = mermaidText(text);
    return STATEMENT_WORDS.test(name) ? `– ${name}` : name;
}

function axisFormat(model: RoadmapModel): string {
    const end = model.programme.end > model.programme.start ? lastDay(model.programme.start, model.programme.end) : model.programme.start;
    return daysBetween(model.programme.start, end) > 3 * 365 ? '%Y' : '%b %Y';
}
