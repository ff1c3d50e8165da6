// The pure output formatters of `dtp validate` and `dtp schedule`, without a subprocess.
import picocolors from 'picocolors';
import { describe, expect, it } from 'vitest';
import type { RoadmapActivity, RoadmapModel } from '@dtp/roadmap';
import { summarize, type FileReport, type PlanDiagnostic, type ValidationReport } from '../src/diagnostics.js';
import { escapeData, escapeProperty, formatGithub } from '../src/format/github.js';
import { formatJson } from '../src/format/json.js';
import { formatPretty } from '../src/format/pretty.js';
import { formatScheduleTable } from '../src/format/schedule-table.js';
import { shouldColor } from '../src/terminal.js';
import { prettyJsonChunks, writeChunks } from '../src/format/json-stream.js';

const plain = picocolors.createColors(false);

function report(text: string, diagnostics: Partial<PlanDiagnostic>[], path = 'plan.dtp'): ValidationReport {
    const file: FileReport = {
        file: `/work/${path}`,
        path,
        text,
        diagnostics: diagnostics.map(d => ({ code: 'phase-order', severity: 'error', message: 'Something is wrong.', line: 1, column: 1, endLine: 1, endColumn: 2, ...d }))
    };
    return { files: [file], summary: summarize([file]) };
}

describe('pretty', () => {
    it('underlines the range under the text, with tabs expanded the same way', () => {
        const out = formatPretty(report('\tphase\tfoundation {\n', [{ line: 1, column: 8, endLine: 1, endColumn: 18 }]), plain);
        const [head, frame, carets] = out.split('\n');
        expect(head).toBe('plan.dtp:1:8  error  Something is wrong.  [phase-order]');
        const at = carets.indexOf('^');
        expect(frame.slice(at, at + 10)).toBe('foundation');
        expect(carets.slice(at)).toBe('^'.repeat(10));
    });

    it('underlines to the end of the line when the range spans lines', () => {
        const out = formatPretty(report('phase initiation {\n  x\n}\n', [{ line: 1, column: 7, endLine: 3, endColumn: 2 }]), plain);
        const [, frame, carets] = out.split('\n');
        const at = carets.indexOf('^');
        expect(frame.slice(at)).toBe('initiation {');
        expect(carets.slice(at)).toBe('^'.repeat('initiation {'.length));
    });

    it('shows a window of a very long line around the problem', () => {
        const line = `${'x'.repeat(5000)} after nowhere ${'y'.repeat(5000)}`;
        const column = line.indexOf('nowhere') + 1;
        const out = formatPretty(report(line, [{ line: 1, column, endLine: 1, endColumn: column + 7 }]), plain);
        const [, frame, carets] = out.split('\n');
        expect(frame.length).toBeLessThan(200);
        const at = carets.indexOf('^');
        expect(frame.slice(at, at + 7)).toBe('nowhere');
    });

    it('summarises every severity and counts files; hints and infos are shown too', () => {
        const out = formatPretty(report('a\nb\nc\nd\n', [
            { severity: 'error', line: 1 }, { severity: 'warning', line: 2 }, { severity: 'info', line: 3 }, { severity: 'hint', line: 4 }
        ]), plain);
        expect(out.trimEnd().split('\n').pop()).toBe('✗ 1 error, 1 warning, 1 info, 1 hint in 1 file');
        expect(out).toMatch(/plan\.dtp:4:1 {2}hint {2}/);
    });

    it('says so when there is nothing to report', () => {
        expect(formatPretty(report('programme x {}', []), plain)).toBe('✓ no problems in 1 file\n');
    });

    it('colours only when asked to', () => {
        const coloured = formatPretty(report('x', [{}]), picocolors.createColors(true));
        expect(coloured).toContain('\u001b[31m');
        expect(formatPretty(report('x', [{}]), plain)).not.toContain('\u001b[');
    });
});

describe('github', () => {
    it('escapes message data and property values as the Actions toolkit does', () => {
        expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
        expect(escapeProperty('dir,with:odd%name\n')).toBe('dir%2Cwith%3Aodd%25name%0A');
    });

    it('maps severities to error, warning and notice', () => {
        const out = formatGithub(report('a\nb\nc\n', [
            { severity: 'error', line: 1 }, { severity: 'warning', line: 2 }, { severity: 'hint', line: 3, message: 'a: b, c' }
        ], 'odd, name.dtp'));
        expect(out.split('\n').filter(Boolean)).toEqual([
            '::error file=odd%2C name.dtp,line=1,col=1,endLine=1,endColumn=2,title=dtp phase-order::Something is wrong.',
            '::warning file=odd%2C name.dtp,line=2,col=1,endLine=1,endColumn=2,title=dtp phase-order::Something is wrong.',
            '::notice file=odd%2C name.dtp,line=3,col=1,endLine=1,endColumn=2,title=dtp phase-order::a: b, c'
        ]);
    });
});

describe('json', () => {
    it('keeps only the documented fields', () => {
        const parsed = JSON.parse(formatJson(report('x', [{ line: 1, column: 1 }])));
        expect(parsed).toEqual({
            version: 1,
            files: [{ path: 'plan.dtp', diagnostics: [{ code: 'phase-order', severity: 'error', message: 'Something is wrong.', line: 1, column: 1, endLine: 1, endColumn: 2 }] }],
            summary: { errors: 1, warnings: 0, infos: 0, hints: 0 }
        });
    });
});

