// The language `dtp` speaks (docs/cli.md, "Languages"): `--lang en|nl` on any command, else the environment
// (LC_ALL, LC_MESSAGES, LANG: `nl_NL.UTF-8` → Dutch), else English. Diagnostics, summaries, tables, pictures and the
// common `dtp:` errors follow it; diagnostic codes, option names and the text of a plan never change.
import { isLocale, LOCALES, localeFromEnvironment, t, type Locale, type MessageId, type MessageParams } from '@dtp/roadmap/i18n';
import { UsageError } from './errors.js';

export const LANG_DESCRIPTION = `the language of messages and pictures: ${LOCALES.join(' or ')} (default: from LC_ALL, LC_MESSAGES or LANG, else en)`;

let chosen: Locale | undefined;

/** Takes `--lang` (when given) for the rest of the run; an unknown language is a usage error. */
export function chooseLocale(lang: string | undefined): Locale {
    if (lang !== undefined) {
        const wanted = lang.trim().toLowerCase();
        if (!isLocale(wanted)) throw new UsageError(`--lang ${lang}: give ${LOCALES.join(' or ')}`);
        chosen = wanted;
    }
    return cliLocale();
}

export function cliLocale(): Locale {
    return chosen ?? localeFromEnvironment(process.env);
}

/** A catalogue message in the CLI's language. */
export function say<K extends MessageId>(id: K, ...params: MessageParams<K>): string {
    return t(cliLocale(), id, ...params);
}
