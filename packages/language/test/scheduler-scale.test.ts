// README, Performance: chains of 100,000 activities must schedule without recursion (no stack overflow). The times are
// printed, never asserted: speed is `npm run bench`'s to measure, and a loaded machine must not fail the suite.
// The AST is built directly, so this exercises the scheduler alone (parsing has its own benchmark).
import { describe, expect, test } from 'vitest';
import type { Activity, Phase, Plan, Programme } from '../src/generated/ast.js';
import { scheduleProgramme } from '../src/scheduler/schedule.js';

const SIZE = 100_000;

/** A programme with one initiation phase holding `size` activities of one day, each after the one before. */
function chain(size: number, closeIntoCycle: boolean): Programme {
    const plan = { $type: 'Plan', imports: [], capabilities: [], programmes: [] } as unknown as Plan;
    const programme = {
        $type: 'Programme', $container: plan, name: 'chain', capabilities: [], phases: [],
        start: { $type: 'DateLiteral', value: '2027-01-01' }
    } as unknown as Programme;
    const phase = { $type: 'Phase', $container: programme, kind: 'initiation', activities: [] } as unknown as Phase;
    const activities: Activity[] = [];
    for (let i = 0; i < size; i++) {
        activities.push({
            $type: 'Activity', $container: phase, kind: 'activity', name: `a${i}`,
            duration: { $type: 'DurationLiteral', value: '1d' }, after: [], provides: [], requires: []
        } as unknown as Activity);
    }
    const dependOn = (activity: Activity, target: Activity) =>
        activity.after.push({ $type: 'Dependency', $container: activity, target: { ref: target, $refText: target.name } } as never);
    for (let i = 1; i < size; i++) dependOn(activities[i], activities[i - 1]);
    if (closeIntoCycle) dependOn(activities[0], activities[size - 1]);
    (phase.activities as Activity[]).push(...activities);
    (programme.phases as Phase[]).push(phase);
    (plan.programmes as Programme[]).push(programme);
    return programme;
}

describe('scale', () => {
    test(`a chain of ${SIZE.toLocaleString('en')} activities`, () => {
        const programme = chain(SIZE, false);
        const started = performance.now();
        const schedule = scheduleProgramme(programme);
        const elapsed = performance.now() - started;
        const { activities, criticalPath, programme: span } = schedule.model;
        expect(activities[SIZE - 1].start).toBe('2300-10-16'); // 2027-01-01 + 99,999 days
        expect(span.end).toBe('2300-10-17');
        expect(criticalPath).toHaveLength(SIZE);
        expect(schedule.cycles).toEqual([]);
        // Each link of the chain holds: every activity starts on the day its predecessor's (exclusive) end names.
        const broken = activities.filter((activity, i) => i > 0 && activity.start !== activities[i - 1].end).map(a => a.id);
        expect(broken).toEqual([]);
        console.log(`scheduled a chain of ${SIZE} activities in ${elapsed.toFixed(0)} ms`);
    }, 180_000);

    test(`a cycle of ${SIZE.toLocaleString('en')} activities is found without recursion`, () => {
        const programme = chain(SIZE, true);
        const started = performance.now();
        const schedule = scheduleProgramme(programme);
        const elapsed = performance.now() - started;
        expect(schedule.cycles).toHaveLength(1);
        expect(schedule.cycles[0].members).toHaveLength(SIZE);
        expect(schedule.cycles[0].members[0]).toBe('a0');
        expect(schedule.model.activities.some(a => a.scheduled)).toBe(false);
        console.log(`found a cycle of ${SIZE} activities in ${elapsed.toFixed(0)} ms`);
    }, 180_000);
});
