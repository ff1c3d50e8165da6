// `dtp diff BASE FILE` end to end, against a temporary git repository with two commits (see git-repo.ts): BASE as a
// git revision, a .dtp file and a saved model; the three formats; --fail-on-slip at its boundary; usage errors.
// By hand: the baseline ends 2027-07-01 (last day 06-30); commit 2 makes `dtp` 6 weeks instead of 4, so everything
// after it moves 14 days and the programme's last day is 2027-07-14.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoadmapDiff, RoadmapModel } from '@dtp/roadmap';
import { createTestRepo, PLAN_V1, type TestRepo } from './git-repo.js';
import { requireBuiltCli, runDtp, STACK_FRAME, temporaryDirectory } from './run-dtp.js';

let repo: TestRepo;
const inRepo = (args: string[], env?: NodeJS.ProcessEnv) => runDtp(args, { cwd: repo.dir, env });

beforeAll(() => {
    requireBuiltCli();
    repo = createTestRepo();
    // A saved model inside the repository (untracked): for the case where FILE is a model.
    writeFileSync(path.join(repo.dir, 'catalogue/model.json'), JSON.stringify({ version: 2, programme: { id: 'x', start: '2027-01-04', end: '2027-02-01' }, phases: [], activities: [], capabilities: [], dependencies: [], criticalPath: [] }));
});
afterAll(() => repo.remove());

