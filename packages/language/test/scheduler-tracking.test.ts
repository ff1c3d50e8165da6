// The forecast beside the plan (docs/scheduling.md, "The forecast"), worked out by hand: each rule on a plan parsed
// from text, with the dates written next to the activities that produce them. Then variance, health, the
// plan-and-forecast spans, and the tracking checks with their must-not-flag and boundary cases.
import { describe, expect, test } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import type { RoadmapActivity } from '@dtp/roadmap';
import { createDtpServices } from '../src/dtp-module.js';
import type { Plan } from '../src/generated/ast.js';
import { scheduleProgramme, type Schedule } from '../src/scheduler/schedule.js';

const services = createDtpServices(EmptyFileSystem).Dtp;
const parse = parseHelper<Plan>(services);

async function scheduleOf(text: string, statusDate?: string): Promise<Schedule> {
    const document = await parse(text);
    return scheduleProgramme(document.parseResult.value.programmes[0], { statusDate });
}

async function codesOf(text: string): Promise<string[]> {
    const document = await parse(text, { validation: true });
    return (document.diagnostics ?? []).map(d => String(d.code));
}

function forecast(schedule: Schedule): Record<string, [string | null, string | null]> {
    return Object.fromEntries(schedule.model.activities.map((a: RoadmapActivity) => [a.id, [a.start, a.end]]));
}

function planned(schedule: Schedule): Record<string, [string | null, string | null]> {
    return Object.fromEntries(schedule.model.activities.map((a: RoadmapActivity) => [a.id, [a.planned!.start, a.planned!.end]]));
}

const RULES = `programme p {
    start 2027-01-04
    status-date 2027-03-01
    phase initiation {
        transformation-plan dtp { duration 4w  finished 2027-02-05 }          // plan 01-04→02-01; done: ends the day after finished
        activity doneNoFinish { duration 2w  status done }                    // plan 01-04→01-18; done, no finished: as planned
        milestone go { after dtp  finished 2027-02-10 }                       // plan 02-01; reached 02-10: start = end = 02-10
    }
    phase foundation {
        activity act { duration 4w  after go  started 2027-02-03  progress 25% }  // plan 02-01→03-01; D=28, r=⌈21⌉ → S+21 = 03-22
        activity actNoStart { duration 10d  start 2027-03-05  status active }      // plan 03-05→03-15; start min(03-05, S) = 03-01; r=10 → 03-11
        activity zero { duration 10d  after go  status active  progress 0% }      // plan 02-01→02-11; start 02-01; r=10 → 03-11
        activity odd { duration 7d  after go  started 2027-02-01  progress 50% }  // plan 02-01→02-08; r=⌈3.5⌉=4 → 03-05
        activity pushed { duration 2w  after go }                              // go's forecast 02-10 < S: 03-01→03-15
        activity past { duration 1w  start 2027-02-01 }                        // a fixed start before S did not happen: 03-01→03-08
        activity future { duration 1w  start 2027-04-05 }                      // a fixed start after S stays: 04-05→04-12
        activity follows { duration 1m  after act }                            // plan 03-01→04-01; after act's forecast: 03-22→04-22
    }
    phase improvement {
        activity imp { duration 1m  after follows }                            // plan 04-01→05-01; forecast 04-22→05-22
    }
    phase continuous-improvement {
        activity review { every 3m }                                           // plan from 05-01; forecast from 05-22
    }
}`;

