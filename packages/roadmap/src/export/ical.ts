// iCalendar export (ical-generator): the programme's milestones and phase boundaries as all-day events, for
// Outlook, Google Calendar and Apple Calendar. Each event's UID is derived from the programme id, the element id
// and, for a phase, which boundary it is, so importing a later export updates the events instead of adding copies.
// With a status date the dates are the forecast; the description says the planned date and the variance.
// DTSTAMP (when the event was written) is the `stamp` option; the default is the status date, else the programme
// start, so the same model always gives the same text (the CLI passes the day of the export).
import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import { addDays, daysBetween, lastDay, toUtc } from '../dates.js';
import type { IsoDate, RoadmapModel, RoadmapPhase } from '../model.js';
import { orderedActivities } from './tables.js';

export interface IcalOptions {
    /** The DTSTAMP of every event (YYYY-MM-DD, midnight UTC); default the status date, else the programme start. */
    stamp?: IsoDate;
}

const PHASE_NAMES: Record<string, string> = {
    'initiation': 'Initiation', 'foundation': 'Foundation', 'improvement': 'Improvement', 'continuous-improvement': 'Continuous improvement'
};

/** The UID of an element's event: stable across exports of the same programme. */
export function eventUid(programmeId: string, elementId: string, boundary?: 'start' | 'end'): string {
    return `${[programmeId, elementId, boundary].filter(Boolean).join('.')}@dtp`;
}

export function renderIcal(model: RoadmapModel, options: IcalOptions = {}): string {
    const p = model.programme;
    const stamp = toUtc(options.stamp ?? p.statusDate ?? p.start);
    const title = p.title ?? p.id;
    const calendar = ical({
        name: title,
        prodId: { company: 'dtp', product: 'dtp', language: 'EN' },
        method: ICalCalendarMethod.PUBLISH,
        description: p.statusDate ? `${title}: milestones and phases, forecast as of ${p.statusDate}` : `${title}: milestones and phases`
    });
    const day = (id: string, date: IsoDate, summary: string, description: string, categories: string[]) => {
        calendar.createEvent({
            id, summary, description, stamp,
            start: toUtc(date), end: toUtc(addDays(date, 1)), allDay: true,
            transparency: ICalEventTransparency.TRANSPARENT,
            categories: categories.map(name => ({ name }))
        });
    };
    for (const phase of model.phases) {
        if (!phase.start) continue;
        const name = phase.label || PHASE_NAMES[phase.kind];
        day(eventUid(p.id, `phase-${phase.kind}`, 'start'), phase.start, `${name} starts`, phaseText(phase, 'start', p.statusDate), ['phase', 'phase start']);
        if (phase.end && !phase.openEnded) {
            day(eventUid(p.id, `phase-${phase.kind}`, 'end'), lastDay(phase.start, phase.end), `${name} ends`, phaseText(phase, 'end', p.statusDate), ['phase', 'phase end']);
        }
    }
    for (const milestone of orderedActivities(model)) {
        if (milestone.kind !== 'milestone' || !milestone.start) continue;
        const lines = [`Milestone ${milestone.id} (${PHASE_NAMES[milestone.phase] ?? milestone.phase})`];
        if (milestone.owner) lines.push(`Owner: ${milestone.owner}`);
        if (p.statusDate) {
            const planned = milestone.planned?.start;
            if (milestone.state === 'done') lines.push(`Reached on ${milestone.start}`);
            else lines.push(`Forecast as of ${p.statusDate}: ${milestone.start}`);
            if (planned) lines.push(`Planned: ${planned}${planned !== milestone.start ? ` (${signed(daysBetween(planned, milestone.start))})` : ''}`);
            if (milestone.health) lines.push(`Health: ${milestone.health}`);
        }
        if (milestone.critical) lines.push('On the critical path');
        if (milestone.description) lines.push('', milestone.description);
        day(eventUid(p.id, milestone.id), milestone.start, milestone.label, lines.join('\n'), ['milestone']);
    }
    return calendar.toString();
}

function phaseText(phase: RoadmapPhase, boundary: 'start' | 'end', statusDate: IsoDate | undefined): string {
    const lines = [`${PHASE_NAMES[phase.kind]} phase ${boundary === 'start' ? 'begins' : 'ends (its last day)'}`];
    if (statusDate && phase.planned) {
        const planned = boundary === 'start' ? phase.planned.start : phase.planned.start && phase.planned.end ? lastDay(phase.planned.start, phase.planned.end) : null;
        const forecast = boundary === 'start' ? phase.start : phase.start && phase.end ? lastDay(phase.start, phase.end) : null;
        if (planned && forecast) lines.push(`Forecast as of ${statusDate}; planned: ${planned}${planned !== forecast ? ` (${signed(daysBetween(planned, forecast))})` : ''}`);
    }
    return lines.join('\n');
}

const signed = (days: number) => `${days > 0 ? '+' : '-'}${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'}`;
