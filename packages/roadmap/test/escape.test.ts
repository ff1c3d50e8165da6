import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/html.js';
import { renderMarkdown } from '../src/markdown.js';
import { renderSvg } from '../src/svg.js';
import type { RoadmapModel } from '../src/model.js';
import { noordstadModel } from './fixtures/noordstad.js';
import { all, parseHtml, parseSvg, text } from './dom.js';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const AMP = 'R&D & <Ops>';

function hostileModel(): RoadmapModel {
    const model = noordstadModel();
    model.programme.title = SCRIPT;
    model.programme.owner = IMG;
    model.phases[0].label = IMG;
    model.capabilities[0].label = SCRIPT;
    model.activities[0].label = SCRIPT;
    model.activities[1].label = IMG;
    model.activities[2].label = AMP;
    model.activities[3].label = `${IMG} milestone`;
    model.activities[4].owner = SCRIPT;
    model.activities[4].description = `${IMG}</title><script>alert(2)</script>`;
    model.diagnostics = [{ code: 'x', severity: 'error', message: `${SCRIPT}${IMG}`, activityId: 'landing' }];
    return model;
}

const attributes = (root: Parameters<typeof all>[0]) => all(root, () => true).flatMap(el => Object.keys(el.attribs));

describe('escaping user text', () => {
    it('SVG: no element or attribute comes from labels, owners, descriptions or messages', () => {
        const doc = parseSvg(renderSvg(hostileModel()));
        expect(all(doc, el => el.name === 'script' || el.name === 'img')).toHaveLength(0);
        expect(attributes(doc).filter(name => /^on/i.test(name))).toEqual([]);
        const labels = all(doc, el => el.name === 'text').map(el => text(el));
        expect(labels).toContain(SCRIPT);
        expect(labels).toContain(AMP);
        // the text survives intact, as text
        const titles = all(doc, el => el.name === 'title').map(el => text(el)).join('\n');
        expect(titles).toContain(`${IMG}</title><script>alert(2)</script>`);
    });

    it('HTML: only the page\'s own two scripts, a strict CSP, and data escaped in the JSON block', () => {
        const html = renderHtml(hostileModel());
        const doc = parseHtml(html);
        const scripts = all(doc, el => el.name === 'script');
        expect(scripts).toHaveLength(2);
        expect(scripts[0].attribs.type).toBe('application/json');
        const nonce = scripts[1].attribs.nonce;
        expect(nonce).toMatch(/^[a-z0-9]+$/);
        expect(all(doc, el => el.name === 'img')).toHaveLength(0);
        expect(attributes(doc).filter(name => /^on/i.test(name))).toEqual([]);
        const csp = all(doc, el => el.name === 'meta' && el.attribs['http-equiv'] === 'Content-Security-Policy')[0].attribs.content;
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain(`script-src 'nonce-${nonce}'`);
        expect(csp).not.toContain('unsafe-inline');
        expect(csp).not.toContain('unsafe-eval');
        const json = text(scripts[0]);
        expect(json).not.toContain('<');
        const data = JSON.parse(json);
        expect(data.activities.dtp.label).toBe(SCRIPT);
        expect(data.activities.landing.problems[0]).toContain(IMG);
        expect(all(doc, el => el.name === 'style').every(el => el.attribs.nonce === nonce)).toBe(true);
        expect(all(doc, el => el.attribs.style !== undefined)).toHaveLength(0); // no inline style for the CSP to block
        expect(text(all(doc, el => el.name === 'title')[0])).toContain(SCRIPT);
    });

    it('Markdown: tables hold no raw HTML from user text', () => {
        const md = renderMarkdown(hostileModel());
        const tables = md;
        expect(tables).not.toContain('<script>');
        expect(tables).not.toContain('<img');
        expect(tables).toContain('&lt;script&gt;');
    });
});
