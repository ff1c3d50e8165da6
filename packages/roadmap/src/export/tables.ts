// The rows the spreadsheet exports (CSV and XLSX) share: one table of activities, one of milestones and one of
// capabilities, with typed columns so XLSX can write real date and number cells and CSV plain text. With a status
// date the plan's dates sit beside the forecast with variance, state and health; without one the plan's dates are
// the model's own and the forecast columns are empty. Dates for people: the last day of work, not the exclusive end.
// Headers and sheet titles are in the reader's language; cells stay values: ISO dates, numbers, and codes (kind,
// phase, state, health) that a filter or formula compares.
import { formatDuration, lastDay } from '../dates.js';
import { DEFAULT_LOCALE, t, type Locale } from '../i18n/index.js';
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
    /** The sheet's name for people, in the table's language (the XLSX sheet name). */
    title: string;
    columns: Column[];
    /** Dates are `YYYY-MM-DD` strings in `date` columns; null is an empty cell. */
    rows: Cell[][];
}

const text = (header: string, width: number): Column => ({ header, type: 'text', width });
const date = (header: string): Column => ({ header, type: 'date', width: 14 });
const number = (header: string, width = 10): Column => ({ header, type: 'number', width });
const flag = (header: string): Column => ({ header, type: 'boolean', width: 9 });

export function exportTables(model: RoadmapModel, locale: Locale = DEFAULT_LOCALE): Table[] {
    return SHEET_NAMES.map(name => exportTable(model, name, locale));
}

export function exportTable(model: RoadmapModel, name: SheetName, locale: Locale = DEFAULT_LOCALE): Table {
    const h = (column: ColumnId) => t(locale, `export.column.${column}`);
    const table = name === 'activities' ? activityTable(model, h) : name === 'milestones' ? milestoneTable(model, h) : capabilityTable(model, h);
    return { ...table, title: t(locale, `export.sheet.${name}`) };
}

type ColumnId = 'id' | 'label' | 'phase' | 'kind' | 'owner' | 'duration' | 'planned-start' | 'planned-last-day' | 'forecast-start'
    | 'forecast-last-day' | 'variance' | 'slack' | 'critical' | 'state' | 'health' | 'progress' | 'after' | 'provides' | 'requires'
    | 'planned-date' | 'forecast-date' | 'providers' | 'requirers' | 'ready-date';
type Header = (column: ColumnId) => string;

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

function activityTable(model: RoadmapModel, h: Header): Omit<Table, 'title'> {
    const tracking = model.programme.statusDate !== undefined;
    const columns = [
        text(h('id'), 18), text(h('label'), 40), text(h('phase'), 22), text(h('kind'), 18), text(h('owner'), 20), text(h('duration'), 10),
        date(h('planned-start')), date(h('planned-last-day')), date(h('forecast-start')), date(h('forecast-last-day')),
        number(h('variance'), 15), number(h('slack'), 12), flag(h('critical')), text(h('state'), 9), text(h('health'), 9),
        number(h('progress'), 12), text(h('after'), 24), text(h('provides'), 24), text(h('requires'), 24)
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

function milestoneTable(model: RoadmapModel, h: Header): Omit<Table, 'title'> {
    const tracking = model.programme.statusDate !== undefined;
    const columns = [
        text(h('id'), 18), text(h('label'), 40), text(h('phase'), 22), text(h('owner'), 20), date(h('planned-date')), date(h('forecast-date')),
        number(h('variance'), 15), number(h('slack'), 12), flag(h('critical')), text(h('state'), 9), text(h('health'), 9), text(h('after'), 30)
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

function capabilityTable(model: RoadmapModel, h: Header): Omit<Table, 'title'> {
    const columns = [text(h('id'), 18), text(h('label'), 40), text(h('kind'), 12), text(h('providers'), 30), text(h('requirers'), 40), date(h('ready-date'))];
    const rows = model.capabilities.map((c): Cell[] => [c.id, c.label, c.kind, list(c.providers), list(c.requirers), c.availableFrom]);
    return { name: 'capabilities', columns, rows };
}
