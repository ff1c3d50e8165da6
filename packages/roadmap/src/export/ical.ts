// iCalendar export (ical-generator): the programme's milestones and phase boundaries as all-day events, for
// Outlook, Google Calendar and Apple Calendar. Each event's UID is derived from the programme id, the element id
// and, for a phase, which boundary it is, so importing a later export updates the events instead of adding copies.
// With a status date the dates are the forecast; the description says the planned date and the variance.
// DTSTAMP (when the event was written) is the `stamp` option; the default is the status date, else the programme
// start, so the same model always gives the same text (the CLI passes the day of the export).
// Summaries and descriptions are in the reader's language; property names, UIDs and categories (which calendar rules
// filter on) are not.
import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import { addDays, daysBetween, lastDay, toUtc } from '../dates.js';
import { DEFAULT_LOCALE, phaseName, phaseTitle, t, type Locale } from '../i18n/index.js';
import type { IsoDate, RoadmapModel, RoadmapPhase } from '../model.js';
import { orderedActivities } from './tables.js';

export interface IcalOptions {
    /** The DTSTAMP of every event (YYYY-MM-DD, midnight UTC); default the status date, else the programme start. */
    stamp?: IsoDate;
    /** The language of the summaries and descriptions (default English); the plan's own text is written as it is. */
    locale?: Locale;
}

/** The UID of an element's event: stable across exports of the same programme. */
export function eventUid(programmeId: string, elementId: string, boundary?: 'start' | 'end'): string {
    return `${[programmeId, elementId, boundary].filter(Boolean).join('.')}@dtp`;
}

export function renderIcal(model: RoadmapModel, options: IcalOptions = {}): string {
    const p = model.programme;
    const stamp = toUtc(options.stamp ?? p.statusDate ?? p.start);
    const title = p.title ?? p.id;
    const locale = options.locale ?? DEFAULT_LOCALE;
    const calendar = ical({
        name: title,
        prodId: { company: 'dtp', product: 'dtp', language: 'EN' },
        method: ICalCalendarMethod.PUBLISH,
        description: p.statusDate ? t(locale, 'export.ics.calendar-forecast', { title, date: p.statusDate }) : t(locale, 'export.ics.calendar', { title })
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
        const name = phaseTitle(phase, locale);
        day(eventUid(p.id, `phase-${phase.kind}`, 'start'), phase.start, t(locale, 'export.ics.phase-starts', { name }), phaseText(phase, 'start', p.statusDate, locale), ['phase', 'phase start']);
        if (phase.end && !phase.openEnded) {
            day(eventUid(p.id, `phase-${phase.kind}`, 'end'), lastDay(phase.start, phase.end), t(locale, 'export.ics.phase-ends', { name }), phaseText(phase, 'end', p.statusDate, locale), ['phase', 'phase end']);
        }
    }
    for (const milestone of orderedActivities(model)) {
        if (milestone.kind !== 'milestone' || !milestone.start) continue;
        const lines = [t(locale, 'export.ics.milestone', { id: milestone.id, phase: phaseName(milestone.phase, locale) })];
        if (milestone.owner) lines.push(t(locale, 'export.ics.owner', { owner: milestone.owner }));
        if (p.statusDate) {
            const planned = milestone.planned?.start;
            if (milestone.state === 'done') lines.push(t(locale, 'export.ics.reached', { date: milestone.start }));
            else lines.push(t(locale, 'export.ics.forecast', { status: p.statusDate, date: milestone.start }));
            if (planned) lines.push(t(locale, 'export.ics.planned', { date: planned, shift: shift(planned, milestone.start, locale) }));
            if (milestone.health) lines.push(t(locale, 'export.ics.health', { health: milestone.health }));
        }
        if (milestone.critical) lines.push(t(locale, 'export.ics.critical'));
        if (milestone.description) lines.push('', milestone.description);
        day(eventUid(p.id, milestone.id), milestone.start, milestone.label, lines.join('\n'), ['milestone']);
    }
    return calendar.toString();
}

function phaseText(phase: RoadmapPhase, boundary: 'start' | 'end', statusDate: IsoDate | undefined, locale: Locale): string {
    const lines = [t(locale, boundary === 'start' ? 'export.ics.phase-begins' : 'export.ics.phase-last-day', { name: phaseName(phase.kind, locale) })];
    if (statusDate && phase.planned) {
        const planned = boundary === 'start' ? phase.planned.start : phase.planned.start && phase.planned.end ? lastDay(phase.planned.start, phase.planned.end) : null;
        const forecast = boundary === 'start' ? phase.start : phase.start && phase.end ? lastDay(phase.start, phase.end) : null;
        if (planned && forecast) lines.push(t(locale, 'export.ics.phase-forecast', { date: statusDate, planned, shift: shift(planned, forecast, locale) }));
    }
    return lines.join('\n');
}

/** ` (+3 days)` after a planned date the forecast moved from; nothing when it did not move. */
const shift = (planned: IsoDate, forecast: IsoDate, locale: Locale) =>
    (planned === forecast ? '' : t(locale, 'export.shift', { days: daysBetween(planned, forecast) }));
