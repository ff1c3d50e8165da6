// `dtp render` views, filters, folding and the slide size, end to end: the built CLI as a subprocess on the Noordstad
// plans, the 60-activity tracked plan and generated plans up to 10,000 activities. The pictures are checked by their
// structure and geometry: no dependency line crosses a label, every row holds one chain of linked work, the board is
// one 16:9 slide, a large plan folds to a picture a person can scroll.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePlan } from '../../packages/cli/scripts/generate-plan.mjs';
import { textWidth } from '../../packages/roadmap/src/layout.js';
import { examplesDir, repoRoot, requireBuiltCli, runDtp, STACK_FRAME, temporaryDirectory } from '../cli/run-dtp.js';

const noordstad = path.join(examplesDir, 'noordstad.dtp');
const tracked = path.join(examplesDir, 'noordstad-tracked.dtp');
const crowded = path.join(repoRoot, 'test/fixtures/render/tracked-60.dtp');
const TODAY = '2027-09-14';

type Doc = ReturnType<typeof parseDocument>;
type El = { name: string; attribs: Record<string, string>; children: unknown[]; parent: El | null };
const elements = (root: Doc | El, predicate: (el: El) => boolean) => DomUtils.findAll(predicate as never, (root as Doc).children as never) as unknown as El[];
const classesOf = (el: El) => (el.attribs.class ?? '').split(/\s+/);
const hasClass = (el: El, cls: string) => classesOf(el).includes(cls);
const byClass = (root: Doc | El, cls: string) => elements(root, el => hasClass(el, cls));
const textOf = (el: El) => DomUtils.textContent(el as never);
const num = (el: El, name: string) => Number(el.attribs[name]);
const svgOf = (text: string) => parseDocument(text, { xmlMode: true });
const root = (doc: Doc) => elements(doc, el => el.name === 'svg')[0];

interface Activity {
    id: string; kind: string; phase: string; owner?: string; critical: boolean; start: string | null; end: string | null;
    after: { id: string }[]; requires: string[]; health?: string;
}
interface Model { activities: Activity[]; capabilities: { id: string; providers: string[] }[]; programme: { statusDate?: string } }

let tmp: { dir: string; remove: () => void };
const models = new Map<string, Model>();

async function modelOf(file: string): Promise<Model> {
    if (!models.has(file)) {
        const result = await runDtp(['render', file, '-f', 'json']);
        expect(result.code, result.stderr).toBeLessThan(2);
        models.set(file, JSON.parse(result.stdout));
    }
    return models.get(file)!;
}

async function svg(file: string, ...args: string[]): Promise<Doc> {
    const result = await runDtp(['render', file, '-f', 'svg', '--today', TODAY, ...args]);
    expect(result.code, result.stderr).toBe(0);
    return svgOf(result.stdout);
}

/** A generated plan of exactly `size` activities (the benchmark's shape). */
function generated(size: number): string {
    const file = path.join(tmp.dir, `plan-${size}.dtp`);
    writeFileSync(file, generatePlan(size));
    return file;
}

beforeAll(() => {
    requireBuiltCli();
    tmp = temporaryDirectory('dtp-views-');
});
afterAll(() => tmp?.remove());

// ---- geometry ----------------------------------------------------------------------------------------------------

type Box = { id: string; left: number; right: number; top: number; bottom: number };
type Segment = { x1: number; y1: number; x2: number; y2: number };

/** The box a label's text covers (12 px text: ascent 10, descent 3), as wide as the renderer estimates it. */
function labelBoxes(doc: Doc): Box[] {
    return elements(doc, el => el.name === 'text' && hasClass(el, 'label')).map(el => {
        const bold = hasClass(el, 'critical') || hasClass(el, 'summary-label');
        const w = textWidth(textOf(el)) * (bold ? 1.1 : 1);
        const x = num(el, 'x');
        const y = num(el, 'y');
        const end = el.attribs['text-anchor'] === 'end';
        const group = el.parent;
        return { id: group?.attribs['data-id'] ?? group?.attribs['data-group'] ?? '?', left: end ? x - w : x, right: end ? x : x + w, top: y - 10, bottom: y + 3 };
    });
}

