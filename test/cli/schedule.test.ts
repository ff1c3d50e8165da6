// `dtp schedule`: the table people read and the roadmap model (--json) tools read.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoadmapModel } from '@dtp/roadmap';
import { ERROR_PLAN } from './plans.js';
import { invalidDir, repoRoot, requireBuiltCli, runDtp, STACK_FRAME, temporaryDirectory } from './run-dtp.js';

const NOORDSTAD = 'examples/noordstad.dtp';
const ROADMAP_SCHEMA = path.join(repoRoot, 'packages/roadmap/schema/roadmap.schema.json');
let work: ReturnType<typeof temporaryDirectory>;

beforeAll(() => {
    requireBuiltCli();
    work = temporaryDirectory();
});
afterAll(() => work.remove());

/** The day before an ISO date, computed in UTC so no time zone shifts it. */
function dayBefore(date: string): string {
    const [year, month, day] = date.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

/** The table's rows by activity id: its cells split on the two-space column gaps. */
function tableRows(stdout: string): Map<string, string[]> {
    const lines = stdout.split('\n');
    const header = lines[0];
    const starts = ['Activity', 'Label', 'Kind', 'Start', 'End', 'Duration', 'Slack', 'Critical', 'Owner', 'Status', 'Progress'].map(title => header.indexOf(title));
    const rows = new Map<string, string[]>();
    for (const line of lines.slice(2)) {
        if (line === '') break;
        const cells = starts.map((start, i) => line.slice(start, starts[i + 1] ?? undefined).trim());
        rows.set(cells[0], cells);
    }
    return rows;
}

describe('dtp schedule', () => {
    it('prints an aligned table of the Noordstad plan with the span and the critical path', async () => {
        const result = await runDtp(['schedule', NOORDSTAD]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout.split('\n')[0]).toMatch(/^Phase +Activity +Label +Kind +Start +End +Duration +Slack +Critical +Owner +Status +Progress$/);
        expect(result.stdout).toMatch(/^Programme noordstad .*: 2027-01-04 to \d{4}-\d\d-\d\d/m);
        expect(result.stdout).toMatch(/Critical path \(\d+ activities, zero slack\): dtp → /);
        const rows = tableRows(result.stdout);
        expect(rows.get('dtp')).toEqual(['dtp', 'Digital Transformation Plan', 'transformation-plan', '2027-01-04', '2027-02-14', '6w', '0d', '★', 'Programme office', 'planned', '']);
    });

    it('shows each end as the last day of work: the model end minus one day', async () => {
        const [table, json] = await Promise.all([runDtp(['schedule', NOORDSTAD]), runDtp(['schedule', NOORDSTAD, '--json'])]);
        const model = JSON.parse(json.stdout) as RoadmapModel;
        const rows = tableRows(table.stdout);
        expect(rows.size).toBe(model.activities.length);
        for (const activity of model.activities) {
            const row = rows.get(activity.id)!;
            expect(row[3], activity.id).toBe(activity.start);
            if (activity.every) expect(row[4]).toBe('ongoing');
            else if (activity.kind === 'milestone') expect(row[4]).toBe(activity.start);
            else expect(row[4], activity.id).toBe(dayBefore(activity.end!));
            expect(row[6]).toBe(activity.slack === null ? '—' : `${activity.slack}d`);
            expect(row[7]).toBe(activity.critical ? '★' : '');
        }
    });

    it('--json prints the roadmap model, valid against the roadmap JSON Schema', async () => {
        const result = await runDtp(['schedule', NOORDSTAD, '--json']);
        expect(result.code).toBe(0);
        const model = JSON.parse(result.stdout) as RoadmapModel;
        expect(model.version).toBe(2);
        expect(model.programme.id).toBe('noordstad');
        expect(model.criticalPath[0]).toBe('dtp');
        expect(existsSync(ROADMAP_SCHEMA)).toBe(true);
        const ajv = new Ajv2020({ strict: false, allErrors: true });
        addFormats.default(ajv);
        const validate = ajv.compile(JSON.parse(readFileSync(ROADMAP_SCHEMA, 'utf8')));
        expect(validate(model), JSON.stringify(validate.errors, null, 2)).toBe(true);
    });

    it('exits 1 on a plan with errors, still prints what could be scheduled, and says so on stderr', async () => {
        writeFileSync(path.join(work.dir, 'broken.dtp'), ERROR_PLAN);
        const result = await runDtp(['schedule', 'broken.dtp'], { cwd: work.dir });
        expect(result.code).toBe(1);
        expect(tableRows(result.stdout).get('dtp')?.[3]).toBe('2027-01-04');
        expect(result.stderr).toMatch(/^dtp: broken\.dtp has 1 error; .*dtp validate broken\.dtp/);
    });

    it('leaves the members of a dependency cycle without dates', async () => {
        const result = await runDtp(['schedule', path.join(invalidDir, 'dependency-cycle.dtp')]);
        expect(result.code).toBe(1);
        const unscheduled = [...tableRows(result.stdout).values()].filter(row => row[3] === '—');
        expect(unscheduled.length).toBeGreaterThanOrEqual(2);
        expect(result.stderr).not.toMatch(STACK_FRAME);
    });

    it('--today marks what is in progress; a wrong date is a usage error', async () => {
        const result = await runDtp(['schedule', NOORDSTAD, '--today', '2027-04-01']);
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^Today \(2027-04-01\): in progress by the schedule: .*landing/m);
        const wrong = await runDtp(['schedule', NOORDSTAD, '--today', '2027-02-30']);
        expect(wrong.code).toBe(2);
        expect(wrong.stderr).toMatch(/^dtp: --today: '2027-02-30' does not exist/);
    });

    it('a file without a programme is a usage error', async () => {
        const result = await runDtp(['schedule', 'examples/capabilities.dtp']);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/^dtp: examples\/capabilities\.dtp holds no programme/);
    });

    it('takes exactly one plan', async () => {
        const none = await runDtp(['schedule']);
        expect(none.code).toBe(2);
        expect(none.stderr).toMatch(/^dtp: missing required argument 'file'/);
    });
});
