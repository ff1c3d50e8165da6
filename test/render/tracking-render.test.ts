// `dtp render` of plans as they run, end to end: the built CLI as a subprocess on examples/noordstad-tracked.dtp
// and a crowded 60-activity tracked plan — ghosts of the plan, health marks, progress, the status-date line, tooltip
// data, the gantt, and the PNG's pixels (read back in Chromium) where the status-date line is.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DomUtils, parseDocument } from 'htmlparser2';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDir, repoRoot, requireBuiltCli, runDtp, temporaryDirectory } from '../cli/run-dtp.js';

const tracked = path.join(examplesDir, 'noordstad-tracked.dtp');
const crowded = path.join(repoRoot, 'test/fixtures/render/tracked-60.dtp');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TODAY = '2027-09-14';

type Doc = ReturnType<typeof parseDocument>;
type El = { name: string; attribs: Record<string, string>; parent: unknown };
const elements = (doc: Doc | El, predicate: (el: El) => boolean) => DomUtils.findAll(predicate as never, (doc as Doc).children) as unknown as El[];
const hasClass = (el: El, cls: string) => (el.attribs.class ?? '').split(/\s+/).includes(cls);
const activityGroup = (doc: Doc, id: string) => elements(doc, el => el.name === 'g' && hasClass(el, 'activity') && el.attribs['data-id'] === id)[0];

interface ModelActivity { id: string; kind: string; start: string | null; end: string | null; planned?: { start: string | null; end: string | null }; health?: string; state?: string }
let model: { programme: { statusDate: string }; activities: ModelActivity[] };
let tmp: { dir: string; remove: () => void };

beforeAll(async () => {
    requireBuiltCli();
    tmp = temporaryDirectory('dtp-tracking-');
    const json = await runDtp(['render', tracked, '-f', 'json']);
    expect(json.code, json.stderr).toBe(0);
    model = JSON.parse(json.stdout);
});
afterAll(() => tmp?.remove());

/** x of a date on the picture's scale, from what the SVG declares (a UTC linear scale between the domain ends). */
function scaleOf(svg: El): (date: string) => number {
    const t = (date: string) => Date.parse(`${date}T00:00:00Z`);
    const [d0, d1] = [t(svg.attribs['data-domain-start']), t(svg.attribs['data-domain-end'])];
    const [r0, r1] = [Number(svg.attribs['data-chart-left']), Number(svg.attribs['data-chart-right'])];
    return date => r0 + ((t(date) - d0) / (d1 - d0)) * (r1 - r0);
}

