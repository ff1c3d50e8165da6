// What the product says, in the reader's language (docs/cli.md, "Languages"): one catalogue of message ids → text
// per language (en.ts, nl.ts), read by the checks, the language server, the CLI and the renderers. A third language
// is one more catalogue and one more entry in CATALOGUES. Diagnostic codes and the text of a plan (ids, labels,
// owners, descriptions) are never translated: only the product's own words and its dates for people.
import { en, type Catalogue } from './en.js';
import { nl } from './nl.js';
import type { IsoDate, PhaseKind } from '../model.js';

export type { Catalogue } from './en.js';

export const LOCALES = ['en', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en, nl };

export type MessageId = keyof Catalogue;
/** The messages that are plain text, without parameters. */
export type PlainMessageId = { [K in MessageId]: Catalogue[K] extends string ? K : never }[MessageId];
/** The parameters a message takes: none for plain text, the template's argument otherwise. */
export type MessageParams<K extends MessageId> = Catalogue[K] extends (params: infer P) => string ? [params: P] : [];

/** The text of message `id` in `locale`, with its parameters filled in. */
export function t<K extends MessageId>(locale: Locale, id: K, ...params: MessageParams<K>): string {
    const message = CATALOGUES[locale][id] as string | ((params: unknown) => string);
    return typeof message === 'function' ? message(params[0]) : message;
}

/** A message not yet put into words: made where the facts are, worded where the reader's language is known. */
export interface Text {
    id: MessageId;
    params?: unknown;
}

/** A message's parameters where any text may itself be a Text, worded in the same language (a reason, a place). */
type Deferred<P> = { [F in keyof P]: Exclude<P[F], undefined> extends string ? P[F] | Text : P[F] };
export type TextParams<K extends MessageId> = Catalogue[K] extends (params: infer P) => string ? [params: Deferred<P>] : [];

export function text<K extends MessageId>(id: K, ...params: TextParams<K>): Text {
    return params.length ? { id, params: params[0] } : { id };
}

/** The message in `locale`; a parameter that is itself a Text (a reason inside a message) is worded first. */
export function translate(locale: Locale, message: Text): string {
    let params = message.params;
    if (params && typeof params === 'object' && !Array.isArray(params) && Object.values(params).some(isText)) {
        params = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, isText(value) ? translate(locale, value) : value]));
    }
    return (t as (locale: Locale, id: MessageId, params?: unknown) => string)(locale, message.id, params);
}

export function isText(value: unknown): value is Text {
    return typeof value === 'object' && value !== null && typeof (value as Text).id === 'string' && Object.hasOwn(en, (value as Text).id);
}

export function isLocale(value: unknown): value is Locale {
    return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The catalogue for a language tag as clients and systems write it: `nl`, `nl-NL`, `nl_BE.UTF-8`, `NL` → `nl`;
 * anything else (`C`, `POSIX`, `de-DE`, empty) → undefined.
 */
export function localeOf(tag: string | undefined | null): Locale | undefined {
    const language = (tag ?? '').trim().toLowerCase().split(/[-_.@]/)[0];
    return isLocale(language) ? language : undefined;
}

/** `localeOf`, falling back to English. */
export function resolveLocale(tag: string | undefined | null): Locale {
    return localeOf(tag) ?? DEFAULT_LOCALE;
}

/**
 * The language of a POSIX environment: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set decides, as it
 * does for every other program (`LANG=nl_NL.UTF-8` → nl; `LC_ALL=C` → en).
 */
export function localeFromEnvironment(env: Readonly<Record<string, string | undefined>>): Locale {
    for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
        const value = env[name];
        if (value) return resolveLocale(value);
    }
    return DEFAULT_LOCALE;
}

/** The phase kinds' names for people: `Initiation` / `Initiatiefase`. A plan's own phase label wins where it has one. */
export function phaseName(kind: PhaseKind | string, locale: Locale = DEFAULT_LOCALE): string {
    switch (kind) {
        case 'initiation': return t(locale, 'phase.initiation');
        case 'foundation': return t(locale, 'phase.foundation');
        case 'improvement': return t(locale, 'phase.improvement');
        case 'continuous-improvement': return t(locale, 'phase.continuous-improvement');
        default: return kind;
    }
}

/**
 * The name a picture gives a phase: the plan's own label, or, where the plan gave none (the model then carries the
 * English name of the kind), the kind's name in the picture's language.
 */
export function phaseTitle(phase: { kind: PhaseKind | string; label?: string }, locale: Locale = DEFAULT_LOCALE): string {
    if (!phase.label || phase.label === phaseName(phase.kind, DEFAULT_LOCALE)) return phaseName(phase.kind, locale);
    return phase.label;
}

const MONTH_FORMATS = new Map<Locale, readonly string[]>();

/**
 * A day for people: `3 mrt 2027` (nl), `3 Mar 2027` (en). From the catalogue's month names rather than Intl: the
 * same text on every platform (Node's full ICU agrees for nl, but writes `Sept` for en-GB); calendar days, no time zone.
 */
export function formatDate(locale: Locale, date: IsoDate): string {
    const [year, month, day] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
    if (!year || !month || !day || month > 12) return date;
    return t(locale, 'date.day', { day, month: monthNames(locale)[month - 1], year });
}

/**
 * How the pictures and tables write a day. English keeps the plan's own `YYYY-MM-DD`, the notation its readers
 * write in the file and compare against; Dutch readers get `3 mrt 2027`.
 */
export function displayDate(locale: Locale, date: IsoDate): string {
    return locale === 'en' ? date : formatDate(locale, date);
}

/** Short month names for a time axis, January first: `Jan`…`Dec`, `jan`…`dec` (from the catalogue, not the platform's ICU). */
export function monthNames(locale: Locale): readonly string[] {
    let names = MONTH_FORMATS.get(locale);
    if (!names) {
        names = t(locale, 'months.short').split(',');
        MONTH_FORMATS.set(locale, names);
    }
    return names;
}
