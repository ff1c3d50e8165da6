// The calendar helpers the scheduler added: epochDay must agree with calendar-day differences everywhere.
import { describe, expect, test } from 'vitest';
import { addCalendarDays, daysBetween, epochDay } from '../src/scheduler/calendar.js';

describe('epochDay', () => {
    test('1970-01-01 is day 0; leap days and century rules hold', () => {
        expect(epochDay('1970-01-01')).toBe(0);
        expect(epochDay('2000-03-01') - epochDay('2000-02-28')).toBe(2); // 2000 is a leap year (divisible by 400)
        expect(epochDay('2100-03-01') - epochDay('2100-02-28')).toBe(1); // 2100 is not
        expect(epochDay('0001-01-01')).toBe(-719_162);
    });

    test('agrees with daysBetween day by day over four centuries', () => {
        let date = '1900-01-01';
        const base = epochDay(date);
        for (let n = 0; n < 146_097; n += 37) {
            expect(epochDay(date) - base).toBe(daysBetween('1900-01-01', date));
            date = addCalendarDays(date, 37);
        }
    });
});
