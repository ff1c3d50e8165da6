// Printing the HTML roadmap in a real browser (headless Chromium): landscape pages the width of the paper, no
// controls, light colours even from a dark page, cut between rows so no bar breaks across pages, the title and time
// axis repeated on every page; the PDF Chromium prints has exactly those pages. PDFs and page images land in
// test-output/ for people to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDir, repoRoot, requireBuiltCli, runDtp } from '../cli/run-dtp.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const outputDir = path.join(repoRoot, 'test-output', 'print');
const crowded = path.join(repoRoot, 'test/fixtures/render/tracked-60.dtp');
const tracked = path.join(examplesDir, 'noordstad-tracked.dtp');

let browser: Browser;

async function open(file: string, ...args: string[]): Promise<{ page: Page; problems: string[] }> {
    const name = `${path.basename(file, '.dtp')}${args.length ? `-${args.filter(a => !a.startsWith('-')).join('-')}` : ''}`;
    const html = path.join(outputDir, `${name}.html`);
    const result = await runDtp(['render', file, '-f', 'html', '-o', html, ...args]);
    expect(result.code, result.stderr).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems: string[] = [];
    page.on('console', message => { if (message.type() === 'error') problems.push(message.text()); });
    page.on('pageerror', error => problems.push(error.message));
    await page.goto(pathToFileURL(html).href);
    return { page, problems };
}

/** Pages of a PDF, as poppler's pdfinfo reads them (not our code): their count and size in points. */
function pdfPages(file: string): { pages: number; width: number; height: number } {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
    return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), width: Number(size[1]), height: Number(size[2]) };
}

beforeAll(async () => {
    requireBuiltCli();
    mkdirSync(outputDir, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
});

afterAll(async () => {
    await browser?.close();
});

describe('printing the HTML roadmap', () => {
    it('a long plan: landscape pages cut between rows, the header and time axis on every page, no controls, light colours', async () => {
        const { page, problems } = await open(crowded, '--theme', 'dark');
        // On screen the print pages are not shown.
        expect(await page.locator('.print-pages').isVisible()).toBe(false);
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.toolbar').isVisible()).toBe(false);
        expect(await page.locator('.print-pages').isVisible()).toBe(true);
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--dtp-background').trim())).toBe('#ffffff');
        const pages = await page.locator('.print-page').evaluateAll(elements => elements.map(el => ({
            top: Number(el.getAttribute('data-top')), bottom: Number(el.getAttribute('data-bottom')),
            windows: [...el.children].map(child => child.getAttribute('viewBox')), uses: el.querySelectorAll('use').length
        })));
        expect(pages.length).toBeGreaterThan(1);
        const chartTop = await page.evaluate(() => {
            const tick = document.querySelector('#viewport svg .axis .grid')!;
            return Number(tick.getAttribute('y1')) - 4 + 30; // the axis band is 30 px above the lanes
        });
        pages.forEach((p, index) => {
            if (index === 0) expect(p.top).toBe(0);
            else {
                expect(p.top).toBe(pages[index - 1].bottom); // nothing left out, nothing twice
                // the title and the time axis: a window onto the picture's top, then the slice
                expect(p.windows[0]).toBe(`0 0 1600 ${chartTop}`);
                expect(p.uses).toBe(2);
            }
        });
        // No bar (nor milestone) is cut by a page boundary.
        const boundaries = pages.slice(0, -1).map(p => p.bottom);
        const bars = await page.locator('#viewport svg .activity .bar').evaluateAll(elements => elements.map(el => [Number(el.getAttribute('y')), Number(el.getAttribute('height'))]));
        expect(bars.length).toBe(60 - 4 + 0); // 4 milestones are diamonds
        for (const [y, h] of bars) for (const b of boundaries) expect(b <= y || b >= y + h, `a bar at ${y}–${y + h} cut at ${b}`).toBe(true);
        // Chromium prints exactly these pages, landscape.
        const pdf = path.join(outputDir, 'tracked-60-print.pdf');
        await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
        const info = pdfPages(pdf);
        expect(info.pages).toBe(pages.length);
        expect(info.width).toBeGreaterThan(info.height);
        execFileSync('pdftoppm', ['-r', '50', '-png', pdf, path.join(outputDir, 'tracked-60-print')]);
        expect(problems).toEqual([]);
        await page.close();
    });

    it('a plan a little taller than a page prints smaller on one page; the board prints on one page', async () => {
        for (const args of [[], ['--view', 'board']]) {
            const { page, problems } = await open(tracked, ...args);
            await page.emulateMedia({ media: 'print' });
            expect(await page.locator('.print-page').count(), args.join(' ')).toBe(1);
            const pdf = path.join(outputDir, `noordstad-tracked${args.length ? '-board' : ''}-print.pdf`);
            await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
            expect(pdfPages(pdf).pages, args.join(' ')).toBe(1);
            execFileSync('pdftoppm', ['-r', '50', '-png', pdf, pdf.replace(/\.pdf$/, '')]);
            expect(problems).toEqual([]);
            await page.close();
        }
    });
});
