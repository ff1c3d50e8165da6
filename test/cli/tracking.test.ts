// Tracking on the command line: --status-date on validate, schedule and render, and the schedule table that puts the
// plan beside the forecast. The expected forecast below is worked out by hand from the rules in docs/scheduling.md.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoadmapModel } from '@dtp/roadmap';
import { dtpBin, requireBuiltCli, runDtp, STACK_FRAME, temporaryDirectory } from './run-dtp.js';

/**
 * No status date of its own. As of 2027-03-01 (S), by hand:
 *   plan:     dtp 01-04..02-01 (exclusive) · go 02-01 · landing, teams, docs after go: 02-01 + 8w/2w/8w = 03-29/02-15/03-29
 *             later pinned 04-01..04-08 · portal requires cloud (landing): 03-29 + 4w = 04-26 · live 04-26 · end 04-26
 *   forecast: dtp done, finished 02-05 → end 02-06 (+5) · go reached 02-08 (+7)
 *             landing active, 25% of 56 days done: r = ⌈56 × 75 / 100⌉ = 42 → S + 42 = 04-12 (+14; slack 0 → late)
 *             teams not started: max(S, 02-08) = 03-01 + 2w = 03-15 (+28; slack 70 → at risk); planned end ≤ S → overdue
 *             docs not started: 03-01 + 8w = 04-26 (+28 = its slack 28 → at risk, not late); planned start < S → late start
 *             later 04-01..04-08 unchanged (on track) · portal 04-12 + 4w = 05-10 (+14, late) · live 05-10 → milestone slip
 */
const TRACK_PLAN = `programme track "Tracked programme" {
    start 2027-01-04
    capability cloud "Cloud" facility
    phase initiation {
        transformation-plan dtp "Digital Transformation Plan" { duration 4w owner "PMO" started 2027-01-04 finished 2027-02-05 }
        milestone go "Go" { after dtp finished 2027-02-08 }
    }
    phase foundation {
        activity landing "Landing zone" { duration 8w after go provides cloud owner "Platform" started 2027-02-08 progress 25% }
        activity teams "Product teams" { duration 2w after go }
        activity docs "Documentation" { duration 8w after go }
        activity later "Later work" { duration 1w start 2027-04-01 }
    }
    phase improvement {
        activity portal "Portal" { duration 4w requires cloud }
        milestone live "Live" { after portal }
    }
    phase continuous-improvement {
        activity review "Review" { every 3m }
    }
}
`;

let work: ReturnType<typeof temporaryDirectory>;
let plan: string;

beforeAll(() => {
    requireBuiltCli();
    work = temporaryDirectory();
    plan = path.join(work.dir, 'track.dtp');
    writeFileSync(plan, TRACK_PLAN);
    writeFileSync(path.join(work.dir, 'dated.dtp'), TRACK_PLAN.replace('start 2027-01-04', 'start 2027-01-04\n    status-date 2027-02-14'));
});
afterAll(() => work.remove());

interface JsonReport { files: { path: string; diagnostics: { code: string; line: number; message: string }[] }[] }

const codes = (stdout: string) => (JSON.parse(stdout) as JsonReport).files.flatMap(file => file.diagnostics.map(d => `${d.code}:${d.line}`));

/** Rows of the table by activity id, cells cut at the header's column starts. */
function tableRows(stdout: string): { header: string[]; rows: Map<string, string[]> } {
    const lines = stdout.split('\n');
    const titles = lines[0].split(/ {2,}/);
    const starts = titles.map(title => lines[0].indexOf(title));
    const rows = new Map<string, string[]>();
    for (const line of lines.slice(2)) {
        if (line === '') break;
        const cells = starts.map((start, i) => line.slice(start, starts[i + 1] ?? undefined).trim());
        rows.set(cells[1], cells.slice(1));
    }
    return { header: titles.slice(1), rows };
}