async function jsonDiff(args: string[]): Promise<RoadmapDiff> {
    const result = await inRepo(['diff', ...args, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as RoadmapDiff;
}

/** What moved between the two commits, whichever way the base is given. */
function expectCommitChanges(diff: RoadmapDiff): void {
    expect(diff.version).toBe(1);
    expect(diff.programme.end).toEqual({ base: '2027-07-01', head: '2027-07-15', days: 14 });
    expect(diff.milestones.map(m => [m.id, m.change, m.start])).toEqual([
        ['go', 'moved', { base: '2027-02-01', head: '2027-02-15', days: 14 }],
        ['live', 'moved', { base: '2027-07-01', head: '2027-07-15', days: 14 }]
    ]);
    expect(diff.activities.map(a => [a.id, a.change])).toEqual([
        ['dtp', 'moved'], ['landing', 'moved'], ['extra', 'added'], ['portal', 'moved'], ['review', 'moved'], ['old', 'removed']
    ]);
    expect(diff.activities[0]).toMatchObject({
        start: { base: '2027-01-04', head: '2027-01-04', days: 0 },
        end: { base: '2027-02-01', head: '2027-02-15', days: 14 }
    });
    expect(diff.activities[5]).toMatchObject({ start: { base: '2027-02-01', head: null, days: null }, end: { base: '2027-02-15', head: null, days: null } });
    expect(diff.criticalPath).toMatchObject({ base: ['dtp', 'go', 'landing', 'portal', 'live'], head: ['dtp', 'go', 'landing', 'portal', 'live'] });
    expect(diff.capabilities.find(c => c.id === 'cloud')).toMatchObject({ change: 'later', availableFrom: { base: '2027-04-01', head: '2027-04-15', days: 14 } });
}

describe('BASE kinds', () => {
    it('a git revision: the same file and its imports as they were in that commit', async () => {
        const diff = await jsonDiff(['HEAD~1', 'plans/plan.dtp']);
        expectCommitChanges(diff);
        // `api` exists only in commit 2's catalogue: the base read the catalogue at HEAD~1, not from disk.
        expect(diff.capabilities.find(c => c.id === 'api')).toMatchObject({ change: 'added', availableFrom: { base: null, head: '2027-03-15', days: null } });
        // A full commit id, and a run from another directory, name the same thing.
        expect(await runDtp(['diff', repo.commits[0], path.join(repo.dir, 'plans/plan.dtp'), '--format', 'json']).then(r => JSON.parse(r.stdout))).toEqual(diff);
    });

    it('the same revision as the working tree: nothing moved', async () => {
        const diff = await jsonDiff(['HEAD', 'plans/plan.dtp']);
        expect(diff.programme.end.days).toBe(0);
        expect([diff.activities, diff.milestones, diff.capabilities]).toEqual([[], [], []]);
        expect(diff.criticalPath.changed).toBe(false);
    });

    it('a .dtp file', async () => {
        writeFileSync(path.join(repo.dir, 'plans/baseline.dtp'), PLAN_V1);
        try {
            const diff = await jsonDiff(['plans/baseline.dtp', 'plans/plan.dtp']);
            expectCommitChanges(diff);
        } finally {
            repo.git('clean', '-fq', 'plans/baseline.dtp');
        }
    });

    it('a model saved with dtp schedule --json (version 2), and a version 1 model', async () => {
        const work = temporaryDirectory();
        try {
            writeFileSync(path.join(repo.dir, 'plans/baseline.dtp'), PLAN_V1);
            const model = await inRepo(['schedule', 'plans/baseline.dtp', '--json']);
            repo.git('clean', '-fq', 'plans/baseline.dtp');
            const v2 = path.join(work.dir, 'baseline.json');
            writeFileSync(v2, model.stdout);
            expectCommitChanges(await jsonDiff([v2, 'plans/plan.dtp']));
            // Version 1 had no tracking fields; its dates are read the same way.
            const old = JSON.parse(model.stdout) as RoadmapModel & { version: number };
            old.version = 1;
            for (const a of old.activities) delete a.state;
            const v1 = path.join(work.dir, 'baseline-v1.json');
            writeFileSync(v1, JSON.stringify(old));
            expectCommitChanges(await jsonDiff([v1, 'plans/plan.dtp']));
        } finally {
            work.remove();
        }
    });
});

describe('formats', () => {
    it('pretty: the programme end, milestones, activities, capabilities and the critical path, last days for ends', async () => {
        const result = await inRepo(['diff', 'HEAD~1', 'plans/plan.dtp']);
        expect(result.code).toBe(0);
        const out = result.stdout;
        expect(out).toMatch(/^Programme town: HEAD~1 \([0-9a-f]{7}\) → plans\/plan\.dtp$/m);
        expect(out).toMatch(/^ {2}end moved 14 days later: 2027-06-30 → 2027-07-14 \(\+14d\)$/m);
        expect(out).toMatch(/^ {2}go +2027-02-01 → 2027-02-15 {2}\+14d$/m);
        expect(out).toMatch(/^ {2}dtp +moved {4}last day 2027-01-31 → 2027-02-14 \(\+14d\)$/m);
        expect(out).toMatch(/^ {2}extra +added {4}2027-02-15 to 2027-03-14$/m);
        expect(out).toMatch(/^ {2}old +removed {2}2027-02-01 to 2027-02-14$/m);
        expect(out).toMatch(/^ {2}cloud +ready 14 days later: 2027-04-01 → 2027-04-15$/m);
        expect(out).toMatch(/^ {2}unchanged: dtp → go → landing → portal → live$/m);
        expect(out).not.toMatch(/\u001b\[/);
    });

    it('md: a heading, the one-line summary, tables with escaped user text, the critical path', async () => {
        const result = await inRepo(['diff', 'HEAD~1', 'plans/plan.dtp', '--format', 'md']);
        expect(result.code).toBe(0);
        const md = result.stdout;
        const lines = md.split('\n');
        // The title holds markup: it is escaped, never rendered.
        expect(lines[0]).toBe('### Roadmap changes: Town &lt;b&gt;programme&lt;/b&gt; (`town`)');
        expect(md).toMatch(/^The programme end moved \*\*14 days later\*\*: 2027-06-30 → \*\*2027-07-14\*\* \(compared with HEAD~1 \([0-9a-f]{7}\)\)\.$/m);
        expect(md).toContain('| `go` | Go \\| approved | 2027-02-01 | 2027-02-15 | +14d |');
        expect(md).toContain('| `live` | Live | 2027-07-01 | 2027-07-15 | +14d |');
        expect(md).toContain('| `dtp` | Digital Transformation Plan | moved | 2027-01-04 | 2027-01-31 → 2027-02-14 | +14d |');
        expect(md).toContain('| `extra` | Extra \\| work | added | 2027-02-15 | 2027-03-14 |  |');
        expect(md).toContain('| `old` | Old work | removed | 2027-02-01 | 2027-02-14 |  |');
        expect(md).toContain('| `api` | API \\| gateway | — → 2027-03-15 | new |');
        expect(md).toContain('Unchanged: `dtp` → `go` → `landing` → `portal` → `live`');
        // Every table row has as many cells as its header: no pipe in user text split one.
        for (const row of lines.filter(line => line.startsWith('| `'))) {
            expect(row.replace(/\\\|/g, '').split('|').length, row).toBeGreaterThanOrEqual(6);
        }
        const activityRows = lines.filter(line => /^\| `\w+` \| .* \| (moved|added|removed) \|/.test(line));
        for (const row of activityRows) expect(row.replace(/\\\|/g, '').split('|').length, row).toBe(8);
    });

    it('md: very long lists end with "and N more"', async () => {
        const work = temporaryDirectory();
        try {
            const chain = (weeks: number) => `programme long "Long" {
    start 2027-01-04
    phase initiation {
        transformation-plan dtp "Plan" { duration ${weeks}w }
${Array.from({ length: 60 }, (_, i) => `        activity a${i} "Step ${i}" { duration 1w after ${i === 0 ? 'dtp' : `a${i - 1}`} }`).join('\n')}
    }
}
`;
            writeFileSync(path.join(work.dir, 'base.dtp'), chain(4));
            writeFileSync(path.join(work.dir, 'head.dtp'), chain(5));
            const result = await runDtp(['diff', 'base.dtp', 'head.dtp', '--format', 'md'], { cwd: work.dir });
            expect(result.stdout).toContain('#### Activities (61 moved, 0 added, 0 removed)');
            expect(result.stdout.split('\n').filter(line => /^\| `a\d+`/.test(line))).toHaveLength(49);
            expect(result.stdout).toContain('… and 11 more (run `dtp diff` locally for the full list).');
        } finally {
            work.remove();
        }
    });

    it('json: the documented shape, with exclusive ends as in the model', async () => {
        const diff = await jsonDiff(['HEAD~1', 'plans/plan.dtp']);
        expect(Object.keys(diff)).toEqual(expect.arrayContaining(['version', 'programme', 'activities', 'milestones', 'criticalPath']));
        for (const change of [...diff.activities, ...diff.milestones]) {
            expect(Object.keys(change)).toEqual(expect.arrayContaining(['id', 'change', 'start', 'end']));
            expect(['moved', 'added', 'removed']).toContain(change.change);
            for (const date of [change.start, change.end]) expect(Object.keys(date).sort()).toEqual(['base', 'days', 'head']);
        }
        expect(Object.keys(diff.programme.end).sort()).toEqual(['base', 'days', 'head']);
    });
});

describe('--fail-on-slip', () => {
    it('exit 0 when the slip equals DAYS, 1 when it is one day more', async () => {
        const equal = await inRepo(['diff', 'HEAD~1', 'plans/plan.dtp', '--fail-on-slip', '14']);
        expect(equal.code).toBe(0);
        expect(equal.stderr).toBe('');
        const over = await inRepo(['diff', 'HEAD~1', 'plans/plan.dtp', '--fail-on-slip', '13']);
        expect(over.code).toBe(1);
        expect(over.stderr).toBe('dtp: slipped more than --fail-on-slip 13 allows: the programme end 14 days later, milestone go 14 days later, milestone live 14 days later\n');
        expect(over.stdout).toMatch(/^Programme town/); // the comparison is still printed
    });

    it('moving earlier never fails', async () => {
        // Reversed: the head is the baseline, 14 days earlier.
        writeFileSync(path.join(repo.dir, 'plans/baseline.dtp'), PLAN_V1);
        try {
            const result = await inRepo(['diff', 'plans/plan.dtp', 'plans/baseline.dtp', '--fail-on-slip', '0']);
            expect(result.code).toBe(0);
            expect(result.stdout).toMatch(/end moved 14 days earlier/);
        } finally {
            repo.git('clean', '-fq', 'plans/baseline.dtp');
        }
    });

    it('a DAYS that is not a whole number is a usage error', async () => {
        const result = await inRepo(['diff', 'HEAD~1', 'plans/plan.dtp', '--fail-on-slip', 'two weeks']);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/^dtp: option '--fail-on-slip <days>' argument 'two weeks' is invalid\. Give a whole number of days/);
    });
});

describe('--status-date', () => {
    it('forecasts both sides at that date', async () => {
        // Nothing is recorded as started, so as of 2027-03-01 not even `dtp` has begun: it starts on S.
        // Base: dtp 03-01 + 4w = 03-29 → landing + 2m = 05-29 → portal + 3m = 08-29.
        // Head: dtp 03-01 + 6w = 04-12 → landing 06-12 → portal 09-12.
        const diff = await jsonDiff(['HEAD~1', 'plans/plan.dtp', '--status-date', '2027-03-01']);
        expect(diff.programme.statusDate).toEqual({ base: '2027-03-01', head: '2027-03-01' });
        expect(diff.programme.end).toEqual({ base: '2027-08-29', head: '2027-09-12', days: 14 });
        expect(diff.milestones.find(m => m.id === 'go')?.start).toEqual({ base: '2027-03-29', head: '2027-04-12', days: 14 });
    });
});

describe('usage errors (exit 2, one line, no stack trace)', () => {
    const cases: [string, string[], RegExp][] = [
        ['an unknown revision', ['diff', 'no-such-branch', 'plans/plan.dtp'], /^dtp: 'no-such-branch' is neither a file nor a revision of the git repository .*; give a commit, branch or tag/],
        ['a file missing at that revision', ['diff', 'HEAD~1', 'plans/second.dtp'], /^dtp: plans\/second\.dtp does not exist at revision HEAD~1 \([0-9a-f]{7}\): it was added after it/],
        ['a revision without FILE', ['diff', 'HEAD~1'], /^dtp: say which plan to compare with HEAD~1: dtp diff HEAD~1 FILE/],
        ['a missing FILE', ['diff', 'HEAD~1', 'plans/nope.dtp'], /^dtp: plans\/nope\.dtp: no such file/],
        ['a missing .dtp base', ['diff', 'old.dtp', 'plans/plan.dtp'], /^dtp: old\.dtp: no such file/],
        ['a revision with a saved model as FILE', ['diff', 'HEAD~1', 'catalogue/model.json'], /^dtp: HEAD~1: no such file; with a saved model as FILE, BASE must be a file too/],
        ['an unknown format', ['diff', 'HEAD~1', 'plans/plan.dtp', '--format', 'xml'], /^dtp: option '-f, --format <format>' argument 'xml' is invalid/]
    ];
    for (const [what, args, message] of cases) {
        it(what, async () => {
            const result = await inRepo(args);
            expect(result.code).toBe(2);
            expect(result.stderr).toMatch(message);
            expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
            expect(result.stderr).not.toMatch(STACK_FRAME);
        });
    }

    it('a revision for a plan outside any git repository', async () => {
        const work = temporaryDirectory();
        try {
            writeFileSync(path.join(work.dir, 'plan.dtp'), PLAN_V1.replace(/^import .*$/m, 'capability cloud "Cloud" facility').replace('programme town "Town <b>programme</b>" {', 'programme town {'));
            const result = await runDtp(['diff', 'HEAD~1', 'plan.dtp'], { cwd: work.dir, env: { GIT_CEILING_DIRECTORIES: path.dirname(work.dir) } });
            expect(result.code).toBe(2);
            expect(result.stderr).toMatch(/^dtp: 'HEAD~1' is not a file, and plan\.dtp is not in a git repository/);
        } finally {
            work.remove();
        }
    });

    it('a JSON file that is not a roadmap model', async () => {
        writeFileSync(path.join(repo.dir, 'other.json'), '{"version": 7}');
        try {
            const result = await inRepo(['diff', 'other.json', 'plans/plan.dtp']);
            expect(result.code).toBe(2);
            expect(result.stderr).toMatch(/^dtp: other\.json is not a roadmap model this dtp reads \(version 7\): save one with `dtp schedule FILE --json/);
        } finally {
            repo.git('clean', '-fq', 'other.json');
        }
    });
});

it('--help describes BASE, the formats and --fail-on-slip', async () => {
    const result = await runDtp(['diff', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: dtp diff \[options\] <base> \[file\]/);
    for (const text of ['git revision', 'pretty', '--fail-on-slip <days>', '--status-date <date>']) expect(result.stdout).toContain(text);
    expect((await runDtp(['--help'])).stdout).toMatch(/^\s+diff \[options\] <base> \[file\]/m);
});

describe('dtp render --base', () => {
    it('loads the base like diff does and hands it to the picture; an unknown base is a usage error', async () => {
        const plain = await inRepo(['render', 'plans/plan.dtp', '--format', 'svg', '--today', '2027-01-04']);
        const withBase = await inRepo(['render', 'plans/plan.dtp', '--format', 'svg', '--today', '2027-01-04', '--base', 'HEAD~1']);
        expect(withBase.stderr).toBe('');
        expect(withBase.code).toBe(0);
        expect(withBase.stdout).not.toBe(plain.stdout);
        expect(withBase.stdout).toContain('HEAD~1');
        const unknown = await inRepo(['render', 'plans/plan.dtp', '--base', 'no-such-branch']);
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toMatch(/^dtp: 'no-such-branch' is neither a file nor a revision/);
    });
});

it('reads nothing of the working tree for the base: an uncommitted edit shows as a change against HEAD', async () => {
    const file = path.join(repo.dir, 'plans/plan.dtp');
    const committed = readFileSync(file, 'utf8');
    writeFileSync(file, committed.replace('{ duration 3m requires cloud }', '{ duration 4m requires cloud }'));
    try {
        const diff = await jsonDiff(['HEAD', 'plans/plan.dtp']);
        expect(diff.programme.end).toEqual({ base: '2027-07-15', head: '2027-08-15', days: 31 });
    } finally {
        writeFileSync(file, committed);
    }
});
