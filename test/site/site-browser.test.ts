// The site of `dtp build` in a real browser (headless Chromium), opened from file:// as someone would open it from a
// shared drive: every link of the index leads to a page with the right heading, every page and its roadmap frame
// run without a console error or a Content-Security-Policy violation, the tables are there. Screenshots of the
// index and a plan page (light and dark) land in test-output/ for people to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRepo } from '../cli/git-repo.js';
import { CLEAN_PLAN, ERROR_PLAN } from '../cli/plans.js';
import { examplesDir, repoRoot, requireBuiltCli, runDtp, temporaryDirectory } from '../cli/run-dtp.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const outputDir = path.join(repoRoot, 'test-output');
const TODAY = '2027-09-15';
const WAIT = { timeout: 10_000 };

let browser: Browser;
const temp = temporaryDirectory('dtp-site-browser-');
const examplesSite = path.join(temp.dir, 'examples-site');
const mixedSite = path.join(temp.dir, 'mixed-site');

/** A page that records console errors, page errors and CSP violations of the page and its frames. */
async function watchedPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', message => { if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`); });
    page.on('pageerror', error => problems.push(`pageerror: ${error.message}`));
    return { page, problems };
}

async function newContext(colorScheme: 'light' | 'dark' = 'light'): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme });
    // Injected by the browser, so the page's CSP does not apply to it: every violation is reported, in every frame.
    await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', event => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    return context;
}

beforeAll(async () => {
    requireBuiltCli();
    mkdirSync(outputDir, { recursive: true });
    const built = await runDtp(['build', examplesDir, '-o', examplesSite, '--today', TODAY]);
    expect(built.code, built.stderr).toBe(0);
    const plans = path.join(temp.dir, 'plans');
    mkdirSync(plans);
    writeFileSync(path.join(plans, 'tiny.dtp'), CLEAN_PLAN);
    writeFileSync(path.join(plans, 'broken.dtp'), ERROR_PLAN);
    const mixed = await runDtp(['build', plans, '-o', mixedSite, '--today', TODAY]);
    expect(mixed.code, mixed.stderr).toBe(0);
    browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
    });
});

afterAll(async () => {
    await browser?.close();
    temp.remove();
});

describe.each([
    ['examples', () => examplesSite, ['Gemeente Noordstad — digitale transformatie', 'Gemeente Noordstad — digitale transformatie']],
    ['two plans, one with errors', () => mixedSite, ['Broken', 'Tiny programme']]
])('the site of %s, from file://', (_name, site, titles) => {
    it('every link of the index opens a page with the heading the index promised, without a console error', async () => {
        const context = await newContext();
        const { page, problems } = await watchedPage(context);
        await page.goto(pathToFileURL(path.join(site(), 'index.html')).href);
        expect(await page.locator('h1').innerText()).toBe('Roadmaps');
        const cards = await page.locator('.card h2 a').evaluateAll(links => links.map(a => ({ href: (a as HTMLAnchorElement).href, text: a.textContent })));
        expect(cards.map(card => card.text)).toEqual(titles);
        const links = await page.locator('a[href]').evaluateAll(links => links.map(a => (a as HTMLAnchorElement).href));
        expect(links.every(link => link.startsWith('file://')), links.join(' ')).toBe(true);
        for (const link of new Set(links)) {
            const target = await context.newPage();
            target.on('console', message => { if (message.type() === 'error') problems.push(`${link}: ${message.text()}`); });
            target.on('pageerror', error => problems.push(`${link}: ${error.message}`));
            await target.goto(link, WAIT);
            const card = cards.find(c => c.href === link);
            if (card) expect(await target.locator('h1').innerText()).toBe(card.text);
            else expect(await target.locator('h1').innerText()).toBe('Roadmaps'); // the brand links home
            await target.close();
        }
        expect(problems).toEqual([]);
        await context.close();
    });

    it('each plan page shows its roadmap (frame), problems and schedule, and its own links work', async () => {
        const context = await newContext();
        const { page, problems } = await watchedPage(context);
        await page.goto(pathToFileURL(path.join(site(), 'index.html')).href);
        const pages = await page.locator('.card h2 a').evaluateAll(links => links.map(a => (a as HTMLAnchorElement).href));
        for (const planPage of pages) {
            await page.goto(planPage, WAIT);
            const frame = page.frameLocator('iframe');
            await expect.poll(() => frame.locator('svg .activity').count(), WAIT).toBeGreaterThan(0);
            expect(await page.locator('#problems h2').innerText()).toMatch(/^Problems \(\d+\)$/);
            expect(await page.locator('table.schedule tbody tr[data-id]').count()).toBeGreaterThan(3);
            // The roadmap alone, and back to the index by the breadcrumb.
            await page.locator('.frame-foot a').click();
            await page.waitForURL(/roadmap\.html$/, WAIT);
            expect(await page.locator('svg .activity').count()).toBeGreaterThan(0);
            await page.goBack(WAIT);
            await page.locator('.crumbs a').click();
            await page.waitForURL(/\/index\.html$/, WAIT);
            expect(await page.locator('h1').innerText()).toBe('Roadmaps');
        }
        expect(problems).toEqual([]);
        await context.close();
    });
});