/** The straight pieces of a path drawn with M, H and V only (the renderer's dependency lines). */
function segments(d: string): Segment[] {
    const result: Segment[] = [];
    let x = 0;
    let y = 0;
    for (const [, command, args] of d.matchAll(/([MHVL])\s*([-\d.,\s]+)/g)) {
        const values = args.trim().split(/[\s,]+/).map(Number);
        if (command === 'M') { [x, y] = values; continue; }
        const next = command === 'H' ? { x: values[0], y } : command === 'V' ? { x, y: values[0] } : { x: values[0], y: values[1] };
        result.push({ x1: x, y1: y, x2: next.x, y2: next.y });
        ({ x, y } = next);
    }
    return result;
}

function crosses(s: Segment, box: Box): boolean {
    const [left, right] = [Math.min(s.x1, s.x2), Math.max(s.x1, s.x2)];
    const [top, bottom] = [Math.min(s.y1, s.y2), Math.max(s.y1, s.y2)];
    return left < box.right && right > box.left && top < box.bottom && bottom > box.top;
}

function crossings(doc: Doc): string[] {
    const boxes = labelBoxes(doc);
    const found: string[] = [];
    for (const path of elements(doc, el => el.name === 'path' && hasClass(el, 'dep'))) {
        for (const segment of segments(path.attribs.d)) {
            for (const box of boxes) {
                if (crosses(segment, box)) found.push(`${path.attribs['data-from']}→${path.attribs['data-to']} crosses the label of ${box.id}`);
            }
        }
    }
    return found;
}

/** Activities linked by a path of after/requires dependencies, either way. */
function linker(model: Model): (a: string, b: string) => boolean {
    const providers = new Map(model.capabilities.map(c => [c.id, c.providers]));
    const predecessors = new Map(model.activities.map(a => [a.id, [...a.after.map(e => e.id), ...a.requires.flatMap(c => providers.get(c) ?? [])]]));
    const ancestors = new Map<string, Set<string>>();
    const ancestorsOf = (id: string): Set<string> => {
        let set = ancestors.get(id);
        if (set) return set;
        set = new Set();
        ancestors.set(id, set);
        for (const p of predecessors.get(id) ?? []) {
            set.add(p);
            for (const q of ancestorsOf(p)) set.add(q);
        }
        return set;
    };
    return (a, b) => ancestorsOf(a).has(b) || ancestorsOf(b).has(a);
}

/** The rows of the picture: activities whose bar (or diamond) lies at the same height in the same lane. */
function rowsOf(doc: Doc): string[][] {
    const rows = new Map<string, string[]>();
    for (const group of byClass(doc, 'activity')) {
        const shape = elements(group, el => (el.name === 'rect' && hasClass(el, 'bar')) || (el.name === 'path' && hasClass(el, 'milestone')))[0];
        const y = shape.name === 'rect' ? num(shape, 'y') + num(shape, 'height') / 2 : Number(/M[-\d.]+,([-\d.]+)/.exec(shape.attribs.d)![1]) + 8;
        const key = String(Math.round(y));
        rows.set(key, [...(rows.get(key) ?? []), group.attribs['data-id']]);
    }
    return [...rows.values()];
}

