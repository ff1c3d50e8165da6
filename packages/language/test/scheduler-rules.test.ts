// The scheduling rules of docs/scheduling.md, one plan each, parsed from text: calendar arithmetic, lags and leads, date
// forms, fixed starts, phase floors, continuous improvement, recurrence, cycles and bad input.
import { describe, expect, test, vi } from 'vitest';
import { EmptyFileSystem, URI } from 'langium';
import { parseHelper, VirtualFileSystemProvider } from 'langium/test';
import type { RoadmapActivity } from '@dtp/roadmap';
import { createDtpServices } from '../src/dtp-module.js';
import type { Plan } from '../src/generated/ast.js';
import type { Schedule } from '../src/scheduler/schedule.js';

const services = createDtpServices(EmptyFileSystem).Dtp;
const parse = parseHelper<Plan>(services);

async function scheduleOf(text: string): Promise<Schedule> {
    const document = await parse(text, { validation: true });
    const schedule = services.scheduler.ScheduleProvider.getSchedule(document);
    if (!schedule) throw new Error('no programme in the text');
    return schedule;
}

function dates(schedule: Schedule): Record<string, [string | null, string | null]> {
    return Object.fromEntries(schedule.model.activities.map((a: RoadmapActivity) => [a.id, [a.start, a.end]]));
}

describe('calendar arithmetic', () => {
    test('a month from the 31st is clamped to the month end; leap years count', async () => {
        const schedule = await scheduleOf(`programme p {
            start 2027-01-31
            phase initiation {
                activity a { duration 1m }           // 2027-01-31 + 1m = 2027-02-28 (clamped)
                activity b { duration 1m after a }   // 2027-02-28 + 1m = 2027-03-28 (from the 28th now)
            }
            phase foundation {
                start 2028-01-31
                activity c { duration 1m }           // 2028 is a leap year: 2028-02-29
                activity d { duration 1y after c }   // 2028-02-29 + 1y = 2029-02-28
                activity e { duration 1q after d }   // 2029-02-28 + 3m = 2029-05-28
                activity f { duration 10d after e }  // 2029-05-28 + 10 days = 2029-06-07
            }
        }`);
        expect(dates(schedule)).toEqual({
            a: ['2027-01-31', '2027-02-28'], b: ['2027-02-28', '2027-03-28'],
            c: ['2028-01-31', '2028-02-29'], d: ['2028-02-29', '2029-02-28'],
            e: ['2029-02-28', '2029-05-28'], f: ['2029-05-28', '2029-06-07']
        });
    });

    test('lag and lead on `after`', async () => {
        const schedule = await scheduleOf(`programme p {
            start 2027-01-04
            phase initiation {
                activity a { duration 3m }             // 2027-01-04 → 2027-04-04
                activity lag { duration 1w after a + 2w }  // 2027-04-04 + 14 days = 2027-04-18
                activity lead { duration 1w after a - 1m } // 2027-04-04 − 1m = 2027-03-04
                activity early { duration 1d after a - 1y } // 2026-04-04 is before the programme: floor 2027-01-04
            }
        }`);
        expect(dates(schedule)).toMatchObject({
            lag: ['2027-04-18', '2027-04-25'], lead: ['2027-03-04', '2027-03-11'], early: ['2027-01-04', '2027-01-05']
        });
        const after = (id: string) => schedule.model.activities.find(a => a.id === id)!.after;
        expect(after('lag')).toEqual([{ id: 'a', offset: { sign: '+', duration: { amount: 2, unit: 'w' } }, offsetDays: 14 }]);
        expect(after('lead')).toEqual([{ id: 'a', offset: { sign: '-', duration: { amount: 1, unit: 'm' } }, offsetDays: -31 }]);
        expect(schedule.model.dependencies).toContainEqual({ from: 'a', to: 'lag', type: 'after', offsetDays: 14, critical: true });
    });

    test('YYYY-MM and YYYY-Qn starts', async () => {
        const schedule = await scheduleOf(`programme p {
            start 2027-03                          // 2027-03-01
            phase initiation { activity a { duration 1w } }
            phase foundation { start 2027-Q2  activity b { duration 1w } }     // 2027-04-01
            phase improvement { activity c { duration 1w  start 2027-Q3 } }    // fixed: 2027-07-01
        }`);
        expect(schedule.model.programme.start).toBe('2027-03-01');
        expect(dates(schedule)).toEqual({
            a: ['2027-03-01', '2027-03-08'], b: ['2027-04-01', '2027-04-08'], c: ['2027-07-01', '2027-07-08']
        });
        expect(schedule.model.activities.find(a => a.id === 'c')!.pinned).toBe(true);
    });
});

