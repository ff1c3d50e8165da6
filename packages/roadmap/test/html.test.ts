import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/html.js';
import { noordstadModel } from './fixtures/noordstad.js';
import { all, byClass, parseHtml, text } from './dom.js';

const model = noordstadModel();

describe('renderHtml', () => {
    const html = renderHtml(model, { today: '2027-06-01' });
    const doc = parseHtml(html);

    it('embeds the roadmap SVG with every activity and a phase filter per phase', () => {
        // One roadmap; the print pages only show windows (<use>) onto it.
        const svg = all(doc, el => el.name === 'svg' && el.attribs.class === 'dtp-roadmap');
        expect(svg).toHaveLength(1);
        expect(byClass(doc, 'print-page').every(page => all(page, el => el.name === 'g').length === 0)).toBe(true);
        expect(byClass(doc, 'activity').map(el => el.attribs['data-id']).sort()).toEqual(model.activities.map(a => a.id).sort());
        expect(all(doc, el => el.attribs['data-phase-filter'] !== undefined).map(el => el.attribs['data-phase-filter']))
            .toEqual(model.phases.map(p => p.kind));
        expect(all(doc, el => el.name === 'button').map(el => el.attribs.id)).toEqual(['zoom-out', 'zoom-reset', 'zoom-in', 'theme-toggle']);
    });

    it('carries the tooltip data (dates, slack, provides, requires) as JSON for the script', () => {
        const data = JSON.parse(text(all(doc, el => el.name === 'script' && el.attribs.type === 'application/json')[0]));
        expect(data.activities.landing).toMatchObject({ dates: '2027-03-15 → 2027-06-14 (92 days)', slack: '0 days', critical: true, provides: ['cloud', 'iam'] });
        expect(data.activities.portal.requires).toEqual(['cloud', 'iam', 'api-gateway', 'product-teams']);
        expect(data.activities['open-data'].problems[0]).toContain('unfounded-improvement');
        expect(data.activities.review.dates).toBe('from 2028-05-15, every 3m');
    });

    it('themes light, dark and the system preference through CSS variables', () => {
        const css = text(all(doc, el => el.name === 'style')[0]);
        expect(css).toContain(':root{--dtp-background:#ffffff');
        expect(css).toContain(':root[data-theme=dark]{--dtp-background:#0d1117');
        expect(css).toContain('@media (prefers-color-scheme: dark)');
        expect(all(doc, el => el.name === 'html')[0].attribs['data-theme']).toBeUndefined();
        expect(renderHtml(model, { theme: 'dark' })).toContain('<html lang="en" data-theme="dark">');
    });

    it('uses the given nonce, or a reproducible one derived from the content', () => {
        expect(renderHtml(model, { today: '2027-06-01' })).toBe(html);
        const nonce = /script-src 'nonce-([^']+)'/.exec(html)![1];
        expect(html).toContain(`<script nonce="${nonce}">`);
        expect(renderHtml(model, { nonce: 'abc123' })).toContain(`script-src 'nonce-abc123'`);
        const other = noordstadModel();
        other.activities[0].label = 'Another plan';
        expect(renderHtml(other)).not.toContain(`'nonce-${nonce}'`);
    });
});
