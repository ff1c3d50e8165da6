// Dates for pictures: the model's `YYYY-MM-DD` strings as UTC instants for the time scale. The scheduler's
// calendar lives in @dtp/language, which depends on this package, so the few steps a picture needs (the last day
// of an exclusive end, the occurrences of a recurring activity) are done here with the same rules (docs/scheduling.md).
import type { Duration, IsoDate } from './model.js';

export const DAY_MS = 86_400_000;

export function toUtc(date: IsoDate): Date {
    return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
}

export function toIso(date: Date): IsoDate {
    // By components rather than toISOString(): this runs for every date of a 100,000-activity picture.
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    const day = date.getUTCDate();
    return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
    return toIso(new Date(toUtc(date).getTime() + days * DAY_MS));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
    return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

/** The last day of work for people: the model's `end` is exclusive; a milestone's last day is its date. */
export function lastDay(start: IsoDate, end: IsoDate): IsoDate {
    return end > start ? addDays(end, -1) : start;
}

/**
 * The last day people read of a span that may be open or unscheduled: its last day; open-ended work shows its start,
 * and nothing at all gives ''.
 */
export function lastDayOfSpan(span: { start: IsoDate | null; end: IsoDate | null }): IsoDate {
    const { start, end } = span;
    if (!end) return start ?? '';
    return start ? lastDay(start, end) : addDays(end, -1);
}

/** `date + times × duration`, months clamped to the month's end as the scheduler does (Jan 31 + 1m = Feb 28). */
export function addRepeated(date: IsoDate, duration: Duration, times: number): IsoDate {
    const n = duration.amount * times;
    if (duration.unit === 'd') return addDays(date, n);
    if (duration.unit === 'w') return addDays(date, 7 * n);
    const months = n * (duration.unit === 'm' ? 1 : duration.unit === 'q' ? 3 : 12);
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7)) - 1 + months;
    const targetYear = year + Math.floor(month / 12);
    const targetMonth = ((month % 12) + 12) % 12;
    const lastOfMonth = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
    const day = Math.min(Number(date.slice(8, 10)), lastOfMonth);
    return toIso(new Date(Date.UTC(targetYear, targetMonth, day)));
}

export function formatDuration(duration: Duration): string {
    return `${duration.amount}${duration.unit}`;
}
