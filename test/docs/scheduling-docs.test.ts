// The worked examples of docs/scheduling.md were computed by hand; this holds them to the scheduler: each example
// plan is scheduled and the dates, slack, variance and health in the tables after it must be what the model says.
// A table cell may explain its date ("2027-01-04 + 42 days = 2027-02-15"): the last date in the cell is the result.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import type { RoadmapActivity, RoadmapModel } from '@dtp/roadmap';
import { createNodeDtpServices, loadPlans } from '@dtp/language/node';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const markdown = readFileSync(path.join(REPO, 'docs/scheduling.md'), 'utf8');

/** The text of the section under `## heading` or `### heading`, up to the next heading of any level. */
function section(heading: string): string {
    const start = markdown.search(new RegExp(`^#{2,3} ${heading}$`, 'm'));
    if (start < 0) throw new Error(`no section "${heading}" in docs/scheduling.md`);
    const rest = markdown.slice(start).split('\n').slice(1).join('\n');
    const next = rest.search(/^#{2,3} /m);
    return next < 0 ? rest : rest.slice(0, next);
}

function planIn(text: string): string {
    const block = /^```dtp\n([\s\S]*?)^```$/m.exec(text);
    if (!block) throw new Error('no ```dtp block in the section');
    return block[1];
}

/** The rows of the first table in `text`, keyed by the activity id in their first cell, cells trimmed. */
function tableIn(text: string): Map<string, string[]> {
    const rows = new Map<string, string[]>();
    for (const line of text.split('\n')) {
        const id = /^\| `([^`]+)` \|/.exec(line)?.[1];
        if (id) rows.set(id, line.split('|').slice(1, -1).map(cell => cell.trim()));
    }
    if (rows.size === 0) throw new Error('no table rows in the section');
    return rows;
}

const lastDate = (cell: string) => cell.match(/\d{4}-\d{2}-\d{2}/g)?.at(-1) ?? null;
const number = (cell: string) => Number(cell.replace(/\*/g, '').replace(/^\+/, ''));

const scratch = mkdtempSync(path.join(tmpdir(), 'dtp-docs-scheduling-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function schedule(text: string, name: string): Promise<Map<string, RoadmapActivity>> {
    const file = path.join(scratch, `${name}.dtp`);
    writeFileSync(file, text);
    const services = createNodeDtpServices();
    const [document] = await loadPlans(services, [file]);
    const errors = (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1);
    expect(errors.map(error => error.message)).toEqual([]);
    const model: RoadmapModel = services.Dtp.scheduler.ScheduleProvider.getSchedule(document)!.model;
    return new Map(model.activities.map(activity => [activity.id, activity]));
}

describe('docs/scheduling.md', () => {
    test('the worked example: start and exclusive end of every activity', async () => {
        const text = section('A worked example');
        const activities = await schedule(planIn(text), 'worked');
        const rows = tableIn(text);
        expect([...rows.keys()].sort()).toEqual([...activities.keys()].sort());
        for (const [id, [, start, , end]] of rows) {
            const activity = activities.get(id)!;
            expect({ id, start: activity.start, end: activity.end }).toEqual({ id, start: lastDate(start), end: lastDate(end) });
        }
    });

    test('the worked example: slack and the critical path', async () => {
        const activities = await schedule(planIn(section('A worked example')), 'slack');
        for (const [id, cells] of tableIn(section('Slack and the critical path'))) {
            const activity = activities.get(id)!;
            expect({ id, start: activity.start, slack: activity.slack }).toEqual({ id, start: lastDate(cells[4]), slack: number(cells[5]) });
        }
        const critical = [...activities.values()].filter(activity => activity.critical).map(activity => activity.id).join(' → ');
        expect(section('Slack and the critical path')).toContain(`The critical path is \`${critical}\``);
    });

    test('the worked forecast: state, forecast dates, variance and health', async () => {
        const text = section('A worked forecast');
        const activities = await schedule(planIn(text), 'forecast');
        for (const [id, [, state, start, end, plannedEnd, variance, slack, health]] of tableIn(text)) {
            const activity = activities.get(id)!;
            expect({
                id, state: activity.state, start: activity.start, end: activity.end, plannedEnd: activity.planned?.end,
                variance: activity.variance, slack: activity.planned?.slack, health: activity.health
            }).toEqual({
                id, state, start: lastDate(start), end: lastDate(end), plannedEnd: lastDate(plannedEnd),
                variance: number(variance), slack: number(slack), health
            });
        }
    });
});
