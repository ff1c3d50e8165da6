// `dtp schedule`: the roadmap model as an aligned table for people, plus the programme span, phase spans and
// the critical path. Ends are shown as the last day of work (the model's `end` is exclusive).
import type { RoadmapActivity, RoadmapModel } from '@dtp/roadmap';
import type { Colors } from '../terminal.js';

export interface ScheduleTableOptions {
    /** The date to mark activities in progress on; omitted, nothing is marked. */
    today?: string;
    colors: Colors;
    /** Shifts an ISO date by whole days (the calendar module's addCalendarDays). */
    addDays: (date: string, days: number) => string;
    daysBetween: (from: string, to: string) => number;
}

const LABEL_WIDTH = 44;
const LISTED_CRITICAL = 40;
const LISTED_TODAY = 10;

export function formatScheduleTable(model: RoadmapModel, options: ScheduleTableOptions): string {
    const { colors } = options;
    const header = ['Phase', 'Activity', 'Label', 'Kind', 'Start', 'End', 'Duration', 'Slack', 'Critical'];
    const rows: string[][] = [];
    const criticalRows = new Set<number>();
    const byId = new Map(model.activities.map(activity => [activity.id, activity]));
    const listed = new Set<string>();
    const groups: { phase: string; activities: RoadmapActivity[] }[] = model.phases.map(phase => ({
        phase: phase.kind,
        activities: phase.activityIds.map(id => byId.get(id)).filter((a): a is RoadmapActivity => a !== undefined)
    }));
    for (const group of groups) for (const activity of group.activities) listed.add(activity.id);
    const rest = model.activities.filter(activity => !listed.has(activity.id));
    if (rest.length > 0) groups.push({ phase: '(no phase)', activities: rest });

    for (const group of groups) {
        group.activities.forEach((activity, index) => {
            if (activity.critical) criticalRows.add(rows.length);
            rows.push([
                index === 0 ? group.phase : '',
                activity.id,
                truncate(activity.label, LABEL_WIDTH),
                activity.kind,
                activity.start ?? '—',
                lastDay(activity, options),
                durationText(activity, options),
                activity.slack === null ? '—' : `${activity.slack}d`,
                activity.critical ? '★' : ''
            ]);
        });
    }

    const widths = header.map((title, column) => Math.max(title.length, ...rows.map(row => row[column].length)));
    const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
    const out: string[] = [colors.bold(line(header)), colors.dim(widths.map(width => '─'.repeat(width)).join('  '))];
    rows.forEach((row, index) => {
        const text = line(row);
        out.push(criticalRows.has(index) ? colorCritical(text, colors) : text);
    });
    if (rows.length === 0) out.push(colors.dim('(no activities)'));
    out.push('', ...programmeLines(model, options), ...phaseLines(model, options), '', ...criticalPathLines(model, colors));
    if (options.today) out.push(...todayLines(model, options.today));
    return out.join('\n') + '\n';
}

function colorCritical(text: string, colors: Colors): string {
    return colors.isColorSupported ? text.replace('★', colors.red('★')) : text;
}

function truncate(text: string, width: number): string {
    return text.length <= width ? text : text.slice(0, width - 1) + '…';
}

/** The last day of work: the day before the exclusive end; a milestone's is its own day. */
function lastDay(activity: RoadmapActivity, options: ScheduleTableOptions): string {
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

function programmeLines(model: RoadmapModel, options: ScheduleTableOptions): string[] {
    const { programme } = model;
    const title = programme.title ? ` "${programme.title}"` : '';
    const last = programme.end > programme.start ? options.addDays(programme.end, -1) : programme.start;
    const days = options.daysBetween(programme.start, programme.end);
    return [`Programme ${programme.id}${title}: ${programme.start} to ${last} (${days} days; continuous improvement goes on)`];
}

function phaseLines(model: RoadmapModel, options: ScheduleTableOptions): string[] {
    const width = Math.max(0, ...model.phases.map(phase => phase.kind.length));
    return model.phases.map(phase => {
        const name = `  ${phase.kind.padEnd(width)}  `;
        if (!phase.start) return `${name}not scheduled`;
        if (phase.openEnded || !phase.end) return `${name}${phase.start} onwards (no end)`;
        const last = phase.end > phase.start ? options.addDays(phase.end, -1) : phase.start;
        return `${name}${phase.start} to ${last}`;
    });
}

function criticalPathLines(model: RoadmapModel, colors: Colors): string[] {
    const path = model.criticalPath;
    if (path.length === 0) return ['Critical path: none (nothing could be scheduled)'];
    const shown = path.slice(0, LISTED_CRITICAL).join(' → ');
    const more = path.length > LISTED_CRITICAL ? ` … (${path.length - LISTED_CRITICAL} more)` : '';
    return [`${colors.red('★')} Critical path (${path.length} activities, zero slack): ${shown}${more}`];
}

function todayLines(model: RoadmapModel, today: string): string[] {
    const running = model.activities.filter(a => a.start !== null && a.start <= today && (a.end === null ? a.every !== undefined : today < a.end));
    if (running.length === 0) return [`Today (${today}): nothing in progress by the schedule`];
    const names = running.slice(0, LISTED_TODAY).map(a => a.id).join(', ');
    const more = running.length > LISTED_TODAY ? ` and ${running.length - LISTED_TODAY} more` : '';
    return [`Today (${today}): in progress by the schedule: ${names}${more}`];
}
