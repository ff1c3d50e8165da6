// Schedule.activitySpan gives what the model activity says of its dates (kind, scheduled, start, end, every) without
// building the model's activities, which completion would otherwise build on its first answer after every edit.
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { generatePlan } from '../../cli/scripts/generate-plan.mjs';
import { createDtpServices } from '../src/dtp-module.js';
import type { Plan } from '../src/generated/ast.js';
import { scheduleProgramme } from '../src/scheduler/schedule.js';
import { readRepoFile } from './lsp-support.js';

const services = createDtpServices(EmptyFileSystem).Dtp;
const parse = parseHelper<Plan>(services);

const CYCLE_AND_RECURRING = `programme p "P" {
    start 2027-01-04
    phase initiation { activity a "A" { duration 2w after b } activity b "B" { duration 1w after a } activity c "C" { duration 3d } }
    phase foundation { milestone m "M" { after c } activity d "D" { duration 1m start 2027-03-31 } }
    phase continuous-improvement { activity r "R" { every 1m } activity s "S" { every 2w start 2027-05-01 } }
}`;

async function spansAndModel(text: string, statusDate?: string) {
    const plan = (await parse(text)).parseResult.value;
    const programme = plan.programmes[0];
    const ids = programme.phases.flatMap(phase => phase.activities.map(activity => activity.name));
    const fresh = scheduleProgramme(programme, { statusDate });
    const spans = ids.map(id => fresh.activitySpan(id));
    // The model's activities are still unbuilt: its lazy property is still a getter.
    const unbuilt = typeof Object.getOwnPropertyDescriptor(fresh.model, 'activities')?.get === 'function';
    const fromModel = ids.map(id => {
        const { kind, scheduled, start, end, every } = fresh.activity(id)!;
        return every ? { kind, scheduled, start, end, every } : { kind, scheduled, start, end };
    });
    return { spans, fromModel, unbuilt, unknown: fresh.activitySpan('no-such-activity') };
}

describe('Schedule.activitySpan', () => {
    const plans: [string, string, string | undefined][] = [
        ['generated, 300 activities', generatePlan(300, { seed: 5 }), undefined],
        ['generated, tracked', generatePlan(200, { seed: 9 }).replace(/(start 2027-01-04)/, '$1\n    status-date 2027-06-01'), undefined],
        ['noordstad, forecast at a status date', readRepoFile('examples/noordstad.dtp'), '2027-09-15'],
        ['a cycle, a milestone, fixed starts and recurring work', CYCLE_AND_RECURRING, undefined],
        ['the same with a status date', CYCLE_AND_RECURRING, '2027-02-01']
    ];

    test.each(plans)('%s: what the model activity says, without building the model', async (_, text, statusDate) => {
        const { spans, fromModel, unbuilt, unknown } = await spansAndModel(text, statusDate);
        expect(unbuilt).toBe(true);
        expect(spans).toEqual(fromModel);
        expect(spans.some(span => span?.scheduled)).toBe(true);
        expect(unknown).toBeUndefined();
    });

    test('unscheduled work (in a cycle) has no dates, recurring work no end', async () => {
        const { spans } = await spansAndModel(CYCLE_AND_RECURRING);
        const [a, , c, , , r] = spans;
        expect(a).toMatchObject({ scheduled: false, start: null, end: null });
        expect(c).toMatchObject({ scheduled: true, start: '2027-01-04', end: '2027-01-07' });
        expect(r).toMatchObject({ scheduled: true, end: null, every: { amount: 1, unit: 'm' } });
    });
});