describe('fixed starts', () => {
    test('a fixed start is not moved; each broken dependency is recorded with its days', async () => {
        const schedule = await scheduleOf(`programme p {
            start 2027-01-04
            capability cloud "Cloud" facility
            phase initiation { activity a { duration 2m } }                   // 2027-01-04 → 2027-03-04
            phase foundation { activity land { duration 3m  provides cloud } } // 2027-01-04 → 2027-04-04
            phase improvement {
                activity b { duration 1w  start 2027-02-01  after a + 1w  requires cloud }
                activity ok { duration 1w  start 2027-06-01  after a }
            }
        }`);
        expect(dates(schedule)).toMatchObject({ b: ['2027-02-01', '2027-02-08'], ok: ['2027-06-01', '2027-06-08'] });
        expect(schedule.violations).toEqual([
            // a ends 2027-03-04, + 1w = 2027-03-11: 38 days after 2027-02-01
            { activityId: 'b', type: 'after', predecessorId: 'a', refIndex: 0, pinnedStart: '2027-02-01', requiredStart: '2027-03-11', days: 38 },
            // cloud is ready when land ends, 2027-04-04: 62 days after 2027-02-01
            {
                activityId: 'b', type: 'requires', predecessorId: 'land', capabilityId: 'cloud', refIndex: 0,
                pinnedStart: '2027-02-01', requiredStart: '2027-04-04', days: 62
            }
        ]);
    });
});

describe('phases', () => {
    test('a phase start is a floor; dependencies can push later; phases span their activities', async () => {
        const schedule = await scheduleOf(`programme p {
            start 2027-01-04
            phase initiation { activity a { duration 8w } }      // 2027-01-04 → 2027-03-01
            phase foundation {
                start 2027-02
                activity free { duration 1w }                    // floor: 2027-02-01
                activity late { duration 1w after a }            // a ends after the floor: 2027-03-01
            }
            phase improvement { duration 6m  activity i { duration 1w after late } } // 2027-03-08 → 2027-03-15
        }`);
        expect(dates(schedule)).toMatchObject({ free: ['2027-02-01', '2027-02-08'], late: ['2027-03-01', '2027-03-08'] });
        const phases = schedule.model.phases;
        expect(phases[1]).toMatchObject({ kind: 'foundation', start: '2027-02-01', end: '2027-03-08', declaredStart: true, declaredDuration: false });
        // improvement: starts with its first activity, lasts its declared 6 months.
        expect(phases[2]).toMatchObject({ start: '2027-03-08', end: '2027-09-08', declaredStart: false, declaredDuration: true });
    });

    test('continuous improvement begins when improvement ends, has no end, and its activities recur', async () => {
        const schedule = await scheduleOf(`programme p {
            start 2027-01-04
            phase initiation { activity a { duration 2w } }
            phase improvement { activity i { duration 1m after a } }  // 2027-01-18 → 2027-02-18
            phase continuous-improvement {
                activity review { every 3m }
                activity scan { every 1y }
            }
        }`);
        const ci = schedule.model.phases[2];
        expect(ci).toMatchObject({ kind: 'continuous-improvement', start: '2027-02-18', end: null, openEnded: true, declaredStart: false });
        const review = schedule.model.activities.find(a => a.id === 'review')!;
        expect(review).toMatchObject({ start: '2027-02-18', end: null, slack: null, critical: false, every: { amount: 3, unit: 'm' } });
        expect(schedule.model.programme.end).toBe('2027-02-18'); // recurring work does not extend the programme
        expect(schedule.model.criticalPath).toEqual(['a', 'i']);
    });

    test('a declared continuous-improvement start is kept', async () => {
        const schedule = await scheduleOf(`programme p {
            start 2027-01-04
            phase improvement { activity i { duration 1m } }
            phase continuous-improvement { start 2027-Q3  activity review { every 3m } }
        }`);
        expect(schedule.model.phases[1]).toMatchObject({ start: '2027-07-01', end: null, declaredStart: true });
        expect(dates(schedule).review).toEqual(['2027-07-01', null]);
    });
});

