// `dtp schedule`: the roadmap model as an aligned table for people, plus the programme span, phase spans and
// the critical path. Ends are shown as the last day of work (the model's `end` is exclusive).
// With a status date the table puts the plan beside the forecast (variance, state, health) and ends with what needs
// attention: the tracking diagnostics of the plan, so the table and `dtp validate` never disagree.
import type { Health, RoadmapActivity, RoadmapDiagnostic, RoadmapModel } from '@dtp/roadmap';
import type { Colors } from '../terminal.js';
import { plural } from '../diagnostics.js';

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

/** Health as a mark and a word, so it reads without colour (and on a black-and-white printout). */
const HEALTH_TEXT: Record<Health, string> = { 'done': '✓ done', 'on-track': '● on track', 'at-risk': '▲ at risk', 'late': '✖ late' };

interface Column {
    title: string;
    cell: (activity: RoadmapActivity) => string;
    paint?: (text: string, activity: RoadmapActivity) => string;
}

export function formatScheduleTable(model: RoadmapModel, options: ScheduleTableOptions): string {
    const { colors } = options;
    const tracking = model.programme.statusDate !== undefined;
    const columns = tracking ? trackingColumns(options) : planColumns(options);
    const header = ['Phase', ...columns.map(column => column.title)];
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
    if (rows.length === 0) out.push(colors.dim('(no activities)'));
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
    if (rest.length > 0) groups.push({ phase: '(no phase)', activities: rest });
    return groups;
}

/** Without a status date: the schedule, and what the plan records about each activity. */
function planColumns(options: ScheduleTableOptions): Column[] {
    const { colors } = options;
    return [
        { title: 'Activity', cell: a => a.id },
        { title: 'Label', cell: a => truncate(a.label, LABEL_WIDTH) },
        { title: 'Kind', cell: a => a.kind },
        { title: 'Start', cell: a => a.start ?? '—' },
        { title: 'End', cell: a => lastDay(a, options) },
        { title: 'Duration', cell: a => durationText(a, options) },
        { title: 'Slack', cell: a => (a.slack === null ? '—' : `${a.slack}d`) },
        { title: 'Critical', cell: a => (a.critical ? '★' : ''), paint: text => colors.red(text) },
        { title: 'Owner', cell: a => truncate(a.owner ?? '', 24) },
        { title: 'Status', cell: a => a.state ?? a.status ?? '' },
        { title: 'Progress', cell: a => (a.progress === undefined ? '' : `${a.progress}%`) }
    ];
}

