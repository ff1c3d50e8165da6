// `dtp render` end to end: the built CLI as a subprocess, every format, on the reference plan and on hostile input.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDir, repoRoot, requireBuiltCli, runDtp, STACK_FRAME, temporaryDirectory } from '../cli/run-dtp.js';

const noordstad = path.join(examplesDir, 'noordstad.dtp');
const fixtures = path.join(repoRoot, 'test/fixtures/render');
const TODAY = '2027-06-01';

type Doc = ReturnType<typeof parseDocument>;
const elements = (doc: Doc, predicate: (el: { name: string; attribs: Record<string, string> }) => boolean) => DomUtils.findAll(predicate, doc.children);
const hasClass = (el: { attribs: Record<string, string> }, cls: string) => (el.attribs.class ?? '').split(/\s+/).includes(cls);

let tmp: { dir: string; remove: () => void };
let model: { version: number; activities: { id: string; kind: string; critical: boolean }[]; dependencies: unknown[] };

beforeAll(async () => {
    requireBuiltCli();
    tmp = temporaryDirectory('dtp-render-');
    const json = await runDtp(['render', noordstad, '--format', 'json', '--today', TODAY]);
    expect(json.code, json.stderr).toBe(0);
    model = JSON.parse(json.stdout);
});
afterAll(() => tmp?.remove());

