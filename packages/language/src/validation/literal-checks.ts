// Dates and durations are lexed loosely (see the grammar) and checked here, so `2027-02-30`, `2027-Q5` or `3x`
// get a message that says what is wrong with them; `every` belongs to continuous improvement; progress is a percentage.
import type { ValidationAcceptor } from 'langium';
import { isPhase, type Activity, type DateLiteral, type DurationLiteral } from '../generated/ast.js';
import { parseDate, parseDuration } from '../scheduler/calendar.js';
import type { CheckFactory } from './dtp-validator.js';
import { report } from './report.js';

export const literalChecks: CheckFactory = () => ({
    DateLiteral: checkDate,
    DurationLiteral: checkDuration,
    Activity: [checkEveryPlacement, checkProgress]
});

function checkDate(date: DateLiteral, accept: ValidationAcceptor): void {
    if (!date.value) return;
    const parsed = parseDate(date.value);
    if (!parsed.ok) {
        report(accept, 'invalid-date',
            `Date \`${date.value}\` ${withoutValue(parsed.problem)}. Write a date that exists: YYYY-MM-DD, YYYY-MM or YYYY-Qn.`,
            { node: date, property: 'value', data: { value: date.value } });
    }
}

function checkDuration(duration: DurationLiteral, accept: ValidationAcceptor): void {
    if (!duration.value) return;
    const parsed = parseDuration(duration.value);
    if (!parsed.ok) {
        report(accept, 'invalid-duration',
            `Duration \`${duration.value}\` ${withoutValue(parsed.problem)}. Write a positive whole number and a unit, e.g. 6w.`,
            { node: duration, property: 'value', data: { value: duration.value } });
    }
}

function checkEveryPlacement(activity: Activity, accept: ValidationAcceptor): void {
    if (!activity.every || !activity.name || !isPhase(activity.$container) || activity.$container.kind === 'continuous-improvement') return;
    const phase = activity.$container.kind;
    report(accept, 'invalid-duration',
        `\`every\` makes \`${activity.name}\` recur, but only continuous improvement recurs; in the ${phase} phase work lasts. `
        + `Write \`duration ${activity.every.value}\`, or move \`${activity.name}\` to the continuous-improvement phase.`,
        { node: activity, keyword: 'every', data: { replaceWith: 'duration', value: activity.every.value } });
}

function checkProgress(activity: Activity, accept: ValidationAcceptor): void {
    if (activity.progress === undefined || (activity.progress >= 0 && activity.progress <= 100)) return;
    report(accept, 'invalid-progress',
        `Progress \`${activity.progress}%\` is not a percentage of work done. Write a value from 0% to 100%.`,
        { node: activity, property: 'progress', data: { value: activity.progress } });
}

/** The calendar's problems start by quoting the value; the message quotes it already. */
function withoutValue(problem: string): string {
    return problem.replace(/^'[^']*'\s*/, '');
}
