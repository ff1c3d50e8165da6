// `dtp validate --format codequality`: GitLab's Code Quality report, with fingerprints that stay put between runs.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_PLAN, ERROR_PLAN, WARNING_PLAN } from './plans.js';
import { requireBuiltCli, runDtp, temporaryDirectory } from './run-dtp.js';

interface Issue { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }

let work: ReturnType<typeof temporaryDirectory>;
beforeAll(() => {
    requireBuiltCli();
    work = temporaryDirectory();
    writeFileSync(path.join(work.dir, 'clean.dtp'), CLEAN_PLAN);
    writeFileSync(path.join(work.dir, 'warning.dtp'), WARNING_PLAN);
    writeFileSync(path.join(work.dir, 'error.dtp'), ERROR_PLAN);
});
afterAll(() => work.remove());

describe('--format codequality', () => {
    it('one issue per diagnostic, with GitLab\'s fields and severities, paths relative to the working directory', async () => {
        const result = await runDtp(['validate', '.', '--format', 'codequality'], { cwd: work.dir });
        expect(result.code).toBe(1);
        const issues = JSON.parse(result.stdout) as Issue[];
        const error = issues.find(issue => issue.check_name === 'unresolved-reference')!;
        expect(error).toMatchObject({ severity: 'major', location: { path: 'error.dtp', lines: { begin: 8 } } });
        expect(error.description).toMatch(/nowhere/);
        const warning = issues.find(issue => issue.check_name === 'missing-phase')!;
        expect(warning).toMatchObject({ severity: 'minor', location: { path: 'warning.dtp' } });
        // The clean plan adds nothing.
        expect(issues.filter(issue => issue.location.path === 'clean.dtp')).toEqual([]);
        for (const issue of issues) {
            expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
            expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
            const expected = createHash('sha256').update([issue.location.path, issue.check_name, issue.description, String(issue.location.lines.begin)].join('\u0000')).digest('hex');
            expect(issue.fingerprint).toBe(expected);
        }
        expect(new Set(issues.map(issue => issue.fingerprint)).size).toBe(issues.length);
    });

    it('the same problems give the same fingerprints on every run; a clean plan gives an empty array', async () => {
        const [a, b] = await Promise.all([1, 2].map(() => runDtp(['validate', 'error.dtp', '--format', 'codequality'], { cwd: work.dir })));
        expect(a.stdout).toBe(b.stdout);
        const clean = await runDtp(['validate', 'clean.dtp', '--format', 'codequality'], { cwd: work.dir });
        expect(clean.code).toBe(0);
        expect(JSON.parse(clean.stdout)).toEqual([]);
    });
});
