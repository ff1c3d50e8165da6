// Views of the model, without the CLI: rows hold chains (layout level), dependency routes keep off labels, folded
// groups sum up their members, the owners and board views escape every user string, a slide is 1920 × 1080, and a
// 10,000-activity plan folds to a small picture.
import { describe, expect, it } from 'vitest';
import { layoutRoadmap } from '../src/layout.js';
import type { RoadmapModel } from '../src/model.js';
import { labelSpan, routeDependencies } from '../src/route.js';
import { renderHtml } from '../src/html.js';
import { renderSvg } from '../src/svg.js';
import { FOLD_THRESHOLD, predecessorsOf, resolveView } from '../src/view.js';
import { generatedModel, noordstadModel } from './fixtures/noordstad.js';
import { trackedModel } from './fixtures/tracked.js';
import { all, byClass, num, parseHtml, parseSvg, text } from './dom.js';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';

function linked(model: RoadmapModel): (a: string, b: string) => boolean {
    const predecessors = predecessorsOf(model);
    const reaches = (from: string, to: string): boolean => {
        const seen = new Set<string>();
        const stack = [from];
        while (stack.length) {
            const id = stack.pop()!;
            for (const p of predecessors.get(id) ?? []) {
                if (p === to) return true;
                if (!seen.has(p)) { seen.add(p); stack.push(p); }
            }
        }
        return false;
    };
    return (a, b) => reaches(a, b) || reaches(b, a);
}

describe('rows', () => {
    it('hold one chain each: two activities share a row only when linked, in the detail and owners views', () => {
        for (const model of [noordstadModel(), trackedModel(), generatedModel(400)]) {
            const isLinked = linked(model);
            for (const view of ['detail', 'owners'] as const) {
                const layout = layoutRoadmap(model, { view, fold: 'none' });
                for (const lane of layout.lanes) {
                    const rows = new Map<number, string[]>();
                    for (const item of lane.items) rows.set(item.row, [...(rows.get(item.row) ?? []), item.activity.id]);
                    for (const row of rows.values()) {
                        for (let i = 0; i < row.length; i++) for (let j = i + 1; j < row.length; j++) expect(isLinked(row[i], row[j]), `${row[i]}/${row[j]}`).toBe(true);
                    }
                }
            }
        }
    });

    it('must not put unlinked work side by side even where it would fit (the old first-fit did)', () => {
        // `teams` ends before `gateway` starts and both are in the foundation, but no dependency joins them.
        const model = noordstadModel();
        const layout = layoutRoadmap(model);
        expect(linked(model)('teams', 'gateway')).toBe(false);
        expect(layout.items.get('teams')!.row).not.toBe(layout.items.get('gateway')!.row);
        // while a chain does continue its row where it fits: the milestone after `academy`, the end after `portal`
        expect(layout.items.get('foundation-ready')!.row).toBe(layout.items.get('academy')!.row);
        expect(layout.items.get('programme-done')!.row).toBe(layout.items.get('portal')!.row);
    });
});

describe('routes', () => {
    it('keep every dependency line off every label box, at several widths', () => {
        for (const model of [noordstadModel(), trackedModel()]) {
            for (const width of [700, 1000, 1600, 2400]) {
                const layout = layoutRoadmap(model, { width });
                const boxes = [...layout.items.values()].flatMap(item => {
                    const span = labelSpan(item);
                    return span ? [{ id: item.activity.id, left: span[0], right: span[1], top: item.cy - 6, bottom: item.cy + 7 }] : [];
                });
                for (const { dependency, d } of routeDependencies(layout, model.dependencies)) {
                    let x = 0;
                    let y = 0;
                    for (const [, cmd, a, b] of d.matchAll(/([MHV])(-?\d+)(?:,(-?\d+))?/g)) {
                        const next = cmd === 'M' ? [Number(a), Number(b)] : cmd === 'H' ? [Number(a), y] : [x, Number(a)];
                        if (cmd !== 'M') {
                            for (const box of boxes) {
                                const hit = Math.min(x, next[0]) < box.right && Math.max(x, next[0]) > box.left && Math.min(y, next[1]) < box.bottom && Math.max(y, next[1]) > box.top;
                                expect(hit, `${dependency.from}→${dependency.to} crosses ${box.id} at width ${width}`).toBe(false);
                            }
                        }
                        [x, y] = next;
                    }
                }
            }
        }
    });
});

