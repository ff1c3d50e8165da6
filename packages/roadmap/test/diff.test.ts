// The baseline comparison as a pure function: hand-made models in, what moved out.
import { describe, expect, it } from 'vitest';
import { diffRoadmaps, isEmptyDiff, slipsBeyond } from '../src/diff.js';
import type { RoadmapActivity, RoadmapCapability, RoadmapModel } from '../src/model.js';

function activity(id: string, start: string | null, end: string | null, extra: Partial<RoadmapActivity> = {}): RoadmapActivity {
    return {
        id, label: `Label of ${id}`, kind: 'activity', phase: 'foundation', scheduled: start !== null, start, end, pinned: false,
        slack: 0, critical: false, provides: [], requires: [], after: [], ...extra
    };
}
const milestone = (id: string, date: string) => activity(id, date, date, { kind: 'milestone' });
const capability = (id: string, availableFrom: string | null): RoadmapCapability =>
    ({ id, label: `Capability ${id}`, kind: 'facility', providers: [], requirers: [], availableFrom });

function model(activities: RoadmapActivity[], options: { end: string; capabilities?: RoadmapCapability[]; critical?: string[]; statusDate?: string }): RoadmapModel {
    return {
        version: 2,
        programme: { id: 'p', title: 'Programme', start: '2027-01-04', end: options.end, ...(options.statusDate ? { statusDate: options.statusDate } : {}) },
        phases: [],
        activities,
        capabilities: options.capabilities ?? [],
        dependencies: [],
        criticalPath: options.critical ?? []
    };
}

const base = model([
    activity('dtp', '2027-01-04', '2027-02-15'),
    milestone('go', '2027-02-15'),
    activity('landing', '2027-02-15', '2027-05-15', { provides: ['cloud'] }),
    activity('old', '2027-02-15', '2027-03-15'),
    activity('review', '2027-05-15', null, { every: { amount: 3, unit: 'm' } }),
    milestone('done', '2027-05-15')
], { end: '2027-05-15', capabilities: [capability('cloud', '2027-05-15'), capability('gone', '2027-03-01')], critical: ['dtp', 'go', 'landing', 'done'] });

