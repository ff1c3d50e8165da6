// `dtp build DIR -o SITE` end to end (the built CLI as a subprocess): the files of the site, what the index and the
// plan pages say, escaping, the Content-Security-Policy, the folder rules (never replace what a person wrote),
// --fail-on-error, --status-date and --base. The same pages in a real browser: site-browser.test.ts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRepo, type TestRepo } from '../cli/git-repo.js';
import { CLEAN_PLAN, ERROR_PLAN } from '../cli/plans.js';
import { examplesDir, requireBuiltCli, runDtp, STACK_FRAME, temporaryDirectory } from '../cli/run-dtp.js';

const TODAY = '2027-09-15';
const cleanups: (() => void)[] = [];

function tempDir(): string {
    const { dir, remove } = temporaryDirectory('dtp-site-');
    cleanups.push(remove);
    return dir;
}

function dom(file: string): Document {
    return new JSDOM(readFileSync(file, 'utf8')).window.document;
}

function expectUsageError(result: { code: number | null; stderr: string }, pattern: RegExp): void {
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^dtp: /);
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr).not.toMatch(STACK_FRAME);
}

beforeAll(requireBuiltCli);
afterAll(() => {
    for (const remove of cleanups) remove();
});

describe('dtp build examples', () => {
    let site: string;
    beforeAll(async () => {
        site = path.join(tempDir(), 'site');
        const result = await runDtp(['build', examplesDir, '-o', site, '--today', TODAY]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('wrote the site of 2 plans');
    });

    it('writes an index, a page and a roadmap per programme, the stylesheet and the marker; the catalogue is no page', () => {
        for (const file of ['index.html', 'assets/site.css', '.dtp-site', 'plans/noordstad/index.html', 'plans/noordstad/roadmap.html',
            'plans/noordstad-tracked/index.html', 'plans/noordstad-tracked/roadmap.html']) {
            expect(existsSync(path.join(site, file)), file).toBe(true);
        }
        expect(existsSync(path.join(site, 'plans/capabilities'))).toBe(false);
        // No live-reload script in a built site: it has nothing to connect to.
        expect(existsSync(path.join(site, 'assets/live.js'))).toBe(false);
        const marker = JSON.parse(readFileSync(path.join(site, '.dtp-site'), 'utf8'));
        expect(marker.files).toContain('plans/noordstad/index.html');
    });

    it('the index shows each programme with its span, health, problems and a thumbnail, linking to its page', () => {
        const doc = dom(path.join(site, 'index.html'));
        const cards = [...doc.querySelectorAll('.card')];
        expect(cards.map(card => card.getAttribute('data-plan'))).toEqual(['noordstad-tracked', 'noordstad']);
        const [tracked, plain] = cards;
        expect(tracked.querySelector('h2 a')!.getAttribute('href')).toBe('plans/noordstad-tracked/index.html');
        expect(tracked.querySelector('h2')!.textContent).toBe('Gemeente Noordstad — digitale transformatie');
        expect(tracked.textContent).toContain('noordstad-tracked.dtp');
        // By hand (examples/noordstad-tracked.dtp, status date 2027-09-01): planned last day 2028-05-14, forecast 2028-06-25.
        expect(tracked.textContent).toContain('2027-01-04 → 2028-05-14');
        expect(tracked.textContent).toContain('2028-06-25');
        expect(tracked.textContent).toContain('+42 days');
        expect(tracked.textContent).toContain('2027-09-01');
        const health = Object.fromEntries([...tracked.querySelectorAll('[data-health]')].map(b => [b.getAttribute('data-health'), Number(b.getAttribute('data-count'))]));
        // gateway, portal, zaak and programme-done are late; dtp, kaders, governance, go, landing and teams are done.
        expect(health).toEqual({ late: 4, 'at-risk': 0, 'on-track': 6, done: 6 });
        expect(tracked.querySelector('[data-errors]')!.getAttribute('data-errors')).toBe('0');
        expect(tracked.querySelector('[data-warnings]')!.getAttribute('data-warnings')).toBe('3');
        expect(tracked.querySelectorAll('.thumb svg .t-bar').length).toBeGreaterThan(10);
        expect(tracked.querySelectorAll('.thumb svg .t-bar.h-late').length).toBe(3); // 3 late bars + 1 late milestone (a diamond)
        // Without a status date: the span as written, no health counts, no problems.
        expect(plain.textContent).toContain('2027-01-04 → 2028-05-14');
        expect(plain.querySelectorAll('[data-health]')).toHaveLength(0);
        expect(plain.textContent).toContain('no problems');
    });

    it('a plan page has the roadmap in a frame, the problems with links to their docs, and the schedule with the forecast', () => {
        const doc = dom(path.join(site, 'plans/noordstad-tracked/index.html'));
        expect(doc.querySelector('h1')!.textContent).toBe('Gemeente Noordstad — digitale transformatie');
        expect(doc.querySelector('iframe')!.getAttribute('src')).toBe('roadmap.html');
        expect(doc.querySelector('.crumbs a')!.getAttribute('href')).toBe('../../index.html');
        expect(doc.querySelector('link[rel=stylesheet]')!.getAttribute('href')).toBe('../../assets/site.css');
        const problems = [...doc.querySelectorAll('table.problems tbody tr')];
        expect(problems.map(row => row.getAttribute('data-code'))).toEqual(['overdue', 'late-start', 'milestone-slip']);
        expect(problems[0].querySelector('a')!.getAttribute('href')).toMatch(/\/docs\/diagnostics\/overdue\.md$/);
        expect(problems[0].querySelector('.where')!.textContent).toBe('noordstad-tracked.dtp:50:18');
        const gateway = doc.querySelector('table.schedule tr[data-id="gateway"]')!;
        const cell = (key: string) => gateway.querySelector(`[data-col="${key}"]`)!.textContent;
        expect([cell('planned-start'), cell('planned-end'), cell('forecast-start'), cell('forecast-end'), cell('variance'), cell('state'), cell('health')])
            .toEqual(['2027-06-15', '2027-08-14', '2027-06-28', '2027-09-25', '+42 days', 'active · 60%', 'late']);
        expect(doc.querySelectorAll('table.schedule tr.phase-row')).toHaveLength(4);
        expect(doc.querySelector('#changes')).toBeNull(); // no --base
    });

    it('without a status date the schedule shows start, last day, duration, slack and the critical path', () => {
        const doc = dom(path.join(site, 'plans/noordstad/index.html'));
        const landing = doc.querySelector('table.schedule tr[data-id="landing"]')!;
        const cell = (key: string) => landing.querySelector(`[data-col="${key}"]`)!.textContent;
        expect([cell('start'), cell('end'), cell('duration'), cell('slack')]).toEqual(['2027-03-15', '2027-06-14', '3m', '0 days']);
        expect(landing.querySelector('.star')).not.toBeNull();
        expect(doc.querySelector('#problems .ok')).not.toBeNull();
    });

    it('every page has a strict Content-Security-Policy and no inline script or style of its own', () => {
        for (const file of ['index.html', 'plans/noordstad/index.html', 'plans/noordstad-tracked/index.html']) {
            const html = readFileSync(path.join(site, file), 'utf8');
            const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
            expect(csp, file).toContain("default-src 'none'");
            expect(csp).toContain("style-src 'self'");
            expect(csp).toContain("script-src 'none'");
            expect(csp).not.toMatch(/unsafe-inline|https?:/);
            expect(html).not.toMatch(/<script|<style|\sstyle=/);
            expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\/(?!github\.com)/); // nothing loaded remotely; doc links only
        }
        // The roadmap pages are `dtp render --format html`: their own nonce-based policy.
        expect(readFileSync(path.join(site, 'plans/noordstad/roadmap.html'), 'utf8')).toMatch(/script-src 'nonce-/);
    });

    it('a rebuild into its own site replaces its pages (must not refuse)', async () => {
        const again = await runDtp(['build', examplesDir, '-o', site, '--today', TODAY]);
        expect(again.code).toBe(0);
        expect(again.stderr).toBe('');
    });
});

describe('plans with errors, odd names and catalogues', () => {
    let plans: string;
    let site: string;
    beforeAll(() => {
        plans = tempDir();
        mkdirSync(path.join(plans, 'sub'));
        writeFileSync(path.join(plans, 'good.dtp'), CLEAN_PLAN.replace('"Tiny programme"', '"Tiny <b>programme</b> & co"'));
        writeFileSync(path.join(plans, 'sub', 'bad & <odd> #1.dtp'), ERROR_PLAN);
        writeFileSync(path.join(plans, 'catalogue.dtp'), 'capability data "Data" facility\n');
        writeFileSync(path.join(plans, 'broken-catalogue.dtp'), 'capability data "Data" facility\ncapability api "API"\n');
        site = path.join(tempDir(), 'out', 'site');
    });

    it('builds the pages of every plan, exit 0 although a plan has errors (the pages show them), and says so', async () => {
        const result = await runDtp(['build', plans, '-o', site]);
        expect(result.code).toBe(0);
        expect(result.stderr).toMatch(/^dtp: 1 error in sub\/bad & <odd> #1\.dtp; the pages show them/);
        const doc = dom(path.join(site, 'index.html'));
        expect([...doc.querySelectorAll('.card')].map(card => card.getAttribute('data-plan'))).toEqual(['good', 'sub/bad-odd-1']);
        const bad = dom(path.join(site, 'plans/sub/bad-odd-1/index.html'));
        expect([...bad.querySelectorAll('table.problems tbody tr')].map(row => [row.getAttribute('data-severity'), row.getAttribute('data-code')]))
            .toContainEqual(['error', 'unresolved-reference']);
        expect(bad.querySelector('.crumbs a')!.getAttribute('href')).toBe('../../../index.html');
    });

    it('a catalogue is no page; one with problems that no plan imports is listed under other files, a clean one is not', () => {
        const doc = dom(path.join(site, 'index.html'));
        const others = [...doc.querySelectorAll('#other-files ~ .table-wrap tr[data-code]')];
        expect(others.map(row => [row.getAttribute('data-code'), row.querySelector('.where')!.textContent])).toEqual([['syntax-error', 'broken-catalogue.dtp:2:21']]); // the kind is missing at the end of line 2
        expect(doc.body.innerHTML).not.toMatch(/(?<!broken-)catalogue\.dtp/);
        expect(existsSync(path.join(site, 'plans/catalogue'))).toBe(false);
        expect(existsSync(path.join(site, 'plans/broken-catalogue'))).toBe(false);
    });

    it('escapes plan text: a title with markup is text on every page', () => {
        for (const file of ['index.html', 'plans/good/index.html', 'plans/good/roadmap.html']) {
            const html = readFileSync(path.join(site, file), 'utf8');
            expect(html, file).not.toContain('<b>programme</b>');
            expect(html).toContain('Tiny &lt;b&gt;programme&lt;/b&gt; &amp; co');
        }
        expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toContain('sub/bad &amp; &lt;odd&gt; #1.dtp');
    });

    it('--fail-on-error exits 1 when a plan has errors, and still writes the site', async () => {
        const result = await runDtp(['build', plans, '-o', site, '--fail-on-error']);
        expect(result.code).toBe(1);
        expect(existsSync(path.join(site, 'plans/sub/bad-odd-1/index.html'))).toBe(true);
    });

    it('--fail-on-error exits 0 when no plan has errors (warnings do not count)', async () => {
        const result = await runDtp(['build', examplesDir, '-o', path.join(tempDir(), 's'), '--fail-on-error']);
        expect(result.code).toBe(0);
    });

    it('removes the pages of a plan that is gone, and nothing it did not write', async () => {
        const own = tempDir();
        writeFileSync(path.join(own, 'a.dtp'), CLEAN_PLAN);
        writeFileSync(path.join(own, 'b.dtp'), CLEAN_PLAN.replace('programme tiny', 'programme other'));
        const out = path.join(tempDir(), 'site');
        expect((await runDtp(['build', own, '-o', out])).code).toBe(0);
        writeFileSync(path.join(out, 'notes.txt'), 'mine');
        writeFileSync(path.join(out, 'plans', 'b', 'mine.txt'), 'mine too');
        (await import('node:fs')).rmSync(path.join(own, 'b.dtp'));
        const result = await runDtp(['build', own, '-o', out]);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('removed the pages of 1 plan');
        expect(existsSync(path.join(out, 'plans/b/index.html'))).toBe(false);
        expect(existsSync(path.join(out, 'plans/b/roadmap.html'))).toBe(false);
        expect(readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
        expect(readFileSync(path.join(out, 'plans/b/mine.txt'), 'utf8')).toBe('mine too');
        expect(existsSync(path.join(out, 'plans/a/index.html'))).toBe(true);
    });
});

describe('the output folder: nothing a person wrote is replaced without --force', () => {
    it('refuses a non-empty folder dtp did not write (exit 2), and leaves it as it was', async () => {
        const out = tempDir();
        writeFileSync(path.join(out, 'index.html'), 'my own page');
        const result = await runDtp(['build', examplesDir, '-o', out]);
        expectUsageError(result, /is not empty and was not written by dtp build; .*--force/);
        expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('my own page');
        expect(existsSync(path.join(out, '.dtp-site'))).toBe(false);
    });

    it('writes into an existing empty folder (boundary: empty is fine)', async () => {
        const out = tempDir();
        const result = await runDtp(['build', examplesDir, '-o', out]);
        expect(result.code).toBe(0);
        expect(existsSync(path.join(out, 'index.html'))).toBe(true);
    });

    it('--force writes into it: files of the same names are replaced, others stay', async () => {
        const out = tempDir();
        writeFileSync(path.join(out, 'index.html'), 'my own page');
        writeFileSync(path.join(out, 'README.txt'), 'keep me');
        const result = await runDtp(['build', examplesDir, '-o', out, '--force']);
        expect(result.code).toBe(0);
        expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<!DOCTYPE html>');
        expect(readFileSync(path.join(out, 'README.txt'), 'utf8')).toBe('keep me');
    });

    it('in its own site, refuses to replace a file it did not write', async () => {
        const plans = tempDir();
        writeFileSync(path.join(plans, 'a.dtp'), CLEAN_PLAN);
        const out = path.join(tempDir(), 'site');
        expect((await runDtp(['build', plans, '-o', out])).code).toBe(0);
        // Someone put a page where the next plan's page will go.
        mkdirSync(path.join(out, 'plans', 'b'), { recursive: true });
        writeFileSync(path.join(out, 'plans', 'b', 'index.html'), 'hand-written');
        writeFileSync(path.join(plans, 'b.dtp'), CLEAN_PLAN.replace('programme tiny', 'programme b'));
        const result = await runDtp(['build', plans, '-o', out]);
        expectUsageError(result, /plans\/b\/index\.html would be replaced but was not written by dtp build/);
        expect(readFileSync(path.join(out, 'plans/b/index.html'), 'utf8')).toBe('hand-written');
    });

    it('refuses a file as the output', async () => {
        const out = path.join(tempDir(), 'site.html');
        writeFileSync(out, 'x');
        expectUsageError(await runDtp(['build', examplesDir, '-o', out]), /is a file; give a folder/);
    });
});

describe('help', () => {
    it.each([
        ['build', ['--output <site>', '--base <revision>', '--force', '--fail-on-error', 'Exit codes', 'static host']],
        ['serve', ['--port <port>', '--host <host>', '4173', 'Ctrl-C', 'Exit codes']]
    ])('dtp %s --help describes its options and exit codes', async (command, expected) => {
        const result = await runDtp([command, '--help']);
        expect(result.code).toBe(0);
        for (const text of expected) expect(result.stdout).toContain(text);
    });

    it('dtp --help lists build and serve', async () => {
        const result = await runDtp(['--help']);
        expect(result.stdout).toMatch(/^\s+build\b/m);
        expect(result.stdout).toMatch(/^\s+serve\b/m);
    });
});

describe('usage errors', () => {
    it('-o is required', async () => {
        const result = await runDtp(['build', examplesDir]);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/--output/);
    });

    it('a folder with catalogues only has no programme to show', async () => {
        const plans = tempDir();
        writeFileSync(path.join(plans, 'caps.dtp'), 'capability data "Data" facility\n');
        expectUsageError(await runDtp(['build', plans, '-o', path.join(tempDir(), 's')]), /no programme in any \.dtp file/);
    });

    it('a missing folder', async () => {
        expectUsageError(await runDtp(['build', path.join(tempDir(), 'nope'), '-o', path.join(tempDir(), 's')]), /no such directory/);
    });

    it('an impossible --status-date', async () => {
        expectUsageError(await runDtp(['build', examplesDir, '-o', path.join(tempDir(), 's'), '--status-date', '2027-02-30']), /--status-date/);
    });

    it('a file that is not a plan: the other pages are written, exit 2', async () => {
        const plans = tempDir();
        writeFileSync(path.join(plans, 'a.dtp'), CLEAN_PLAN);
        writeFileSync(path.join(plans, 'junk.dtp'), Buffer.from([0, 1, 2, 3, 0, 255, 254]));
        const out = path.join(tempDir(), 's');
        const result = await runDtp(['build', plans, '-o', out]);
        expectUsageError(result, /junk\.dtp/);
        expect(existsSync(path.join(out, 'plans/a/index.html'))).toBe(true);
    });
});

describe('--status-date and --base', () => {
    let repo: TestRepo;
    beforeAll(() => {
        repo = createTestRepo();
        cleanups.push(repo.remove);
    });

    it('--status-date forecasts every plan at that day: health appears on the index', async () => {
        const out = path.join(tempDir(), 's');
        const result = await runDtp(['build', path.join(examplesDir), '-o', out, '--status-date', '2027-06-01']);
        expect(result.code).toBe(0);
        const plain = dom(path.join(out, 'index.html')).querySelector('.card[data-plan="noordstad"]')!;
        expect(plain.querySelectorAll('[data-health]')).toHaveLength(4);
        expect(plain.textContent).toContain('2027-06-01');
    });

    it('--base REV adds what moved since that revision to each plan page; a plan added since says it is new', async () => {
        const out = path.join(tempDir(), 's');
        const result = await runDtp(['build', 'plans', '-o', out, '--base', 'HEAD~1'], { cwd: repo.dir });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const plan = dom(path.join(out, 'plans/plan/index.html'));
        const changes = plan.querySelector('#changes')!;
        expect(changes.querySelector('h2')!.textContent).toMatch(/^What moved since HEAD~1 \([0-9a-f]{7}\)$/);
        // By hand (git-repo.ts): the transformation plan is 2 weeks longer, so the end moves 14 days: 06-30 → 07-14.
        expect(changes.textContent).toContain('The programme end moved 14 days later: 2027-06-30 → 2027-07-14.');
        expect([...changes.querySelectorAll('tr[data-change]')].map(row => [row.getAttribute('data-id'), row.getAttribute('data-change')])).toEqual([
            ['go', 'moved'], ['live', 'moved'],
            ['dtp', 'moved'], ['landing', 'moved'], ['extra', 'added'], ['portal', 'moved'], ['review', 'moved'], ['old', 'removed']
        ]);
        expect(changes.querySelector('tr[data-id="extra"]')!.textContent).toContain('Extra | work');
        // The roadmap draws the base as ghost bars.
        expect(readFileSync(path.join(out, 'plans/plan/roadmap.html'), 'utf8')).toMatch(/class="ghost ghost-base/);
        const second = dom(path.join(out, 'plans/second/index.html'));
        expect(second.querySelector('#changes')!.textContent).toMatch(/did not exist at HEAD~1 \([0-9a-f]{7}\)/);
        expect(readFileSync(path.join(out, 'plans/plan/index.html'), 'utf8')).not.toMatch(/<b>programme<\/b>/);
    });

    it('an unknown revision is a usage error, before any page is written', async () => {
        const out = path.join(tempDir(), 's');
        expectUsageError(await runDtp(['build', 'plans', '-o', out, '--base', 'no-such-branch'], { cwd: repo.dir }), /no-such-branch/);
        expect(existsSync(path.join(out, 'index.html'))).toBe(false);
    });
});
