// Tracking checks (docs/scheduling.md, "Tracking checks"): they run only with a status date, compare the forecast
// with the plan, and read both from the one cached schedule. Per activity at most one of overdue, late-start,
// behind-schedule and milestone-slip, in that order: downstream work moves silently, and a slip surfaces at milestones.
import type { IsoDate, RoadmapActivity } from '@dtp/roadmap';
import { AstUtils, type ValidationAcceptor } from 'langium';
import type { Activity, Programme } from '../generated/ast.js';
import type { DtpServices } from '../dtp-module.js';
import { daysBetween, lastDayOf } from '../scheduler/calendar.js';
import { validDate } from '../scheduler/graph.js';
import type { Schedule } from '../scheduler/schedule.js';
import { stateOf } from '../scheduler/tracking.js';
import type { CheckFactory } from './dtp-validator.js';
import { report } from './report.js';

export const trackingChecks: CheckFactory = (services: DtpServices) => ({
    Programme: (programme: Programme, accept: ValidationAcceptor) => {
        const schedule = services.scheduler.ScheduleProvider.getSchedule(AstUtils.getDocument(programme));
        if (!schedule || schedule.programme !== programme || !schedule.statusDate) return;
        for (const phase of programme.phases) {
            for (const activity of phase.activities) {
                // Contradictory facts are fixed first: judging progress on them would only add noise.
                if (!checkFacts(activity, schedule.statusDate, accept)) checkProgress(activity, schedule, accept);
            }
        }
    }
});

/** status-conflict: the recorded state, progress, started and finished agree, and lie before the status date. True when they do not. */
function checkFacts(activity: Activity, statusDate: IsoDate, accept: ValidationAcceptor): boolean {
    let conflicts = 0;
    const conflict: ValidationAcceptor = (...args) => { conflicts++; accept(...args); };
    const name = activity.name ?? 'this activity';
    const { status, progress } = activity;
    const started = validDate(activity.started?.value);
    const finished = validDate(activity.finished?.value);
    if (status === 'done' && progress !== undefined && progress < 100) {
        report(conflict, 'status-conflict',
            `\`${name}\` is \`status done\` but \`progress ${progress}%\`. Done work is 100% done: `
            + 'set the progress to 100% (or remove it), or make the status `active` if work remains.',
            { node: activity, property: 'progress', data: { status: 'active', progress: 100 } });
    }
    if (status === 'planned' && (progress ?? 0) > 0) {
        report(conflict, 'status-conflict',
            `\`${name}\` is \`status planned\` but \`progress ${progress}%\`: work with progress has started. `
            + 'Make the status `active` and record `started`, or set the progress to 0%.',
            { node: activity, property: 'status', data: { status: 'active' } });
    } else if (status === 'planned' && activity.started) {
        report(conflict, 'status-conflict',
            `\`${name}\` is \`status planned\` but records \`started ${activity.started.value}\`. `
            + 'Make the status `active` (or remove `started` if it has not begun).',
            { node: activity, property: 'status', data: { status: 'active' } });
    }
    if (status === 'active' && activity.finished) {
        report(conflict, 'status-conflict',
            `\`${name}\` is \`status active\` but records \`finished ${activity.finished.value}\`. `
            + 'Make the status `done`, or remove `finished` if work goes on.',
            { node: activity, property: 'status', data: { status: 'done' } });
    }
    if (started && finished && finished < started) {
        report(conflict, 'status-conflict',
            `\`${name}\` finished ${finished}, before it started (${started}). Correct one of the two dates.`,
            { node: activity.finished!, property: 'value' });
    }
    if (started && started >= statusDate) {
        report(conflict, 'status-conflict',
            `\`${name}\` records \`started ${started}\`, but the status date is ${statusDate}: recorded facts lie before it. `
            + 'Correct the date, or move the programme\'s `status-date` past it.',
            { node: activity.started!, property: 'value' });
    }
    if (finished && finished >= statusDate) {
        report(conflict, 'status-conflict',
            `\`${name}\` records \`finished ${finished}\`, but the status date is ${statusDate}: recorded facts lie before it. `
            + 'Correct the date, or move the programme\'s `status-date` past it.',
            { node: activity.finished!, property: 'value' });
    }
    return conflicts > 0;
}

