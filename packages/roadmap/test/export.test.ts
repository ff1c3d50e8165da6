// The export writers as pure functions: the same model gives the same output (no clock), hostile text stays data,
// and the CSV formula guard flags exactly the cells a spreadsheet would run. Reading each file back with an
// independent reader is test/cli/export.test.ts.
import { describe, expect, it } from 'vitest';
import { eventUid, exportTable, renderArchimate, renderCsv, renderIcal, renderMspdi, renderXlsx } from '../src/export/index.js';
import type { RoadmapModel } from '../src/model.js';
import { noordstadModel } from './fixtures/noordstad.js';

function withLabel(label: string): RoadmapModel {
    const model = noordstadModel();
    model.activities[0] = { ...model.activities[0], label };
    return model;
}

/** The label cell of the first activity row as CSV writes it. */
function csvLabel(label: string): string {
    const lines = renderCsv(withLabel(label), { bom: false }).split('\r\n');
    return lines[1].split(',')[1];
}

describe('CSV formula guard', () => {
    it.each(['=1+1', '+31 20 555', '-minus', '@SUM(A1)', '\tTab'])('prefixes %j with an apostrophe', label => {
        expect(csvLabel(label).replace(/^"|"$/g, '')).toBe(`'${label}`);
    });

    it.each(['a=b', ' =padded', 'Portal @home', 'x-1', '1-2'])('leaves %j alone', label => {
        expect(csvLabel(label)).toBe(label);
    });

    it('never prefixes numbers: a negative variance stays -3', () => {
        const model = noordstadModel();
        model.programme.statusDate = '2027-03-01';
        model.activities[0] = { ...model.activities[0], planned: { start: '2027-01-04', end: '2027-02-18', slack: 0 }, variance: -3, health: 'done', state: 'done' };
        const row = renderCsv(model, { bom: false }).split('\r\n')[1].split(',');
        const header = renderCsv(model, { bom: false }).split('\r\n')[0].split(',');
        expect(row[header.indexOf('variance (days)')]).toBe('-3');
    });

    it('quotes commas, quotes and line breaks (RFC 4180)', () => {
        expect(renderCsv(withLabel('a, "b"'), { bom: false }).split('\r\n')[1]).toMatch(/^dtp,"a, ""b""",/);
        expect(renderCsv(withLabel('two\nlines'), { bom: false })).toContain('"two\nlines"');
    });
});

describe('the same model gives the same output, whatever the clock', () => {
    it('xlsx, ics, msproject and archimate', async () => {
        const model = noordstadModel();
        const first = [Buffer.from(await renderXlsx(model)), renderIcal(model), renderMspdi(model), renderArchimate(model)];
        await new Promise(resolve => setTimeout(resolve, 2100));
        const second = [Buffer.from(await renderXlsx(model)), renderIcal(model), renderMspdi(model), renderArchimate(model)];
        expect((second[0] as Buffer).equals(first[0] as Buffer)).toBe(true);
        expect(second.slice(1)).toEqual(first.slice(1));
    });

    it('DTSTAMP defaults to the status date, else the programme start; the stamp option overrides it', () => {
        const model = noordstadModel();
        expect(renderIcal(model)).toContain(`DTSTAMP:${model.programme.start.replaceAll('-', '')}T000000Z`);
        expect(renderIcal({ ...model, programme: { ...model.programme, statusDate: '2027-09-01' } })).toContain('DTSTAMP:20270901T000000Z');
        expect(renderIcal(model, { stamp: '2028-01-02' })).toContain('DTSTAMP:20280102T000000Z');
    });
});

describe('hostile text', () => {
    const hostile = 'A </Name><x/> & "q" \u0001 ]]> end';

    it('stays text in the XML formats (escaped; characters XML cannot hold are replaced)', () => {
        for (const xml of [renderMspdi(withLabel(hostile)), renderArchimate(withLabel(hostile))]) {
            expect(xml).toContain('A &lt;/Name&gt;&lt;x/&gt; &amp; "q" \uFFFD ]]&gt; end');
            expect(xml).not.toContain('\u0001');
            expect(xml).not.toContain('<x/>');
        }
    });

    it('is escaped in iCalendar text (commas, semicolons, line breaks)', () => {
        const model = noordstadModel();
        const go = model.activities.find(a => a.kind === 'milestone')!;
        go.label = 'Go; live, now\nreally';
        expect(renderIcal(model)).toContain('SUMMARY:Go\\; live\\, now\\nreally');
    });
});

describe('tables', () => {
    it('without a status date: plan dates only, forecast and health empty', () => {
        const table = exportTable(noordstadModel(), 'activities');
        const column = (name: string) => table.columns.findIndex(c => c.header === name);
        const dtp = table.rows[0];
        expect([dtp[column('planned start')], dtp[column('planned last day')], dtp[column('forecast start')], dtp[column('health')]])
            .toEqual(['2027-01-04', '2027-02-14', null, null]);
        expect(table.rows.some(row => row[column('kind')] === 'milestone')).toBe(false);
    });

    it('UIDs are the programme id, the element id and the boundary', () => {
        expect(eventUid('noordstad', 'go')).toBe('noordstad.go@dtp');
        expect(eventUid('noordstad', 'phase-foundation', 'end')).toBe('noordstad.phase-foundation.end@dtp');
    });
});