describe('dtp render of a tracked plan', () => {
    it('svg: ghosts exactly for moved bars, a health mark per bar, progress, and the status date instead of today', async () => {
        const result = await runDtp(['render', tracked, '-f', 'svg', '--today', TODAY]);
        expect(result.code, result.stderr).toBe(0);
        const doc = parseDocument(result.stdout, { xmlMode: true });
        const x = scaleOf(elements(doc, el => el.name === 'svg')[0]);
        const finite = model.activities.filter(a => a.end !== null);
        const moved = finite.filter(a => a.planned!.start !== a.start || a.planned!.end !== a.end).map(a => a.id).sort();
        const ghosted = finite.filter(a => elements(activityGroup(doc, a.id), el => hasClass(el, 'ghost-planned')).length > 0).map(a => a.id).sort();
        expect(ghosted).toEqual(moved);
        expect(moved).toContain('gateway');
        // must not: recurring work moved its start with its phase, but has no end to compare and gets no ghost
        for (const id of ['review', 'backlog', 'horizon']) expect(elements(activityGroup(doc, id), el => hasClass(el, 'ghost')), id).toHaveLength(0);
        for (const a of finite) {
            const marks = elements(activityGroup(doc, a.id), el => hasClass(el, 'health'));
            expect(marks.map(el => el.attribs['data-health']), a.id).toEqual([a.health]);
        }
        const gateway = activityGroup(doc, 'gateway');
        expect(DomUtils.textContent(elements(gateway, el => hasClass(el, 'pct'))[0] as never)).toBe('60%');
        const line = elements(doc, el => hasClass(el, 'status-line') && el.attribs.x1 !== undefined && hasClass(el.parent as El, 'status-date'))[0];
        expect(Number(line.attribs.x1)).toBeCloseTo(x(model.programme.statusDate), 0);
        expect(elements(doc, el => hasClass(el, 'today'))).toHaveLength(0); // --today given, but the status date rules
        const title = DomUtils.textContent(elements(gateway, el => el.name === 'title')[0] as never);
        expect(title).toContain('Planned: 2027-06-15 → 2027-08-14 (61 days)');
        expect(title).toContain('Variance: +42 days');
        expect(title).toContain('overdue');
    });

    it('html: the tooltip data says planned, forecast, variance, state, health and progress', async () => {
        const result = await runDtp(['render', tracked, '-f', 'html', '--today', TODAY]);
        expect(result.code, result.stderr).toBe(0);
        const doc = parseDocument(result.stdout);
        const data = JSON.parse(DomUtils.textContent(elements(doc, el => el.name === 'script' && el.attribs.type === 'application/json')[0] as never));
        expect(data.activities.gateway.tracking).toEqual({
            forecast: '2027-06-28 → 2027-09-25 (90 days)', planned: '2027-06-15 → 2027-08-14 (61 days)', variance: '+42 days',
            state: 'active', health: '✖ late: moves the programme end', progress: '60%'
        });
        expect(data.activities['programme-done'].tracking).toMatchObject({ forecast: '2028-06-26', planned: '2028-05-15', variance: '+42 days' });
    });

    it('html in Chromium: hovering a bar shows the tracking rows in the tooltip, with no script error', async () => {
        const out = path.join(tmp.dir, 'tracked.html');
        expect((await runDtp(['render', tracked, '-f', 'html', '-o', out])).code).toBe(0);
        const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
        try {
            const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
            const problems: string[] = [];
            page.on('pageerror', error => problems.push(error.message));
            page.on('console', message => { if (message.type() === 'error') problems.push(message.text()); });
            await page.goto(pathToFileURL(out).href);
            await page.locator('svg .activity[data-id="gateway"] .bar').hover();
            const tooltip = page.locator('#tooltip');
            await expect.poll(() => tooltip.isVisible()).toBe(true);
            const rows = await tooltip.locator('.tip-row').allTextContents();
            expect(rows).toEqual(expect.arrayContaining([
                'forecast2027-06-28 → 2027-09-25 (90 days)', 'planned2027-06-15 → 2027-08-14 (61 days)', 'variance+42 days',
                'stateactive · 60% done', 'health✖ late: moves the programme end'
            ]));
            expect(problems).toEqual([]);
        } finally {
            await browser.close();
        }
    });

    it('md and mermaid: forecast dates, done and active tasks, and the tracking columns', async () => {
        const mermaid = await runDtp(['render', tracked, '-f', 'mermaid']);
        expect(mermaid.code, mermaid.stderr).toBe(0);
        expect(mermaid.stdout).toContain('Cloud landing zone :done, t_landing, 2027-03-22, 96d');
        expect(mermaid.stdout).toContain('API gateway :crit, active, t_gateway, 2027-06-28, 90d');
        const md = await runDtp(['render', tracked, '-f', 'md']);
        expect(md.stdout).toContain('| Id | Activity | Phase | Planned | Forecast | Variance | State | Progress | Health |');
        expect(md.stdout).toContain('| `gateway` | API gateway | foundation | 2027-06-15 → 2027-08-14 | 2027-06-28 → 2027-09-25 | +42 days | active | 60% | ✖ late |');
    });

    it('png: the status-date line is in the pixels, where the scale puts it, in light and dark', async () => {
        const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
        try {
            for (const theme of ['light', 'dark'] as const) {
                const out = path.join(tmp.dir, `tracked-${theme}.png`);
                const result = await runDtp(['render', tracked, '-f', 'png', '-o', out, '--theme', theme, '--today', TODAY]);
                expect(result.code, result.stderr).toBe(0);
                const svgText = (await runDtp(['render', tracked, '-f', 'svg', '--theme', theme])).stdout;
                const doc = parseDocument(svgText, { xmlMode: true });
                const svg = elements(doc, el => el.name === 'svg')[0];
                const png = readFileSync(out);
                expect(png.readUInt32BE(16)).toBe(2 * Number(svg.attribs.width));
                const lineX = scaleOf(svg)(model.programme.statusDate);
                const chartTop = Number(elements(doc, el => hasClass(el, 'band'))[0].attribs.y);
                const page = await browser.newPage();
                await page.goto(pathToFileURL(out).href);
                // Pixels in one row through the lanes, read back from the PNG: the line, and the background beside it.
                const [line, beside] = await page.evaluate(([px, py]) => {
                    const img = document.querySelector('img')!;
                    const canvas = document.createElement('canvas');
                    canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
                    const context = canvas.getContext('2d')!;
                    context.drawImage(img, 0, 0);
                    const at = (x: number) => Array.from(context.getImageData(Math.round(x), Math.round(py), 1, 1).data.slice(0, 3));
                    return [at(px), at(px - 30)];
                }, [2 * lineX, 2 * (chartTop - 12)]);
                await page.close();
                const lum = (rgb: number[]) => rgb.reduce((a, b) => a + b, 0) / 3;
                // the line is ink: dark on light, light on dark, and far from the background next to it
                if (theme === 'light') expect(lum(line)).toBeLessThan(80); else expect(lum(line)).toBeGreaterThan(180);
                expect(Math.abs(lum(line) - lum(beside)), theme).toBeGreaterThan(120);
            }
        } finally {
            await browser.close();
        }
    });

    it('a 60-activity tracked plan renders with every health and no today line', async () => {
        const result = await runDtp(['render', crowded, '-f', 'svg', '--today', TODAY]);
        expect(result.code, result.stderr).toBe(0);
        const doc = parseDocument(result.stdout, { xmlMode: true });
        expect(elements(doc, el => hasClass(el, 'activity') && el.attribs['data-id'] !== undefined)).toHaveLength(60);
        const crowdedModel: typeof model = JSON.parse((await runDtp(['render', crowded, '-f', 'json'])).stdout);
        const finite = crowdedModel.activities.filter(a => a.end !== null);
        const moved = finite.filter(a => a.planned!.start !== a.start || a.planned!.end !== a.end).map(a => a.id).sort();
        const ghosted = finite.filter(a => elements(activityGroup(doc, a.id), el => hasClass(el, 'ghost-planned')).length > 0).map(a => a.id).sort();
        expect(ghosted).toEqual(moved);
        expect(finite.length - moved.length).toBeGreaterThan(0); // work on plan has no ghost (must not)
        const healths = new Set(elements(doc, el => hasClass(el, 'health') && el.attribs['data-health'] !== undefined && hasClass(el.parent as El, 'activity')).map(el => el.attribs['data-health']));
        expect([...healths].sort()).toEqual(['at-risk', 'done', 'late', 'on-track']);
        expect(elements(doc, el => hasClass(el, 'today'))).toHaveLength(0);
        const png = await runDtp(['render', crowded, '-f', 'png', '-o', path.join(tmp.dir, 'tracked-60.png')]);
        expect(png.code, png.stderr).toBe(0);
        expect(png.stderr).toBe('');
    });
});
