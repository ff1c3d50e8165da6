// The rows the spreadsheet exports (CSV and XLSX) share: one table of activities, one of milestones and one of
// capabilities, with typed columns so XLSX can write real date and number cells and CSV plain text. With a status
// date the plan's dates sit beside the forecast with variance, state and health; without one the plan's dates are
// the model's own and the forecast columns are empty. Dates for people: the last day of work, not the exclusive end.
import { formatDuration, lastDay } from '../dates.js';
import type { IsoDate, RoadmapActivity, RoadmapModel } from '../model.js';

export type SheetName = 'activities' | 'milestones' | 'capabilities';
export const SHEET_NAMES: readonly SheetName[] = ['activities', 'milestones', 'capabilities'];

export type ColumnType = 'text' | 'date' | 'number' | 'boolean';
export type Cell = string | number | boolean | null;

export interface Column {
    header: string;
    type: ColumnType;
    /** Width in characters, for XLSX. */
    width: number;
}

export interface Table {
    name: SheetName;
    columns: Column[];
    /** Dates are `YYYY-MM-DD` strings in `date` columns; null is an empty cell. */
    rows: Cell[][];
}

const text = (header: string, width: number): Column => ({ header, type: 'text', width });
const date = (header: string): Column => ({ header, type: 'date', width: 14 });
const number = (header: string, width = 10): Column => ({ header, type: 'number', width });
const flag = (header: string): Column => ({ header, type: 'boolean', width: 9 });

export function exportTables(model: RoadmapModel): Table[] {
    return SHEET_NAMES.map(name => exportTable(model, name));
}

export function exportTable(model: RoadmapModel, name: SheetName): Table {
    switch (name) {
        case 'activities': return activityTable(model);
        case 'milestones': return milestoneTable(model);
        case 'capabilities': return capabilityTable(model);
    }
}

/** Activities in the order people read the plan: phase by phase, as written; any outside a phase last. */
export function orderedActivities(model: RoadmapModel): RoadmapActivity[] {
    const byId = new Map(model.activities.map(a => [a.id, a]));
    const seen = new Set<string>();
    const result: RoadmapActivity[] = [];
    for (const phase of model.phases) {
        for (const id of phase.activityIds) {
            const activity = byId.get(id);
            if (activity && !seen.has(id)) { seen.add(id); result.push(activity); }
        }
    }
    for (const activity of model.activities) if (!seen.has(activity.id)) result.push(activity);
    return result;
}

/** The plan's and the forecast's first and last day of an activity (the forecast only when tracking). */
export function activityDates(activity: RoadmapActivity, tracking: boolean): {
    plannedStart: IsoDate | null; plannedLast: IsoDate | null; forecastStart: IsoDate | null; forecastLast: IsoDate | null;
    slack: number | null;
} {
    const span = (start: IsoDate | null | undefined, end: IsoDate | null | undefined) =>
        ({ start: start ?? null, last: start && end ? lastDay(start, end) : null });
    const forecast = span(activity.start, activity.end);
    if (!tracking) return { plannedStart: forecast.start, plannedLast: forecast.last, forecastStart: null, forecastLast: null, slack: activity.slack };
    const planned = activity.planned ? span(activity.planned.start, activity.planned.end) : forecast;
    return {
        plannedStart: planned.start, plannedLast: planned.last, forecastStart: forecast.start, forecastLast: forecast.last,
        // Health compares the variance with the plan's slack, so the plan's slack is the one beside it.
        slack: activity.planned ? activity.planned.slack : activity.slack
    };
}

function durationText(activity: RoadmapActivity): string | null {
    if (activity.every) return `every ${formatDuration(activity.every)}`;
    return activity.duration ? formatDuration(activity.duration) : null;
}

function afterText(activity: RoadmapActivity): string | null {
    if (activity.after.length === 0) return null;
    return activity.after.map(edge => edge.offset ? `${edge.id} ${edge.offset.sign} ${formatDuration(edge.offset.duration)}` : edge.id).join(', ');
}

const list = (items: readonly string[]) => (items.length ? items.join(', ') : null);

function activityTable(model: RoadmapModel): Table {
    const tracking = model.programme.statusDate !== undefined;
    const columns = [
        text('id', 18), text('label', 40), text('phase', 22), text('kind', 18), text('owner', 20), text('duration', 10),
        date('planned start'), date('planned last day'), date('forecast start'), date('forecast last day'),
        number('variance (days)', 15), number('slack (days)', 12), flag('critical'), text('state', 9), text('health', 9),
        number('progress (%)', 12), text('after', 24), text('provides', 24), text('requires', 24)
    ];
    const rows = orderedActivities(model).filter(a => a.kind !== 'milestone').map((a): Cell[] => {
        const d = activityDates(a, tracking);
        return [
            a.id, a.label, a.phase, a.kind, a.owner ?? null, durationText(a),
            d.plannedStart, d.plannedLast, d.forecastStart, d.forecastLast,
            tracking ? a.variance ?? null : null, d.slack, a.critical, a.state ?? null, tracking ? a.health ?? null : null,
            a.progress ?? (a.state === 'done' ? 100 : null), afterText(a), list(a.provides), list(a.requires)
        ];
    });
    return { name: 'activities', columns, rows };
}

function milestoneTable(model: RoadmapModel): Table {
    const tracking = model.programme.statusDate !== undefined;
    const columns = [
        text('id', 18), text('label', 40), text('phase', 22), text('owner', 20), date('planned date'), date('forecast date'),
        number('variance (days)', 15), number('slack (days)', 12), flag('critical'), text('state', 9), text('health', 9), text('after', 30)
    ];
    const rows = orderedActivities(model).filter(a => a.kind === 'milestone').map((a): Cell[] => {
        const d = activityDates(a, tracking);
        return [
            a.id, a.label, a.phase, a.owner ?? null, d.plannedStart, d.forecastStart,
            tracking ? a.variance ?? null : null, d.slack, a.critical, a.state ?? null, tracking ? a.health ?? null : null, afterText(a)
        ];
    });
    return { name: 'milestones', columns, rows };
}

function capabilityTable(model: RoadmapModel): Table {
    const columns = [text('id', 18), text('label', 40), text('kind', 12), text('providers', 30), text('requirers', 40), date('ready date')];
    const rows = model.capabilities.map((c): Cell[] => [c.id, c.label, c.kind, list(c.providers), list(c.requirers), c.availableFrom]);
    return { name: 'capabilities', columns, rows };
}
