import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { renderHtml } from '../src/html.js';
import { renderMarkdown } from '../src/markdown.js';
import { renderMermaid } from '../src/mermaid.js';
import { renderSvg } from '../src/svg.js';
import type { RoadmapModel } from '../src/model.js';
import { generatedModel, noordstadModel } from './fixtures/noordstad.js';
import { all, byClass, parseSvg } from './dom.js';

function renderAll(model: RoadmapModel) {
    // Unfolded: every bar drawn, however many (a large plan folds by default).
    const svg = renderSvg(model, { today: '2027-01-10', fold: 'none' });
    expect(() => new Resvg(svg).render()).not.toThrow();
    renderHtml(model);
    renderMarkdown(model);
    renderMermaid(model);
    return parseSvg(svg);
}

describe('unusual plans still render', () => {
    it('an empty programme (no phases, no activities)', () => {
        const empty: RoadmapModel = { ...noordstadModel(), phases: [], activities: [], capabilities: [], dependencies: [], criticalPath: [], diagnostics: [] };
        const doc = renderAll(empty);
        expect(byClass(doc, 'bar').filter(el => el.attribs['data-id'])).toHaveLength(0); // only the legend's swatches
        expect(byClass(doc, 'grid').length).toBeGreaterThan(0);
    });

    it('a dependency cycle: its members are drawn as unscheduled placeholders, the rest as usual', () => {
        const model = noordstadModel();
        for (const id of ['gateway', 'data']) Object.assign(model.activities.find(a => a.id === id)!, { scheduled: false, start: null, end: null, slack: null });
        const doc = renderAll(model);
        const placeholders = byClass(doc, 'unscheduled').filter(el => el.name === 'rect');
        expect(placeholders.map(el => el.attribs['data-id']).sort()).toEqual(['data', 'gateway']);
        expect(byClass(doc, 'bar').filter(el => el.attribs['data-id'])).toHaveLength(16);
    });

    it('a phase nothing could be scheduled in has no band', () => {
        const model = noordstadModel();
        Object.assign(model.phases[2], { start: null, end: null });
        const doc = renderAll(model);
        expect(all(doc, el => el.attribs.class?.startsWith('band ') && el.attribs['data-phase'] === 'improvement')).toHaveLength(0);
    });

    it('a one-day plan and a plan of 2,000 activities', () => {
        const model = noordstadModel();
        const tiny: RoadmapModel = { ...model, programme: { ...model.programme, start: '2027-01-04', end: '2027-01-05' }, phases: [], capabilities: [], dependencies: [], criticalPath: [],
            activities: [{ ...model.activities[1], start: '2027-01-04', end: '2027-01-05', after: [] }] };
        expect(byClass(renderAll(tiny), 'bar').filter(el => el.attribs['data-id'])).toHaveLength(1);
        const big = generatedModel(2000);
        expect(byClass(renderAll(big), 'bar').filter(el => el.attribs['data-id'])).toHaveLength(2000);
    }, 180_000); // rendering and parsing 2,000 bars back took over the default timeout on a loaded machine
});