describe('what the pages say', () => {
    it('the plan with errors lists them with links to their docs; the clean one says it has none', async () => {
        const context = await newContext();
        const { page, problems } = await watchedPage(context);
        await page.goto(pathToFileURL(path.join(mixedSite, 'plans/broken/index.html')).href);
        const row = page.locator('table.problems tbody tr').first();
        expect(await row.getAttribute('data-severity')).toBe('error');
        expect(await row.locator('a').getAttribute('href')).toMatch(/diagnostics\/unresolved-reference\.md$/);
        expect(await row.locator('.where').innerText()).toBe('broken.dtp:8:61'); // `nowhere`: line 8, after 60 characters
        await page.goto(pathToFileURL(path.join(mixedSite, 'plans/tiny/index.html')).href);
        expect(await page.locator('table.problems').count()).toBe(0);
        expect(await page.locator('#problems .ok').innerText()).toContain('no problems');
        expect(problems).toEqual([]);
        await context.close();
    });

    it('screenshots: the index and the tracked plan, light and dark', async () => {
        for (const scheme of ['light', 'dark'] as const) {
            const context = await newContext(scheme);
            const { page, problems } = await watchedPage(context);
            await page.goto(pathToFileURL(path.join(examplesSite, 'index.html')).href);
            const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
            expect(background).toBe(scheme === 'light' ? 'rgb(246, 248, 250)' : 'rgb(13, 17, 23)');
            await page.screenshot({ path: path.join(outputDir, `site-index-${scheme}.png`), fullPage: true });
            await page.goto(pathToFileURL(path.join(examplesSite, 'plans/noordstad-tracked/index.html')).href);
            await expect.poll(() => page.frameLocator('iframe').locator('svg .activity').count(), WAIT).toBeGreaterThan(0);
            await page.screenshot({ path: path.join(outputDir, `site-plan-tracked-${scheme}.png`), fullPage: true });
            await page.goto(pathToFileURL(path.join(examplesSite, 'plans/noordstad/index.html')).href);
            await expect.poll(() => page.frameLocator('iframe').locator('svg .activity').count(), WAIT).toBeGreaterThan(0);
            await page.screenshot({ path: path.join(outputDir, `site-plan-${scheme}.png`), fullPage: true });
            expect(problems).toEqual([]);
            await context.close();
        }
    });

    it('screenshot: what moved since a base revision (--base), with the roadmap\'s ghost bars', async () => {
        const repo = createTestRepo();
        try {
            const site = path.join(temp.dir, 'base-site');
            const built = await runDtp(['build', 'plans', '-o', site, '--base', 'HEAD~1', '--today', '2027-03-01'], { cwd: repo.dir });
            expect(built.code, built.stderr).toBe(0);
            const context = await newContext();
            const { page, problems } = await watchedPage(context);
            await page.goto(pathToFileURL(path.join(site, 'plans/plan/index.html')).href);
            await expect.poll(() => page.frameLocator('iframe').locator('svg .activity').count(), WAIT).toBeGreaterThan(0);
            expect(await page.locator('#changes tr[data-change]').count()).toBe(8);
            await page.screenshot({ path: path.join(outputDir, 'site-plan-base.png'), fullPage: true });
            expect(problems).toEqual([]);
            await context.close();
        } finally {
            repo.remove();
        }
    });
});
