// The reference plan scheduled end to end (with its imported capability catalogue), every date worked out by hand.
import { describe, expect, test, beforeAll } from 'vitest';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { RoadmapActivity, RoadmapModel } from '@dtp/roadmap';
import { createNodeDtpServices, loadPlans } from '../src/node.js';
import type { Schedule } from '../src/scheduler/schedule.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const require = createRequire(import.meta.url);

let schedule: Schedule;
let model: RoadmapModel;
const activity = (id: string): RoadmapActivity => {
    const found = model.activities.find(a => a.id === id);
    if (!found) throw new Error(`no activity ${id}`);
    return found;
};

beforeAll(async () => {
    const services = createNodeDtpServices();
    const [document] = await loadPlans(services, [path.join(root, 'examples/noordstad.dtp')]);
    schedule = services.Dtp.scheduler.ScheduleProvider.getSchedule(document)!;
    model = schedule.model;
    // One schedule per document version: asking again gives the very same object.
    expect(services.Dtp.scheduler.ScheduleProvider.getSchedule(document)).toBe(schedule);
});

describe('Noordstad', () => {
    test('activity dates, worked out by hand (end exclusive)', () => {
        const expected: Record<string, [string, string | null]> = {
            dtp: ['2027-01-04', '2027-02-15'],        // programme start; + 6w = 42 days
            kaders: ['2027-02-15', '2027-03-15'],     // after dtp; + 4w = 28 days
            governance: ['2027-02-15', '2027-03-08'], // after dtp; + 3w = 21 days
            go: ['2027-03-15', '2027-03-15'],         // milestone after max(kaders 03-15, governance 03-08)
            landing: ['2027-03-15', '2027-06-15'],    // after go; + 3m
            gateway: ['2027-06-15', '2027-08-15'],    // after landing; + 2m
            data: ['2027-06-15', '2027-10-15'],       // after landing; + 4m
            academy: ['2027-03-15', '2027-09-15'],    // after go; + 6m
            teams: ['2027-03-15', '2027-06-15'],      // after go; + 3m
            soc: ['2027-06-15', '2027-10-15'],        // after landing; + 4m
            'foundation-ready': ['2027-10-15', '2027-10-15'], // max(08-15, 10-15, 09-15, 06-15, 10-15)
            // requires cloud+iam (landing 06-15), api-gateway (gateway 08-15), product-teams (teams 06-15) → 08-15; + 5m
            portal: ['2027-08-15', '2028-01-15'],
            // data-platform 10-15, product-teams 06-15, security-ops 10-15, portal end 2028-01-15 − 2m = 2027-11-15; + 6m
            zaak: ['2027-11-15', '2028-05-15'],
            dashboards: ['2027-10-15', '2028-01-15'], // data-platform 10-15, data-literacy 09-15; + 3m
            'open-data': ['2028-01-15', '2028-03-15'], // after dashboards 2028-01-15 (capabilities earlier); + 2m
            'programme-done': ['2028-05-15', '2028-05-15'], // milestone after max(zaak 05-15, open-data 03-15)
            // Continuous improvement begins when improvement ends (2028-05-15) and recurs without end.
            review: ['2028-05-15', null],
            backlog: ['2028-05-15', null],
            horizon: ['2028-05-15', null]
        };
        expect(Object.fromEntries(model.activities.map(a => [a.id, [a.start, a.end]]))).toEqual(expected);
        expect(model.activities.every(a => a.scheduled)).toBe(true);
        expect(activity('zaak').after).toEqual([
            { id: 'portal', offset: { sign: '-', duration: { amount: 2, unit: 'm' } }, offsetDays: -61 } // 2027-11-15 → 2028-01-15
        ]);
    });

    test('programme and phase spans', () => {
        expect(model.programme).toMatchObject({ id: 'noordstad', start: '2027-01-04', end: '2028-05-15', owner: 'CIO office' });
        expect(model.phases.map(p => [p.kind, p.start, p.end, p.openEnded])).toEqual([
            ['initiation', '2027-01-04', '2027-03-15', false],   // dtp … go
            ['foundation', '2027-03-15', '2027-10-15', false],   // landing/academy/teams … data/soc/foundation-ready
            ['improvement', '2027-08-15', '2028-05-15', false],  // portal … programme-done
            ['continuous-improvement', '2028-05-15', null, true] // from the end of improvement, no end
        ]);
    });

    test('critical path and slack', () => {
        expect(model.criticalPath).toEqual(['dtp', 'kaders', 'go', 'landing', 'gateway', 'portal', 'zaak', 'programme-done']);
        // governance: late finish = late start of go (03-15); 03-15 − 21 days = 02-22; slack 02-15 → 02-22 = 7.
        expect(activity('governance').slack).toBe(7);
        // teams provides product-teams, first needed by the critical portal at 08-15: 06-15 → 08-15 = 61 days.
        expect(activity('teams').slack).toBe(61);
        // open-data must end by 2028-05-15; it lasts 2028-01-15 → 03-15 = 60 days, so late start 2028-03-16: slack 61.
        expect(activity('open-data').slack).toBe(61);
        // dashboards must end by open-data's late start 2028-03-16; ends 2028-01-15: 31 + 29 + 1 = 61.
        expect(activity('dashboards').slack).toBe(61);
        // foundation-ready only has to happen by the programme end: 2027-10-15 → 2028-05-15 = 213 days (2028 is a leap year).
        expect(activity('foundation-ready').slack).toBe(213);
        for (const id of ['review', 'backlog', 'horizon']) expect(activity(id)).toMatchObject({ slack: null, critical: false });
        expect(model.dependencies.filter(d => d.critical).map(d => `${d.from}→${d.to}`)).toEqual([
            'dtp→kaders', 'kaders→go', 'go→landing', 'landing→gateway', 'portal→zaak', 'zaak→programme-done', 'gateway→portal'
        ]);
    });

    test('capabilities from the programme and its import, with the day each is ready', () => {
        const ready = Object.fromEntries(model.capabilities.map(c => [c.id, c.availableFrom]));
        expect(ready).toEqual({
            iam: '2027-06-15', cloud: '2027-06-15', 'api-gateway': '2027-08-15', 'data-platform': '2027-10-15',
            'data-literacy': '2027-09-15', 'product-teams': '2027-06-15', 'security-ops': '2027-10-15'
        });
        const cloud = model.capabilities.find(c => c.id === 'cloud')!;
        expect(cloud).toMatchObject({ providers: ['landing'], requirers: ['portal'], kind: 'facility' });
        expect(cloud.source?.uri).toMatch(/capabilities\.dtp$/); // declared in the imported catalogue
        expect(model.capabilities.find(c => c.id === 'iam')!.source?.uri).toBeUndefined(); // declared in noordstad.dtp
        expect(model.dependencies).toContainEqual({ from: 'landing', to: 'portal', type: 'requires', capability: 'cloud', critical: false });
    });

    test('source ranges are 0-based LSP ranges: whole node and name', () => {
        // Line 33 of the file (1-based) is `        activity landing "Cloud landing zone" {`.
        expect(activity('landing').nameSource).toEqual({ start: { line: 32, character: 17 }, end: { line: 32, character: 24 } });
        expect(activity('landing').source).toEqual({ start: { line: 32, character: 8 }, end: { line: 37, character: 9 } });
        expect(schedule.activityNode('landing')?.name).toBe('landing');
        expect(schedule.activityOf(schedule.activityNode('zaak')!)).toBe(activity('zaak'));
        expect(schedule.activity('zaak')).toBe(activity('zaak'));
        expect(schedule.capabilityNode('cloud')?.label).toBe('Cloud landing zone');
        expect(schedule.activityNode('nothing')).toBeUndefined();
    });

    test('the model is plain JSON and validates against roadmap.schema.json', () => {
        const Ajv2020 = require('ajv/dist/2020.js').default;
        const schema = require(path.join(root, 'packages/roadmap/schema/roadmap.schema.json'));
        const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
        const json = JSON.parse(JSON.stringify(model));
        expect(json).toEqual(model); // nothing lost in JSON: no undefined fields, no AST nodes
        expect(validate(json), JSON.stringify(validate.errors, undefined, 2)).toBe(true);
        // Strict: an unknown field is rejected.
        expect(validate({ ...json, activities: [{ ...json.activities[0], colour: 'red' }] })).toBe(false);
    });
});
