// Tracking checks (docs/scheduling.md, "Tracking checks"): they run only with a status date, compare the forecast
// with the plan, and read both from the one cached schedule. Per activity at most one of overdue, late-start,
// behind-schedule and milestone-slip, in that order: downstream work moves silently, and a slip surfaces at milestones.
import { lastDayOfSpan } from '@dtp/roadmap';
import type { IsoDate, RoadmapActivity } from '@dtp/roadmap';
import { AstUtils, type ValidationAcceptor } from 'langium';
import type { Activity, Programme } from '../generated/ast.js';
import type { DtpCoreServices } from '../dtp-core-module.js';
import { daysBetween } from '../scheduler/calendar.js';
import { validDate } from '../scheduler/graph.js';
import type { Schedule } from '../scheduler/schedule.js';
import { stateOf } from '../scheduler/tracking.js';
import type { CheckFactory } from './dtp-validator.js';
import { report, sameLanguage } from './report.js';
import { text, type Text } from '@dtp/roadmap';

export const trackingChecks: CheckFactory = (services: DtpCoreServices) => ({
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
    const conflict = sameLanguage(accept, (...args) => { conflicts++; accept(...args); });
    const name = activity.name ?? text('check.this-activity');
    const { status, progress } = activity;
    const started = validDate(activity.started?.value);
    const finished = validDate(activity.finished?.value);
    if (status === 'done' && progress !== undefined && progress < 100) {
        report(conflict, 'status-conflict', text('check.done-with-progress', { name, progress }),
            { node: activity, property: 'progress', data: { status: 'active', progress: 100 } });
    }
    if (status === 'planned' && (progress ?? 0) > 0) {
        report(conflict, 'status-conflict', text('check.planned-with-progress', { name, progress: progress ?? 0 }),
            { node: activity, property: 'status', data: { status: 'active' } });
    } else if (status === 'planned' && activity.started) {
        report(conflict, 'status-conflict', text('check.planned-but-started', { name, started: activity.started.value }),
            { node: activity, property: 'status', data: { status: 'active' } });
    }
    if (status === 'active' && activity.finished) {
        report(conflict, 'status-conflict', text('check.active-but-finished', { name, finished: activity.finished.value }),
            { node: activity, property: 'status', data: { status: 'done' } });
    }
    if (started && finished && finished < started) {
        report(conflict, 'status-conflict', text('check.finished-before-started', { name, finished, started }),
            { node: activity.finished!, property: 'value' });
    }
    if (started && started >= statusDate) {
        report(conflict, 'status-conflict', text('check.fact-after-status-date', { name, keyword: 'started', date: started, statusDate }),
            { node: activity.started!, property: 'value' });
    }
    if (finished && finished >= statusDate) {
        report(conflict, 'status-conflict', text('check.fact-after-status-date', { name, keyword: 'finished', date: finished, statusDate }),
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
    const id = forecast.id;
    const target = { node: activity, property: 'name' as const };

    // Overdue when the planned last day lies before S: an exclusive end on or before S; a milestone's date before S
    // (a milestone due on the status date itself is not late yet as of the start of that day).
    const milestone = activity.kind === 'milestone';
    if (planned.end && (milestone ? planned.end < S : planned.end <= S)) {
        report(accept, 'overdue', text('check.overdue', {
            milestone, id, due: milestone ? planned.end : lastDayOfSpan(planned), statusDate: S, forecast: forecastText(forecast, planned)
        }),
            { ...target, data: { statusDate: S } });
        return;
    }
    if (state === 'planned' && planned.start < S) {
        report(accept, 'late-start', text('check.late-start', { id, start: planned.start, statusDate: S, forecast: forecastText(forecast, planned) }),
            { ...target, data: { statusDate: S } });
        return;
    }
    if (state === 'active' && planned.end && planned.end > S && forecast.end && forecast.end > planned.end) {
        report(accept, 'behind-schedule', text('check.behind-schedule', {
            id, progress: activity.progress, forecastLast: lastDayOfSpan(forecast), days: daysBetween(planned.end, forecast.end), plannedLast: lastDayOfSpan(planned)
        }),
            { ...target, data: { statusDate: S } });
        return;
    }
    if (milestone && forecast.start && forecast.start > planned.start) {
        const driver = schedule.slipDriver(forecast.id);
        report(accept, 'milestone-slip', text('check.milestone-slip', {
            id, forecast: forecast.start, days: daysBetween(planned.start, forecast.start), planned: planned.start, driver, ...(driver ? driverDates(schedule.activity(driver)) : {})
        }),
            { ...target, data: { statusDate: S, ...(driver ? { driver } : {}) } });
    }
}

function forecastText(forecast: RoadmapActivity, planned: RoadmapActivity): string | Text {
    if (!forecast.end || !planned.end || forecast.end === planned.end) return '';
    const milestone = forecast.kind === 'milestone';
    return text('check.forecast-late', { milestone, date: milestone ? forecast.end : lastDayOfSpan(forecast), days: daysBetween(planned.end, forecast.end) });
}

function driverDates(driver: RoadmapActivity | undefined): { driverForecast?: string; driverPlanned?: string } {
    if (!driver?.end || !driver.planned?.end || driver.end === driver.planned.end) return {};
    return { driverForecast: lastDayOfSpan(driver), driverPlanned: lastDayOfSpan({ start: driver.planned.start, end: driver.planned.end }) };
}
