// Options that several commands share, parsed the same way everywhere.
import { UsageError } from './errors.js';
import { cliLocale, say } from './locale.js';

export const STATUS_DATE_DESCRIPTION = 'the status date (YYYY-MM-DD, YYYY-MM or YYYY-Qn): forecast as of the start of this day, overriding the plan\'s own status-date';

/**
 * A date option's value as `YYYY-MM-DD`; a date the calendar rejects is a usage error with the calendar's own words.
 * Langium's package is loaded here, on use: every command that takes a date loads it anyway.
 */
export async function checkedDateOption(option: string, text: string | undefined): Promise<string | undefined> {
    if (text === undefined) return undefined;
    const { parseDate } = await import('@dtp/language/core');
    const parsed = parseDate(text);
    if (!parsed.ok) {
        const { translate } = await import('@dtp/roadmap/i18n');
        throw new UsageError(say('cli.error.bad-date-option', { option, value: text, problem: translate(cliLocale(), parsed.reason) }));
    }
    return parsed.value;
}