describe('cycles', () => {
    test('a cycle is left unscheduled, the healthy chain beside it and what follows it are scheduled', async () => {
        const schedule = await scheduleOf(`programme p {
            start 2027-01-04
            phase initiation {
                activity x { duration 1w }
                activity y { duration 1w after x }
                activity a { duration 1w after c }
                activity b { duration 1w after a }
                activity c { duration 1w after b }
                activity d { duration 1w after c, y }   // waits for y only: c has no date
            }
        }`);
        expect(dates(schedule)).toEqual({
            x: ['2027-01-04', '2027-01-11'], y: ['2027-01-11', '2027-01-18'],
            a: [null, null], b: [null, null], c: [null, null],
            d: ['2027-01-18', '2027-01-25']
        });
        expect(schedule.model.activities.filter(a => !a.scheduled).map(a => a.id)).toEqual(['a', 'b', 'c']);
        expect(schedule.cycles).toHaveLength(1);
        const [cycle] = schedule.cycles;
        expect(cycle.members).toEqual(['a', 'b', 'c']);
        expect(cycle.steps.map(s => `${s.from}→${s.to}`)).toEqual(['a→b', 'b→c', 'c→a']);
        expect(cycle.closing).toMatchObject({ property: 'after', index: 0 });
        expect(cycle.closing.activity.name).toBe('a');
        expect(schedule.model.criticalPath).toEqual(['x', 'y', 'd']);
    });

    test('a cycle through `requires` names the capability, and the capability is not ready', async () => {
        const schedule = await scheduleOf(`programme p {
            start 2027-01-04
            capability cloud "Cloud" facility
            phase foundation {
                activity land { duration 1m after ops  provides cloud }
                activity ops { duration 1m requires cloud }
            }
            phase improvement { activity portal { duration 1m requires cloud } }
        }`);
        expect(schedule.cycles.map(c => c.steps)).toEqual([[
            { from: 'land', to: 'ops', type: 'requires', capability: 'cloud' },
            { from: 'ops', to: 'land', type: 'after' }
        ]]);
        expect(schedule.model.capabilities[0].availableFrom).toBeNull();
        expect(dates(schedule).portal).toEqual(['2027-01-04', '2027-02-04']);
    });

    test('an activity after itself is a cycle of one', async () => {
        const schedule = await scheduleOf(`programme p { start 2027-01-04  phase initiation { activity a { duration 1w after a } } }`);
        expect(schedule.cycles.map(c => c.members)).toEqual([['a']]);
    });
});