describe('dtp render', () => {
    it('json: the roadmap model of the plan', () => {
        expect(model.version).toBe(2);
        expect(model.activities.length).toBe(19);
    });

    it('svg (stdout): one bar or diamond per activity, one arrow per dependency, the critical path marked', async () => {
        const result = await runDtp(['render', noordstad, '--format', 'svg', '--today', TODAY]);
        expect(result.code, result.stderr).toBe(0);
        expect(result.stderr).toBe('');
        const doc = parseDocument(result.stdout, { xmlMode: true });
        const marks = elements(doc, el => (hasClass(el, 'bar') || hasClass(el, 'milestone')) && el.attribs['data-id'] !== undefined);
        expect(marks.map(el => el.attribs['data-id']).sort()).toEqual(model.activities.map(a => a.id).sort());
        expect(elements(doc, el => hasClass(el, 'dep') && el.attribs['data-from'] !== undefined)).toHaveLength(model.dependencies.length);
        const critical = marks.filter(el => hasClass(el, 'critical')).map(el => el.attribs['data-id']).sort();
        expect(critical).toEqual(model.activities.filter(a => a.critical).map(a => a.id).sort());
        expect(elements(doc, el => hasClass(el, 'today'))[0].attribs['data-date']).toBe(TODAY);
    });

    it('html (-o): a self-contained page with a strict CSP', async () => {
        const out = path.join(tmp.dir, 'nested/roadmap.html');
        const result = await runDtp(['render', noordstad, '-f', 'html', '-o', out, '--today', TODAY, '--theme', 'dark']);
        expect(result.code, result.stderr).toBe(0);
        expect(result.stdout).toBe('');
        const html = readFileSync(out, 'utf8');
        const doc = parseDocument(html);
        const csp = elements(doc, el => el.name === 'meta' && el.attribs['http-equiv'] === 'Content-Security-Policy')[0].attribs.content;
        expect(csp).toMatch(/default-src 'none'; style-src 'nonce-[\w-]+'; script-src 'nonce-[\w-]+'/);
        expect(elements(doc, el => el.name === 'html')[0].attribs['data-theme']).toBe('dark');
        expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//); // nothing fetched from the network
        expect(elements(doc, el => el.name === 'script' && el.attribs.src !== undefined)).toHaveLength(0);
    });

    it('md and mermaid: a gantt with every activity, and tables in the Markdown', async () => {
        const md = await runDtp(['render', noordstad, '-f', 'md', '--today', TODAY]);
        const mermaid = await runDtp(['render', noordstad, '-f', 'mermaid', '--today', TODAY]);
        expect(md.code).toBe(0);
        expect(mermaid.code).toBe(0);
        expect(mermaid.stdout.startsWith('gantt\n')).toBe(true);
        expect(md.stdout).toContain('```mermaid\n' + mermaid.stdout);
        expect(mermaid.stdout).toContain('Cloud landing zone :crit, t_landing, 2027-03-15, 92d');
        expect(md.stdout).toContain('## Activities');
        // --today marks that day in both, and only when given: a committed ROADMAP.md must not change by the day.
        expect(mermaid.stdout).toContain(`todayMarker off`);
        expect(mermaid.stdout).toContain(`Today ${TODAY} :milestone, t__today, ${TODAY}, 0d`);
        expect(md.stdout).toContain(`Today (${TODAY}): `);
        const undated = await runDtp(['render', noordstad, '-f', 'md']);
        expect(undated.stdout).not.toContain('Today (');
        expect(undated.stdout).not.toContain('todayMarker');
    });

    it('png: a valid PNG at twice the SVG size; refused without -o', async () => {
        const out = path.join(tmp.dir, 'roadmap.png');
        const result = await runDtp(['render', noordstad, '-f', 'png', '-o', out, '--today', TODAY]);
        expect(result.code, result.stderr).toBe(0);
        const png = readFileSync(out);
        expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        expect(png.toString('latin1', 12, 16)).toBe('IHDR');
        const svg = (await runDtp(['render', noordstad, '-f', 'svg', '--today', TODAY])).stdout;
        const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
        expect(png.readUInt32BE(16)).toBe(2 * Number(width));
        expect(png.readUInt32BE(20)).toBe(2 * Number(height));
        expect(png.length).toBeGreaterThan(20_000); // a picture, not an empty canvas

        const refused = await runDtp(['render', noordstad, '-f', 'png']);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toContain('-o');
        expect(refused.stdout).toBe('');
    });

    it('rejects a bad --today, --format or --width with exit 2 and no stack trace', async () => {
        for (const args of [['--today', '2027-02-30'], ['--format', 'pdf'], ['--width', 'wide']]) {
            const result = await runDtp(['render', noordstad, ...args]);
            expect(result.code, args.join(' ')).toBe(2);
            expect(result.stderr).toMatch(/^dtp: /m);
            expect(result.stderr).not.toMatch(STACK_FRAME);
        }
    });

    it('escapes hostile labels in svg and html: no injected element or attribute', async () => {
        const file = path.join(fixtures, 'hostile.dtp');
        for (const format of ['svg', 'html'] as const) {
            const result = await runDtp(['render', file, '-f', format, '--today', TODAY]);
            expect(result.code, result.stderr).toBe(0);
            const doc = parseDocument(result.stdout, { xmlMode: format === 'svg' });
            const scripts = elements(doc, el => el.name === 'script');
            expect(scripts.length).toBe(format === 'html' ? 2 : 0);
            expect(elements(doc, el => el.name === 'img' || el.name === 'b' || el.name === 'i')).toHaveLength(0);
            expect(elements(doc, el => el.name === 'style')).toHaveLength(1); // ours: the SVG's stylesheet or the page's
            expect(elements(doc, () => true).flatMap(el => Object.keys((el as { attribs: Record<string, string> }).attribs)).filter(name => /^on/i.test(name))).toEqual([]);
            expect(result.stdout).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
        }
        const mermaid = await runDtp(['render', file, '-f', 'mermaid']);
        expect(mermaid.stdout).not.toMatch(/^\s*%%.*comment/m);
        expect(mermaid.stdout.split('\n').filter(line => /:(milestone, )?(crit, )?t_/.test(line))).toHaveLength(5);
    });

    it('draws a plan with errors, marks them on the bars and exits 1', async () => {
        const file = path.join(fixtures, 'with-errors.dtp');
        const result = await runDtp(['render', file, '-f', 'svg', '--today', TODAY]);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain('dtp validate');
        const doc = parseDocument(result.stdout, { xmlMode: true });
        const portal = elements(doc, el => el.name === 'g' && hasClass(el, 'activity') && el.attribs['data-id'] === 'portal')[0];
        expect(hasClass(portal, 'has-error')).toBe(true);
        expect(DomUtils.textContent(portal)).toContain('prerequisite-late');
        // a problem of a whole phase is marked on its lane, and the header counts them all
        const laneBadge = elements(doc, el => hasClass(el, 'badge-group') && el.attribs['data-phase'] === 'improvement')[0];
        expect(laneBadge.attribs['data-severity']).toBe('warning');
        expect(DomUtils.textContent(laneBadge)).toContain('phase-ends-early');
        expect(DomUtils.textContent(elements(doc, el => hasClass(el, 'subtitle'))[0])).toContain('1 error, 1 warning');
    });
});
