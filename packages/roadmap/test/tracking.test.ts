// The pictures of a plan as it runs: forecast bars over ghosts of the plan, health as mark and colour, progress as
// fill and text, the status-date line, tooltips and legend — and none of it without a status date.
import { scaleUtc } from 'd3-scale';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/html.js';
import { layoutRoadmap, textWidth } from '../src/layout.js';
import type { RoadmapModel } from '../src/model.js';
import { renderSvg } from '../src/svg.js';
import { all, byClass, classes, num, parseHtml, parseSvg, text, type Element } from './dom.js';
import { noordstadModel } from './fixtures/noordstad.js';
import { STATUS_DATE, trackedModel } from './fixtures/tracked.js';

const model = trackedModel();
const svg = renderSvg(model, { today: '2027-09-14' });
const doc = parseSvg(svg);
const root = all(doc, el => el.name === 'svg')[0];

function scaleOf(r: Element) {
    const s = scaleUtc()
        .domain([new Date(`${r.attribs['data-domain-start']}T00:00:00Z`), new Date(`${r.attribs['data-domain-end']}T00:00:00Z`)])
        .range([num(r, 'data-chart-left'), num(r, 'data-chart-right')]);
    return (date: string) => s(new Date(`${date}T00:00:00Z`));
}
const x = scaleOf(root);

const group = (id: string, d = doc) => all(d, el => el.name === 'g' && classes(el).includes('activity') && el.attribs['data-id'] === id)[0];
const finite = model.activities.filter(a => a.end !== null);

