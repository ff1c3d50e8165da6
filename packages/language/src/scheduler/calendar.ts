// Calendar arithmetic for plans (docs/scheduling.md): calendar days; a week is 7 days, a month a calendar month with the
// day clamped to the month's end, a quarter 3 months, a year 12 months. Dates are plain `YYYY-MM-DD` strings
// outside this module; inside, Date objects at local midnight, read back by components, so no time zone or DST shifts a day.
import { addDays, addMonths, differenceInCalendarDays } from 'date-fns';
import { text as textOf, translate, type Duration, type DurationUnit, type IsoDate, type Text } from '@dtp/roadmap';

/** On failure, `problem` in English (`'2027-02-30' does not exist: …`) and `reason`, the part after the value, for any language. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string; reason: Text };

function failure(value: string, reason: Text): { ok: false; problem: string; reason: Text } {
    return { ok: false, problem: `'${value}' ${translate('en', reason)}`, reason };
}

const DATE_SHAPE = /^(\d{4})-(?:[Qq](\d+)|(\d{1,2}))(?:-(\d{1,2}))?$/;
/** `01-09-2026`, `1.9.2026`, `01/09/2026`: the way dates are written in Dutch (and many other) texts. */
const DAY_FIRST = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/;

/**
 * Parses `YYYY-MM-DD`, `YYYY-MM` (the 1st) or `YYYY-Qn` (the quarter's first day). On failure `problem` says
 * what is wrong in words a user can act on.
 */
export function parseDate(text: string): Parsed<IsoDate> {
    const dayFirst = DAY_FIRST.exec(text);
    if (dayFirst) {
        const [, day, month, year] = dayFirst;
        const iso = `${year}-${pad(Number(month))}-${pad(Number(day))}`;
        const parsed = parseDate(iso);
        return parsed.ok ? failure(text, textOf('calendar.day-first', { iso }))
            : failure(text, textOf('calendar.day-first-invalid', { iso, reason: parsed.reason }));
    }
    const match = DATE_SHAPE.exec(text);
    if (!match) return failure(text, textOf('calendar.not-a-date'));
    const [, yearText, quarterText, monthText, dayText] = match;
    const year = Number(yearText);
    if (quarterText !== undefined) {
        const quarter = Number(quarterText);
        if (quarter < 1 || quarter > 4) return failure(text, textOf('calendar.quarter', { quarter }));
        if (dayText !== undefined) return failure(text, textOf('calendar.quarter-day'));
        return { ok: true, value: formatDate(localDay(year, (quarter - 1) * 3, 1)) };
    }
    const month = Number(monthText);
    if (month < 1 || month > 12) return failure(text, textOf('calendar.month', { month }));
    const day = dayText === undefined ? 1 : Number(dayText);
    const last = daysInMonth(year, month - 1);
    if (day < 1 || day > last) {
        return failure(text, textOf('calendar.day', { month: `${year}-${pad(month)}`, last: pad(last) }));
    }
    return { ok: true, value: formatDate(localDay(year, month - 1, day)) };
}

const DURATION_SHAPE = /^(\d+)([a-zA-Z]+)$/;
const UNITS: readonly DurationUnit[] = ['d', 'w', 'm', 'q', 'y'];

/** No duration is longer than this: beyond it, dates leave any calendar a plan needs (and date arithmetic's range). */
const MAX_YEARS = 100;
const MAX_AMOUNT: Record<DurationUnit, number> = { d: 36_525, w: 5_218, m: 12 * MAX_YEARS, q: 4 * MAX_YEARS, y: MAX_YEARS };

/** Whether a computed date left the four-digit years the calendar holds (0000-01-01 to 9999-12-31). */
export function outsideCalendar(date: IsoDate): boolean {
    return date.length !== 10 || date.charCodeAt(4) !== 45 /* - */ || date.charCodeAt(0) === 45;
}

/** Parses `6w`, `3m`, … A zero amount, an unknown unit or more than a century is a problem. */
export function parseDuration(text: string): Parsed<Duration> {
    const match = DURATION_SHAPE.exec(text);
    if (!match) return failure(text, textOf('calendar.not-a-duration'));
    const amount = Number(match[1]);
    const unit = match[2] as DurationUnit;
    if (!UNITS.includes(unit)) {
        return failure(text, textOf('calendar.unit', { unit: match[2] }));
    }
    if (amount <= 0) return failure(text, textOf('calendar.not-positive', { unit }));
    if (amount > MAX_AMOUNT[unit]) {
        return failure(text, textOf('calendar.too-long', { years: MAX_YEARS, max: `${MAX_AMOUNT[unit]}${unit}` }));
    }
    return { ok: true, value: { amount, unit } };
}

