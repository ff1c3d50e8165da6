// The scheduler dates in day numbers (src/scheduler/forward.ts) where it used to date in ISO texts. This compares
// everything a schedule says (the models, cycles, violations, the activities past the calendar, the lookups and the
// slip drivers) with the text-based scheduler it replaced, kept as a test-only copy in scheduler-reference/, on
// generated plans of several sizes and seeds, on random plans full of edge cases (month, quarter and year
// arithmetic around month ends and 29 February, lags and leads, fixed starts, cycles, unresolved names, recorded
// facts, dates near 0000 and 9999, floors past the calendar), and on the bundled examples and test fixtures.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { createDtpServices } from '../src/dtp-module.js';
import type { Plan, Programme } from '../src/generated/ast.js';
import { addCalendarDays, dayText, FIRST_DAY, LAST_DAY } from '../src/scheduler/calendar.js';
import { scheduleProgramme, type Schedule } from '../src/scheduler/schedule.js';
import { scheduleProgramme as referenceSchedule } from './scheduler-reference/schedule.js';
import { random } from './random.js';
import { generatePlan } from '../../cli/scripts/generate-plan.mjs';

const services = createDtpServices(EmptyFileSystem).Dtp;
const parse = parseHelper<Plan>(services);
const ROOT = path.resolve(__dirname, '../../..');

/** Everything a schedule says, as text: undefined and NaN written out, so neither hides behind JSON. */
function outcome(schedule: Schedule, programme: Programme): string {
    const ids = schedule.model.activities.map(activity => activity.id);
    const capabilityIds = schedule.model.capabilities.map(capability => capability.id);
    const nodes = programme.phases.flatMap(phase => phase.activities);
    return JSON.stringify({
        model: schedule.model,
        plan: schedule.plan,
        statusDate: schedule.statusDate,
        cycles: schedule.cycles.map(cycle => ({ ...cycle, closing: { ...cycle.closing, activity: nodes.indexOf(cycle.closing.activity) } })),
        violations: schedule.violations,
        outsideCalendar: schedule.outsideCalendar,
        phaseNodes: schedule.phaseNodes.map(phase => programme.phases.indexOf(phase)),
        activities: ids.map(id => [
            nodes.indexOf(schedule.activityNode(id)!), schedule.activity(id), schedule.plannedActivity(id), schedule.slipDriver(id)
        ]),
        capabilities: capabilityIds.map(id => [schedule.capabilityNode(id)?.name, schedule.capability(id)]),
        byNode: nodes.map(node => schedule.activityOf(node)?.id),
        unknown: [schedule.activity('no such id'), schedule.capability('no such id'), schedule.slipDriver('no such id')]
    }, (_key, value) => value === undefined ? '(undefined)' : typeof value === 'number' && !Number.isFinite(value) ? String(value) : value);
}

/** Both schedulers on every programme of the text, with and without a status date given by the caller. */
async function expectSameSchedules(text: string, statusDates: (string | undefined)[] = [undefined]): Promise<number> {
    const document = await parse(text);
    let activities = 0;
    for (const programme of document.parseResult.value.programmes) {
        for (const statusDate of statusDates) {
            const expected = outcome(referenceSchedule(programme, { statusDate }), programme);
            const actual = outcome(scheduleProgramme(programme, { statusDate }), programme);
            if (actual !== expected) {
                // The first difference, not two walls of text.
                let at = 0;
                while (at < actual.length && actual[at] === expected[at]) at++;
                expect({ statusDate, text, actual: actual.slice(Math.max(0, at - 300), at + 300) })
                    .toEqual({ statusDate, text, actual: expected.slice(Math.max(0, at - 300), at + 300) });
            }
            activities += programme.phases.reduce((sum, phase) => sum + phase.activities.length, 0);
        }
    }
    return activities;
}

const PHASES = ['initiation', 'foundation', 'improvement', 'continuous-improvement'];
// Month ends, 29 February in leap and century years, quarter and month forms, the calendar's first and last years,
// and dates that are no date at all (the scheduler ignores them, the checks report them).
const DATES = [
    '2027-01-04', '2027-01-31', '2027-03-31', '2027-05-31', '2027-08-31', '2027-11-30', '2027-12-31', '2028-02-29',
    '2028-01-31', '2100-02-28', '2000-02-29', '2027-Q3', '2028-Q1', '2027-02', '2029-10', '0000-01-01', '0000-02-29',
    '0001-01-31', '0099-12-31', '0100-03-01', '9998-11-30', '9999-01-31', '9999-06-30', '9999-12-01', '9999-12-31',
    '2027-02-30', '2027-13-01', '2027-Q5', '31-01-2027', '1.2.2027'
];
const DURATIONS = ['1d', '3d', '10d', '1w', '2w', '6w', '1m', '2m', '3m', '1q', '2q', '1y', '2y', '13m', '100y', '1200m', '36525d', '0d', '1x', '36526d', '101y'];
const LAGS = ['1d', '5d', '1w', '3w', '1m', '2m', '1q', '1y', '3y', '50y', '100y', '400q'];