describe('a tracked roadmap (status date)', () => {
    it('draws the plan as a ghost exactly where it differs from the forecast, at the planned dates', () => {
        const moved = finite.filter(a => a.planned!.start !== a.start || a.planned!.end !== a.end).map(a => a.id).sort();
        expect(moved).toEqual(['data', 'dtp', 'gateway', 'go', 'kaders', 'landing', 'portal', 'programme-done', 'zaak']);
        const ghosted = model.activities.filter(a => byClass(group(a.id), 'ghost-planned').length > 0).map(a => a.id).sort();
        expect(ghosted).toEqual(moved);
        // must not: on plan (done, active or planned) and recurring work (whose start did move) get no ghost
        for (const id of ['governance', 'teams', 'academy', 'foundation-ready', 'open-data', 'review']) {
            expect(byClass(group(id), 'ghost').length, id).toBe(0);
        }
        const gateway = byClass(group('gateway'), 'ghost-planned')[0];
        expect(num(gateway, 'x')).toBeCloseTo(x('2027-06-15'), 0);
        expect(num(gateway, 'x') + num(gateway, 'width')).toBeCloseTo(x('2027-08-15'), 0);
        // under the bar, never over it: below its bottom edge and earlier in the document
        const bar = byClass(group('gateway'), 'bar')[0];
        expect(num(gateway, 'y')).toBeGreaterThanOrEqual(num(bar, 'y') + num(bar, 'height'));
        expect(svg.indexOf('class="ghost ghost-planned" data-start="2027-06-15"')).toBeLessThan(svg.indexOf('class="bar critical state-active" data-id="gateway"'));
        // a milestone's ghost is a small diamond at its planned date
        const milestone = byClass(group('programme-done'), 'ghost-planned')[0];
        expect(classes(milestone)).toContain('ghost-milestone');
        expect(milestone.attribs['data-start']).toBe('2028-05-15');
        expect(Number(/^M([\d.]+),/.exec(milestone.attribs.d)![1])).toBeCloseTo(x('2028-05-15'), 0);
    });

    it('a ghost for a change of one day at either end (boundary)', () => {
        const m = trackedModel();
        const open = m.activities.find(a => a.id === 'open-data')!;
        open.end = '2028-03-16'; // planned end 2028-03-15
        const d = parseSvg(renderSvg(m));
        expect(byClass(group('open-data', d), 'ghost-planned')).toHaveLength(1);
        const teams = m.activities.find(a => a.id === 'teams')!;
        teams.start = '2027-03-16'; // planned start 2027-03-15
        expect(byClass(group('teams', parseSvg(renderSvg(m))), 'ghost-planned')).toHaveLength(1);
    });

    it('marks every bar and milestone with its health as a shape, a colour class and a text', () => {
        const expected = { 'done': ['dtp', 'go', 'governance', 'kaders', 'landing', 'teams'], 'at-risk': ['data'], 'late': ['gateway', 'portal', 'programme-done', 'zaak'] };
        const marks = byClass(doc, 'health').filter(el => el.attribs['data-health'] && el.parent && classes(el.parent as Element).includes('activity'));
        const byHealth = (health: string) => marks.filter(el => el.attribs['data-health'] === health).map(el => (el.parent as Element).attribs['data-id']).sort();
        for (const [health, ids] of Object.entries(expected)) expect(byHealth(health), health).toEqual(ids);
        expect(byHealth('on-track')).toEqual(['academy', 'dashboards', 'foundation-ready', 'open-data', 'soc']);
        expect(marks).toHaveLength(finite.length);
        const shapes = new Set<string>();
        for (const mark of marks) {
            expect(classes(mark)).toContain(`health-${mark.attribs['data-health']}`);
            shapes.add(mark.attribs.d.replace(/[\d.]+/g, ''));
            // the activity's tooltip names the health in words beside the mark's symbol
            const title = text(all(mark.parent as Element, el => el.name === 'title')[0]);
            expect(title).toMatch(/health (✓ done|● on track|▲ at risk: .+|✖ late: .+)$/m);
        }
        expect(shapes.size).toBe(4); // four different shapes, not one shape in four colours
        // recurring work has no end to be late by: no mark
        expect(byClass(group('review'), 'health')).toHaveLength(0);
        // the mark sits after the bar's end and before a label on the right
        const bar = byClass(group('portal'), 'bar')[0];
        const mark = byClass(group('portal'), 'health')[0];
        const markX = Number(/^M([\d.]+),/.exec(mark.attribs.d)![1]);
        expect(markX).toBeGreaterThan(num(bar, 'x') + num(bar, 'width'));
    });

    it('fills the done part of a bar and writes the percentage; done work is filled whole and says so with ✓', () => {
        const fill = (id: string) => byClass(group(id), 'progress-fill')[0];
        const bar = (id: string) => byClass(group(id), 'bar')[0];
        expect(num(fill('gateway'), 'width')).toBeCloseTo(num(bar('gateway'), 'width') * 0.6, 0);
        expect(num(fill('gateway'), 'height')).toBe(num(bar('gateway'), 'height'));
        expect(text(byClass(group('gateway'), 'pct')[0])).toBe('60%');
        expect(text(byClass(group('data'), 'pct')[0])).toBe('45%');
        expect(num(fill('landing'), 'width')).toBeCloseTo(num(bar('landing'), 'width'), 0);
        expect(byClass(group('landing'), 'pct')).toHaveLength(0);
        expect(classes(bar('landing'))).toContain('state-done');
        // active with nothing recorded: 0% as text, no fill; planned work: neither
        expect(text(byClass(group('academy'), 'pct')[0])).toBe('0%');
        expect(byClass(group('academy'), 'progress-fill')).toHaveLength(0);
        expect(byClass(group('portal'), 'pct')).toHaveLength(0);
        expect(byClass(group('portal'), 'progress-fill')).toHaveLength(0);
        // the old thin progress strip is not drawn as well
        expect(byClass(doc, 'progress').filter(el => el.attribs['data-progress'])).toHaveLength(0);
    });

    it('keeps the percentage, the mark and the label apart', () => {
        const crowded: RoadmapModel = trackedModel();
        crowded.activities = crowded.activities.map(a => ({ ...a, label: `${a.label} with a much longer name than fits` }));
        for (const [m, width] of [[model, 1600], [crowded, 1000], [model, 700]] as const) {
            const layout = layoutRoadmap(m, { width });
            for (const item of layout.items.values()) {
                const track = item.track;
                if (!track) continue;
                const spans: [string, number, number][] = [['bar', item.x0, item.x1]];
                if (track.health) spans.push(['mark', track.markX - 6, track.markX + 6]);
                if (track.progressText && !track.progressInside) spans.push(['pct', track.progressX, track.progressX + textWidth(track.progressText, 10.5)]);
                if (item.label.text && !item.label.inside) {
                    const w = textWidth(item.label.text) * (item.activity.critical ? 1.1 : 1);
                    spans.push(['label', item.label.anchor === 'start' ? item.label.x : item.label.x - w, item.label.anchor === 'start' ? item.label.x + w : item.label.x]);
                }
                for (let i = 0; i < spans.length; i++) {
                    for (let j = i + 1; j < spans.length; j++) {
                        const [a, b] = [spans[i], spans[j]];
                        expect(a[2] <= b[1] || b[2] <= a[1], `${item.activity.id}: ${a[0]} and ${b[0]} overlap at width ${width}`).toBe(true);
                    }
                }
                if (track.progressInside && item.label.inside) {
                    expect(item.label.x + textWidth(item.label.text)).toBeLessThan(track.progressX - textWidth(track.progressText!, 10.5));
                }
            }
        }
    });

    it('draws the status-date line at its date on the scale, labelled, and no today line', () => {
        const status = byClass(doc, 'status-date')[0];
        expect(status.attribs['data-date']).toBe(STATUS_DATE);
        const line = byClass(status, 'status-line')[0];
        expect(num(line, 'x1')).toBeCloseTo(x(STATUS_DATE), 0);
        expect(num(line, 'x2')).toBe(num(line, 'x1'));
        expect(text(byClass(status, 'status-label')[0])).toBe(`Status date ${STATUS_DATE}`);
        expect(byClass(doc, 'today')).toHaveLength(0);
        expect(byClass(doc, 'today-note')).toHaveLength(0);
        expect(text(byClass(doc, 'tracking-summary')[0])).toBe(
            'Status date 2027-09-01  ·  forecast end 2028-06-25 (planned 2028-05-14, +42 days)  ·  ✖ 4 late  ·  ▲ 1 at risk  ·  ● 5 on track  ·  ✓ 6 done');
    });

    it('tells planned and forecast, variance, state, health and progress in each tooltip', () => {
        const title = (id: string) => text(all(group(id), el => el.name === 'title' && el.parent === group(id))[0]);
        expect(title('gateway')).toContain('Forecast: 2027-06-28 → 2027-09-25 (90 days)');
        expect(title('gateway')).toContain('Planned: 2027-06-15 → 2027-08-14 (61 days)');
        expect(title('gateway')).toContain('Variance: +42 days');
        expect(title('gateway')).toContain('State: active · 60% done · health ✖ late: moves the programme end');
        expect(title('data')).toContain('Variance: +20 days');
        expect(title('data')).toContain('▲ at risk');
        expect(title('dashboards')).toContain('Variance: 0 days');
        expect(title('landing')).toContain('State: done · health ✓ done');
        expect(title('programme-done')).toContain('Forecast: ◆ 2028-06-26');
        expect(title('programme-done')).toContain('Planned: ◆ 2028-05-15');
    });

    it('explains the tracking marks in the legend, only when tracking', () => {
        const kinds = byClass(doc, 'legend-entry').map(el => el.attribs['data-kind']);
        expect(kinds).toEqual(expect.arrayContaining(['status', 'planned', 'progress-fill', 'health-done', 'health-on-track', 'health-at-risk', 'health-late']));
        expect(kinds).not.toContain('today');
        expect(kinds).not.toContain('base');
        const legend = text(byClass(doc, 'legend')[0]);
        expect(legend).toContain('Status date');
        expect(legend).toContain('Planned dates, where the forecast differs');
        expect(legend).toContain('Late: moves the programme end');

        const plain = parseSvg(renderSvg(noordstadModel(), { today: '2027-06-01' }));
        const plainKinds = byClass(plain, 'legend-entry').map(el => el.attribs['data-kind']);
        for (const kind of ['status', 'planned', 'progress-fill', 'health-done', 'health-late', 'base']) expect(plainKinds).not.toContain(kind);
        expect(plainKinds).toContain('today');
        for (const cls of ['ghost', 'health', 'status-date', 'pct', 'progress-fill']) expect(byClass(plain, cls), cls).toHaveLength(0);
    });

    it('is drawn the same by a real renderer, in both themes', () => {
        for (const theme of ['light', 'dark'] as const) {
            const themed = renderSvg(model, { theme });
            const image = new Resvg(themed).render();
            expect(image.width).toBe(num(parseSvg(themed).children.find(c => (c as Element).name === 'svg') as Element, 'width'));
        }
        expect(renderSvg(trackedModel(), { today: '2027-09-14' })).toBe(svg);
    });
});

