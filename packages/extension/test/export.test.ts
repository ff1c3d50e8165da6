// The preview's exports without VS Code: format → bytes for every format of the menu, byte for byte what `dtp render`
// writes for the same plan, the pictures in the view shown and the other formats holding the whole plan, and the file
// names next to the plan. Writing through the workbench (save, read back) is test/vscode/preview.suite.ts.
import type { RoadmapModel } from '@dtp/roadmap';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXPORT_FILES, exportBytes, exportPath, type ExportSettings } from '../src/preview/export-formats.js';
import { EXPORT_FORMATS, isFromWebview, type ExportFormat } from '../src/preview/messages.js';

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, '../../..');
const dtp = join(repoRoot, 'packages/cli/bin/dtp.js');
const PLAN = join(repoRoot, 'examples/noordstad-tracked.dtp');
const TODAY = '2027-09-15';
const settings: ExportSettings = { today: TODAY, theme: 'light', locale: 'en' };

let model: RoadmapModel;
let scratch: string;

/** What `dtp render PLAN --format FORMAT` writes, in English; the calendar stamped with the same day as the preview's. */
async function cli(format: string): Promise<Buffer> {
    const out = join(scratch, `plan.${format}`);
    const today = format === 'ics' ? ['--today', TODAY] : [];
    await run(process.execPath, [dtp, 'render', PLAN, '--format', format, ...today, '-o', out], { env: { ...process.env, LANG: 'C', LC_ALL: undefined } });
    return readFile(out);
}

// ignoreBOM: keep the CSV's byte-order mark in the text, so the tests see it.
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

beforeAll(async () => {
    // The model the preview gets is the one `dtp render --format json` prints: the schedule with the plan's diagnostics
    // tied to their activities, as the language server sends it.
    const { stdout } = await run(process.execPath, [dtp, 'render', PLAN, '--format', 'json', '--today', TODAY], { maxBuffer: 16 * 1024 * 1024 });
    model = JSON.parse(stdout) as RoadmapModel;
    scratch = await mkdtemp(join(tmpdir(), 'dtp-preview-export-'));
}, 60_000);

afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('format → bytes', () => {
    test('every format of the menu has a file and gives what its readers expect', async () => {
        expect(Object.keys(EXPORT_FILES).sort()).toEqual([...EXPORT_FORMATS].sort());
        const signature: Record<ExportFormat, (bytes: Uint8Array) => boolean> = {
            svg: b => text(b).startsWith('<svg xmlns="http://www.w3.org/2000/svg"'),
            html: b => text(b).startsWith('<!DOCTYPE html>'),
            pdf: b => text(b.slice(0, 5)) === '%PDF-',
            md: b => text(b).includes('```mermaid\ngantt'),
            mermaid: b => text(b).startsWith('gantt\n'),
            csv: b => text(b).startsWith('\uFEFFid,label,phase,kind,owner,duration,planned start,planned last day,forecast start,forecast last day'),
            xlsx: b => b[0] === 0x50 && b[1] === 0x4b, // PK: a zip
            ics: b => text(b).startsWith('BEGIN:VCALENDAR\r\n'),
            msproject: b => /^<\?xml[^>]*\?>\s*<Project xmlns="http:\/\/schemas.microsoft.com\/project">/.test(text(b)),
            archimate: b => /<model xmlns="http:\/\/www.opengroup.org\/xsd\/archimate\/3.0\/"/.test(text(b))
        };
        for (const format of EXPORT_FORMATS) {
            const bytes = await exportBytes(model, format, settings);
            expect(bytes, format).toBeInstanceOf(Uint8Array);
            expect(signature[format](bytes), `${format} starts as its format does: ${text(bytes.slice(0, 80))}`).toBe(true);
        }
    });

    test('the workbook holds the three sheets, and the CSV a row per activity (milestones have their own table)', async () => {
        const zip = await JSZip.loadAsync(await exportBytes(model, 'xlsx', settings));
        const workbook = await zip.file('xl/workbook.xml')!.async('string');
        expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map(match => match[1])).toEqual(['activities', 'milestones', 'capabilities']);
        const rows = text(await exportBytes(model, 'csv', settings)).trimEnd().split('\r\n');
        expect(rows.length - 1).toBe(model.activities.filter(activity => activity.kind !== 'milestone').length);
    });

    test.each(['csv', 'xlsx', 'ics', 'msproject', 'archimate', 'md', 'mermaid'] as const)('%s: byte for byte what `dtp render` writes for the plan', async format => {
        const preview = Buffer.from(await exportBytes(model, format, settings));
        expect(preview.equals(await cli(format)), `${format}: the preview's export and the CLI's differ`).toBe(true);
    }, 30_000);

    test('pictures show the view of the preview; the other formats hold the whole plan whatever the filter', async () => {
        const foundationOnly: ExportSettings = { ...settings, view: { view: 'detail', phases: ['foundation'], fold: 'none' } };
        const svg = text(await exportBytes(model, 'svg', foundationOnly));
        expect(svg).toContain('data-id="landing"');
        expect(svg).not.toContain('data-id="portal"'); // improvement: filtered out of the picture
        const board = text(await exportBytes(model, 'svg', { ...settings, view: { view: 'board' } }));
        expect(board).toContain('data-view="board"');
        // must not: the filter of the picture leaves the data exports alone
        for (const format of ['csv', 'md', 'archimate'] as const) {
            const whole = text(await exportBytes(model, format, foundationOnly));
            expect(whole, format).toContain('portal');
            expect(whole, format).toBe(text(await exportBytes(model, format, settings)));
        }
    });

    test('the theme colours the pictures; the locale words them, and never changes the data', async () => {
        expect(text(await exportBytes(model, 'svg', { ...settings, theme: 'dark' }))).not.toBe(text(await exportBytes(model, 'svg', settings)));
        const dutch = { ...settings, locale: 'nl' as const };
        expect(text(await exportBytes(model, 'md', dutch))).toContain('Activiteit');
        expect(text(await exportBytes(model, 'md', settings))).not.toContain('Activiteit');
        // The CSV's header row follows the locale; its rows are the plan's values, the same in every language.
        const [dutchHeader, ...dutchRows] = text(await exportBytes(model, 'csv', dutch)).split('\r\n');
        const [englishHeader, ...englishRows] = text(await exportBytes(model, 'csv', settings)).split('\r\n');
        expect(dutchHeader).toContain('geplande start');
        expect(englishHeader).toContain('planned start');
        expect(dutchRows).toEqual(englishRows);
    });

    test('a hostile label stays text: escaped in the pictures, a formula guarded in the CSV', async () => {
        const hostile: RoadmapModel = {
            ...model,
            activities: model.activities.map(activity => activity.id === 'landing' ? { ...activity, label: '=HYPERLINK("x")<script>alert(1)</script>' } : activity)
        };
        for (const format of ['svg', 'html'] as const) {
            const picture = text(await exportBytes(hostile, format, settings));
            expect(picture, format).not.toContain('<script>alert(1)');
            expect(picture, format).toContain('&lt;script&gt;alert(1)');
        }
        expect(text(await exportBytes(hostile, 'csv', settings))).toContain(`"'=HYPERLINK(""x"")<script>alert(1)</script>"`);
    });
});