/** overdue, late-start, behind-schedule, milestone-slip: the first that applies, if any. */
function checkProgress(activity: Activity, schedule: Schedule, accept: ValidationAcceptor): void {
    const forecast = schedule.activityOf(activity);
    const planned = forecast && schedule.plannedActivity(forecast.id);
    const S = schedule.statusDate!;
    if (!forecast || !planned || !forecast.scheduled || !planned.scheduled || !planned.start) return;
    const state = stateOf(activity);
    if (state === 'done') return;
    const name = `\`${forecast.id}\``;
    const target = { node: activity, property: 'name' as const };
    const what = activity.kind === 'milestone' ? 'Milestone ' : '';

    // Overdue when the planned last day lies before S: an exclusive end on or before S; a milestone's date before S
    // (a milestone due on the status date itself is not late yet as of the start of that day).
    const milestone = activity.kind === 'milestone';
    if (planned.end && (milestone ? planned.end < S : planned.end <= S)) {
        const due = milestone ? `was due on ${planned.end}` : `was planned to end on ${lastDayOf(planned)}`;
        report(accept, 'overdue',
            `${what}${name} ${due} but is not done on the status date ${S}${forecastText(forecast, planned)}. `
            + (milestone ? 'Record `finished` with the day it was reached, or re-plan it.'
                : 'Record `finished` with its last day if it is done, or update its progress.'),
            { ...target, data: { statusDate: S } });
        return;
    }
    if (state === 'planned' && planned.start < S) {
        report(accept, 'late-start',
            `${name} was planned to start on ${planned.start} but has not started by the status date ${S}${forecastText(forecast, planned)}. `
            + 'Record `started` (or `status active`) if work has begun; otherwise re-plan it.',
            { ...target, data: { statusDate: S } });
        return;
    }
    if (state === 'active' && planned.end && planned.end > S && forecast.end && forecast.end > planned.end) {
        const progress = activity.progress === undefined ? 'with no progress recorded' : `at ${activity.progress}%`;
        report(accept, 'behind-schedule',
            `${name} is active ${progress} and forecast to end on ${lastDayOf(forecast)}, `
            + `${days(daysBetween(planned.end, forecast.end))} after its planned last day ${lastDayOf(planned)}. `
            + 'Update its progress if it is further along, or plan for the later end.',
            { ...target, data: { statusDate: S } });
        return;
    }
    if (milestone && forecast.start && forecast.start > planned.start) {
        const driver = schedule.slipDriver(forecast.id);
        const cause = driver ? `, driven by \`${driver}\`${driverText(schedule.activity(driver))}` : '';
        report(accept, 'milestone-slip',
            `Milestone ${name} is now forecast for ${forecast.start}, ${days(daysBetween(planned.start, forecast.start))} later than planned `
            + `(${planned.start})${cause}. Bring that work back on schedule, or accept the new date in the plan.`,
            { ...target, data: { statusDate: S, ...(driver ? { driver } : {}) } });
    }
}

function forecastText(forecast: RoadmapActivity, planned: RoadmapActivity): string {
    if (!forecast.end || !planned.end || forecast.end === planned.end) return '';
    const when = forecast.kind === 'milestone' ? `puts it on ${forecast.end}` : `ends it on ${lastDayOf(forecast)}`;
    return `; the forecast ${when}, ${days(daysBetween(planned.end, forecast.end))} late`;
}

function driverText(driver: RoadmapActivity | undefined): string {
    if (!driver?.end || !driver.planned?.end || driver.end === driver.planned.end) return '';
    return ` (forecast to end on ${lastDayOf(driver)} instead of ${lastDayOf({ start: driver.planned.start, end: driver.planned.end })})`;
}

function days(n: number): string {
    return `${n} day${n === 1 ? '' : 's'}`;
}