describe('the base version as a second ghost', () => {
    const base = noordstadModel();
    const head = noordstadModel();
    Object.assign(head.activities.find(a => a.id === 'portal')!, { start: '2027-09-15', end: '2028-02-15' });
    Object.assign(head.activities.find(a => a.id === 'programme-done')!, { start: '2028-06-15', end: '2028-06-15' });
    head.programme.end = '2028-06-15';
    head.activities.push({ ...head.activities.find(a => a.id === 'open-data')!, id: 'new-work', label: 'Work added since' });
    const d = parseSvg(renderSvg(head, { base, baseLabel: 'v1.0' }));

    it('draws the base dates under exactly the bars that moved, and names the base in the legend and tooltip', () => {
        const ghosted = all(d, el => classes(el).includes('ghost-base')).map(el => (el.parent as Element).attribs['data-id']).filter(Boolean).sort();
        expect(ghosted).toEqual(['portal', 'programme-done']);
        const portal = byClass(group('portal', d), 'ghost-base')[0];
        expect(portal.attribs['data-start']).toBe('2027-08-15');
        const xs = scaleOf(all(d, el => el.name === 'svg')[0]);
        expect(Number(/^M([\d.]+),/.exec(portal.attribs.d)![1])).toBeCloseTo(xs('2027-08-15'), 0);
        expect(byClass(group('portal', d), 'ghost-planned')).toHaveLength(0); // no status date: no planned ghost
        const entry = byClass(d, 'legend-entry').find(el => el.attribs['data-kind'] === 'base')!;
        expect(text(entry)).toContain('Base (v1.0)');
        const title = text(all(group('portal', d), el => el.name === 'title')[0]);
        expect(title).toContain('Base (v1.0): 2027-08-15 → 2028-01-14 (153 days) (moved +31 days)');
        expect(text(all(group('new-work', d), el => el.name === 'title')[0])).toContain('Base (v1.0): not in the base');
    });

    it('keeps planned and base ghosts apart when tracking too', () => {
        const tracked = parseSvg(renderSvg(model, { base: noordstadModel(), baseLabel: 'HEAD~1' }));
        const gateway = group('gateway', tracked);
        const planned = byClass(gateway, 'ghost-planned')[0];
        const baseGhost = byClass(gateway, 'ghost-base')[0];
        expect(baseGhost).toBeDefined();
        const baseTop = Number(/^M[\d.]+,([\d.]+)/.exec(baseGhost.attribs.d)![1]);
        expect(baseTop).toBeGreaterThanOrEqual(num(planned, 'y') + num(planned, 'height'));
    });

    it('escapes the base label', () => {
        const hostile = renderSvg(head, { base, baseLabel: '<script>alert(1)</script>"' });
        expect(hostile).not.toContain('<script>');
        expect(hostile).toContain('Base (&lt;script&gt;alert(1)&lt;/script&gt;&quot;)');
        const html = renderHtml(head, { base, baseLabel: '</script><script>alert(1)</script>' });
        expect(all(parseHtml(html), el => el.name === 'script')).toHaveLength(2);
    });
});