/** A random plan: `size` activities over random phases, with every feature the scheduler reads. */
export function randomPlanForStats(seed: number, size: number): string { return randomPlan(seed, size); }
function randomPlan(seed: number, size: number): string {
    const next = random(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const chance = (p: number) => next() < p;
    // Most plans live in one era; some near the calendar's ends, where arithmetic leaves it.
    const era = pick(['normal', 'normal', 'normal', 'end', 'start']);
    const date = () => era === 'end' && chance(0.7) ? pick(DATES.slice(20, 25))
        : era === 'start' && chance(0.7) ? pick(DATES.slice(15, 20))
        : pick(DATES);
    const lines = [`programme p${seed} {`];
    if (chance(0.8)) lines.push(`    start ${date()}`);
    if (chance(0.3)) lines.push(`    status-date ${date()}`);
    const capabilities = Array.from({ length: 1 + Math.floor(next() * 4) }, (_, c) => `cap${c}`);
    for (const capability of capabilities) if (chance(0.8)) lines.push(`    capability ${capability} "C" facility`);
    // Only some plans wait for later work or repeat a name (which may link to the later one): a cycle leaves much unscheduled.
    const cyclic = chance(0.2);
    const names = Array.from({ length: size }, (_, a) => cyclic && chance(0.1) && a > 0 ? `a${a - 1}` : `a${a}`);
    const phaseCount = 1 + Math.floor(next() * 5);
    let a = 0;
    for (let p = 0; p < phaseCount; p++) {
        const kind = chance(0.05) ? 'mystery' : chance(0.8) ? PHASES[Math.min(p, 3)] : pick(PHASES);
        lines.push(`    phase ${kind} {`);
        if (chance(0.25)) lines.push(`        start ${date()}`);
        if (chance(0.2)) lines.push(`        duration ${pick(DURATIONS)}`);
        const count = p === phaseCount - 1 ? size - a : Math.floor(next() * (size - a + 1));
        for (let k = 0; k < count; k++, a++) {
            const properties: string[] = [];
            const kindOf = chance(0.1) ? 'milestone' : chance(0.05) ? 'transformation-plan' : 'activity';
            if (kindOf !== 'milestone' && chance(0.9)) properties.push(`duration ${pick(DURATIONS.slice(0, chance(0.9) ? 15 : DURATIONS.length))}`);
            if (kind === 'continuous-improvement' && chance(0.6)) properties.push(`every ${pick(['1m', '2w', '1q', '0m'])}`);
            if (chance(0.1)) properties.push(`start ${date()}`);
            const after: string[] = [];
            const dependencies = Math.floor(next() * 4);
            for (let d = 0; d < dependencies; d++) {
                // Mostly earlier work; sometimes later work (cycles), itself, or a name that does not exist.
                const target = (chance(0.85) || !cyclic) && a > 0 ? names[Math.floor(next() * a)]
                    : !cyclic || chance(0.3) ? 'nowhere'
                    : chance(0.7) ? names[Math.floor(next() * size)] : names[a];
                const offset = chance(0.35) ? ` ${chance(0.6) ? '+' : '-'} ${pick(LAGS)}` : '';
                after.push(target + offset);
            }
            if (after.length > 0) properties.push(`after ${after.join(', ')}`);
            // Providers before requirers, unless the plan may have cycles.
            if (chance(0.2) && (cyclic || a < size / 2)) properties.push(`provides ${pick(capabilities)}`);
            if (chance(0.2) && (cyclic || a >= size / 2)) properties.push(`requires ${pick(capabilities)}${chance(0.2) ? ', unknown' : ''}`);
            if (chance(0.15)) properties.push(`started ${date()}`);
            if (chance(0.1)) properties.push(`finished ${date()}`);
            if (chance(0.1)) properties.push(`progress ${pick([0, 30, 50, 99, 100, 150])}%`);
            if (chance(0.1)) properties.push(`status ${pick(['planned', 'active', 'done'])}`);
            lines.push(`        ${kindOf} ${names[a]} { ${properties.join('  ')} }`);
        }
        lines.push('    }');
    }
    lines.push('}');
    return lines.join('\n');
}

/** A generated benchmark plan with facts recorded for its first part, as a tracked plan has them. */
function trackedPlan(size: number, seed: number): string {
    const next = random(seed);
    let line = 0;
    return generatePlan(size, { seed }).split('\n').map((text: string) => {
        if (text.includes('start 2027-01-04') && line++ === 0) return `${text}\n    status-date 2027-09-13`;
        const match = /^(\s+activity a(\d+) .*) }$/.exec(text);
        if (!match || Number(match[2]) > size / 3) return text;
        const roll = next();
        if (roll < 0.3) return `${match[1]}  started 2027-0${1 + Math.floor(next() * 8)}-1${Math.floor(next() * 10)}  progress ${Math.floor(next() * 100)}% }`;
        if (roll < 0.6) return `${match[1]}  started 2027-02-01  finished 2027-0${3 + Math.floor(next() * 6)}-2${Math.floor(next() * 9)} }`;
        if (roll < 0.7) return `${match[1]}  status done }`;
        if (roll < 0.75) return `${match[1]}  start 2027-0${1 + Math.floor(next() * 9)}-15 }`;
        return text;
    }).join('\n');
}