describe('the detail view', () => {
    it('geometry helpers see a crossing when there is one (so the checks below can fail)', () => {
        const box: Box = { id: 'x', left: 100, right: 200, top: 40, bottom: 53 };
        expect(crosses({ x1: 150, y1: 0, x2: 150, y2: 100 }, box)).toBe(true);
        expect(crosses({ x1: 90, y1: 46, x2: 120, y2: 46 }, box)).toBe(true);
        // must not: a line in the gap above, and one ending exactly where the label begins
        expect(crosses({ x1: 0, y1: 36, x2: 300, y2: 36 }, box)).toBe(false);
        expect(crosses({ x1: 60, y1: 46, x2: 100, y2: 46 }, box)).toBe(false);
        expect(segments('M10,20 H30 V40 H5')).toEqual([{ x1: 10, y1: 20, x2: 30, y2: 20 }, { x1: 30, y1: 20, x2: 30, y2: 40 }, { x1: 30, y1: 40, x2: 5, y2: 40 }]);
    });

    for (const [name, file] of [['Noordstad', noordstad], ['Noordstad tracked', tracked], ['the 60-activity plan', crowded]] as const) {
        it(`${name}: no dependency line crosses a label, light and dark, wide and narrow`, async () => {
            for (const args of [[], ['--theme', 'dark'], ['--width', '1000']]) {
                const doc = await svg(file, ...args);
                const lines = elements(doc, el => el.name === 'path' && hasClass(el, 'dep'));
                expect(lines.length, 'lines drawn').toBeGreaterThan(10);
                expect(labelBoxes(doc).length, 'labels drawn').toBeGreaterThan(15);
                expect(crossings(doc), args.join(' ')).toEqual([]);
            }
        });

        it(`${name}: a row per chain — any two activities on one row are linked by dependencies`, async () => {
            const model = await modelOf(file);
            const linked = linker(model);
            const rows = rowsOf(await svg(file));
            let pairs = 0;
            for (const row of rows) {
                for (let i = 0; i < row.length; i++) {
                    for (let j = i + 1; j < row.length; j++, pairs++) expect(linked(row[i], row[j]), `${row[i]} and ${row[j]} share a row`).toBe(true);
                }
            }
            // Not vacuous: chains do share rows, and unlinked work exists (it got rows of its own).
            expect(pairs).toBeGreaterThan(0);
            const ids = model.activities.map(a => a.id);
            expect(ids.some((a, i) => ids.slice(i + 1).some(b => !linked(a, b)))).toBe(true);
        });
    }
});