/** With a status date: the plan beside the forecast, the variance and the health. */
function trackingColumns(options: ScheduleTableOptions): Column[] {
    const { colors } = options;
    const planned = (a: RoadmapActivity) => ({ start: a.planned?.start ?? null, end: a.planned?.end ?? null, every: a.every, kind: a.kind });
    return [
        { title: 'Activity', cell: a => a.id },
        { title: 'Label', cell: a => truncate(a.label, TRACKED_LABEL_WIDTH) },
        { title: 'Planned start', cell: a => a.planned?.start ?? '—' },
        { title: 'Planned end', cell: a => lastDay(planned(a), options) },
        { title: 'Forecast start', cell: a => a.start ?? '—' },
        { title: 'Forecast end', cell: a => lastDay(a, options) },
        { title: 'Variance', cell: a => (a.variance === null || a.variance === undefined ? '—' : signedDays(a.variance)) },
        { title: 'State', cell: a => a.state ?? '' },
        {
            title: 'Health',
            cell: a => (a.health ? HEALTH_TEXT[a.health] : ''),
            paint: (text, a) => (a.health === 'late' ? colors.red(text) : a.health === 'at-risk' ? colors.yellow(text) : a.health === 'on-track' ? colors.green(text) : colors.dim(text))
        },
        { title: 'Critical', cell: a => (a.critical ? '★' : ''), paint: text => colors.red(text) },
        { title: 'Owner', cell: a => truncate(a.owner ?? '', 24) }
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
    if (activity.every) return activity.start ? 'ongoing' : '—';
    if (!activity.start || !activity.end) return '—';
    return activity.end <= activity.start ? activity.start : options.addDays(activity.end, -1);
}

function durationText(activity: RoadmapActivity, options: ScheduleTableOptions): string {
    if (activity.every) return `every ${activity.every.amount}${activity.every.unit}`;
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
    const title = programme.title ? ` "${programme.title}"` : '';
    const last = spanLastDay(programme.start, programme.end, options);
    const days = options.daysBetween(programme.start, programme.end);
    const forecast = programme.statusDate ? 'forecast ' : '';
    const lines = [`Programme ${programme.id}${title}: ${forecast}${programme.start} to ${last} (${plural(days, 'day')}; continuous improvement goes on)`];
    if (programme.statusDate) lines.push(`Status date: ${programme.statusDate} (the forecast counts what is recorded until the start of this day)`);
    return lines;
}

function phaseLines(model: RoadmapModel, options: ScheduleTableOptions): string[] {
    const width = Math.max(0, ...model.phases.map(phase => phase.kind.length));
    return model.phases.map(phase => {
        const name = `  ${phase.kind.padEnd(width)}  `;
        if (!phase.start) return `${name}not scheduled`;
        if (phase.openEnded || !phase.end) return `${name}${phase.start} onwards (no end)`;
        return `${name}${phase.start} to ${spanLastDay(phase.start, phase.end, options)}`;
    });
}

function criticalPathLines(model: RoadmapModel, colors: Colors): string[] {
    const path = model.criticalPath;
    if (path.length === 0) return ['Critical path: none (nothing could be scheduled)'];
    const shown = path.slice(0, LISTED_CRITICAL).join(' → ');
    const more = path.length > LISTED_CRITICAL ? ` … (${path.length - LISTED_CRITICAL} more)` : '';
    return [`${colors.red('★')} Critical path (${plural(path.length, 'activity', 'activities')}, zero slack): ${shown}${more}`];
}

function todayLines(model: RoadmapModel, today: string): string[] {
    const running = model.activities.filter(a => a.start !== null && a.start <= today && (a.end === null ? a.every !== undefined : today < a.end));
    if (running.length === 0) return [`Today (${today}): nothing in progress by the schedule`];
    const names = running.slice(0, LISTED_TODAY).map(a => a.id).join(', ');
    const more = running.length > LISTED_TODAY ? ` and ${running.length - LISTED_TODAY} more` : '';
    return [`Today (${today}): in progress by the schedule: ${names}${more}`];
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
    const out = [colors.bold('Needs attention')];
    if (items.length === 0) out.push('  nothing: no activity is overdue, late to start, behind schedule or slipping');
    const idWidth = Math.max(0, ...items.slice(0, LISTED_ATTENTION).map(item => item.id.length));
    for (const item of items.slice(0, LISTED_ATTENTION)) out.push(`  ${colors.red('✖')} ${item.id.padEnd(idWidth)}  ${item.text}`);
    if (items.length > LISTED_ATTENTION) out.push(`  … and ${items.length - LISTED_ATTENTION} more (dtp validate lists them all)`);
    const { programme } = model;
    if (programme.planned?.start && programme.planned.end) {
        const planned = spanLastDay(programme.planned.start, programme.planned.end, options);
        const forecast = spanLastDay(programme.start, programme.end, options);
        const variance = options.daysBetween(programme.planned.end, programme.end);
        const moved = variance === 0 ? 'on plan' : `${signedDays(variance)}`;
        out.push(`Programme end: planned ${planned}, forecast ${forecast} (${moved})`);
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
            return { id: a.id, days: endDays, text: `overdue: planned to end ${plannedLast}, not done; forecast ${forecastLast} (${signedDays(endDays)})` };
        case 'late-start':
            return { id: a.id, days: startDays, text: `late start: planned to start ${plannedStart}, not started; forecast ${a.start} (${signedDays(startDays)})` };
        case 'behind-schedule':
            return { id: a.id, days: endDays, text: `behind schedule: planned to end ${plannedLast}, forecast ${forecastLast} (${signedDays(endDays)})` };
        default:
            return { id: a.id, days: startDays, text: `milestone slipping: planned ${plannedStart}, forecast ${a.start} (${signedDays(startDays)})` };
    }
}