describe('--status-date', () => {
    it('validate: a plan without a status date has no tracking warnings; with --status-date it gets them', async () => {
        const without = await runDtp(['validate', plan, '--format', 'json']);
        expect(without.code).toBe(0);
        expect(codes(without.stdout)).toEqual([]);
        const withDate = await runDtp(['validate', plan, '--format', 'json', '--status-date', '2027-03-01']);
        expect(withDate.code).toBe(0); // warnings do not fail
        expect(codes(withDate.stdout)).toEqual(['behind-schedule:9', 'overdue:10', 'late-start:11', 'milestone-slip:16']);
    });

    it('boundary: teams is overdue once its planned end (2027-02-15, exclusive) is on or before S, a late start the day before', async () => {
        const onEnd = await runDtp(['validate', plan, '--format', 'json', '--status-date', '2027-02-15']);
        expect(codes(onEnd.stdout)).toContain('overdue:10');
        const dayBefore = await runDtp(['validate', plan, '--format', 'json', '--status-date', '2027-02-14']);
        expect(codes(dayBefore.stdout)).toContain('late-start:10');
        expect(codes(dayBefore.stdout)).not.toContain('overdue:10');
    });

    it('overrides the plan\'s own status-date (2027-02-14 in the file)', async () => {
        const own = await runDtp(['validate', 'dated.dtp', '--format', 'json'], { cwd: work.dir });
        expect(codes(own.stdout)).toContain('late-start:11');
        const overridden = await runDtp(['validate', 'dated.dtp', '--format', 'json', '--status-date', '2027-03-01'], { cwd: work.dir });
        expect(codes(overridden.stdout)).toContain('overdue:11');
        const model = JSON.parse((await runDtp(['schedule', 'dated.dtp', '--json', '--status-date', '2027-03-01'], { cwd: work.dir })).stdout) as RoadmapModel;
        expect(model.programme.statusDate).toBe('2027-03-01');
    });

    it('schedule --json: the model carries the status date, the forecast and the plan', async () => {
        const plain = JSON.parse((await runDtp(['schedule', plan, '--json'])).stdout) as RoadmapModel;
        expect(plain.programme.statusDate).toBeUndefined();
        expect(plain.programme.end).toBe('2027-04-26');
        const result = await runDtp(['schedule', plan, '--json', '--status-date', '2027-03-01']);
        expect(result.code).toBe(0);
        const model = JSON.parse(result.stdout) as RoadmapModel;
        expect(model.programme).toMatchObject({ statusDate: '2027-03-01', end: '2027-05-10', planned: { start: '2027-01-04', end: '2027-04-26' } });
        const landing = model.activities.find(a => a.id === 'landing')!;
        expect(landing).toMatchObject({ start: '2027-02-08', end: '2027-04-12', variance: 14, state: 'active', health: 'late', planned: { start: '2027-02-01', end: '2027-03-29' } });
    });

    it('render: --status-date reaches the model the pictures draw', async () => {
        const model = JSON.parse((await runDtp(['render', plan, '--format', 'json', '--status-date', '2027-03-01'])).stdout) as RoadmapModel;
        expect(model.programme.statusDate).toBe('2027-03-01');
        expect(model.diagnostics?.map(d => d.code).sort()).toEqual(['behind-schedule', 'late-start', 'milestone-slip', 'overdue']);
    });

    it('an invalid date is a usage error with the calendar\'s words, on every command', async () => {
        for (const command of [['validate', plan], ['schedule', plan], ['render', plan, '-f', 'json'], ['diff', plan, plan]]) {
            const result = await runDtp([...command, '--status-date', '2027-02-30']);
            expect(result.code, command.join(' ')).toBe(2);
            expect(result.stderr).toBe("dtp: --status-date: '2027-02-30' does not exist: 2027-02 has days 01 to 28\n");
            expect(result.stdout).toBe('');
        }
        const shape = await runDtp(['schedule', plan, '--status-date', 'tomorrow']);
        expect(shape.code).toBe(2);
        expect(shape.stderr).toMatch(/^dtp: --status-date: 'tomorrow' is not a date; write YYYY-MM-DD/);
        expect(shape.stderr).not.toMatch(STACK_FRAME);
    });
});

