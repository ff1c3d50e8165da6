// Microsoft Project XML (MSPDI, the `Project` schema of Project 2007 and later), written with xmlbuilder2: the
// programme as the project summary task, one summary task per phase, the activities and milestones inside it
// (OutlineLevel 2, WBS `phase.n`), finish-to-start predecessors with their lag or lead, % complete from progress and
// state, the baseline (Baseline 0) = the plan and the current Start/Finish = the forecast.
//
// DTP counts calendar days, so the project uses one calendar where every day of the week is a working day of
// 8 hours (08:00–12:00, 13:00–17:00): a task's Duration is its calendar days × 8 h and Project shows it in days,
// and a lag of n days is n × 480 minutes (LinkLag is in tenths of minutes, LagFormat 7 = days).
// Elements are written in the order the schema's sequences require. The names people read in Project (phase summary
// tasks, the text fields' aliases, the calendar) are in the reader's language; element names and values are not.
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { addDays, addRepeated, daysBetween, formatDuration, lastDay } from '../dates.js';
import { DEFAULT_LOCALE, phaseName, phaseTitle, t, type Locale } from '../i18n/index.js';
import type { IsoDate, RoadmapActivity, RoadmapModel } from '../model.js';
import { orderedActivities } from './tables.js';

export interface MspdiOptions {
    /** The project's CreationDate (YYYY-MM-DD); default the status date, else the programme start. */
    created?: IsoDate;
    /** The language of the phase names, the text fields' aliases and the calendar's name (default English). */
    locale?: Locale;
}

const MINUTES_PER_DAY = 480;
const NAME_LIMIT = 512;
/** Task text fields Text1–Text3 (their FieldIDs) carry the DTP id, state and health. */
const TEXT_FIELDS = [
    { fieldId: '188743731', name: 'Text1', alias: 'export.msproject.id' },
    { fieldId: '188743734', name: 'Text2', alias: 'export.msproject.state' },
    { fieldId: '188743737', name: 'Text3', alias: 'export.msproject.health' }
] as const;

const startTime = (date: IsoDate) => `${date}T08:00:00`;
const finishTime = (date: IsoDate) => `${date}T17:00:00`;
const hours = (days: number) => `PT${Math.max(0, days) * 8}H0M0S`;
const clip = (text: string) => (text.length > NAME_LIMIT ? text.slice(0, NAME_LIMIT - 1) + '…' : text);

/** The dates a task shows: first day, last day (inclusive) and length in days; null when unscheduled. */
interface Span { start: IsoDate; last: IsoDate; days: number }

function spanOf(activity: RoadmapActivity, start: IsoDate | null | undefined, end: IsoDate | null | undefined): Span | null {
    if (!start) return null;
    if (activity.kind === 'milestone') return { start, last: start, days: 0 };
    // A recurring activity has no end: one period stands for it (its notes say it recurs).
    const exclusiveEnd = end ?? (activity.every ? addRepeated(start, activity.every, 1) : null);
    if (!exclusiveEnd) return null;
    return { start, last: lastDay(start, exclusiveEnd), days: daysBetween(start, exclusiveEnd) };
}

interface TaskRow {
    uid: number;
    name: string;
    wbs: string;
    level: number;
    summary: boolean;
    activity?: RoadmapActivity;
    current: Span | null;
    baseline: Span | null;
}