describe('the forecast, rule by rule', () => {
    test('every activity gets its forecast dates and its planned dates', async () => {
        const schedule = await scheduleOf(RULES);
        expect(forecast(schedule)).toEqual({
            dtp: ['2027-01-04', '2027-02-06'], doneNoFinish: ['2027-01-04', '2027-01-18'], go: ['2027-02-10', '2027-02-10'],
            act: ['2027-02-03', '2027-03-22'], actNoStart: ['2027-03-01', '2027-03-11'], zero: ['2027-02-01', '2027-03-11'],
            odd: ['2027-02-01', '2027-03-05'],
            pushed: ['2027-03-01', '2027-03-15'], past: ['2027-03-01', '2027-03-08'], future: ['2027-04-05', '2027-04-12'],
            follows: ['2027-03-22', '2027-04-22'], imp: ['2027-04-22', '2027-05-22'], review: ['2027-05-22', null]
        });
        expect(planned(schedule)).toEqual({
            dtp: ['2027-01-04', '2027-02-01'], doneNoFinish: ['2027-01-04', '2027-01-18'], go: ['2027-02-01', '2027-02-01'],
            act: ['2027-02-01', '2027-03-01'], actNoStart: ['2027-03-05', '2027-03-15'], zero: ['2027-02-01', '2027-02-11'],
            odd: ['2027-02-01', '2027-02-08'],
            pushed: ['2027-02-01', '2027-02-15'], past: ['2027-02-01', '2027-02-08'], future: ['2027-04-05', '2027-04-12'],
            follows: ['2027-03-01', '2027-04-01'], imp: ['2027-04-01', '2027-05-01'], review: ['2027-05-01', null]
        });
    });

    test('state, variance and health', async () => {
        const schedule = await scheduleOf(RULES);
        const view = (id: string) => {
            const a = schedule.activity(id)!;
            return [a.state, a.variance, a.health, a.planned!.slack];
        };
        expect(view('dtp')).toEqual(['done', 5, 'done', 0]);
        expect(view('doneNoFinish')).toEqual(['done', 0, 'done', 103]);
        expect(view('go')).toEqual(['done', 9, 'done', 0]);
        // act is on the plan's critical path (slack 0): 21 days late moves the programme end.
        expect(view('act')).toEqual(['active', 21, 'late', 0]);
        // actNoStart ends earlier than planned: on track.
        expect(view('actNoStart')).toEqual(['active', -4, 'on-track', 47]);
        // pushed: 28 days late, within its planned slack of 75 days (05-01 − 02-15).
        expect(view('pushed')).toEqual(['planned', 28, 'at-risk', 75]);
        expect(view('future')).toEqual(['planned', 0, 'on-track', 19]);
        expect(view('review')).toEqual(['planned', null, 'on-track', null]);
    });

    test('phases and the programme carry both spans; continuous improvement follows the forecast', async () => {
        const schedule = await scheduleOf(RULES);
        const { programme, phases } = schedule.model;
        expect(programme).toMatchObject({
            statusDate: '2027-03-01', start: '2027-01-04', end: '2027-05-22', planned: { start: '2027-01-04', end: '2027-05-01' }
        });
        expect(phases.map(phase => [phase.kind, phase.start, phase.end, phase.planned])).toEqual([
            ['initiation', '2027-01-04', '2027-02-10', { start: '2027-01-04', end: '2027-02-01' }],
            ['foundation', '2027-02-01', '2027-04-22', { start: '2027-02-01', end: '2027-04-12' }],
            ['improvement', '2027-04-22', '2027-05-22', { start: '2027-04-01', end: '2027-05-01' }],
            ['continuous-improvement', '2027-05-22', null, { start: '2027-05-01', end: null }]
        ]);
        // The plan model stays the plan: the checks of the plan read it.
        expect(schedule.plan.programme.end).toBe('2027-05-01');
        expect(schedule.plan.activities.find(a => a.id === 'act')).toMatchObject({ start: '2027-02-01', end: '2027-03-01' });
    });

    test('the critical path of the forecast runs through late work, never through done work', async () => {
        const schedule = await scheduleOf(RULES);
        expect(schedule.model.criticalPath).toEqual(['act', 'follows', 'imp']);
        // Done work has no slack in the forecast (nothing can delay it), but keeps its planned slack.
        expect(schedule.activity('dtp')).toMatchObject({ slack: null, critical: false, planned: { slack: 0 } });
        expect(schedule.activity('act')).toMatchObject({ slack: 0, critical: true });
    });

    test('a status date given by the caller overrides the plan\'s own', async () => {
        const schedule = await scheduleOf(RULES, '2027-03-08');
        expect(schedule.model.programme.statusDate).toBe('2027-03-08');
        // act: r = 21 days from the new status date.
        expect(schedule.activity('act')).toMatchObject({ start: '2027-02-03', end: '2027-03-29' });
        expect(schedule.activity('pushed')).toMatchObject({ start: '2027-03-08', end: '2027-03-22' });
    });

    test('without a status date the model is the plan: no tracking fields, facts ignored', async () => {
        const text = RULES.replace('status-date 2027-03-01', '');
        const schedule = await scheduleOf(text);
        expect(schedule.model).toBe(schedule.plan);
        expect(forecast(schedule)).toEqual({ ...planned(await scheduleOf(RULES)) });
        for (const activity of schedule.model.activities) {
            expect(activity).not.toHaveProperty('planned');
            expect(activity).not.toHaveProperty('variance');
            expect(activity).not.toHaveProperty('health');
        }
        expect(schedule.model.programme).not.toHaveProperty('statusDate');
        expect(schedule.activity('act')).toMatchObject({ state: 'active', started: '2027-02-03', progress: 25 });
    });
});