describe('dtp schedule with a status date', () => {
    it('puts the plan beside the forecast, with variance, state, health (a mark and a word) and owner', async () => {
        const result = await runDtp(['schedule', plan, '--status-date', '2027-03-01']);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const { header, rows } = tableRows(result.stdout);
        expect(header).toEqual(['Activity', 'Label', 'Planned start', 'Planned end', 'Forecast start', 'Forecast end', 'Variance', 'State', 'Health', 'Critical', 'Owner']);
        const pick = (id: string) => rows.get(id)!.filter((_, i) => i !== 1); // without the label
        expect(pick('dtp')).toEqual(['dtp', '2027-01-04', '2027-01-31', '2027-01-04', '2027-02-05', '+5d', 'done', '✓ done', '', 'PMO']);
        expect(pick('go')).toEqual(['go', '2027-02-01', '2027-02-01', '2027-02-08', '2027-02-08', '+7d', 'done', '✓ done', '', '']);
        expect(pick('landing')).toEqual(['landing', '2027-02-01', '2027-03-28', '2027-02-08', '2027-04-11', '+14d', 'active', '✖ late', '★', 'Platform']);
        expect(pick('teams')).toEqual(['teams', '2027-02-01', '2027-02-14', '2027-03-01', '2027-03-14', '+28d', 'planned', '▲ at risk', '', '']);
        // Variance equal to the planned slack is at risk, not late: it does not move the programme end.
        expect(pick('docs')).toEqual(['docs', '2027-02-01', '2027-03-28', '2027-03-01', '2027-04-25', '+28d', 'planned', '▲ at risk', '', '']);
        expect(pick('later')).toEqual(['later', '2027-04-01', '2027-04-07', '2027-04-01', '2027-04-07', '0d', 'planned', '● on track', '', '']);
        expect(pick('portal')).toEqual(['portal', '2027-03-29', '2027-04-25', '2027-04-12', '2027-05-09', '+14d', 'planned', '✖ late', '★', '']);
        expect(pick('live')).toEqual(['live', '2027-04-26', '2027-04-26', '2027-05-10', '2027-05-10', '+14d', 'planned', '✖ late', '★', '']);
        expect(pick('review')).toEqual(['review', '2027-04-26', 'ongoing', '2027-05-10', 'ongoing', '—', 'planned', '● on track', '', '']);
    });

    it('ends with what needs attention (the tracking diagnostics, most days first) and the planned vs forecast end', async () => {
        const result = await runDtp(['schedule', plan, '--status-date', '2027-03-01']);
        const attention = result.stdout.slice(result.stdout.indexOf('Needs attention'));
        expect(attention).toBe([
            'Needs attention',
            '  ✖ teams    overdue: planned to end 2027-02-14, not done; forecast 2027-03-14 (+28d)',
            '  ✖ docs     late start: planned to start 2027-02-01, not started; forecast 2027-03-01 (+28d)',
            '  ✖ landing  behind schedule: planned to end 2027-03-28, forecast 2027-04-11 (+14d)',
            '  ✖ live     milestone slipping: planned 2027-04-26, forecast 2027-05-10 (+14d)',
            'Programme end: planned 2027-04-25, forecast 2027-05-09 (+14d)',
            ''
        ].join('\n'));
        expect(result.stdout).toMatch(/^Status date: 2027-03-01/m);
        // Never flagged: done work, and work on plan.
        expect(attention).not.toMatch(/\b(dtp|go|later|portal|review)\b/);
    });

    it('with nothing late, says so', async () => {
        const result = await runDtp(['schedule', plan, '--status-date', '2027-01-04']);
        expect(result.stdout).toMatch(/^Needs attention\n {2}nothing: no activity is overdue, late to start, behind schedule or slipping\n/m);
    });

    it('colour only on a terminal, and NO_COLOR turns it off there; the words and marks stay either way', async () => {
        const piped = await runDtp(['schedule', plan, '--status-date', '2027-03-01']);
        expect(piped.stdout).not.toMatch(/\u001b\[/);
        // util-linux `script` gives dtp a pseudo-terminal, as a person at a terminal has.
        const command = `${process.execPath} ${dtpBin} schedule ${plan} --status-date 2027-03-01`;
        const tty = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined } });
        expect(tty.stdout).toMatch(/\u001b\[31m✖ late/);
        expect(tty.stdout).toMatch(/\u001b\[33m▲ at risk/);
        const noColor = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        expect(noColor.stdout).not.toMatch(/\u001b\[/);
        expect(noColor.stdout).toMatch(/✖ late/);
    });

    it('without a status date keeps the schedule columns and adds owner, status and progress', async () => {
        const result = await runDtp(['schedule', plan]);
        const { header, rows } = tableRows(result.stdout);
        expect(header).toEqual(['Activity', 'Label', 'Kind', 'Start', 'End', 'Duration', 'Slack', 'Critical', 'Owner', 'Status', 'Progress']);
        expect(rows.get('landing')).toEqual(['landing', 'Landing zone', 'activity', '2027-02-01', '2027-03-28', '8w', '0d', '★', 'Platform', 'active', '25%']);
        expect(rows.get('dtp')?.slice(8)).toEqual(['PMO', 'done', '']);
        expect(result.stdout).not.toMatch(/Needs attention/);
    });
});