export function renderMspdi(model: RoadmapModel, options: MspdiOptions = {}): string {
    const p = model.programme;
    const tracking = p.statusDate !== undefined;
    const created = options.created ?? p.statusDate ?? p.start;
    const locale = options.locale ?? DEFAULT_LOCALE;

    // UIDs: 0 is the project summary task; then phases and their activities in reading order.
    const rows: TaskRow[] = [];
    const uidOf = new Map<string, number>();
    const byPhase = new Map<string, RoadmapActivity[]>();
    for (const activity of orderedActivities(model)) {
        const list = byPhase.get(activity.phase) ?? [];
        list.push(activity);
        byPhase.set(activity.phase, list);
    }
    let uid = 1;
    let phaseNumber = 0;
    for (const [phaseKind, activities] of byPhase) {
        phaseNumber++;
        const phase = model.phases.find(candidate => candidate.kind === phaseKind);
        const summary: TaskRow = { uid: uid++, name: clip(phase ? phaseTitle(phase, locale) : phaseName(phaseKind, locale)), wbs: String(phaseNumber), level: 1, summary: true, current: null, baseline: null };
        rows.push(summary);
        const children: TaskRow[] = [];
        activities.forEach((activity, index) => {
            const current = spanOf(activity, activity.start, activity.end);
            const baseline = tracking && activity.planned ? spanOf(activity, activity.planned.start, activity.planned.end) : current;
            const row: TaskRow = { uid: uid++, name: clip(activity.label || activity.id), wbs: `${phaseNumber}.${index + 1}`, level: 2, summary: false, activity, current, baseline };
            uidOf.set(activity.id, row.uid);
            children.push(row);
        });
        summary.current = enclosing(children.map(child => child.current));
        summary.baseline = enclosing(children.map(child => child.baseline));
        rows.push(...children);
    }
    const projectSpan = enclosing(rows.map(row => row.current)) ?? { start: p.start, last: p.start, days: 0 };
    const projectBaseline = enclosing(rows.map(row => row.baseline));

    const root = create({ version: '1.0', encoding: 'UTF-8', standalone: true, invalidCharReplacement: '\uFFFD' })
        .ele('http://schemas.microsoft.com/project', 'Project');
    const field = (parent: XMLBuilder, name: string, value: string | number) => parent.ele(name).txt(String(value)).up();
    field(root, 'SaveVersion', 14);
    field(root, 'Name', clip(`${p.id}.xml`));
    field(root, 'Title', clip(p.title ?? p.id));
    if (p.owner) field(root, 'Manager', clip(p.owner));
    field(root, 'Author', 'dtp');
    field(root, 'CreationDate', startTime(created));
    field(root, 'ScheduleFromStart', 1);
    field(root, 'StartDate', startTime(projectSpan.start));
    field(root, 'FinishDate', finishTime(projectSpan.last));
    field(root, 'CalendarUID', 1);
    field(root, 'DefaultStartTime', '08:00:00');
    field(root, 'DefaultFinishTime', '17:00:00');
    field(root, 'MinutesPerDay', MINUTES_PER_DAY);
    field(root, 'MinutesPerWeek', MINUTES_PER_DAY * 7);
    field(root, 'DaysPerMonth', 30);
    field(root, 'DurationFormat', 7);
    field(root, 'HonorConstraints', 1);
    field(root, 'WeekStartDay', 1);
    // DTP's status date is "as of the start of that day"; Project's is the last moment work is reported for.
    if (p.statusDate) field(root, 'StatusDate', finishTime(addDays(p.statusDate, -1)));
    const attributes = root.ele('ExtendedAttributes');
    for (const text of TEXT_FIELDS) {
        const attribute = attributes.ele('ExtendedAttribute');
        field(attribute, 'FieldID', text.fieldId);
        field(attribute, 'FieldName', text.name);
        field(attribute, 'Alias', t(locale, text.alias));
    }

    const calendar = root.ele('Calendars').ele('Calendar');
    field(calendar, 'UID', 1);
    field(calendar, 'Name', t(locale, 'export.msproject.calendar'));
    field(calendar, 'IsBaseCalendar', 1);
    const weekDays = calendar.ele('WeekDays');
    for (let day = 1; day <= 7; day++) {
        const weekDay = weekDays.ele('WeekDay');
        field(weekDay, 'DayType', day);
        field(weekDay, 'DayWorking', 1);
        const times = weekDay.ele('WorkingTimes');
        for (const [from, to] of [['08:00:00', '12:00:00'], ['13:00:00', '17:00:00']]) {
            const time = times.ele('WorkingTime');
            field(time, 'FromTime', from);
            field(time, 'ToTime', to);
        }
    }

    const tasks = root.ele('Tasks');
    const project: TaskRow = { uid: 0, name: clip(p.title ?? p.id), wbs: '0', level: 0, summary: true, current: projectSpan, baseline: projectBaseline };
    const byId = new Map(model.activities.map(a => [a.id, a]));
    const capabilities = new Map(model.capabilities.map(c => [c.id, c]));
    for (const [index, row] of [project, ...rows].entries()) {
        const task = tasks.ele('Task');
        const a = row.activity;
        field(task, 'UID', row.uid);
        field(task, 'ID', index);
        field(task, 'Name', row.name);
        field(task, 'Type', 1); // fixed duration: DTP durations are lengths of time, not effort
        if (a?.owner) field(task, 'Contact', clip(a.owner));
        if (row.level > 0) {
            field(task, 'WBS', row.wbs);
            field(task, 'OutlineNumber', row.wbs);
        }
        field(task, 'OutlineLevel', row.level);
        if (row.current) {
            field(task, 'Start', startTime(row.current.start));
            field(task, 'Finish', row.current.days === 0 ? startTime(row.current.start) : finishTime(row.current.last));
            field(task, 'Duration', hours(row.current.days));
            field(task, 'DurationFormat', 7);
        }
        field(task, 'Milestone', a?.kind === 'milestone' ? 1 : 0);
        field(task, 'Summary', row.summary ? 1 : 0);
        field(task, 'Critical', a?.critical ? 1 : 0);
        const percent = a ? percentComplete(a) : undefined;
        if (percent !== undefined) field(task, 'PercentComplete', percent);
        if (a && row.current && (a.state === 'active' || a.state === 'done')) {
            field(task, 'ActualStart', startTime(row.current.start));
            if (a.state === 'done') field(task, 'ActualFinish', row.current.days === 0 ? startTime(row.current.start) : finishTime(row.current.last));
        }
        const predecessors = a ? predecessorsOf(a, capabilities) : [];
        if (a && row.current) {
            const constraint = constraintOf(a, row.current, predecessors, byId, projectSpan.start);
            if (constraint) {
                field(task, 'ConstraintType', constraint.type);
                field(task, 'ConstraintDate', startTime(constraint.date));
            }
        }
        const notes = a ? notesOf(a, row.current === null) : '';
        if (notes) field(task, 'Notes', notes);
        for (const predecessor of predecessors) {
            const predecessorUid = uidOf.get(predecessor.id);
            if (predecessorUid === undefined) continue;
            const link = task.ele('PredecessorLink');
            field(link, 'PredecessorUID', predecessorUid);
            field(link, 'Type', 1); // finish-to-start
            field(link, 'CrossProject', 0);
            field(link, 'LinkLag', predecessor.lagDays * MINUTES_PER_DAY * 10);
            field(link, 'LagFormat', 7);
        }
        if (a) {
            const values = [a.id, a.state ?? '', tracking ? a.health ?? '' : ''];
            TEXT_FIELDS.forEach((text, i) => {
                if (!values[i]) return;
                const attribute = task.ele('ExtendedAttribute');
                field(attribute, 'FieldID', text.fieldId);
                field(attribute, 'Value', clip(values[i]));
            });
        }
        if (row.baseline) {
            const baseline = task.ele('Baseline');
            field(baseline, 'Number', 0);
            field(baseline, 'Start', startTime(row.baseline.start));
            field(baseline, 'Finish', row.baseline.days === 0 ? startTime(row.baseline.start) : finishTime(row.baseline.last));
            field(baseline, 'Duration', hours(row.baseline.days));
            field(baseline, 'DurationFormat', 7);
        }
    }
    return root.end({ prettyPrint: true }) + '\n';
}

