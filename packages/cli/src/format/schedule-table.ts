// `dtp schedule`: the roadmap model as an aligned table for people, plus the programme span, phase spans and
// the critical path. Ends are shown as the last day of work (the model's `end` is exclusive).
// With a status date the table puts the plan beside the forecast (variance, state, health) and ends with what needs
// attention: the tracking diagnostics of the plan, so the table and `dtp validate` never disagree.
import { runningOn, type RoadmapActivity, type RoadmapDiagnostic, type RoadmapModel } from '@dtp/roadmap';
import type { Colors } from '../terminal.js';
import { say } from '../locale.js';

export interface ScheduleTableOptions {
    /** The date to mark activities in progress on; omitted, nothing is marked. */
    today?: string;
    colors: Colors;
    /** Shifts an ISO date by whole days (the calendar module's addCalendarDays). */
    addDays: (date: string, days: number) => string;
    daysBetween: (from: string, to: string) => number;
    /** The plan's diagnostics placed on activities; those with a tracking code make the "Needs attention" list. */
    diagnostics?: readonly RoadmapDiagnostic[];
}

const LABEL_WIDTH = 44;
const TRACKED_LABEL_WIDTH = 32;
const LISTED_CRITICAL = 40;
const LISTED_TODAY = 10;
const LISTED_ATTENTION = 20;

/** The tracking codes that say something is late, in the order the checks try them. */
export const ATTENTION_CODES = ['overdue', 'late-start', 'behind-schedule', 'milestone-slip'] as const;

interface Column {
    title: string;
    cell: (activity: RoadmapActivity) => string;
    paint?: (text: string, activity: RoadmapActivity) => string;
}

export function formatScheduleTable(model: RoadmapModel, options: ScheduleTableOptions): string {
    const { colors } = options;
    const tracking = model.programme.statusDate !== undefined;
    const columns = tracking ? trackingColumns(options) : planColumns(options);
    const header = [say('table.phase'), ...columns.map(column => column.title)];
    const rows: { cells: string[]; activity: RoadmapActivity }[] = [];
    for (const group of phaseGroups(model)) {
        group.activities.forEach((activity, index) => {
            rows.push({ activity, cells: [index === 0 ? group.phase : '', ...columns.map(column => column.cell(activity))] });
        });
    }

    const widths = header.map((title, column) => Math.max(title.length, ...rows.map(row => row.cells[column].length)));
    const plain = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
    const out: string[] = [colors.bold(plain(header)), colors.dim(widths.map(width => '─'.repeat(width)).join('  '))];
    for (const { cells, activity } of rows) {
        // Padded first, painted after: escape codes must not count towards the column widths.
        const padded = cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column])));
        const painted = padded.map((cell, column) => {
            const paint = column > 0 ? columns[column - 1].paint : undefined;
            return paint && colors.isColorSupported ? paint(cell, activity) : cell;
        });
        out.push(painted.join('  ').trimEnd());
    }
    if (rows.length === 0) out.push(colors.dim(say('table.no-activities')));
    out.push('', ...programmeLines(model, options), ...phaseLines(model, options), '', ...criticalPathLines(model, colors));
    if (options.today) out.push(...todayLines(model, options.today));
    if (tracking) out.push('', ...attentionLines(model, options));
    return out.join('\n') + '\n';
}

function phaseGroups(model: RoadmapModel): { phase: string; activities: RoadmapActivity[] }[] {
    const byId = new Map(model.activities.map(activity => [activity.id, activity]));
    const listed = new Set<string>();
    const groups = model.phases.map(phase => ({
        phase: phase.kind as string,
        activities: phase.activityIds.map(id => byId.get(id)).filter((a): a is RoadmapActivity => a !== undefined)
    }));
    for (const group of groups) for (const activity of group.activities) listed.add(activity.id);
    const rest = model.activities.filter(activity => !listed.has(activity.id));
    if (rest.length > 0) groups.push({ phase: say('table.no-phase'), activities: rest });
    return groups;
}