describe('schedule table', () => {
    const activity = (a: Partial<RoadmapActivity> & Pick<RoadmapActivity, 'id' | 'phase'>): RoadmapActivity => ({
        label: a.id, kind: 'activity', scheduled: true, start: null, end: null, pinned: false, slack: null, critical: false,
        provides: [], requires: [], after: [], ...a
    });
    const model: RoadmapModel = {
        version: 1,
        programme: { id: 'p', title: 'P', start: '2027-01-04', end: '2027-03-01' },
        phases: [
            { kind: 'initiation', label: 'I', start: '2027-01-04', end: '2027-02-15', openEnded: false, declaredStart: false, declaredDuration: false, activityIds: ['dtp', 'go'] },
            { kind: 'continuous-improvement', label: 'C', start: '2027-03-01', end: null, openEnded: true, declaredStart: false, declaredDuration: false, activityIds: ['review', 'loop'] }
        ],
        activities: [
            activity({ id: 'dtp', phase: 'initiation', kind: 'transformation-plan', label: 'The plan', start: '2027-01-04', end: '2027-02-15', duration: { amount: 6, unit: 'w' }, slack: 0, critical: true }),
            activity({ id: 'go', phase: 'initiation', kind: 'milestone', start: '2027-02-15', end: '2027-02-15', slack: 0, critical: true }),
            activity({ id: 'review', phase: 'continuous-improvement', start: '2027-03-01', every: { amount: 3, unit: 'm' } }),
            activity({ id: 'loop', phase: 'continuous-improvement', scheduled: false })
        ],
        capabilities: [],
        dependencies: [],
        criticalPath: ['dtp', 'go']
    };
    const days = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    const between = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

    it('shows last days, recurrence, unscheduled activities, spans and the critical path', () => {
        const out = formatScheduleTable(model, { colors: plain, addDays: days, daysBetween: between, today: '2027-03-10' });
        const lines = out.split('\n');
        expect(lines[0]).toMatch(/^Phase +Activity +Label +Kind +Start +End +Duration +Slack +Critical +Owner +Status +Progress$/);
        expect(lines[2]).toMatch(/^initiation +dtp +The plan +transformation-plan +2027-01-04 +2027-02-14 +6w +0d +★$/);
        expect(lines[3]).toMatch(/^ +go +go +milestone +2027-02-15 +2027-02-15 +— +0d +★$/);
        expect(lines[4]).toMatch(/^continuous-improvement +review +review +activity +2027-03-01 +ongoing +every 3m +—$/);
        expect(lines[5]).toMatch(/^ +loop +loop +activity +— +— +— +—$/);
        // Columns line up: every row is as wide as the header's columns say.
        const startColumn = lines[0].indexOf('Start');
        for (const row of lines.slice(2, 6)) expect(row.slice(startColumn, startColumn + 10)).toMatch(/^(\d{4}-\d\d-\d\d|— {9})$/);
        expect(out).toContain('Programme p "P": 2027-01-04 to 2027-02-28 (56 days; continuous improvement goes on)');
        expect(out).toMatch(/continuous-improvement +2027-03-01 onwards \(no end\)/);
        expect(out).toContain('★ Critical path (2 activities, zero slack): dtp → go');
        expect(out).toContain('Today (2027-03-10): in progress by the schedule: review');
    });

    it('counts one as one: "1 activity", "1 day"', () => {
        const one: RoadmapModel = {
            ...model,
            programme: { ...model.programme, end: '2027-01-05' },
            phases: [{ ...model.phases[0], end: '2027-01-05', activityIds: ['dtp'] }],
            activities: [{ ...model.activities[0], end: '2027-01-05', duration: { amount: 1, unit: 'd' } }],
            criticalPath: ['dtp']
        };
        const out = formatScheduleTable(one, { colors: plain, addDays: days, daysBetween: between });
        expect(out).toContain('Programme p "P": 2027-01-04 to 2027-01-04 (1 day; continuous improvement goes on)');
        expect(out).toContain('★ Critical path (1 activity, zero slack): dtp');
        expect(out).not.toMatch(/\b1 (activities|days)\b/);
    });
});

describe('colour decision', () => {
    it('colours a terminal unless NO_COLOR is set to something', () => {
        expect(shouldColor({ isTTY: true }, {})).toBe(true);
        expect(shouldColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
        expect(shouldColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true); // no-color.org: only a non-empty value counts
        expect(shouldColor({ isTTY: false }, {})).toBe(false);
        expect(shouldColor({}, {})).toBe(false);
    });
});

describe('streamed JSON', () => {
    it('is exactly JSON.stringify(value, null, 2), piece by piece', () => {
        const values: unknown[] = [
            { version: 1, empty: [], nothing: {}, gone: undefined, list: [1, 'two', { three: [3, { deep: null }] }, undefined], text: 'a\nb', nested: { a: [1, 2], b: { c: 'd' } } },
            [{ a: 1 }, [], 'x'],
            [],
            {},
            'plain',
            42,
            null
        ];
        for (const value of values) expect([...prettyJsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2));
    });

    it('writes every piece, in batches', async () => {
        const written: string[] = [];
        const sink = { write: (text: string, done: (error?: Error | null) => void) => { written.push(text); done(); return true; } } as unknown as NodeJS.WritableStream;
        await writeChunks(sink, ['ab', 'cd', 'ef', 'g'], 4);
        expect(written).toEqual(['abcd', 'efg']);
    });
});