describe('bad input never crashes', () => {
    test('unparseable dates and durations are treated as absent', async () => {
        const schedule = await scheduleOf(`programme p {
            start 2027-01-04
            phase initiation {
                start 2027-02-30
                activity a { duration 3x }
                activity b { duration 1w  start 2027-Q5  after a + 0d }
                activity c                            // no body at all: zero days, still shown
                milestone m { after b }
            }
        }`);
        expect(dates(schedule)).toEqual({
            a: ['2027-01-04', '2027-01-04'], b: ['2027-01-04', '2027-01-11'],
            c: ['2027-01-04', '2027-01-04'], m: ['2027-01-11', '2027-01-11']
        });
        expect(schedule.model.activities.find(a => a.id === 'b')!.pinned).toBe(false);
    });

    test('no programme start: the earliest written date, else today', async () => {
        const dated = await scheduleOf(`programme p { phase initiation { activity a { duration 1w start 2027-05-03 } } }`);
        expect(dated.model.programme.start).toBe('2027-05-03');
        const undated = await scheduleOf(`programme p { phase initiation { activity a { duration 1w } } }`);
        expect(undated.model.programme.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(dates(undated).a[0]).toBe(undated.model.programme.start);
    });

    test('duplicate and missing names still get distinct model ids', async () => {
        const schedule = await scheduleOf(`programme p { start 2027-01-04  phase initiation { activity a { duration 1w } activity a { duration 2w } } }`);
        expect(schedule.model.activities.map(a => a.id)).toEqual(['a', 'a#2']);
    });
});

describe('half-typed text', () => {
    test('the half-typed reference fixture schedules without throwing', async () => {
        const { readFileSync } = await import('node:fs');
        const text = readFileSync(new URL('../../../test/fixtures/invalid/half-typed.dtp', import.meta.url), 'utf8');
        const schedule = await scheduleOf(text);
        expect(schedule.model.activities.map(a => a.id)).toContain('dtp');
        expect(schedule.model.phases.every(p => ['initiation', 'foundation', 'improvement', 'continuous-improvement'].includes(p.kind))).toBe(true);
    });
});

describe('ScheduleProvider', () => {
    test('one schedule per document version, renewed when the document or an import is rebuilt', async () => {
        const files = new VirtualFileSystemProvider();
        const { shared, Dtp } = createDtpServices({ fileSystemProvider: () => files });
        const catalogueUri = URI.parse('file:///provider/catalogue.dtp');
        const planUri = URI.parse('file:///provider/plan.dtp');
        files.insert(catalogueUri, 'capability cloud "Cloud" facility');
        files.insert(planUri, `import "./catalogue.dtp"
            programme p { start 2027-01-04  phase foundation { activity land { duration 1m  provides cloud } } }`);
        const documents = shared.workspace.LangiumDocuments;
        const provider = Dtp.scheduler.ScheduleProvider;
        const computations = vi.spyOn(provider as unknown as { compute(): unknown }, 'compute');
        const catalogue = await documents.getOrCreateDocument(catalogueUri);
        const plan = await documents.getOrCreateDocument(planUri);
        await shared.workspace.DocumentBuilder.build([catalogue, plan], { validation: true });
        expect(computations).toHaveBeenCalledTimes(1); // the date-based checks scheduled the plan during validation

        const first = provider.getSchedule(plan)!;
        expect(provider.getSchedule(plan)).toBe(first); // and everyone after them shares that schedule
        expect(computations).toHaveBeenCalledTimes(1);
        expect(first.model.capabilities.map(c => [c.id, c.label, c.availableFrom, c.source?.uri])).toEqual([
            ['cloud', 'Cloud', '2027-02-04', 'file:///provider/catalogue.dtp']
        ]);
        expect(provider.getSchedule(catalogue)).toBeUndefined(); // a catalogue has no programme

        // Editing the import relinks the plan: its schedule is computed afresh and sees the new label.
        files.insert(catalogueUri, 'capability cloud "Cloud platform" facility');
        await shared.workspace.DocumentBuilder.update([catalogueUri], []);
        expect(computations).toHaveBeenCalledTimes(2); // revalidating the relinked plan scheduled it once more
        const second = provider.getSchedule(plan)!;
        expect(second).not.toBe(first);
        expect(second.model.capabilities[0].label).toBe('Cloud platform');
        expect(provider.getSchedule(plan)).toBe(second);
    });
});

describe('requires-edges in the model', () => {
    test('one arrow per requirer and capability, from the provider that makes it ready; every provider still listed', async () => {
        const schedule = await scheduleOf(`programme p {
            start 2027-01-04
            capability cloud "Cloud" facility
            phase foundation {
                activity quick { duration 1m provides cloud }   // ends 2027-02-04
                activity slow { duration 3m provides cloud }    // ends 2027-04-04: cloud is ready then
            }
            phase improvement {
                activity portal { duration 1m requires cloud }
                activity app { duration 2m requires cloud }
            }
        }`);
        const requires = schedule.model.dependencies.filter(d => d.type === 'requires');
        expect(requires.map(d => [d.from, d.to, d.capability])).toEqual([['slow', 'portal', 'cloud'], ['slow', 'app', 'cloud']]);
        const cloud = schedule.model.capabilities.find(c => c.id === 'cloud')!;
        expect(cloud.providers).toEqual(['quick', 'slow']);
        expect(cloud.availableFrom).toBe('2027-04-04');
        expect(dates(schedule)).toMatchObject({ portal: ['2027-04-04', '2027-05-04'], app: ['2027-04-04', '2027-06-04'] });
    });
});