describe('the HTML page of a tracked roadmap', () => {
    const html = renderHtml(model, { today: '2027-09-14' });
    const page = parseHtml(html);
    const data = JSON.parse(text(all(page, el => el.name === 'script' && el.attribs.type === 'application/json')[0]));

    it('carries planned, forecast, variance, state, health and progress for the tooltips', () => {
        expect(data.activities.gateway.tracking).toEqual({
            forecast: '2027-06-28 → 2027-09-25 (90 days)', planned: '2027-06-15 → 2027-08-14 (61 days)', variance: '+42 days',
            state: 'active', health: '✖ late: moves the programme end', progress: '60%'
        });
        expect(data.activities.landing.tracking).toMatchObject({ state: 'done', health: '✓ done', progress: '100%' });
        expect(data.activities.review.tracking.variance).toBeNull();
        expect(html).toContain("row('variance', t.variance)");
    });

    it('styles the tracking marks through the page variables, in light and dark', () => {
        const css = text(all(page, el => el.name === 'style')[0]);
        expect(css).toContain('--dtp-health-late:#c8400f');
        expect(css).toContain(':root[data-theme=dark]{');
        expect(css).toContain('.health-late{fill:var(--dtp-health-late)}');
        expect(css).toContain('.status-line{stroke:var(--dtp-status-line)');
        // without a status date the page has no tracking rules
        expect(renderHtml(noordstadModel())).not.toContain('.health-late');
    });
});