describe('the board view', () => {
    it('is one 16:9 slide with phases, milestones, the transformation plan and health, and no lines', async () => {
        const model = await modelOf(tracked);
        const doc = await svg(tracked, '--view', 'board');
        const top = root(doc);
        expect([top.attribs.width, top.attribs.height, top.attribs.viewBox]).toEqual(['1920', '1080', '0 0 1920 1080']);
        expect(elements(doc, el => hasClass(el, 'dep'))).toHaveLength(0);
        expect(byClass(doc, 'board-phase').map(el => el.attribs['data-phase'])).toEqual(['initiation', 'foundation', 'improvement', 'continuous-improvement']);
        const milestones = model.activities.filter(a => a.kind === 'milestone').map(a => a.id).sort();
        expect(byClass(doc, 'milestone-item').map(el => el.attribs['data-id']).sort()).toEqual(milestones);
        expect(elements(doc, el => el.name === 'rect' && hasClass(el, 'transformation-plan') && el.attribs['data-id'] !== undefined).map(el => el.attribs['data-id'])).toEqual(['dtp']);
        // Health: each phase counts its activities' health, and the counts add up to the plan's.
        const counts: Record<string, number> = {};
        for (const phase of byClass(doc, 'board-phase')) {
            for (const count of byClass(phase, 'board-count')) counts[count.attribs['data-health']] = (counts[count.attribs['data-health']] ?? 0) + Number(count.attribs['data-count']);
        }
        const expected: Record<string, number> = {};
        for (const a of model.activities) if (a.health && a.end !== null) expected[a.health] = (expected[a.health] ?? 0) + 1;
        expect(counts).toEqual(expected);
        // planned against forecast: each moved phase has its plan as a ghost, and the improvement's end moved +42 days
        const improvement = byClass(doc, 'board-phase').find(el => el.attribs['data-phase'] === 'improvement')!;
        expect(byClass(improvement, 'ghost-planned')).toHaveLength(1);
        expect(byClass(improvement, 'board-variance')[0].attribs['data-variance']).toBe('42');
        expect(textOf(byClass(doc, 'board-kpi')[0])).toBe('Forecast end 25 Jun 2028');
    });

    it('fits one slide at any size, with text no smaller than 14 px', async () => {
        const big = generated(10_000);
        for (const file of [crowded, big]) {
            const doc = await svg(file, '--view', 'board');
            expect(root(doc).attribs.viewBox).toBe('0 0 1920 1080');
            // everything drawn lies on the slide
            for (const el of elements(doc, e => e.name === 'text' || e.name === 'rect')) {
                const y = num(el, 'y');
                if (Number.isFinite(y)) expect(y, `${el.name}.${el.attribs.class}`).toBeLessThanOrEqual(1080);
            }
            const css = textOf(elements(doc, el => el.name === 'style')[0]);
            const sizes = [...css.matchAll(/\.dtp-board [^{]*\{[^}]*font-size:([\d.]+)px/g)].map(m => Number(m[1]));
            expect(sizes.length).toBeGreaterThan(10);
            expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
        }
    });
});

describe('the owners view', () => {
    it('has a lane per owner, unassigned work last, bars coloured by phase, health marks, no lines unless asked', async () => {
        const model = await modelOf(tracked);
        const doc = await svg(tracked, '--view', 'owners');
        const owners = [...new Set(model.activities.map(a => a.owner).filter(Boolean))].sort((a, b) => a!.localeCompare(b!));
        const lanes = byClass(doc, 'owner-lane');
        expect(lanes.map(el => el.attribs['data-owner'])).toEqual([...owners, 'Unassigned']);
        const laneOf = (y: number) => lanes.find(lane => {
            const divider = byClass(lane, 'lane-divider')[0];
            return y < num(divider, 'y1');
        })?.attribs['data-owner'];
        for (const a of model.activities) {
            const group = byClass(doc, 'activity').find(el => el.attribs['data-id'] === a.id)!;
            expect(hasClass(group, `phase-${a.phase}`), a.id).toBe(true);
            const shape = elements(group, el => hasClass(el, 'bar') || hasClass(el, 'milestone'))[0];
            const y = shape.name === 'rect' ? num(shape, 'y') : Number(/M[-\d.]+,([-\d.]+)/.exec(shape.attribs.d)![1]);
            expect(laneOf(y), a.id).toBe(a.owner ?? 'Unassigned');
            if (a.health && a.end !== null) expect(byClass(group, 'health').map(el => el.attribs['data-health']), a.id).toEqual([a.health]);
        }
        expect(byClass(doc, 'dep')).toHaveLength(0);
        expect(byClass(doc, 'legend-entry').map(el => el.attribs['data-kind'])).toEqual(expect.arrayContaining(['phase-colour-foundation', 'phase-colour-improvement']));
        const withLines = await svg(tracked, '--view', 'owners', '--lines');
        expect(byClass(withLines, 'dep').length).toBeGreaterThan(5);
        expect(crossings(withLines)).toEqual([]);
    });
});

describe('filters', () => {
    it('by phase, by owner (and Unassigned), the critical path only, and lines off', async () => {
        const model = await modelOf(tracked);
        const ids = (keep: (a: Activity) => boolean) => model.activities.filter(keep).map(a => a.id).sort();
        const phase = await svg(tracked, '--phase', 'foundation,improvement');
        expect(drawn(phase)).toEqual(ids(a => a.phase === 'foundation' || a.phase === 'improvement'));
        expect(byClass(phase, 'lane').map(el => el.attribs['data-phase'])).toEqual(['foundation', 'improvement']);
        expect(textOf(byClass(phase, 'subtitle')[0])).toMatch(/\d+ of 19 activities \(phases Foundation, Improvement\)/);
        // must not: dependencies to work left out are not drawn
        const shown = new Set(drawn(phase));
        for (const dep of byClass(phase, 'dep').filter(el => el.attribs['data-from'])) expect(shown.has(dep.attribs['data-from']) && shown.has(dep.attribs['data-to'])).toBe(true);

        expect(drawn(await svg(tracked, '--owner', 'platform TEAM'))).toEqual(ids(a => a.owner === 'Platform team'));
        expect(drawn(await svg(tracked, '--owner', 'Unassigned'))).toEqual(ids(a => !a.owner));
        expect(drawn(await svg(tracked, '--owner', 'Platform team', '--owner', 'HR and Learning'))).toEqual(ids(a => a.owner === 'Platform team' || a.owner === 'HR and Learning'));
        const critical = await svg(tracked, '--critical');
        expect(drawn(critical)).toEqual(ids(a => a.critical));
        expect(byClass(critical, 'dep').length).toBeGreaterThan(0);
        expect(byClass(await svg(tracked, '--no-lines'), 'dep')).toHaveLength(0);
        expect(byClass(await svg(tracked, '--no-lines'), 'legend-entry').map(el => el.attribs['data-kind'])).not.toContain('after');
    });

    it('a date window cuts bars at its edges and leaves out work outside it (edges included)', async () => {
        const model = await modelOf(noordstad);
        const from = '2027-06-01';
        const to = '2027-12-31';
        const doc = await svg(noordstad, '--from', from, '--to', to);
        const top = root(doc);
        expect([top.attribs['data-domain-start'], top.attribs['data-domain-end']]).toEqual([from, '2028-01-01']);
        const inside = (a: Activity) => a.start !== null && (a.kind === 'milestone' ? a.start >= from && a.start <= to : a.start <= to && (a.end === null || a.end > from));
        expect(drawn(doc)).toEqual(model.activities.filter(inside).map(a => a.id).sort());
        const [left, right] = [num(top, 'data-chart-left'), num(top, 'data-chart-right')];
        for (const bar of elements(doc, el => el.name === 'rect' && hasClass(el, 'bar'))) {
            expect(num(bar, 'x')).toBeGreaterThanOrEqual(left - 0.1);
            expect(num(bar, 'x') + num(bar, 'width')).toBeLessThanOrEqual(right + 0.1);
        }
        // a bar running past either edge is marked as cut
        const cut = model.activities.filter(a => inside(a) && a.kind !== 'milestone' && a.end !== null && (a.start! < from || a.end > '2028-01-01'));
        expect(cut.length).toBeGreaterThan(0);
        for (const a of cut) expect(byClass(byClass(doc, 'activity').find(el => el.attribs['data-id'] === a.id)!, 'clip-mark').length, a.id).toBeGreaterThan(0);
        // boundary: a one-day window on a milestone's day shows it; the day before shows neither it nor work that ended then
        const go = model.activities.find(a => a.id === 'go')!;
        expect(drawn(await svg(noordstad, '--from', go.start!, '--to', go.start!))).toContain('go');
        const dayBefore = new Date(Date.parse(`${go.start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        const before = drawn(await svg(noordstad, '--from', dayBefore, '--to', dayBefore));
        expect(before).not.toContain('go');
        for (const a of model.activities.filter(x => x.end === go.start && x.kind !== 'milestone')) expect(before).toContain(a.id); // its last day is the day before
    });

    it('refuses what cannot be drawn with one line and exit 2', async () => {
        const cases: [string[], RegExp][] = [
            [['--phase', 'foundations'], /^dtp: --phase foundations: not a phase kind; give initiation, foundation, improvement, continuous-improvement/],
            [['--owner', 'Nobody'], /^dtp: --owner Nobody: nobody by that name owns work in this plan; owners in the plan: "HR and Learning", "Platform team"/],
            [['--from', '2028-01-01', '--to', '2027-01-01'], /^dtp: --from 2028-01-01 --to 2027-01-01: the window ends before it starts/],
            [['--from', '2027-02-30'], /^dtp: --from: /],
            [['--fold', 'all', '--unfold'], /^dtp: --fold and --unfold contradict each other/],
            [['--fold', 'foundaton'], /^dtp: --fold foundaton: not a phase kind/],
            [['--view', 'owners', '--fold', 'Nobody'], /^dtp: --fold Nobody: no owner of that name in this plan/],
            [['--view', 'gantt'], /--view.*gantt/],
            [['-f', 'md', '--view', 'board'], /^dtp: --view applies to the pictures \(--format svg, png, html or pdf\), not to --format md/],
            [['-f', 'html', '--size', 'slide'], /^dtp: --size slide applies to --format svg and png/]
        ];
        for (const [args, message] of cases) {
            const result = await runDtp(['render', tracked, ...args]);
            expect(result.code, args.join(' ')).toBe(2);
            expect(result.stderr, args.join(' ')).toMatch(message);
            expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
            expect(result.stderr).not.toMatch(STACK_FRAME);
        }
    });
});

describe('folding', () => {
    it('folds a phase, or all, to one summary bar with its count; the summary tells the health when tracking', async () => {
        const model = await modelOf(tracked);
        const doc = await svg(tracked, '--fold', 'foundation');
        const summaries = byClass(doc, 'summary').filter(el => el.attribs['data-group']);
        expect(summaries.map(el => el.attribs['data-group'])).toEqual(['foundation']);
        const foundation = model.activities.filter(a => a.phase === 'foundation');
        expect(summaries[0].attribs['data-count']).toBe(String(foundation.length));
        expect(drawn(doc).some(id => foundation.some(a => a.id === id))).toBe(false);
        const marks = byClass(summaries[0], 'health').map(el => [el.attribs['data-health'], Number(el.attribs['data-count'])]);
        const counts = new Map<string, number>();
        for (const a of foundation) if (a.health && a.end !== null) counts.set(a.health, (counts.get(a.health) ?? 0) + 1);
        expect(new Map(marks as [string, number][])).toEqual(counts);
        expect(summariesOf(await svg(tracked, '--fold', 'all'))).toHaveLength(4);
        expect(summariesOf(await svg(tracked, '--view', 'owners', '--fold', 'platform team'))).toEqual(['Platform team']);
    });

    it('folds by default above 300 activities, not at 300; --unfold draws every bar', async () => {
        const at = await svg(generated(300));
        expect(summariesOf(at)).toHaveLength(0);
        expect(byClass(at, 'activity')).toHaveLength(300);
        const above = await svg(generated(301));
        expect(summariesOf(above)).toEqual(['initiation', 'foundation', 'improvement', 'continuous-improvement']);
        expect(byClass(above, 'activity')).toHaveLength(0);
        expect(textOf(byClass(above, 'subtitle')[0])).toContain('all phase groups folded');
        expect(byClass(await svg(generated(301), '--unfold'), 'activity')).toHaveLength(301);
    }, 60_000);

    it('a 10,000-activity plan gives a picture a person can scroll, in every view', async () => {
        const big = generated(10_000);
        for (const view of ['detail', 'owners']) {
            const doc = await svg(big, '--view', view);
            expect(num(root(doc), 'height'), view).toBeLessThan(5000);
            expect(summariesOf(doc).length, view).toBeGreaterThan(0);
        }
        const png = path.join(tmp.dir, 'big.png');
        const result = await runDtp(['render', big, '-f', 'png', '-o', png]);
        expect(result.code, result.stderr).toBe(0);
        const header = readFileSync(png);
        expect(header.readUInt32BE(16)).toBe(3200);
        expect(header.readUInt32BE(20)).toBeLessThan(10_000);
    }, 120_000);
});

describe('--size slide', () => {
    it('draws any view on 1920 × 1080, as SVG or PNG, the roadmap scaled to fit', async () => {
        for (const view of ['detail', 'board', 'owners']) {
            const doc = await svg(crowded, '--view', view, '--size', 'slide');
            const top = root(doc);
            expect([top.attribs.width, top.attribs.height, top.attribs['data-size']], view).toEqual(['1920', '1080', 'slide']);
            const inner = elements(doc, el => el.name === 'svg' && hasClass(el, 'dtp-roadmap'))[0];
            expect(num(inner, 'x') + num(inner, 'width'), view).toBeLessThanOrEqual(1920.5);
            expect(num(inner, 'y') + num(inner, 'height'), view).toBeLessThanOrEqual(1080.5);
            // fitted: it fills the slide one way or the other
            expect(Math.max(num(inner, 'width') / 1920, num(inner, 'height') / 1080), view).toBeGreaterThan(0.99);
        }
        for (const [view, scale, size] of [['board', [], [1920, 1080]], ['detail', [], [1920, 1080]], ['detail', ['--scale', '2'], [3840, 2160]]] as const) {
            const png = path.join(tmp.dir, `slide-${view}.png`);
            const result = await runDtp(['render', tracked, '-f', 'png', '--view', view, '--size', 'slide', ...scale, '-o', png]);
            expect(result.code, result.stderr).toBe(0);
            const bytes = readFileSync(png);
            expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], `${view} ${scale.join(' ')}`).toEqual(size);
        }
    }, 60_000);
});

/** The groups drawn folded, by their key. */
function summariesOf(doc: Doc): string[] {
    return byClass(doc, 'summary').filter(el => el.attribs['data-group']).map(el => el.attribs['data-group']);
}

function drawn(doc: Doc): string[] {
    return byClass(doc, 'activity').map(el => el.attribs['data-id']).sort();
}