/** Without a status date: the schedule, and what the plan records about each activity. */
function planColumns(options: ScheduleTableOptions): Column[] {
    const { colors } = options;
    return [
        { title: say('table.activity'), cell: a => a.id },
        { title: say('table.label'), cell: a => truncate(a.label, LABEL_WIDTH) },
        { title: say('table.kind'), cell: a => a.kind },
        { title: say('table.start'), cell: a => a.start ?? '—' },
        { title: say('table.end'), cell: a => lastDay(a, options) },
        { title: say('table.duration'), cell: a => durationText(a, options) },
        { title: say('table.slack'), cell: a => (a.slack === null ? '—' : `${a.slack}d`) },
        { title: say('table.critical'), cell: a => (a.critical ? '★' : ''), paint: text => colors.red(text) },
        { title: say('table.owner'), cell: a => truncate(a.owner ?? '', 24) },
        { title: say('table.status'), cell: a => a.state ?? a.status ?? '' },
        { title: say('table.progress'), cell: a => (a.progress === undefined ? '' : `${a.progress}%`) }
    ];
}

/** With a status date: the plan beside the forecast, the variance and the health. */
function trackingColumns(options: ScheduleTableOptions): Column[] {
    const { colors } = options;
    const planned = (a: RoadmapActivity) => ({ start: a.planned?.start ?? null, end: a.planned?.end ?? null, every: a.every, kind: a.kind });
    return [
        { title: say('table.activity'), cell: a => a.id },
        { title: say('table.label'), cell: a => truncate(a.label, TRACKED_LABEL_WIDTH) },
        { title: say('table.planned-start'), cell: a => a.planned?.start ?? '—' },
        { title: say('table.planned-end'), cell: a => lastDay(planned(a), options) },
        { title: say('table.forecast-start'), cell: a => a.start ?? '—' },
        { title: say('table.forecast-end'), cell: a => lastDay(a, options) },
        { title: say('table.variance'), cell: a => (a.variance === null || a.variance === undefined ? '—' : signedDays(a.variance)) },
        { title: say('table.state'), cell: a => a.state ?? '' },
        {
            title: say('table.health'),
            cell: a => (a.health ? say(`table.health.${a.health}`) : ''),
            paint: (text, a) => (a.health === 'late' ? colors.red(text) : a.health === 'at-risk' ? colors.yellow(text) : a.health === 'on-track' ? colors.green(text) : colors.dim(text))
        },
        { title: say('table.critical'), cell: a => (a.critical ? '★' : ''), paint: text => colors.red(text) },
        { title: say('table.owner'), cell: a => truncate(a.owner ?? '', 24) }
    ];
}

function truncate(text: string, width: number): string {
    return text.length <= width ? text : text.slice(0, width - 1) + '…';
}

function signedDays(days: number): string {
    return `${days > 0 ? '+' : ''}${days}d`;
}

/** The last day of work: the day before the exclusive end; a milestone's is its own day. */
function lastDay(activity: Pick<RoadmapActivity, 'start' | 'end' | 'every' | 'kind'>, options: ScheduleTableOptions): string {
    if (activity.every) return activity.start ? say('table.ongoing') : '—';
    if (!activity.start || !activity.end) return '—';
    return activity.end <= activity.start ? activity.start : options.addDays(activity.end, -1);
}

function durationText(activity: RoadmapActivity, options: ScheduleTableOptions): string {
    if (activity.every) return say('table.every', { every: `${activity.every.amount}${activity.every.unit}` });
    if (activity.kind === 'milestone') return '—';
    if (activity.duration) return `${activity.duration.amount}${activity.duration.unit}`;
    if (activity.start && activity.end) return `${options.daysBetween(activity.start, activity.end)}d`;
    return '—';
}

function spanLastDay(start: string, end: string, options: ScheduleTableOptions): string {
    return end > start ? options.addDays(end, -1) : start;
}

function programmeLines(model: RoadmapModel, options: ScheduleTableOptions): string[] {
    const { programme } = model;
    const last = spanLastDay(programme.start, programme.end, options);
    const days = options.daysBetween(programme.start, programme.end);
    const lines = [say('table.programme', { id: programme.id, title: programme.title ?? '', forecast: !!programme.statusDate, start: programme.start, last, days })];
    if (programme.statusDate) lines.push(say('table.status-date', { date: programme.statusDate }));
    return lines;
}

function phaseLines(model: RoadmapModel, options: ScheduleTableOptions): string[] {
    const width = Math.max(0, ...model.phases.map(phase => phase.kind.length));
    return model.phases.map(phase => {
        const name = `  ${phase.kind.padEnd(width)}  `;
        if (!phase.start) return `${name}${say('table.phase-not-scheduled')}`;
        if (phase.openEnded || !phase.end) return `${name}${say('table.phase-onwards', { start: phase.start })}`;
        return `${name}${say('table.phase-span', { start: phase.start, last: spanLastDay(phase.start, phase.end, options) })}`;
    });
}