/** `date` moved by `sign × duration`, with months clamped to the month's end (2027-01-31 + 1m = 2027-02-28). */
export function addDuration(date: IsoDate, duration: Duration, sign: 1 | -1 = 1): IsoDate {
    const n = duration.amount * sign;
    const fast = duration.unit === 'd' || duration.unit === 'w'
        ? addDaysFast(date, duration.unit === 'w' ? 7 * n : n)
        : addMonthsFast(date, duration.unit === 'm' ? n : duration.unit === 'q' ? 3 * n : 12 * n);
    if (fast !== undefined) return fast;
    const start = toLocalDay(date);
    switch (duration.unit) {
        case 'd': return formatDate(addDays(start, n));
        case 'w': return formatDate(addDays(start, 7 * n));
        case 'm': return formatDate(addMonths(start, n));
        case 'q': return formatDate(addMonths(start, 3 * n));
        case 'y': return formatDate(addMonths(start, 12 * n));
    }
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
    return addDaysFast(date, days) ?? formatDate(addDays(toLocalDay(date), days));
}

/** `date` moved by whole months: addDuration with a duration in m, q or y counted in months. */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
    return addMonthsFast(date, months) ?? formatDate(addMonths(toLocalDay(date), months));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
    // Not before year 100: there date-fns is a day off around 29 February (it builds Dates with Date.UTC, which reads
    // years 0–99 as 1900–1999), and the result must stay what it was.
    if (isCalendarDate(from) && isCalendarDate(to) && yearOf(from) >= 100 && yearOf(to) >= 100) return epochDay(to) - epochDay(from);
    return differenceInCalendarDays(toLocalDay(to), toLocalDay(from));
}

// The scheduler moves dates several times per activity. For dates of the calendar (`YYYY-MM-DD`, years 0000–9999)
// whole-day arithmetic on day numbers gives what Date objects give, without them; anything else (a result beyond the
// calendar, a malformed date) takes the Date path below, as before.

/** Whether `date` is a day of the calendar written `YYYY-MM-DD`. */
function isCalendarDate(date: IsoDate): boolean {
    if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return false;
    for (let k = 0; k < DIGITS.length; k++) { // indexed: no iterator per call on this hot path
        const c = date.charCodeAt(DIGITS[k]);
        if (c < 48 || c > 57) return false;
    }
    const month = (date.charCodeAt(5) - 48) * 10 + date.charCodeAt(6) - 48;
    const day = (date.charCodeAt(8) - 48) * 10 + date.charCodeAt(9) - 48;
    return month >= 1 && month <= 12 && day >= 1 && day <= monthLength(yearOf(date), month);
}

const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

