// What moved between two roadmap models of one plan (a baseline and the current version): the programme end, every
// milestone, the activities moved, added or removed, the capabilities ready earlier or later, and the critical path
// before and after. Pure: two models in, plain JSON out; `dtp diff` prints it and `--fail-on-slip` reads it.
// Dates are the models' own: `end`s exclusive, and the forecast where the models were tracked.
import { daysBetween } from './dates.js';
import type { ActivityKind, IsoDate, RoadmapActivity, RoadmapCapability, RoadmapModel } from './model.js';

export const ROADMAP_DIFF_VERSION = 1 as const;

/** One date on both sides; `days` = head − base (positive: later), null when either side has no date. */
export interface DateChange {
    base: IsoDate | null;
    head: IsoDate | null;
    days: number | null;
}

export interface ActivityChange {
    id: string;
    change: 'moved' | 'added' | 'removed';
    label: string;
    kind: ActivityKind;
    start: DateChange;
    /** Exclusive end (a milestone's end is its date); null for recurring work. */
    end: DateChange;
}

export interface CapabilityChange {
    id: string;
    label: string;
    /** earlier/later: ready on another day; ready/unready: became (un)reachable; added/removed: in one side only. */
    change: 'earlier' | 'later' | 'ready' | 'unready' | 'added' | 'removed';
    availableFrom: DateChange;
}

export interface RoadmapDiff {
    version: typeof ROADMAP_DIFF_VERSION;
    programme: { id: string; title?: string; start: DateChange; end: DateChange; statusDate: { base: IsoDate | null; head: IsoDate | null } };
    /** Activities and transformation plans (milestones are listed under `milestones`): head order, removed ones last. */
    activities: ActivityChange[];
    milestones: ActivityChange[];
    capabilities: CapabilityChange[];
    criticalPath: { base: string[]; head: string[]; changed: boolean };
}

export function dateChange(base: IsoDate | null | undefined, head: IsoDate | null | undefined): DateChange {
    const b = base ?? null;
    const h = head ?? null;
    return { base: b, head: h, days: b !== null && h !== null ? daysBetween(b, h) : null };
}

/** Whether a date changed at all: moved by some days, or gained or lost its date. */
export function dateMoved(change: DateChange): boolean {
    return change.base !== change.head;
}

export function diffRoadmaps(base: RoadmapModel, head: RoadmapModel): RoadmapDiff {
    const baseActivities = new Map(base.activities.map(activity => [activity.id, activity]));
    const headIds = new Set(head.activities.map(activity => activity.id));
    const changes: ActivityChange[] = [];
    for (const now of head.activities) {
        const before = baseActivities.get(now.id);
        if (!before) {
            changes.push(activityChange('added', now, undefined, now));
            continue;
        }
        const change = activityChange('moved', now, before, now);
        if (dateMoved(change.start) || dateMoved(change.end)) changes.push(change);
    }
    for (const before of base.activities) {
        if (!headIds.has(before.id)) changes.push(activityChange('removed', before, before, undefined));
    }
    const criticalBase = [...base.criticalPath];
    const criticalHead = [...head.criticalPath];
    return {
        version: ROADMAP_DIFF_VERSION,
        programme: {
            id: head.programme.id,
            ...(head.programme.title !== undefined ? { title: head.programme.title } : {}),
            start: dateChange(base.programme.start, head.programme.start),
            end: dateChange(base.programme.end, head.programme.end),
            statusDate: { base: base.programme.statusDate ?? null, head: head.programme.statusDate ?? null }
        },
        activities: changes.filter(change => change.kind !== 'milestone'),
        milestones: changes.filter(change => change.kind === 'milestone'),
        capabilities: capabilityChanges(base.capabilities, head.capabilities),
        criticalPath: {
            base: criticalBase,
            head: criticalHead,
            changed: criticalBase.length !== criticalHead.length || criticalBase.some((id, i) => id !== criticalHead[i])
        }
    };
}

function activityChange(change: ActivityChange['change'], shown: RoadmapActivity, before: RoadmapActivity | undefined, now: RoadmapActivity | undefined): ActivityChange {
    return {
        id: shown.id,
        change,
        label: shown.label,
        kind: shown.kind,
        start: dateChange(before?.start, now?.start),
        end: dateChange(before?.end, now?.end)
    };
}

function capabilityChanges(base: readonly RoadmapCapability[], head: readonly RoadmapCapability[]): CapabilityChange[] {
    const before = new Map(base.map(capability => [capability.id, capability]));
    const headIds = new Set(head.map(capability => capability.id));
    const result: CapabilityChange[] = [];
    for (const now of head) {
        const old = before.get(now.id);
        const availableFrom = dateChange(old?.availableFrom, now.availableFrom);
        if (!old) result.push({ id: now.id, label: now.label, change: 'added', availableFrom });
        else if (!dateMoved(availableFrom)) continue;
        else if (availableFrom.days !== null) result.push({ id: now.id, label: now.label, change: availableFrom.days > 0 ? 'later' : 'earlier', availableFrom });
        else result.push({ id: now.id, label: now.label, change: availableFrom.head === null ? 'unready' : 'ready', availableFrom });
    }
    for (const old of base) {
        if (!headIds.has(old.id)) result.push({ id: old.id, label: old.label, change: 'removed', availableFrom: dateChange(old.availableFrom, null) });
    }
    return result;
}

/** Whether the diff holds any change at all (the programme end, an activity or milestone, a capability, the critical path). */
export function isEmptyDiff(diff: RoadmapDiff): boolean {
    return !dateMoved(diff.programme.end) && !dateMoved(diff.programme.start) && diff.activities.length === 0 && diff.milestones.length === 0
        && diff.capabilities.length === 0 && !diff.criticalPath.changed;
}

export interface Slip {
    /** `programme` for the programme end, else the milestone's id. */
    id: string;
    what: 'programme' | 'milestone';
    days: number;
}

/**
 * The programme end and the milestones that moved later by more than `days` (what `--fail-on-slip` fails on).
 * Added and removed milestones have no "later": they are not slips.
 */
export function slipsBeyond(diff: RoadmapDiff, days: number): Slip[] {
    const slips: Slip[] = [];
    const end = diff.programme.end.days;
    if (end !== null && end > days) slips.push({ id: diff.programme.id, what: 'programme', days: end });
    for (const milestone of diff.milestones) {
        if (milestone.change !== 'moved') continue;
        const moved = milestone.start.days ?? milestone.end.days;
        if (moved !== null && moved > days) slips.push({ id: milestone.id, what: 'milestone', days: moved });
    }
    return slips;
}