function dtpFiles(directory: string): string[] {
    return readdirSync(directory).flatMap(name => {
        const file = path.join(directory, name);
        return statSync(file).isDirectory() ? dtpFiles(file) : file.endsWith('.dtp') ? [file] : [];
    });
}

describe('the day-number scheduler gives what the text-based one gave', () => {
    test('dayText names every day of the calendar as the text arithmetic does', () => {
        let wrong = 0;
        for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
            if (dayText(day) !== addCalendarDays('0000-01-01', day - FIRST_DAY)) wrong++;
        }
        expect(wrong).toBe(0);
        expect([dayText(FIRST_DAY), dayText(LAST_DAY)]).toEqual(['0000-01-01', '9999-12-31']);
    }, 60_000);

    test('generated plans of several sizes and seeds', async () => {
        for (const [size, seed] of [[20, 1], [200, 2], [1000, 3], [3000, 4], [10_000, 1]]) {
            expect(await expectSameSchedules(generatePlan(size, { seed }))).toBeGreaterThan(0);
        }
    }, 120_000);

    test('generated plans with recorded facts and a status date', async () => {
        for (const [size, seed] of [[50, 5], [500, 6], [2000, 7]]) {
            await expectSameSchedules(trackedPlan(size, seed), [undefined, '2027-05-03', '2028-02-29', '9999-12-31']);
        }
    }, 120_000);

    test('random plans: calendar arithmetic, lags and leads, cycles, facts, dates near 0000 and 9999', async () => {
        let activities = 0;
        for (let seed = 1; seed <= 600; seed++) {
            activities += await expectSameSchedules(randomPlan(seed, 1 + (seed % 40)), seed % 3 === 0 ? [undefined, '2027-06-30', '9999-12-15', '0000-01-02'] : [undefined]);
        }
        expect(activities).toBeGreaterThan(10_000);
    }, 120_000);

    test('edge cases written out', async () => {
        const plans = [
            // Providers ready on the same day: the first one counts (fixed start too early, slip driver).
            `programme t { start 2027-01-04  status-date 2027-02-01  capability c "C" facility
                phase foundation { activity p1 { duration 2w  provides c  started 2027-01-04 } activity p2 { duration 2w  provides c  started 2027-01-04 } }
                phase improvement { activity r { duration 1w  requires c  start 2027-01-05 } activity s { duration 1w  requires c } } }`,
            // A lag past 9999 loses to the floor as a text ("10000-…" < "2027-…"), then the status date lifts it.
            `programme t { start 9999-01-04  status-date 9999-06-01
                phase initiation { activity a { duration 30w } activity b { duration 1w  after a + 2y } activity c { duration 1d  after b, a + 1q } } }`,
            `programme t { start 0999-01-04
                phase initiation { start 9999-11-01  activity a { duration 4w } activity b { duration 1d  after a + 1y } }
                phase foundation { activity c { duration 1d  after a + 1m } } }`,
            // A phase duration past the calendar sets continuous improvement's floor past it.
            `programme t { start 0999-01-04
                phase improvement { start 9999-06-01  duration 2y  activity a { duration 1w } }
                phase continuous-improvement { activity r { every 1m } activity s { duration 1w } activity u { duration 1w  after s } } }`,
            // Leads into year −1 and before: texts that are no dates, and the work after them.
            `programme t { start 0000-01-10
                phase initiation { activity a { duration 1d } activity b { duration 1d  after a - 1y } activity c { duration 1w  after a - 3m, b } milestone m { after a - 10d } } }`,
            // Month ends and 29 February with months, quarters and years, as durations and as lags.
            `programme t { start 2028-01-31
                phase initiation { activity a { duration 1m } activity b { duration 1q  after a + 1m } activity c { duration 1y  after a - 1m }
                    activity d { duration 13m  after b + 1y, c - 1q } activity e { duration 1d  start 2028-02-29 } activity f { duration 4y  after e } } }`,
            // Recorded facts whose dates leave the calendar.
            `programme t { start 9999-12-01  status-date 9999-12-30
                phase initiation { activity a { duration 4w  finished 9999-12-31 } activity b { duration 2w  started 9999-12-20  progress 10% } activity c { duration 1w  after a, b } } }`
        ];
        for (const text of plans) await expectSameSchedules(text, [undefined, '2027-01-11', '9999-12-31']);
    });

    test('the examples and the test fixtures', async () => {
        const files = [...dtpFiles(path.join(ROOT, 'examples')), ...dtpFiles(path.join(ROOT, 'test/fixtures'))];
        expect(files.length).toBeGreaterThan(20);
        for (const file of files) await expectSameSchedules(readFileSync(file, 'utf8'), [undefined, '2027-09-01']);
    }, 120_000);
});
