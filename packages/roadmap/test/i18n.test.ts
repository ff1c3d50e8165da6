// The catalogues: every language has every message and no other, each message reads the same parameters in every
// language, and the helpers that pick a language and write dates for people behave at their edges.
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.js';
import { nl } from '../src/i18n/nl.js';
import {
    LOCALES, displayDate, formatDate, localeFromEnvironment, localeOf, monthNames, phaseName, resolveLocale, t, text, translate
} from '../src/i18n/index.js';

const CATALOGUES = { en, nl } as Record<string, Record<string, unknown>>;

/** The fields of `p` a message reads, from its source: `p.name`, `p.lag.sign` → name, lag. */
function placeholders(message: unknown): string[] {
    if (typeof message === 'string') return [];
    const source = String(message);
    return [...new Set([...source.matchAll(/\bp\.(\w+)/g)].map(match => match[1]))].sort();
}

describe('the catalogues', () => {
    it('there is one per locale', () => {
        expect(Object.keys(CATALOGUES).sort()).toEqual([...LOCALES].sort());
    });

    for (const locale of LOCALES.filter(locale => locale !== 'en')) {
        it(`${locale} has every English message and no other`, () => {
            const keys = Object.keys(CATALOGUES[locale]);
            expect(keys.filter(key => !(key in en))).toEqual([]);
            expect(Object.keys(en).filter(key => !keys.includes(key))).toEqual([]);
        });

        it(`${locale} messages take the same parameters as the English ones`, () => {
            const differ: string[] = [];
            for (const [key, message] of Object.entries(en)) {
                const theirs = CATALOGUES[locale][key];
                if (typeof message !== typeof theirs) differ.push(`${key}: ${typeof message} vs ${typeof theirs}`);
                else if (placeholders(message).join() !== placeholders(theirs).join()) {
                    differ.push(`${key}: ${placeholders(message).join()} vs ${placeholders(theirs).join()}`);
                }
            }
            expect(differ).toEqual([]);
        });

        it(`${locale} translates: no message is left empty`, () => {
            for (const [key, message] of Object.entries(CATALOGUES[locale])) {
                if (typeof message === 'string') expect(message.trim(), key).not.toBe('');
            }
        });
    }

    it('fills in parameters and counts in each language', () => {
        expect(t('en', 'check.unused-capability', { name: 'iam' })).toBe(
            'No activity requires capability `iam`. Add `requires iam` to the improvement that needs it, or remove the declaration.');
        expect(t('nl', 'check.unused-capability', { name: 'iam' })).toContain('capability `iam`');
        const slip = { id: 'go', forecast: '2027-05-01', planned: '2027-04-30' };
        expect(t('en', 'check.milestone-slip', { ...slip, days: 1 })).toContain('1 day later');
        expect(t('en', 'check.milestone-slip', { ...slip, days: 2 })).toContain('2 days later');
        expect(t('nl', 'check.milestone-slip', { ...slip, days: 1 })).toContain('1 dag later');
        expect(t('nl', 'check.milestone-slip', { ...slip, days: 2 })).toContain('2 dagen later');
    });

    it('words a reason inside a message in the same language', () => {
        const message = text('check.invalid-date', { value: '2027-02-30', problem: text('calendar.day', { month: '2027-02', last: '28' }) });
        expect(translate('en', message)).toBe('Date `2027-02-30` does not exist: 2027-02 has days 01 to 28. Write a date that exists: YYYY-MM-DD, YYYY-MM or YYYY-Qn.');
        expect(translate('nl', message)).toBe('Datum `2027-02-30` bestaat niet: 2027-02 heeft de dagen 01 tot en met 28. Schrijf een datum die bestaat: YYYY-MM-DD, YYYY-MM of YYYY-Qn.');
    });

    it('never changes the text of a plan it is given', () => {
        const label = 'Klantportaal <beta> & "Mijn Noordstad"';
        expect(t('nl', 'check.unfounded-improvement', { name: label })).toContain(`\`${label}\``);
        expect(t('en', 'check.unfounded-improvement', { name: label })).toContain(`\`${label}\``);
    });
});

describe('choosing a language', () => {
    it('reads language tags as clients and systems write them', () => {
        for (const tag of ['nl', 'NL', 'nl-NL', 'nl-be', 'nl_NL.UTF-8', 'nl_BE@euro']) expect(localeOf(tag), tag).toBe('nl');
        for (const tag of ['en', 'en-GB', 'en_US.UTF-8']) expect(localeOf(tag), tag).toBe('en');
        for (const tag of ['C', 'POSIX', 'de-DE', 'nld', '', undefined, null]) expect(localeOf(tag), String(tag)).toBeUndefined();
        expect(resolveLocale('fr-FR')).toBe('en');
    });

    it('takes the environment as POSIX programs do: LC_ALL, then LC_MESSAGES, then LANG', () => {
        expect(localeFromEnvironment({})).toBe('en');
        expect(localeFromEnvironment({ LANG: 'nl_NL.UTF-8' })).toBe('nl');
        expect(localeFromEnvironment({ LANG: 'nl_NL.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' })).toBe('en');
        expect(localeFromEnvironment({ LANG: 'en_US.UTF-8', LC_ALL: 'nl_BE.UTF-8' })).toBe('nl');
        // LC_ALL=C is a choice too: the untranslated program, which is English.
        expect(localeFromEnvironment({ LANG: 'nl_NL.UTF-8', LC_ALL: 'C' })).toBe('en');
        expect(localeFromEnvironment({ LANG: 'nl_NL.UTF-8', LC_ALL: '' })).toBe('nl');
    });
});

describe('dates and names for people', () => {
    it('writes days as people read them, and agrees with Node\'s ICU for Dutch', () => {
        expect(formatDate('nl', '2027-03-03')).toBe('3 mrt 2027');
        expect(formatDate('en', '2027-03-03')).toBe('3 Mar 2027');
        expect(formatDate('nl', '2027-12-31')).toBe('31 dec 2027');
        const icu = new Intl.DateTimeFormat('nl', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
        for (let month = 0; month < 12; month++) {
            const iso = `2027-${String(month + 1).padStart(2, '0')}-15`;
            expect(formatDate('nl', iso)).toBe(icu.format(new Date(Date.UTC(2027, month, 15))).replace('.', ''));
        }
        // Not a day: left as it is rather than turned into a wrong one.
        expect(formatDate('nl', '2027-13-01')).toBe('2027-13-01');
    });

    it('keeps English pictures on the plan\'s own YYYY-MM-DD', () => {
        expect(displayDate('en', '2027-03-03')).toBe('2027-03-03');
        expect(displayDate('nl', '2027-03-03')).toBe('3 mrt 2027');
    });

    it('names months and phases', () => {
        expect(monthNames('nl')).toHaveLength(12);
        expect(monthNames('nl')[2]).toBe('mrt');
        expect(monthNames('en')[8]).toBe('Sep');
        expect(phaseName('foundation', 'nl')).toBe('Digitaal fundament');
        expect(phaseName('initiation')).toBe('Initiation');
        expect(phaseName('unknown-kind', 'nl')).toBe('unknown-kind');
    });
});