function criticalPathLines(model: RoadmapModel, colors: Colors): string[] {
    const path = model.criticalPath;
    if (path.length === 0) return [say('table.no-critical-path')];
    const shown = path.slice(0, LISTED_CRITICAL).join(' → ');
    return [`${colors.red('★')} ${say('table.critical-path', { count: path.length, shown, more: Math.max(0, path.length - LISTED_CRITICAL) })}`];
}

function todayLines(model: RoadmapModel, today: string): string[] {
    const running = runningOn(model, today);
    if (running.length === 0) return [say('table.today-nothing', { today })];
    const names = running.slice(0, LISTED_TODAY).map(a => a.id).join(', ');
    return [say('table.today-running', { today, names, more: Math.max(0, running.length - LISTED_TODAY) })];
}

interface AttentionItem {
    id: string;
    text: string;
    days: number;
}

/**
 * "Needs attention": one line per tracking diagnostic of the plan (overdue, late start, behind schedule, slipping
 * milestone) with the days it is late by, most days first; then the programme's planned and forecast end.
 */
function attentionLines(model: RoadmapModel, options: ScheduleTableOptions): string[] {
    const { colors } = options;
    const byId = new Map(model.activities.map(activity => [activity.id, activity]));
    const items: AttentionItem[] = [];
    const seen = new Set<string>();
    for (const diagnostic of options.diagnostics ?? []) {
        if (!(ATTENTION_CODES as readonly string[]).includes(diagnostic.code) || !diagnostic.activityId) continue;
        const activity = byId.get(diagnostic.activityId);
        if (!activity || seen.has(activity.id)) continue;
        seen.add(activity.id);
        items.push(attentionItem(diagnostic.code, activity, options));
    }
    items.sort((a, b) => b.days - a.days);
    const out = [colors.bold(say('table.attention'))];
    if (items.length === 0) out.push(say('table.attention-none'));
    const idWidth = Math.max(0, ...items.slice(0, LISTED_ATTENTION).map(item => item.id.length));
    for (const item of items.slice(0, LISTED_ATTENTION)) out.push(`  ${colors.red('✖')} ${item.id.padEnd(idWidth)}  ${item.text}`);
    if (items.length > LISTED_ATTENTION) out.push(say('table.attention-more', { more: items.length - LISTED_ATTENTION }));
    const { programme } = model;
    if (programme.planned?.start && programme.planned.end) {
        const planned = spanLastDay(programme.planned.start, programme.planned.end, options);
        const forecast = spanLastDay(programme.start, programme.end, options);
        const variance = options.daysBetween(programme.planned.end, programme.end);
        const moved = variance === 0 ? say('table.on-plan') : `${signedDays(variance)}`;
        out.push(say('table.programme-end', { planned, forecast, moved }));
    }
    return out;
}

function attentionItem(code: string, a: RoadmapActivity, options: ScheduleTableOptions): AttentionItem {
    const plannedStart = a.planned?.start ?? null;
    const plannedLast = lastDay({ start: plannedStart, end: a.planned?.end ?? null, every: a.every, kind: a.kind }, options);
    const forecastLast = lastDay(a, options);
    const startDays = plannedStart && a.start ? options.daysBetween(plannedStart, a.start) : 0;
    const endDays = a.variance ?? 0;
    switch (code) {
        case 'overdue':
            return { id: a.id, days: endDays, text: say('table.overdue', { planned: plannedLast, forecast: forecastLast, variance: signedDays(endDays) }) };
        case 'late-start':
            return { id: a.id, days: startDays, text: say('table.late-start', { planned: plannedStart ?? '—', forecast: a.start ?? '—', variance: signedDays(startDays) }) };
        case 'behind-schedule':
            return { id: a.id, days: endDays, text: say('table.behind-schedule', { planned: plannedLast, forecast: forecastLast, variance: signedDays(endDays) }) };
        default:
            return { id: a.id, days: startDays, text: say('table.milestone-slip', { planned: plannedStart ?? '—', forecast: a.start ?? '—', variance: signedDays(startDays) }) };
    }
}