// A small plan whose one activity `w` is examined against different status dates and facts:
// `w` is planned 2027-02-01 → 2027-03-01 (4 weeks, last day 02-28) after the 4-week plan, and `m` is a milestone after it.
function tracked(statusDate: string | undefined, facts: string, milestoneFacts = ''): string {
    return `programme p {
    start 2027-01-04
    ${statusDate ? `status-date ${statusDate}` : ''}
    capability c "C" facility
    phase initiation {
        transformation-plan dtp { duration 4w  finished 2027-01-31 }
        activity w { duration 4w  after dtp  provides c  ${facts} }
        milestone m { after w  ${milestoneFacts} }
    }
    phase foundation { activity f { duration 1w  after m  } }
    phase improvement { activity i { duration 1w  after f  requires c } }
    phase continuous-improvement { activity r { every 3m } }
}`;
}

const TRACKING_CODES = ['status-conflict', 'overdue', 'late-start', 'behind-schedule', 'milestone-slip'];
const tracking = (codes: string[]) => codes.filter(code => TRACKING_CODES.includes(code));

/** `id:code` of each tracking diagnostic, the id being the activity declared on the diagnostic's line. */
async function trackingOf(text: string): Promise<string[]> {
    const document = await parse(text, { validation: true });
    const lines = text.split('\n');
    return (document.diagnostics ?? []).filter(d => TRACKING_CODES.includes(String(d.code))).map(d => {
        const id = /(?:activity|milestone|transformation-plan) (\w+)/.exec(lines[d.range.start.line])?.[1];
        return `${id}:${d.code}`;
    });
}