function yearOf(date: IsoDate): number {
    return (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + date.charCodeAt(3) - 48;
}

function monthLength(year: number, month: number): number {
    if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function addDaysFast(date: IsoDate, days: number): IsoDate | undefined {
    if (!isCalendarDate(date)) return undefined;
    return textOfDay(epochDay(date) + days);
}

/** The text of a day number; undefined outside the calendar (years 0000–9999). */
function textOfDay(dayNumber: number): IsoDate | undefined {
    // The civil date of a day number, in 400-year eras (the inverse of epochDay).
    const z = dayNumber + 719_468;
    const era = Math.floor(z / 146_097);
    const dayOfEra = z - era * 146_097;
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const shifted = Math.floor((5 * dayOfYear + 2) / 153); // months from March
    const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
    const month = shifted < 10 ? shifted + 3 : shifted - 9;
    return calendarDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

function addMonthsFast(date: IsoDate, months: number): IsoDate | undefined {
    if (!isCalendarDate(date)) return undefined;
    const total = yearOf(date) * 12 + (date.charCodeAt(5) - 48) * 10 + date.charCodeAt(6) - 48 - 1 + months;
    const year = Math.floor(total / 12);
    const month = total - year * 12 + 1;
    const day = (date.charCodeAt(8) - 48) * 10 + date.charCodeAt(9) - 48;
    return calendarDate(year, month, Math.min(day, monthLength(year, month)));
}

/** Day numbers (epochDay) of the first and the last day of the calendar: 0000-01-01 and 9999-12-31. */
export const FIRST_DAY = -719_528;
export const LAST_DAY = 2_932_896;
/**
 * No day, in the scheduler's Int32Arrays of day numbers (below FIRST_DAY, so `day >= FIRST_DAY` asks for a date):
 * whole numbers stay small integers when read, where the doubles of a Float64Array would each be boxed before the
 * engine optimises the loop.
 */
export const NO_DAY = -2_147_483_648;

/**
 * The text of a day of the calendar (FIRST_DAY to LAST_DAY), as epochDay numbers it. The scheduler dates in day
 * numbers and writes a date only where a model or a message shows it.
 */
export function dayText(dayNumber: number): IsoDate {
    let text = DAY_NUMBER_TEXTS.get(dayNumber);
    if (text === undefined) {
        // textOfDay's arithmetic with whole-number division where the values cannot be negative, and the text from
        // two-digit pieces: a model of 10,000 activities names a few thousand days, each built once.
        const z = dayNumber + 719_468;
        const era = Math.floor(z / 146_097);
        const dayOfEra = z - era * 146_097;
        const yearOfEra = ((dayOfEra - ((dayOfEra / 1460) | 0) + ((dayOfEra / 36_524) | 0) - ((dayOfEra / 146_096) | 0)) / 365) | 0;
        const dayOfYear = dayOfEra - (365 * yearOfEra + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0));
        const shifted = ((5 * dayOfYear + 2) / 153) | 0;
        const day = dayOfYear - (((153 * shifted + 2) / 5) | 0) + 1;
        const month = shifted < 10 ? shifted + 3 : shifted - 9;
        const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        text = TWO_DIGITS[(year / 100) | 0] + TWO_DIGITS[year % 100] + '-' + TWO_DIGITS[month] + '-' + TWO_DIGITS[day];
        if (DAY_NUMBER_TEXTS.size < MAX_DAY_TEXTS) DAY_NUMBER_TEXTS.set(dayNumber, text);
    }
    return text;
}

// The same texts by day number: one lookup, no arithmetic, for the dates a model shows.
const DAY_NUMBER_TEXTS = new Map<number, IsoDate>();
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => (n < 10 ? '0' : '') + n);

/**
 * `dayNumber` moved by whole months, the day clamped to the month's end (what addDuration does for m, q and y);
 * NO_DAY when the result leaves the calendar, where only addDuration's Date path says what the date becomes.
 */
export function addMonthsToDay(dayNumber: number, months: number): number {
    const z = dayNumber + 719_468;
    const era = Math.floor(z / 146_097);
    const dayOfEra = z - era * 146_097;
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const shifted = Math.floor((5 * dayOfYear + 2) / 153);
    const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
    const month = shifted < 10 ? shifted + 3 : shifted - 9;
    const total = (yearOfEra + era * 400 + (month <= 2 ? 1 : 0)) * 12 + month - 1 + months;
    const year = Math.floor(total / 12);
    if (year < 0 || year > 9999) return NO_DAY;
    const newMonth = total - year * 12 + 1;
    return civilDay(year, newMonth, Math.min(day, monthLength(year, newMonth)));
}

/** The day number of a civil date (epochDay without the text). */
function civilDay(year: number, month: number, day: number): number {
    const y = year - (month <= 2 ? 1 : 0);
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** The text of `days[index]`, a day number or NO_DAY. */
export function dateAt(days: Int32Array, index: number): IsoDate | undefined {
    const day = days[index];
    return day >= FIRST_DAY ? dayText(day) : undefined;
}

/** The day number of a date of the calendar written `YYYY-MM-DD`; NO_DAY for anything else (a date past the calendar). */
export function calendarDay(date: IsoDate): number {
    return isCalendarDate(date) ? epochDay(date) : NO_DAY;
}

// The texts of the days the scheduler computed, by year·10⁴ + month·100 + day: activities of a plan share a few
// thousand days, so each text is built once and shared (less to build, to compare and to keep in the model).
const DAY_TEXTS = new Map<number, IsoDate>();
const MAX_DAY_TEXTS = 50_000; // bounded: about 137 years of distinct days

function calendarDate(year: number, month: number, day: number): IsoDate | undefined {
    if (year < 0 || year > 9999) return undefined;
    const key = year * 10_000 + month * 100 + day;
    let text = DAY_TEXTS.get(key);
    if (text === undefined) {
        text = `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
        if (DAY_TEXTS.size < MAX_DAY_TEXTS) DAY_TEXTS.set(key, text);
    }
    return text;
}

/**
 * Days since 1970-01-01 for a valid `YYYY-MM-DD`: a plain number for linear passes over large plans (the
 * scheduler's backward pass), where constructing Date objects per comparison would dominate.
 */
export function epochDay(date: IsoDate): number {
    // Days from the proleptic Gregorian civil date, counted in 400-year eras of 146,097 days (no Date object).
    // Digits read in place, without a helper closure: this runs several times per activity, and substrings would be garbage.
    const month = (date.charCodeAt(5) - 48) * 10 + date.charCodeAt(6) - 48;
    const year = yearOf(date) - (month <= 2 ? 1 : 0);
    const era = Math.floor(year / 400);
    const yearOfEra = year - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + (date.charCodeAt(8) - 48) * 10 + date.charCodeAt(9) - 48 - 1; // from March 1st
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
    return a >= b ? a : b; // ISO dates compare correctly as strings
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
    return a <= b ? a : b;
}

export function formatDuration(duration: Duration): string {
    return `${duration.amount}${duration.unit}`;
}

// date-fns works on local-time Date objects; constructing them from components at local midnight and reading
// components back keeps every computation on whole days in any time zone.
function localDay(year: number, monthIndex: number, day: number): Date {
    const date = new Date(2000, 0, 1);
    date.setFullYear(year, monthIndex, day);
    return date;
}

function toLocalDay(date: IsoDate): Date {
    return localDay(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function formatDate(date: Date): IsoDate {
    return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function daysInMonth(year: number, monthIndex: number): number {
    return localDay(year, monthIndex + 1, 0).getDate();
}

function pad(n: number): string {
    return String(n).padStart(2, '0');
}
