// Date arithmetic on day numbers (src/scheduler/calendar.ts) gives what the Date-based arithmetic it replaces gives:
// compared with that arithmetic (date-fns on local-midnight Dates, as calendar.ts did) on random dates of the whole
// calendar, month ends and leap days, every unit and sign, and where results leave the calendar.
import { addDays, addMonths, differenceInCalendarDays } from 'date-fns';
import type { Duration, DurationUnit } from '@dtp/roadmap';
import { describe, expect, test } from 'vitest';
import { addCalendarDays, addDuration, daysBetween } from '../src/scheduler/calendar.js';
import { random } from './random.js';

function localDay(date: string): Date {
    const result = new Date(2000, 0, 1);
    result.setFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
    return result;
}
const pad = (n: number) => String(n).padStart(2, '0');
const format = (date: Date) => `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The arithmetic calendar.ts used before: the reference. */
function expectedAdd(date: string, duration: Duration, sign: 1 | -1): string {
    const n = duration.amount * sign;
    const start = localDay(date);
    switch (duration.unit) {
        case 'd': return format(addDays(start, n));
        case 'w': return format(addDays(start, 7 * n));
        case 'm': return format(addMonths(start, n));
        case 'q': return format(addMonths(start, 3 * n));
        case 'y': return format(addMonths(start, 12 * n));
    }
}

const UNITS: DurationUnit[] = ['d', 'w', 'm', 'q', 'y'];
const EDGES = ['0000-01-01', '0000-02-29', '0001-03-01', '0099-12-31', '0100-02-28', '1900-02-28', '1999-12-31', '2000-02-29', '2024-01-31',
    '2024-02-29', '2027-01-31', '2027-03-31', '2027-08-31', '2100-02-28', '9999-01-31', '9999-12-31'];

describe('calendar arithmetic', () => {
    test('addDuration and addCalendarDays agree with Date arithmetic on random dates, month ends and leap days', () => {
        const next = random(3);
        const dates = [...EDGES];
        for (let i = 0; i < 1000; i++) {
            const year = Math.floor(next() * 10_000);
            const month = 1 + Math.floor(next() * 12);
            const day = 1 + Math.floor(next() * 31);
            const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
            if (format(localDay(date)) === date) dates.push(date); // only days that exist
        }
        let compared = 0;
        for (const date of dates) {
            for (const unit of UNITS) {
                for (const amount of [1, 2, 11, 12, 13, 59, 400, Math.floor(next() * 1200) + 1]) {
                    for (const sign of [1, -1] as const) {
                        expect(addDuration(date, { amount, unit }, sign), `${date} ${sign > 0 ? '+' : '-'} ${amount}${unit}`).toBe(expectedAdd(date, { amount, unit }, sign));
                        compared++;
                    }
                }
            }
            const days = Math.floor(next() * 80_000) - 40_000;
            expect(addCalendarDays(date, days)).toBe(format(addDays(localDay(date), days)));
            const other = dates[Math.floor(next() * dates.length)];
            expect(daysBetween(date, other)).toBe(differenceInCalendarDays(localDay(other), localDay(date)));
        }
        expect(compared).toBeGreaterThan(70_000);
    });

    test('results beyond the calendar are what they were (the scheduler reports them as leaving it)', () => {
        expect(addCalendarDays('9999-12-31', 1)).toBe(format(addDays(localDay('9999-12-31'), 1)));
        expect(addDuration('9999-06-30', { amount: 1, unit: 'y' })).toBe(expectedAdd('9999-06-30', { amount: 1, unit: 'y' }, 1));
        expect(addDuration('0000-01-10', { amount: 2, unit: 'w' }, -1)).toBe(expectedAdd('0000-01-10', { amount: 2, unit: 'w' }, -1));
        expect(addCalendarDays('2027-02-30', 1)).toBe(format(addDays(localDay('2027-02-30'), 1))); // not a day: the Date path, as before
    });
});