describe('filters and folds', () => {
    it('a filtered view keeps the dependencies, capabilities and diagnostics of the work it keeps', () => {
        const model = noordstadModel();
        const view = resolveView(model, { phases: ['improvement'] });
        expect(view.model.activities.every(a => a.phase === 'improvement')).toBe(true);
        expect(view.model.dependencies.every(d => view.model.activities.some(a => a.id === d.from) && view.model.activities.some(a => a.id === d.to))).toBe(true);
        expect(view.model.capabilities.every(c => c.requirers.some(id => view.model.activities.some(a => a.id === id)))).toBe(true);
        expect(view.filterText).toBe('phase Improvement');
        expect(resolveView(model).model).toBe(model); // nothing filtered: the same model
    });

    it('folds every group above the threshold, not at it', () => {
        expect(resolveView(generatedModel(FOLD_THRESHOLD)).folded.size).toBe(0);
        expect(resolveView(generatedModel(FOLD_THRESHOLD + 1)).foldedAll).toBe(true);
        expect(resolveView(generatedModel(FOLD_THRESHOLD + 1), { fold: 'none' }).folded.size).toBe(0);
        // filtered below the threshold: unfolded again
        expect(resolveView(generatedModel(FOLD_THRESHOLD + 50), { phases: ['initiation'] }).folded.size).toBe(0);
    });

    it('a folded phase sums up its members: span, count, health and the share of work done', () => {
        const model = trackedModel();
        const layout = layoutRoadmap(model, { fold: ['foundation'] });
        const lane = layout.lanes.find(l => l.kind === 'foundation')!;
        const members = model.activities.filter(a => a.phase === 'foundation');
        expect(lane.items).toHaveLength(0);
        expect(lane.summary!.count).toBe(members.length);
        expect(lane.summary!.milestones).toBe(members.filter(a => a.kind === 'milestone').length);
        const phase = model.phases.find(p => p.kind === 'foundation')!;
        expect([lane.summary!.start, lane.summary!.end]).toEqual([phase.start, phase.end]);
        const health = { 'done': 0, 'on-track': 0, 'at-risk': 0, 'late': 0 };
        for (const a of members) if (a.health && a.end !== null) health[a.health]++;
        expect(lane.summary!.health).toEqual(health);
        expect(lane.summary!.progress).toBeGreaterThan(0);
        expect(lane.summary!.progress).toBeLessThan(100);
    });

    it('a plan of 10,000 activities folds to a picture under 5,000 px high', () => {
        const big = generatedModel(10_000);
        const svg = renderSvg(big, { today: '2027-06-01' });
        const root = all(parseSvg(svg), el => el.name === 'svg')[0];
        expect(num(root, 'height')).toBeLessThan(5000);
        expect(svg.length).toBeLessThan(200_000);
        expect(byClass(parseSvg(renderSvg(big, { view: 'owners' })), 'summary').length).toBeGreaterThan(0);
    });
});

describe('escaping in the views', () => {
    function hostile(): RoadmapModel {
        const model = trackedModel();
        model.programme.title = SCRIPT;
        model.activities[0].owner = SCRIPT;
        model.activities[1].owner = IMG;
        model.activities[3].label = IMG; // a milestone: labelled on the board
        return model;
    }

    it('owner names and labels stay text in the owners view, its folds and filters, the board and a slide', () => {
        const model = hostile();
        const pictures = [
            renderSvg(model, { view: 'owners' }),
            renderSvg(model, { view: 'owners', fold: 'all' }),
            renderSvg(model, { view: 'owners', owners: [SCRIPT, IMG] }),
            renderSvg(model, { view: 'board' }),
            renderSvg(model, { view: 'board', size: 'slide' }),
            renderSvg(model, { size: 'slide', owners: [IMG] })
        ];
        for (const svg of pictures) {
            const doc = parseSvg(svg);
            expect(all(doc, el => el.name === 'script' || el.name === 'img')).toHaveLength(0);
            expect(all(doc, () => true).flatMap(el => Object.keys(el.attribs)).filter(name => /^on/i.test(name))).toEqual([]);
        }
        const owners = parseSvg(pictures[0]);
        expect(byClass(owners, 'owner-lane').map(el => el.attribs['data-owner'])).toEqual(expect.arrayContaining([SCRIPT, IMG]));
        expect(all(owners, el => el.name === 'text').map(el => text(el))).toEqual(expect.arrayContaining([SCRIPT]));
        expect(text(byClass(parseSvg(pictures[2]), 'subtitle')[0])).toContain(`owners ${SCRIPT}, ${IMG}`);
        expect(all(parseSvg(pictures[3]), el => el.name === 'text').map(el => text(el))).toEqual(expect.arrayContaining([IMG]));
        const page = parseHtml(renderHtml(model, { view: 'owners' }));
        expect(all(page, el => el.name === 'script')).toHaveLength(2);
        expect(all(page, el => el.name === 'img')).toHaveLength(0);
    });
});

describe('--size slide', () => {
    it('is 1920 × 1080 with the picture inside it, for every view', () => {
        for (const view of ['detail', 'board', 'owners'] as const) {
            const doc = parseSvg(renderSvg(trackedModel(), { view, size: 'slide' }));
            const [outer, inner] = all(doc, el => el.name === 'svg');
            expect([outer.attribs.width, outer.attribs.height, outer.attribs.viewBox]).toEqual(['1920', '1080', '0 0 1920 1080']);
            expect(num(inner, 'x') + num(inner, 'width')).toBeLessThanOrEqual(1920.1);
            expect(num(inner, 'y') + num(inner, 'height')).toBeLessThanOrEqual(1080.1);
        }
    });
});
