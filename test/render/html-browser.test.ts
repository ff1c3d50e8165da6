// The HTML export in a real browser (headless Chromium): the bars are in the DOM, a hover shows the tooltip, the
// CSP blocks nothing of ours, zoom, filter and theme work; screenshots land in test-output/ for people to look at.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDir, repoRoot, requireBuiltCli, runDtp } from '../cli/run-dtp.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const outputDir = path.join(repoRoot, 'test-output');
const TODAY = '2027-06-01';

let browser: Browser;
let page: Page;
const problems: string[] = [];
let activityCount = 0;

beforeAll(async () => {
    requireBuiltCli();
    mkdirSync(outputDir, { recursive: true });
    const noordstad = path.join(examplesDir, 'noordstad.dtp');
    for (const theme of ['light', 'dark']) {
        for (const format of ['html', 'svg']) {
            const result = await runDtp(['render', noordstad, '-f', format, '--theme', theme, '--today', TODAY, '-o', path.join(outputDir, `noordstad-${theme}.${format}`)]);
            expect(result.code, result.stderr).toBe(0);
        }
    }
    activityCount = JSON.parse((await runDtp(['render', noordstad, '-f', 'json'])).stdout).activities.length;
    browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
    });
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    // A CSP violation or script error shows up as a console error or a page error.
    page.on('console', message => { if (message.type() === 'error') problems.push(message.text()); });
    page.on('pageerror', error => problems.push(error.message));
    await page.goto(pathToFileURL(path.join(outputDir, 'noordstad-light.html')).href);
});

afterAll(async () => {
    await browser?.close();
});

describe('the HTML roadmap in Chromium', () => {
    it('has one bar or diamond per activity and runs its script under the CSP without errors', async () => {
        expect(await page.locator('svg .activity').count()).toBe(activityCount);
        expect(await page.locator('svg .activity .bar, svg .activity .milestone').count()).toBe(activityCount);
        expect(await page.locator('svg .activity[tabindex="0"]').count()).toBe(activityCount); // set by the script
        expect(problems).toEqual([]);
        await page.screenshot({ path: path.join(outputDir, 'noordstad-html-light.png'), fullPage: true });
    });

    it('shows a tooltip with dates, slack and capabilities when a bar is hovered', async () => {
        await page.locator('svg .bar[data-id="landing"]').hover();
        const tooltip = page.locator('#tooltip');
        await expect.poll(() => tooltip.isVisible()).toBe(true);
        const text = await tooltip.innerText();
        expect(text).toContain('Cloud landing zone');
        expect(text).toContain('2027-03-15 → 2027-06-14 (92 days)');
        expect(text).toContain('critical path');
        expect(text).toContain('cloud, iam');
        await page.screenshot({ path: path.join(outputDir, 'noordstad-html-tooltip.png') });
        await page.mouse.move(5, 5);
        await expect.poll(() => tooltip.isVisible()).toBe(false);
    });

    it('filters by phase', async () => {
        await page.locator('[data-phase-filter="foundation"]').uncheck();
        expect(await page.locator('svg .activity[data-phase="foundation"]:visible').count()).toBe(0);
        expect(await page.locator('svg .dep[data-to="foundation-ready"]:visible').count()).toBe(0);
        expect(await page.locator('svg .activity[data-phase="improvement"]:visible').count()).toBeGreaterThan(0);
        await page.locator('[data-phase-filter="foundation"]').check();
        expect(await page.locator('svg .activity[data-phase="foundation"]:visible').count()).toBeGreaterThan(0);
    });

    it('zooms in, pans by dragging, and fits again', async () => {
        const full = await page.locator('#viewport svg').getAttribute('viewBox');
        await page.locator('#zoom-in').click();
        const zoomed = (await page.locator('#viewport svg').getAttribute('viewBox'))!.split(' ').map(Number);
        expect(zoomed[2]).toBeCloseTo(Number(full!.split(' ')[2]) / 1.5, 0);
        // drag to pan: the view moves the other way
        const box = (await page.locator('#viewport').boundingBox())!;
        await page.mouse.move(box.x + 600, box.y + 300);
        await page.mouse.down();
        await page.mouse.move(box.x + 400, box.y + 250, { steps: 5 });
        await page.mouse.up();
        const panned = (await page.locator('#viewport svg').getAttribute('viewBox'))!.split(' ').map(Number);
        expect(panned[0]).toBeGreaterThan(zoomed[0]);
        expect(panned[2]).toBe(zoomed[2]);
        await page.locator('#zoom-reset').click();
        expect(await page.locator('#viewport svg').getAttribute('viewBox')).toBe(full);
    });

    it('toggles between light and dark', async () => {
        const background = () => page.evaluate('getComputedStyle(document.body).backgroundColor');
        const light = await background();
        await page.locator('#theme-toggle').click();
        expect(await page.evaluate('document.documentElement.dataset.theme')).toBe('dark');
        expect(await background()).not.toBe(light);
        await page.screenshot({ path: path.join(outputDir, 'noordstad-html-dark.png'), fullPage: true });
    });

    it('renders the standalone SVG exports (light and dark) for a look', async () => {
        for (const theme of ['light', 'dark']) {
            const svg = readFileSync(path.join(outputDir, `noordstad-${theme}.svg`), 'utf8');
            const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
            const svgPage = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
            await svgPage.goto(pathToFileURL(path.join(outputDir, `noordstad-${theme}.svg`)).href);
            expect(await svgPage.locator('.bar[data-id], .milestone[data-id]').count()).toBe(activityCount);
            writeFileSync(path.join(outputDir, `noordstad-svg-${theme}.png`), await svgPage.screenshot());
            await svgPage.close();
        }
    });
});