function enclosing(spans: (Span | null)[]): Span | null {
    const present = spans.filter((span): span is Span => span !== null);
    if (present.length === 0) return null;
    // ISO dates compare as strings (Math.min/max would turn them into NaN).
    let { start, last } = present[0];
    for (const span of present) {
        if (span.start < start) start = span.start;
        if (span.last > last) last = span.last;
    }
    const days = present.some(span => span.days > 0) ? daysBetween(start, last) + 1 : 0;
    return { start, last, days };
}

function percentComplete(activity: RoadmapActivity): number {
    if (activity.state === 'done') return 100;
    return Math.max(0, Math.min(100, Math.round(activity.progress ?? 0)));
}

/** What must finish first: `after` edges with their lag or lead, and the providers of every required capability. */
function predecessorsOf(activity: RoadmapActivity, capabilities: Map<string, { providers: string[] }>): { id: string; lagDays: number }[] {
    const result = new Map<string, number>();
    for (const edge of activity.after) result.set(edge.id, edge.offsetDays);
    for (const capability of activity.requires) {
        for (const provider of capabilities.get(capability)?.providers ?? []) {
            if (!result.has(provider) && provider !== activity.id) result.set(provider, 0);
        }
    }
    return [...result].map(([id, lagDays]) => ({ id, lagDays }));
}

/**
 * A pinned activity must start on its date; one that begins later than anything it depends on allows (a phase's
 * start, or the status date in a forecast) starts no earlier than its date, so Project's own pass keeps DTP's dates.
 */
function constraintOf(activity: RoadmapActivity, current: Span, predecessors: { id: string; lagDays: number }[],
    byId: Map<string, RoadmapActivity>, projectStart: IsoDate): { type: number; date: IsoDate } | null {
    if (activity.pinned) return { type: 2, date: current.start };
    if (activity.state === 'done' || activity.state === 'active') return null; // actual dates hold it
    let driven = projectStart;
    for (const predecessor of predecessors) {
        const end = byId.get(predecessor.id)?.end;
        if (end) {
            const earliest = addDays(end, predecessor.lagDays);
            if (earliest > driven) driven = earliest;
        }
    }
    return current.start > driven ? { type: 4, date: current.start } : null;
}

function notesOf(activity: RoadmapActivity, unscheduled: boolean): string {
    const lines: string[] = [];
    if (activity.description) lines.push(activity.description);
    if (activity.every) lines.push(`Recurs every ${formatDuration(activity.every)} with no end; the task shows its first period.`);
    if (unscheduled) lines.push('Not scheduled by DTP (it is part of a dependency cycle).');
    if (activity.kind === 'transformation-plan') lines.push('The Digital Transformation Plan.');
    return lines.join('\n');
}