describe('file names', () => {
    test('next to the plan, named after it; the two XML formats apart', () => {
        expect(exportPath('/plans/noordstad.dtp', 'svg')).toBe('/plans/noordstad.roadmap.svg');
        expect(exportPath('/plans/noordstad.dtp', 'xlsx')).toBe('/plans/noordstad.roadmap.xlsx');
        expect(exportPath('/plans/noordstad.dtp', 'mermaid')).toBe('/plans/noordstad.roadmap.mmd');
        expect(exportPath('/plans/noordstad.dtp', 'csv')).toBe('/plans/noordstad.activities.csv');
        expect(exportPath('/plans/noordstad.dtp', 'ics')).toBe('/plans/noordstad.roadmap.ics');
        expect(exportPath('/plans/noordstad.dtp', 'msproject')).toBe('/plans/noordstad.msproject.xml');
        expect(exportPath('/plans/noordstad.dtp', 'archimate')).toBe('/plans/noordstad.archimate.xml');
        const names = EXPORT_FORMATS.map(format => exportPath('/p.dtp', format));
        expect(new Set(names).size).toBe(EXPORT_FORMATS.length);
    });

    test('only a final .dtp is replaced, in any case', () => {
        expect(exportPath('/plans/PLAN.DTP', 'md')).toBe('/plans/PLAN.roadmap.md');
        expect(exportPath('/plans/plan.dtp.bak', 'md')).toBe('/plans/plan.dtp.bak.roadmap.md');
        expect(exportPath('/plans/dtp.dtp', 'csv')).toBe('/plans/dtp.activities.csv');
    });

    test('the save dialog offers each format\'s own extension', () => {
        for (const format of EXPORT_FORMATS) expect(exportPath('/p.dtp', format).endsWith(`.${EXPORT_FILES[format].extensions[0]}`), format).toBe(true);
    });
});

describe('the export message from the webview', () => {
    test('asks for a known format or none (then the extension asks which)', () => {
        expect(isFromWebview({ type: 'export' })).toBe(true);
        for (const format of EXPORT_FORMATS) expect(isFromWebview({ type: 'export', format }), format).toBe(true);
        // must not: a format the preview does not write, or anything that is not a format's name
        expect(isFromWebview({ type: 'export', format: 'docx' })).toBe(false);
        expect(isFromWebview({ type: 'export', format: 'SVG' })).toBe(false);
        expect(isFromWebview({ type: 'export', format: 42 })).toBe(false);
        expect(isFromWebview({ type: 'export', format: null })).toBe(false);
    });
});
