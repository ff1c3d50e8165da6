// What the pictures and tables say about a plan as it runs (docs/scheduling.md, "The forecast"): with a status date the
// model's start/end are the forecast and `planned` the plan; these helpers decide what differs, how far along work is,
// and how health, variance and dates read for people. Shared by the SVG, HTML, Markdown and Mermaid renderers.
import { daysBetween, lastDay } from './dates.js';
import type { Health, IsoDate, RoadmapActivity, RoadmapModel } from './model.js';
import { displayDate, t, type Locale } from './i18n/index.js';

export function isTracking(model: RoadmapModel): boolean {
    return model.programme.statusDate !== undefined;
}

/** Whether the plan's dates differ from the forecast's, so the plan is worth drawing as a ghost. */
export function plannedDiffers(a: RoadmapActivity): boolean {
    const planned = a.planned;
    if (!planned?.start || !a.start || !a.scheduled) return false;
    if (a.end === null) return false; // recurring work has no bar end to compare; its start follows its phase
    return planned.start !== a.start || planned.end !== a.end;
}

/** Whether a base version of the activity had other dates than this one (and had dates at all). */
export function baseDiffers(a: RoadmapActivity, base: RoadmapActivity): boolean {
    if (!a.scheduled || !a.start || a.end === null) return false;
    if (!base.scheduled || !base.start || base.end === null) return false;
    return base.start !== a.start || base.end !== a.end;
}

/** How much of a lasting activity is done, 0–100, when tracking: all of it when done, its recorded progress when active. */
export function trackedProgress(a: RoadmapActivity): number | null {
    const state = a.state ?? a.status ?? 'planned';
    if (state === 'done') return 100;
    if (state === 'active') return clampPercent(a.progress ?? 0);
    return a.progress !== undefined && a.progress > 0 ? clampPercent(a.progress) : null;
}

/** The percentage as text where it adds anything: done work says so with its ✓ mark instead. */
export function progressText(a: RoadmapActivity, progress: number): string | null {
    return (a.state ?? a.status) === 'done' ? null : `${progress}%`;
}

function clampPercent(value: number): number {
    return Math.min(100, Math.max(0, Math.round(value)));
}

/** How many bars and milestones have each health; recurring work, which has no end to be late by, is not counted. */
export function healthCounts(model: RoadmapModel): Record<Health, number> {
    const counts: Record<Health, number> = { 'done': 0, 'on-track': 0, 'at-risk': 0, 'late': 0 };
    for (const a of model.activities) if (a.health && a.scheduled && a.end !== null) counts[a.health]++;
    return counts;
}

export const HEALTH_WORDS: Record<Health, string> = { 'done': 'done', 'on-track': 'on track', 'at-risk': 'at risk', 'late': 'late' };

/** Health in words, in the picture's language. */
export function healthWord(health: Health, locale: Locale = 'en'): string {
    return t(locale, `health.${health}`);
}

export function healthMeaning(health: Health, locale: Locale = 'en'): string {
    return t(locale, `health.meaning.${health}`);
}
/** The mark beside the colour, so health never depends on colour alone (also the text marks in Markdown). */
export const HEALTH_SYMBOLS: Record<Health, string> = { 'done': '✓', 'on-track': '●', 'at-risk': '▲', 'late': '✖' };
export const HEALTH_MEANING: Record<Health, string> = {
    'done': 'done',
    'on-track': 'on track',
    'at-risk': 'at risk: later than planned, within its slack',
    'late': 'late: moves the programme end'
};

/** `+14 days`, `-3 days`, `0 days`, `+1 day`. */
export function signedDays(days: number, locale: Locale = 'en'): string {
    const sign = days > 0 ? '+' : days < 0 ? '-' : '';
    return t(locale, 'render.signed-days', { sign, days: Math.abs(days) });
}

/** `2027-06-15 → 2027-08-14 (61 days)`, a milestone's date, or `from … , no end`: what people read, last days not ends. */
export function spanText(start: IsoDate | null, end: IsoDate | null, milestone: boolean, locale: Locale = 'en'): string {
    if (!start) return t(locale, 'render.not-scheduled');
    const day = (date: IsoDate) => displayDate(locale, date);
    if (milestone) return day(start);
    if (!end) return t(locale, 'render.from-no-end', { start: day(start) });
    return t(locale, 'render.span-days', { start: day(start), last: day(lastDay(start, end)), days: daysBetween(start, end) });
}

export interface TrackingFacts {
    forecast: string;
    planned: string;
    /** `+42 days`, or null without an end to compare. */
    variance: string | null;
    state: string;
    health: string | null;
    progress: string | null;
}

/** The tracking lines of a tooltip or table row; undefined when the model has no status date. */
export function trackingFacts(model: RoadmapModel, a: RoadmapActivity, locale: Locale = 'en'): TrackingFacts | undefined {
    if (!isTracking(model)) return undefined;
    const milestone = a.kind === 'milestone';
    const progress = a.kind === 'milestone' ? null : trackedProgress(a);
    return {
        forecast: spanText(a.scheduled ? a.start : null, a.end, milestone, locale),
        planned: a.planned ? spanText(a.planned.start, a.planned.end, milestone, locale) : '—',
        variance: a.variance === null || a.variance === undefined ? null : signedDays(a.variance, locale),
        state: a.state ?? a.status ?? 'planned',
        health: a.health ? `${HEALTH_SYMBOLS[a.health]} ${healthMeaning(a.health, locale)}` : null,
        progress: progress === null ? null : `${progress}%`
    };
}
