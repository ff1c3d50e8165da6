// Test-only reference: the scheduler as it was before it dated in day numbers, unchanged but for import paths.
// scheduler-equivalence.test.ts checks that src/scheduler gives exactly what this gives. Do not edit.

// Tracking (docs/scheduling.md, "The forecast"): with a status date S the scheduler computes a second schedule, the
// forecast, from the facts recorded in the plan. Done and active work is dated by its facts and S alone; planned work
// follows its predecessors' forecast ends and never starts before S. This module holds those per-activity rules;
// forward.ts applies them in dependency order.
import type { ActivityState, Health, IsoDate } from '@dtp/roadmap';
import { addCalendarDays, daysBetween, maxDate, minDate } from './calendar.js';
import type { ForwardDates } from './forward.js';
import type { Activity } from '../../src/generated/ast.js';
import { validDate, type ActivityNode } from './graph.js';

export interface Tracking {
    statusDate: IsoDate;
    /** The plan's dates, which done and active work falls back on. */
    plan: ForwardDates;
    /** Per activity index. */
    states: ActivityState[];
}

/** done when finished or `status done`; else active when started or `status active`; else planned. */
export function stateOf(ast: Activity): ActivityState {
    if (ast.finished || ast.status === 'done') return 'done';
    if (ast.started || ast.status === 'active') return 'active';
    return 'planned';
}

/**
 * The forecast dates of done or active work, which depend on nothing but its facts, its plan and S; undefined for
 * planned work (the forward pass dates it from its predecessors). `recurring` work keeps no end.
 */
export function factualDates(activity: ActivityNode, tracking: Tracking, recurring: boolean): { start: IsoDate; end: IsoDate | undefined } | undefined {
    const state = tracking.states[activity.index];
    if (state === 'planned') return undefined;
    const plannedStart = tracking.plan.start[activity.index];
    const plannedEnd = tracking.plan.end[activity.index] ?? plannedStart;
    if (plannedStart === undefined || plannedEnd === undefined) return undefined;
    const started = validDate(activity.ast.started?.value);
    const S = tracking.statusDate;
    if (state === 'done') {
        const finished = validDate(activity.ast.finished?.value);
        if (activity.milestone && finished) return { start: finished, end: finished };
        const end = finished ? addCalendarDays(finished, 1) : plannedEnd;
        // A start after the recorded end contradicts the facts (reported as status-conflict); never draw a negative bar.
        return { start: minDate(started ?? plannedStart, end), end: recurring ? undefined : end };
    }
    const start = started ?? minDate(plannedStart, S);
    if (recurring) return { start, end: undefined };
    const planned = daysBetween(plannedStart, plannedEnd);
    const progress = Math.min(100, Math.max(0, activity.ast.progress ?? 0));
    // r = ⌈D × (100 − p) / 100⌉ in whole numbers, so no rounding error decides a day.
    const remaining = Math.floor((planned * (100 - progress) + 99) / 100);
    return { start, end: maxDate(start, addCalendarDays(S, remaining)) };
}

/** Forecast end − planned end in days; null when either has no end. */
export function varianceOf(plannedEnd: IsoDate | null | undefined, forecastEnd: IsoDate | null | undefined): number | null {
    return plannedEnd && forecastEnd ? daysBetween(plannedEnd, forecastEnd) : null;
}

export function healthOf(state: ActivityState, variance: number | null, plannedSlack: number | null): Health {
    if (state === 'done') return 'done';
    if (variance === null || variance <= 0) return 'on-track';
    return plannedSlack !== null && variance <= plannedSlack ? 'at-risk' : 'late';
}
