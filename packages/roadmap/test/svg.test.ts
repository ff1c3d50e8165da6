import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { renderSvg } from '../src/svg.js';
import { layoutRoadmap } from '../src/layout.js';
import type { RoadmapModel } from '../src/model.js';
import { noordstadModel } from './fixtures/noordstad.js';
import { all, byClass, classes, num, parseSvg, text, type Element } from './dom.js';

const TODAY = '2027-06-01';
const model = noordstadModel();
const svg = renderSvg(model, { today: TODAY });
const doc = parseSvg(svg);
const root = all(doc, el => el.name === 'svg')[0];

/** The time scale rebuilt from what the SVG declares, independently of the renderer's own code. */
function scale() {
    const s = scaleUtc()
        .domain([new Date(`${root.attribs['data-domain-start']}T00:00:00Z`), new Date(`${root.attribs['data-domain-end']}T00:00:00Z`)])
        .range([num(root, 'data-chart-left'), num(root, 'data-chart-right')]);
    return (date: string) => s(new Date(`${date}T00:00:00Z`));
}
const x = scale();

const activity = (id: string) => model.activities.find(a => a.id === id)!;

describe('renderSvg on the Noordstad roadmap', () => {
    it('draws one bar per activity that lasts and one diamond per milestone, each tagged with its id', () => {
        const bars = byClass(doc, 'bar').filter(el => el.attribs['data-id']);
        const diamonds = byClass(doc, 'milestone').filter(el => el.attribs['data-id']);
        const lasting = model.activities.filter(a => a.kind !== 'milestone').map(a => a.id);
        const milestones = model.activities.filter(a => a.kind === 'milestone').map(a => a.id);
        expect(bars.map(el => el.attribs['data-id']).sort()).toEqual([...lasting].sort());
        expect(diamonds.map(el => el.attribs['data-id']).sort()).toEqual([...milestones].sort());
        expect(diamonds.every(el => el.name === 'path')).toBe(true);
    });

    it('puts every bar at the x and width of its dates on the time scale', () => {
        for (const bar of byClass(doc, 'bar').filter(el => el.attribs['data-id'])) {
            const a = activity(bar.attribs['data-id']);
            expect(num(bar, 'x')).toBeCloseTo(x(a.start!), 0);
            if (a.end) expect(num(bar, 'width')).toBeCloseTo(x(a.end) - x(a.start!), 0);
            else expect(classes(bar)).toContain('recurring'); // open-ended: fades out to the right edge
        }
        for (const diamond of byClass(doc, 'milestone').filter(el => el.attribs['data-id'])) {
            const centre = Number(/^M([\d.]+),/.exec(diamond.attribs.d)![1]);
            expect(centre).toBeCloseTo(x(activity(diamond.attribs['data-id']).start!), 0);
        }
    });

    it('draws one arrow per dependency, requires-edges distinct from after-edges', () => {
        const arrows = byClass(doc, 'dep').filter(el => el.attribs['data-from']);
        expect(arrows).toHaveLength(model.dependencies.length);
        const drawn = arrows.map(el => `${el.attribs['data-from']}>${el.attribs['data-to']}:${classes(el).includes('requires') ? 'requires' : 'after'}`).sort();
        expect(drawn).toEqual(model.dependencies.map(d => `${d.from}>${d.to}:${d.type}`).sort());
        for (const arrow of arrows) expect(arrow.attribs['marker-end']).toMatch(/^url\(#dtp-arrow/);
    });

    it('marks exactly the critical activities and critical edges', () => {
        const critical = all(doc, el => el.attribs['data-id'] !== undefined && (el.name === 'rect' || el.name === 'path') && classes(el).includes('critical'))
            .map(el => el.attribs['data-id']).sort();
        expect(critical).toEqual(model.activities.filter(a => a.critical).map(a => a.id).sort());
        expect(critical).toEqual([...model.criticalPath].sort());
        const criticalEdges = byClass(doc, 'dep').filter(el => classes(el).includes('critical')).length;
        expect(criticalEdges).toBe(model.dependencies.filter(d => d.critical).length);
        expect(criticalEdges).toBeGreaterThan(0);
    });

    it('draws each phase band over its span, so overlaps show exactly as scheduled', () => {
        const bands = new Map(byClass(doc, 'band').filter(el => el.attribs['data-phase']).map(el => [el.attribs['data-phase'], el]));
        for (const phase of model.phases) {
            const band = bands.get(phase.kind)!;
            expect(num(band, 'x')).toBeCloseTo(x(phase.start!), 0);
            if (phase.end) expect(num(band, 'x') + num(band, 'width')).toBeCloseTo(x(phase.end), 0);
            else expect(classes(band)).toContain('band-open');
        }
        const span = (kind: string) => { const b = bands.get(kind)!; return [num(b, 'x'), num(b, 'x') + num(b, 'width')]; };
        // foundation (→ 2027-10-15) and improvement (2027-08-15 →) overlap by exactly two months
        expect(span('foundation')[1] - span('improvement')[0]).toBeCloseTo(x('2027-10-15') - x('2027-08-15'), 0);
        // initiation ends where foundation begins: they touch, they do not overlap
        expect(span('initiation')[1]).toBeCloseTo(span('foundation')[0], 0);
        // lanes are stacked in the canonical order
        const laneYs = ['initiation', 'foundation', 'improvement', 'continuous-improvement'].map(kind => num(bands.get(kind)!, 'y'));
        expect([...laneYs].sort((a, b) => a - b)).toEqual(laneYs);
    });

    it('draws the today line at today on the scale', () => {
        const line = byClass(doc, 'today-line').find(el => el.name === 'line' && el.parent && (el.parent as Element).attribs?.['data-date'] === TODAY)!;
        expect(num(line, 'x1')).toBeCloseTo(x(TODAY), 0);
        expect(num(line, 'x2')).toBe(num(line, 'x1'));
    });

    it('says where today is when it lies outside the roadmap, and draws no line', () => {
        const before = parseSvg(renderSvg(model, { today: '2020-01-01' }));
        expect(byClass(before, 'today').length).toBe(0);
        expect(text(byClass(before, 'today-note')[0])).toContain('before this roadmap starts');
    });

    it('repeats recurring activities as ticks from their start and draws continuous improvement open-ended', () => {
        const review = all(doc, el => el.name === 'g' && classes(el).includes('activity') && el.attribs['data-id'] === 'review')[0];
        const ticks = byClass(review, 'tick-mark');
        expect(ticks[0].attribs['data-date']).toBe('2028-05-15');
        expect(ticks.slice(0, 3).map(t => t.attribs['data-date'])).toEqual(['2028-05-15', '2028-08-15', '2028-11-15']);
        for (const tick of ticks) expect(num(tick, 'x1')).toBeCloseTo(x(tick.attribs['data-date']), 0);
        const bar = byClass(review, 'bar')[0];
        expect(num(bar, 'x') + num(bar, 'width')).toBeCloseTo(num(root, 'data-chart-right'), 0);
    });

    it('marks diagnostics on the affected bar with a badge and the message in a tooltip', () => {
        const group = all(doc, el => el.name === 'g' && el.attribs['data-id'] === 'open-data')[0];
        expect(classes(group)).toContain('has-warning');
        const badge = byClass(group, 'badge')[0];
        expect(classes(badge)).toContain('warning');
        expect(text(byClass(group, 'badge-group')[0])).toContain('unfounded-improvement');
    });

    it('gives every activity a tooltip with its dates and slack', () => {
        const group = all(doc, el => el.name === 'g' && el.attribs['data-id'] === 'data')[0];
        const title = all(group, el => el.name === 'title')[0];
        expect(text(title)).toContain('2027-06-15 → 2027-10-14 (122 days)');
        expect(text(title)).toContain('slack 31 days');
        expect(text(title)).toContain('Provides: data-platform');
    });

    it('marks where each capability becomes available and where it is needed', () => {
        const cloud = all(doc, el => el.name === 'g' && el.attribs['data-capability'] === 'data-platform')[0];
        const available = byClass(cloud, 'cap-available')[0];
        expect(available.attribs['data-date']).toBe('2027-10-15');
        const needed = byClass(cloud, 'cap-needed').map(el => el.attribs['data-activity']).sort();
        expect(needed).toEqual(['dashboards', 'open-data', 'zaak']);
    });

    it('has a legend and the transformation plan drawn distinctly', () => {
        expect(byClass(doc, 'legend-entry').map(el => el.attribs['data-kind'])).toEqual(expect.arrayContaining(['critical', 'milestone', 'requires', 'transformation-plan', 'today']));
        const dtp = byClass(doc, 'bar').find(el => el.attribs['data-id'] === 'dtp')!;
        expect(classes(dtp)).toContain('transformation-plan');
    });

    it('is well-formed SVG that a real renderer accepts, and deterministic', () => {
        const png = new Resvg(svg).render();
        expect(png.width).toBe(num(root, 'width'));
        expect(renderSvg(noordstadModel(), { today: TODAY })).toBe(svg);
    });

    it('styles the vscode theme through VS Code variables with fallbacks', () => {
        const themed = renderSvg(model, { theme: 'vscode' });
        expect(themed).toContain('var(--vscode-editor-foreground, #1f2328)');
        expect(renderSvg(model, { theme: 'dark' })).toContain('#0d1117');
        expect(renderSvg(model, { theme: 'vscode', styleNonce: 'n0nce"x' })).toContain('<style nonce="n0nce&quot;x">');
    });
});

describe('layout', () => {
    it('never lets a bar or its label overlap another item in the same row', () => {
        const crowded: RoadmapModel = { ...model, activities: model.activities.map(a => ({ ...a, label: `${a.label} with a much longer name that cannot fit inside` })) };
        for (const m of [model, crowded]) {
            const layout = layoutRoadmap(m, { width: 1000 });
            for (const lane of layout.lanes) {
                const rows = new Map<number, [number, number][]>();
                for (const item of lane.items) {
                    const w = item.label.inside ? 0 : item.label.text.length * 4; // a lower bound of the text width
                    const left = item.label.anchor === 'end' && !item.label.inside ? Math.min(item.x0, item.label.x - w) : item.x0;
                    const right = item.label.anchor === 'start' && !item.label.inside ? Math.max(item.x1, item.label.x + w) : item.x1;
                    const spans = rows.get(item.row) ?? [];
                    for (const [l, r] of spans) expect(right <= l || left >= r, `${item.activity.id} overlaps in row ${item.row}`).toBe(true);
                    spans.push([left, right]);
                    rows.set(item.row, spans);
                }
            }
        }
    });

    it('truncates a label that fits nowhere and keeps the full text in the tooltip', () => {
        const long = 'A'.repeat(400);
        const m: RoadmapModel = { ...model, activities: model.activities.map(a => a.id === 'zaak' ? { ...a, label: long } : a) };
        const d = parseSvg(renderSvg(m, { width: 900 }));
        const group = all(d, el => el.name === 'g' && el.attribs['data-id'] === 'zaak')[0];
        const label = byClass(group, 'label')[0];
        expect(text(label).endsWith('…')).toBe(true);
        expect(text(label).length).toBeLessThan(long.length);
        expect(text(all(group, el => el.name === 'title')[0])).toContain(long);
    });

    it('chooses months, quarters or years by span', () => {
        expect(layoutRoadmap(model).tickUnit).toBe('month');
        expect(layoutRoadmap(model, { width: 700 }).tickUnit).toBe('quarter');
        const long: RoadmapModel = { ...model, programme: { ...model.programme, end: '2040-01-01' } };
        expect(layoutRoadmap(long).tickUnit).toBe('year');
    });
});