describe('diffRoadmaps', () => {
    it('an identical model gives an empty diff, with the programme end unmoved', () => {
        const diff = diffRoadmaps(base, structuredClone(base));
        expect(isEmptyDiff(diff)).toBe(true);
        expect(diff).toEqual({
            version: 1,
            programme: {
                id: 'p', title: 'Programme',
                start: { base: '2027-01-04', head: '2027-01-04', days: 0 },
                end: { base: '2027-05-15', head: '2027-05-15', days: 0 },
                statusDate: { base: null, head: null }
            },
            activities: [], milestones: [], capabilities: [],
            criticalPath: { base: ['dtp', 'go', 'landing', 'done'], head: ['dtp', 'go', 'landing', 'done'], changed: false }
        });
        expect(slipsBeyond(diff, 0)).toEqual([]);
    });

    it('reports moved, added and removed activities, moved milestones, capabilities and the critical path', () => {
        // The transformation plan takes 14 days longer: everything after it moves 14 days; `old` is gone, `new` is added.
        const head = model([
            activity('dtp', '2027-01-04', '2027-03-01'),
            milestone('go', '2027-03-01'),
            activity('landing', '2027-03-01', '2027-05-29', { provides: ['cloud'] }),
            activity('new', '2027-03-01', '2027-04-01'),
            activity('review', '2027-05-29', null, { every: { amount: 3, unit: 'm' } }),
            milestone('done', '2027-05-29'),
            activity('untouched', '2027-01-04', '2027-01-11', { kind: 'transformation-plan' })
        ], { end: '2027-05-29', capabilities: [capability('cloud', '2027-05-29'), capability('fresh', null)], critical: ['dtp', 'go', 'landing', 'new', 'done'] });
        // `untouched` is new in the head: added, not moved.
        const diff = diffRoadmaps(base, head);
        expect(diff.programme.end).toEqual({ base: '2027-05-15', head: '2027-05-29', days: 14 });
        expect(diff.activities.map(a => [a.id, a.change])).toEqual([
            ['dtp', 'moved'], ['landing', 'moved'], ['new', 'added'], ['review', 'moved'], ['untouched', 'added'], ['old', 'removed']
        ]);
        const dtp = diff.activities[0];
        expect(dtp.start).toEqual({ base: '2027-01-04', head: '2027-01-04', days: 0 });
        expect(dtp.end).toEqual({ base: '2027-02-15', head: '2027-03-01', days: 14 });
        // Recurring work has no end: only its start moved.
        expect(diff.activities[3].end).toEqual({ base: null, head: null, days: null });
        expect(diff.activities[3].start.days).toBe(14);
        expect(diff.activities[2].start).toEqual({ base: null, head: '2027-03-01', days: null });
        expect(diff.activities[5].end).toEqual({ base: '2027-03-15', head: null, days: null });
        expect(diff.milestones.map(m => [m.id, m.change, m.start.days])).toEqual([['go', 'moved', 14], ['done', 'moved', 14]]);
        expect(diff.capabilities).toEqual([
            { id: 'cloud', label: 'Capability cloud', change: 'later', availableFrom: { base: '2027-05-15', head: '2027-05-29', days: 14 } },
            { id: 'fresh', label: 'Capability fresh', change: 'added', availableFrom: { base: null, head: null, days: null } },
            { id: 'gone', label: 'Capability gone', change: 'removed', availableFrom: { base: '2027-03-01', head: null, days: null } }
        ]);
        expect(diff.criticalPath).toEqual({ base: ['dtp', 'go', 'landing', 'done'], head: ['dtp', 'go', 'landing', 'new', 'done'], changed: true });
        expect(isEmptyDiff(diff)).toBe(false);
    });

    it('capabilities ready earlier, and ones that became (un)ready', () => {
        const before = model([], { end: '2027-05-15', capabilities: [capability('a', '2027-05-15'), capability('b', null), capability('c', '2027-02-01')] });
        const after = model([], { end: '2027-05-15', capabilities: [capability('a', '2027-05-01'), capability('b', '2027-04-01'), capability('c', null)] });
        expect(diffRoadmaps(before, after).capabilities.map(c => [c.id, c.change, c.availableFrom.days])).toEqual([
            ['a', 'earlier', -14], ['b', 'ready', null], ['c', 'unready', null]
        ]);
    });

    it('milestones added or removed are listed but are not slips', () => {
        const head = model([...base.activities.filter(a => a.id !== 'done'), milestone('extra', '2027-06-01')], { end: '2027-05-15', critical: base.criticalPath });
        const diff = diffRoadmaps(base, head);
        expect(diff.milestones.map(m => [m.id, m.change])).toEqual([['extra', 'added'], ['done', 'removed']]);
        expect(slipsBeyond(diff, 0)).toEqual([]);
    });

    it('--fail-on-slip counts strictly more than DAYS: a slip of exactly DAYS passes, DAYS + 1 fails', () => {
        const moved = (days: number) => {
            const end = new Date(Date.UTC(2027, 4, 15 + days)).toISOString().slice(0, 10);
            return model([...base.activities.filter(a => a.id !== 'done'), milestone('done', end)], { end, critical: base.criticalPath });
        };
        expect(slipsBeyond(diffRoadmaps(base, moved(14)), 14)).toEqual([]);
        expect(slipsBeyond(diffRoadmaps(base, moved(15)), 14)).toEqual([
            { id: 'p', what: 'programme', days: 15 },
            { id: 'done', what: 'milestone', days: 15 }
        ]);
        // Earlier is never a slip.
        expect(slipsBeyond(diffRoadmaps(base, moved(-30)), 0)).toEqual([]);
    });

    it('keeps both status dates', () => {
        const diff = diffRoadmaps(model([], { end: '2027-05-15', statusDate: '2027-03-01' }), model([], { end: '2027-05-15', statusDate: '2027-04-01' }));
        expect(diff.programme.statusDate).toEqual({ base: '2027-03-01', head: '2027-04-01' });
    });
});