describe('tracking checks: when they fire, when they must not, and their boundaries', () => {
    test('no status date: recorded status and progress change nothing', async () => {
        expect(await codesOf(tracked(undefined, 'status active  progress 40%'))).toEqual([]);
        expect(await codesOf(tracked(undefined, 'status planned  progress 40%  started 2030-01-01'))).toEqual([]);
    });

    test('overdue: fires when the exclusive planned end is on the status date, not a day earlier', async () => {
        // Planned end 03-01 (last day 02-28). On 03-01 the last day has passed.
        expect((await trackingOf(tracked('2027-03-01', 'started 2027-02-01  progress 90%', 'finished 2027-02-27')))).toEqual(['w:overdue']);
        // A day earlier nothing is overdue (at 97% the forecast, S + ⌈0.84⌉ = 03-01, is the plan).
        expect((await trackingOf(tracked('2027-02-28', 'started 2027-02-01  progress 97%', '')))).toEqual([]);
        // Done work is never overdue; f, planned to start 03-01 and not started, is late.
        expect((await trackingOf(tracked('2027-03-05', 'finished 2027-03-02', 'finished 2027-03-02')))).toEqual(['f:late-start']);
    });

    test('a milestone due on the status date is not overdue yet; a day later it is', async () => {
        const facts = 'finished 2027-02-28';
        expect((await trackingOf(tracked('2027-03-01', facts)))).toEqual([]);
        expect((await trackingOf(tracked('2027-03-02', facts)))).toEqual(['m:overdue', 'f:late-start']);
    });

    test('late-start: planned work whose planned start is before the status date; not on the day itself', async () => {
        // w starts on the status date at the earliest, which moves m a day: that slip surfaces at m.
        expect((await trackingOf(tracked('2027-02-02', '')))).toEqual(['w:late-start', 'm:milestone-slip']);
        expect((await trackingOf(tracked('2027-02-01', '')))).toEqual([]);
        // Started work is not a late start, and overdue wins over late-start for the same activity.
        // (4% done after a day: r = ⌈26.88⌉ = 27 days from 02-02 ends on 03-01, as planned.)
        expect((await trackingOf(tracked('2027-02-02', 'started 2027-02-01  progress 4%')))).toEqual([]);
        expect((await trackingOf(tracked('2027-03-01', '')))).toEqual(['w:overdue', 'm:milestone-slip']);
    });

    test('behind-schedule: active work forecast past its planned end; exactly on plan is not behind', async () => {
        // S = 02-15, D = 28: at 50% r = 14 → 03-01, exactly the planned end: on schedule.
        expect((await trackingOf(tracked('2027-02-15', 'started 2027-02-01  progress 50%')))).toEqual([]);
        // At 49%: r = ⌈14.28⌉ = 15 → 03-02, a day late; the milestone after it slips too, and says who drives it.
        const document = await parse(tracked('2027-02-15', 'started 2027-02-01  progress 49%'), { validation: true });
        const found = (document.diagnostics ?? []).filter(d => tracking([String(d.code)]).length > 0);
        expect(found.map(d => d.code)).toEqual(['behind-schedule', 'milestone-slip']);
        expect(found[1].message).toContain('driven by `w`');
        expect(found[1].message).toContain('2027-03-02, 1 day later than planned (2027-03-01)');
    });

    test('milestone-slip is reported once, at the milestone; the work after it moves silently', async () => {
        const document = await parse(tracked('2027-02-15', 'started 2027-02-01  progress 10%'), { validation: true });
        const codes = tracking((document.diagnostics ?? []).map(d => String(d.code)));
        expect(codes).toEqual(['behind-schedule', 'milestone-slip']);
    });

    test('status-conflict: each contradiction once; consistent facts are clean', async () => {
        const conflicts = async (facts: string) => (await trackingOf(tracked('2027-02-15', facts))).filter(entry => entry.startsWith('w:'));
        expect(await conflicts('status done  progress 80%')).toEqual(['w:status-conflict']);
        expect(await conflicts('status done  progress 100%')).toEqual([]);
        // With contradictory facts, w's progress is not judged as well (no late-start beside the conflict).
        expect(await conflicts('status planned  progress 10%')).toEqual(['w:status-conflict']);
        expect(await conflicts('status planned  started 2027-02-01')).toEqual(['w:status-conflict']);
        expect(await conflicts('status active  started 2027-02-01  finished 2027-02-10')).toEqual(['w:status-conflict']);
        expect(await conflicts('started 2027-02-10  finished 2027-02-05')).toEqual(['w:status-conflict']);
        // Facts lie before the status date: the day before is fine, the status date itself is not.
        expect(await conflicts('started 2027-02-14  progress 50%')).toEqual([]);
        expect(await conflicts('started 2027-02-15  progress 50%')).toEqual(['w:status-conflict']);
        expect(await conflicts('status active  started 2027-02-01  progress 60%')).toEqual([]);
    });
});
