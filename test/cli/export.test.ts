// `dtp render --format csv|xlsx|ics|msproject|archimate|pdf` end to end: the built CLI writes each file, and a
// reader we did not write reads it back — Python's csv module, openpyxl, icalendar and ElementTree, pypdf, poppler's
// pdfinfo/pdftotext and xmllint (with the official ArchiMate 3.1 XSD). scripts/ensure-test-tools.mjs installs them.
// The expected dates are worked out by hand from docs/scheduling.md for the plan below.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePlan } from '../../packages/cli/scripts/generate-plan.mjs';
import { exportTo, planOnDisk, python, READ_CSV, validateArchimate } from './export-readers.js';
import { dtpBin, runDtp, STACK_FRAME } from './run-dtp.js';


/**
 * By hand, the plan (no status date): dtp 01-04 + 4w → last day 01-31 · go 02-01 · landing after go + 1w: 02-08,
 * 8w → last 04-04 · teams after go − 3d: 01-29, 2w → last 02-11 · portal requires cloud (landing): 04-05, 4w → last
 * 05-02 · live 05-03 · review (every 3m) from 05-03, when improvement ends.
 * As of 2027-03-01: dtp finished 01-29 (2 days early: variance −2) · landing active since 02-10, 25% of 56 days →
 * ⌈56 × 0.75⌉ = 42 days from 03-01 → last day 04-11 (+7).
 */
const PLAN = `programme exp "Export = test, \\"quoted\\"" {
    start 2027-01-04
    owner "PMO"
    capability cloud "Cloud" facility

    phase initiation {
        transformation-plan dtp "=HYPERLINK(\\"http://example.invalid\\")" { duration 4w owner "+PMO" started 2027-01-04 finished 2027-01-29 }
        milestone go "Go, \\"approved\\"" { after dtp }
    }
    phase foundation {
        activity landing "Landing zone" { duration 8w after go + 1w provides cloud owner "Platform" started 2027-02-10 progress 25% }
        activity teams "-Product teams" { duration 2w after go - 3d }
    }
    phase improvement {
        activity portal "Portal a-b; @home" { duration 4w requires cloud }
        milestone live "Live" { after portal }
    }
    phase continuous-improvement {
        activity review "Benefits review" { every 3m }
    }
}
`;

let dir: string;
let remove: () => void;
let plan: string;

beforeAll(() => {
    ({ dir, plan, remove } = planOnDisk('dtp-export-', 'exp.dtp', PLAN));
});

afterAll(() => remove?.());

/** Renders `format` into DIR/name and returns the path; the command must succeed silently. */
function exported(format: string, name: string, extra: string[] = [], file = plan): Promise<string> {
    return exportTo(dir, file, format, name, extra);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CSV', () => {
    const READ = READ_CSV;

    it('writes one row per activity with the plan dates, RFC 4180 quoting and a guard against formulas', async () => {
        const file = await exported('csv', 'activities.csv');
        const bytes = readFileSync(file);
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for Excel
        expect(bytes.toString('utf8')).toContain('\r\n');
        const rows = python<Record<string, string>[]>(READ, file);
        expect(rows.map(r => r.id)).toEqual(['dtp', 'landing', 'teams', 'portal', 'review']);
        const byId = Object.fromEntries(rows.map(r => [r.id, r]));
        expect(byId.landing).toMatchObject({ 'planned start': '2027-02-08', 'planned last day': '2027-04-04', 'forecast start': '', 'variance (days)': '', health: '', 'slack (days)': '0', critical: 'true', owner: 'Platform', after: 'go + 1w', provides: 'cloud' });
        expect(byId.teams).toMatchObject({ 'planned start': '2027-01-29', 'planned last day': '2027-02-11', 'slack (days)': '80', critical: 'false', after: 'go - 3d' });
        expect(byId.review).toMatchObject({ 'planned start': '2027-05-03', 'planned last day': '', duration: 'every 3m' });
        // Cells a spreadsheet would run as a formula get an apostrophe; the quotes inside survive the round trip.
        expect(byId.dtp.label).toBe(`'=HYPERLINK("http://example.invalid")`);
        expect(byId.dtp.owner).toBe(`'+PMO`);
        expect(byId.teams.label).toBe(`'-Product teams`);
        // Must not flag: @ and - inside a label, a date, an id.
        expect(byId.portal.label).toBe('Portal a-b; @home');
    });

    it('with a status date: forecast beside plan, a negative variance stays a number, state and health', async () => {
        const file = await exported('csv', 'tracked.csv', ['--status-date', '2027-03-01']);
        const byId = Object.fromEntries(python<Record<string, string>[]>(READ, file).map(r => [r.id, r]));
        expect(byId.dtp).toMatchObject({ 'planned last day': '2027-01-31', 'forecast last day': '2027-01-29', 'variance (days)': '-2', state: 'done', health: 'done', 'progress (%)': '100' });
        expect(byId.landing).toMatchObject({ 'planned start': '2027-02-08', 'forecast start': '2027-02-10', 'forecast last day': '2027-04-11', 'variance (days)': '7', state: 'active', health: 'late', 'progress (%)': '25' });
    });

    it('--sheet milestones and --sheet capabilities', async () => {
        const milestones = python<Record<string, string>[]>(READ, await exported('csv', 'milestones.csv', ['--sheet', 'milestones']));
        expect(milestones.map(m => [m.id, m.label, m['planned date']])).toEqual([['go', 'Go, "approved"', '2027-02-01'], ['live', 'Live', '2027-05-03']]);
        const capabilities = python<Record<string, string>[]>(READ, await exported('csv', 'capabilities.csv', ['--sheet', 'capabilities']));
        expect(capabilities).toEqual([{ id: 'cloud', label: 'Cloud', kind: 'facility', providers: 'landing', requirers: 'portal', 'ready date': '2027-04-05' }]);
    });
});

describe('XLSX', () => {
    it('holds three sheets with real date cells, a bold frozen header and sensible widths (openpyxl)', async () => {
        const file = await exported('xlsx', 'plan.xlsx', ['--status-date', '2027-03-01']);
        const book = python<{
            sheets: string[]; header: string[]; bold: boolean; frozen: string; filter: string; landing: Record<string, [string, string, string]>;
            widths: Record<string, number>; milestones: unknown[][]; capabilities: unknown[][];
        }>(`
import json, sys, datetime, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book['activities']
header = [c.value for c in sheet[1]]
def cell(c):
    return [type(c.value).__name__, c.value.isoformat() if isinstance(c.value, datetime.datetime) else c.value, c.number_format]
landing = next(row for row in sheet.iter_rows(min_row=2) if row[0].value == 'landing')
rows = lambda name: [[c.value.date().isoformat() if isinstance(c.value, datetime.datetime) else c.value for c in row] for row in book[name].iter_rows()]
print(json.dumps({
    'sheets': book.sheetnames, 'header': header, 'bold': all(c.font.b for c in sheet[1]), 'frozen': sheet.freeze_panes,
    'filter': sheet.auto_filter.ref,
    'landing': {h: cell(c) for h, c in zip(header, landing)},
    'widths': {h: sheet.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width for i, h in enumerate(header)},
    'milestones': rows('milestones'), 'capabilities': rows('capabilities')
}, default=str))`, file);
        expect(book.sheets).toEqual(['activities', 'milestones', 'capabilities']);
        expect(book.bold).toBe(true);
        expect(book.frozen).toBe('A2');
        expect(book.filter).toMatch(/^A1:[A-Z]+1$/);
        expect(book.landing['planned start']).toEqual(['datetime', '2027-02-08T00:00:00', 'yyyy-mm-dd']);
        expect(book.landing['forecast last day']).toEqual(['datetime', '2027-04-11T00:00:00', 'yyyy-mm-dd']);
        expect(book.landing['variance (days)'].slice(0, 2)).toEqual(['int', 7]);
        expect(book.landing['critical'].slice(0, 2)).toEqual(['bool', true]);
        expect(book.landing['health'].slice(0, 2)).toEqual(['str', 'late']);
        // In the workbook a formula-like label is text too (a string cell, never a formula).
        expect(book.widths.label).toBeGreaterThanOrEqual(30);
        expect(book.widths['planned start']).toBeGreaterThanOrEqual(12);
        expect(book.milestones[1]).toEqual(['go', 'Go, "approved"', 'initiation', null, '2027-02-01', '2027-03-01', 28, 0, true, 'planned', 'late', 'dtp']);
        expect(book.capabilities[1]).toEqual(['cloud', 'Cloud', 'facility', 'landing', 'portal', '2027-04-12']); // the forecast: landing ends 04-11
    });

    it('gives the same bytes for the same plan, whatever the clock (no time stamps from the system)', async () => {
        const first = readFileSync(await exported('xlsx', 'a.xlsx'));
        await new Promise(resolve => setTimeout(resolve, 2100)); // past the zip format's 2-second clock resolution
        const second = readFileSync(await exported('xlsx', 'b.xlsx'));
        expect(second.equals(first)).toBe(true);
    });
});

describe('iCalendar', () => {
    const READ = `
import json, sys
from icalendar import Calendar
calendar = Calendar.from_ical(open(sys.argv[1], 'rb').read())
print(json.dumps([{'uid': str(e['UID']), 'start': e['DTSTART'].dt.isoformat(), 'end': e['DTEND'].dt.isoformat(),
    'summary': str(e['SUMMARY']), 'stamp': e['DTSTAMP'].dt.isoformat(), 'description': str(e.get('DESCRIPTION', ''))} for e in calendar.walk('VEVENT')]))`;

    it('has the milestones and the phase boundaries as all-day events with stable UIDs', async () => {
        const events = python<{ uid: string; start: string; end: string; summary: string; stamp: string }[]>(READ, await exported('ics', 'plan.ics'));
        const byUid = Object.fromEntries(events.map(e => [e.uid, e]));
        expect(Object.keys(byUid).sort()).toEqual([
            'exp.go@dtp', 'exp.live@dtp',
            'exp.phase-continuous-improvement.start@dtp', // no end: continuous improvement does not end
            'exp.phase-foundation.end@dtp', 'exp.phase-foundation.start@dtp',
            'exp.phase-improvement.end@dtp', 'exp.phase-improvement.start@dtp',
            'exp.phase-initiation.end@dtp', 'exp.phase-initiation.start@dtp'
        ]);
        expect(byUid['exp.go@dtp']).toMatchObject({ start: '2027-02-01', end: '2027-02-02', summary: 'Go, "approved"' });
        expect(byUid['exp.phase-foundation.start@dtp']).toMatchObject({ start: '2027-01-29', summary: 'Foundation starts' });
        expect(byUid['exp.phase-foundation.end@dtp']).toMatchObject({ start: '2027-04-04', end: '2027-04-05' });
        // DTSTAMP is the day of the export (--today), never the clock's time of day.
        expect(events.every(e => e.stamp === '2027-06-01T00:00:00+00:00')).toBe(true);
    });

    it('a later export of a changed plan keeps every UID and moves the dates (an import updates, not duplicates)', async () => {
        const changed = path.join(dir, 'changed.dtp');
        writeFileSync(changed, PLAN.replace('duration 8w after go + 1w', 'duration 10w after go + 1w'));
        const before = python<{ uid: string; start: string }[]>(READ, await exported('ics', 'before.ics'));
        const after = python<{ uid: string; start: string }[]>(READ, await exported('ics', 'after.ics', [], changed));
        expect(after.map(e => e.uid).sort()).toEqual(before.map(e => e.uid).sort());
        expect(before.find(e => e.uid === 'exp.live@dtp')!.start).toBe('2027-05-03');
        expect(after.find(e => e.uid === 'exp.live@dtp')!.start).toBe('2027-05-17');
    });

    it('with a status date, a milestone is at its forecast and says what was planned', async () => {
        const events = python<{ uid: string; start: string; description: string }[]>(READ, await exported('ics', 'tracked.ics', ['--status-date', '2027-03-01']));
        const go = events.find(e => e.uid === 'exp.go@dtp')!;
        expect(go.start).toBe('2027-03-01');
        expect(go.description).toContain('Planned: 2027-02-01 (+28 days)');
    });
});

describe('Microsoft Project XML', () => {
    const READ = `
import json, sys
import xml.etree.ElementTree as ET
ns = {'p': 'http://schemas.microsoft.com/project'}
root = ET.parse(sys.argv[1]).getroot()
text = lambda e, tag: (e.find('p:' + tag, ns).text if e.find('p:' + tag, ns) is not None else None)
tasks = []
for t in root.findall('p:Tasks/p:Task', ns):
    baseline = t.find('p:Baseline', ns)
    tasks.append({k: text(t, k) for k in ['UID', 'Name', 'WBS', 'OutlineLevel', 'Start', 'Finish', 'Duration', 'Milestone', 'Summary', 'PercentComplete', 'ActualStart', 'ActualFinish', 'Critical', 'ConstraintType', 'ConstraintDate']}
        | {'links': [{k: text(l, k) for k in ['PredecessorUID', 'Type', 'LinkLag', 'LagFormat']} for l in t.findall('p:PredecessorLink', ns)],
           'baseline': {k: text(baseline, k) for k in ['Number', 'Start', 'Finish']} if baseline is not None else None,
           'dtpId': next((text(a, 'Value') for a in t.findall('p:ExtendedAttribute', ns) if text(a, 'FieldID') == '188743731'), None)})
days = [text(d, 'DayWorking') for d in root.findall('p:Calendars/p:Calendar/p:WeekDays/p:WeekDay', ns)]
print(json.dumps({'tasks': tasks, 'workingDays': days, 'minutesPerDay': text(root, 'MinutesPerDay'), 'statusDate': text(root, 'StatusDate')}))`;

    type Task = Record<string, string | null> & { links: Record<string, string>[]; baseline: Record<string, string> | null; dtpId: string | null };

    it('puts tasks inside phase summary tasks, with predecessors and lags, milestones and a 7-day calendar', async () => {
        const file = await exported('msproject', 'plan.xml');
        expect(run('xmllint', ['--noout', file]).status).toBe(0); // well-formed
        const count = run('xmllint', ['--xpath', "count(//*[local-name()='Task'])", file]);
        expect(count.stdout.trim()).toBe('12'); // the project, 4 phases, 7 activities and milestones
        const { tasks, workingDays, minutesPerDay } = python<{ tasks: Task[]; workingDays: string[]; minutesPerDay: string }>(READ, file);
        expect(workingDays).toEqual(['1', '1', '1', '1', '1', '1', '1']);
        expect(minutesPerDay).toBe('480');
        expect(tasks.map(t => [t.OutlineLevel, t.WBS ?? '', t.Summary, t.dtpId ?? t.Name])).toEqual([
            ['0', '', '1', 'Export = test, "quoted"'],
            ['1', '1', '1', 'Initiation'], ['2', '1.1', '0', 'dtp'], ['2', '1.2', '0', 'go'],
            ['1', '2', '1', 'Foundation'], ['2', '2.1', '0', 'landing'], ['2', '2.2', '0', 'teams'],
            ['1', '3', '1', 'Improvement'], ['2', '3.1', '0', 'portal'], ['2', '3.2', '0', 'live'],
            ['1', '4', '1', 'Continuous improvement'], ['2', '4.1', '0', 'review']
        ]);
        const byId = new Map(tasks.filter(t => t.dtpId).map(t => [t.dtpId!, t]));
        const uid = (id: string) => byId.get(id)!.UID;
        const landing = byId.get('landing')!;
        expect(landing).toMatchObject({ Start: '2027-02-08T08:00:00', Finish: '2027-04-04T17:00:00', Duration: 'PT448H0M0S', Milestone: '0', Critical: '1' });
        // after go + 1w: 7 days × 480 minutes, in tenths of minutes; LagFormat 7 = days.
        expect(landing.links).toEqual([{ PredecessorUID: uid('go'), Type: '1', LinkLag: '33600', LagFormat: '7' }]);
        expect(byId.get('teams')!.links).toEqual([{ PredecessorUID: uid('go'), Type: '1', LinkLag: '-14400', LagFormat: '7' }]);
        // requires cloud: the provider comes first, with no lag.
        expect(byId.get('portal')!.links).toEqual([{ PredecessorUID: uid('landing'), Type: '1', LinkLag: '0', LagFormat: '7' }]);
        expect(byId.get('go')).toMatchObject({ Milestone: '1', Duration: 'PT0H0M0S', Start: '2027-02-01T08:00:00', Finish: '2027-02-01T08:00:00' });
        // Baseline = plan; without a status date it equals the current dates.
        expect(landing.baseline).toEqual({ Number: '0', Start: '2027-02-08T08:00:00', Finish: '2027-04-04T17:00:00' });
        // teams begins 3 days before its phase's other work only because of its lead: no constraint needed.
        expect(byId.get('teams')!.ConstraintType).toBeNull();
    });

    it('with a status date: current = forecast, baseline = plan, % complete and actual dates', async () => {
        const { tasks, statusDate } = python<{ tasks: Task[]; statusDate: string }>(READ, await exported('msproject', 'tracked.xml', ['--status-date', '2027-03-01']));
        expect(statusDate).toBe('2027-02-28T17:00:00');
        const byId = new Map(tasks.filter(t => t.dtpId).map(t => [t.dtpId!, t]));
        expect(byId.get('landing')).toMatchObject({
            Start: '2027-02-10T08:00:00', Finish: '2027-04-11T17:00:00', PercentComplete: '25', ActualStart: '2027-02-10T08:00:00', ActualFinish: null,
            baseline: { Number: '0', Start: '2027-02-08T08:00:00', Finish: '2027-04-04T17:00:00' }
        });
        expect(byId.get('dtp')).toMatchObject({ PercentComplete: '100', ActualStart: '2027-01-04T08:00:00', ActualFinish: '2027-01-29T17:00:00' });
        expect(byId.get('portal')).toMatchObject({ PercentComplete: '0', ActualStart: null });
        // go is not reached: the forecast moves it to the status date, later than dtp allows, so it starts no earlier.
        expect(byId.get('go')).toMatchObject({ Start: '2027-03-01T08:00:00', ConstraintType: '4', ConstraintDate: '2027-03-01T08:00:00' });
    });
});

describe('ArchiMate exchange format', () => {
    const validate = validateArchimate;

    it('is valid against the official ArchiMate 3.1 XSD, with and without a status date', async () => {
        for (const [name, extra] of [['plan.archimate.xml', []], ['tracked.archimate.xml', ['--status-date', '2027-03-01']]] as const) {
            const result = validate(await exported('archimate', name, [...extra]));
            expect(result.stderr).toMatch(/validates/);
            expect(result.status).toBe(0);
        }
    });

    it('the schema check is real: an element type ArchiMate does not have fails it', async () => {
        const file = await exported('archimate', 'broken.xml');
        writeFileSync(file, readFileSync(file, 'utf8').replace('xsi:type="ImplementationEvent"', 'xsi:type="Milestone"'));
        const result = validate(file);
        expect(result.status).not.toBe(0);
        expect(result.stderr).toMatch(/Milestone/);
    });

    it('has work packages, implementation events, capabilities, a plateau per phase end and gaps between them', async () => {
        const file = await exported('archimate', 'model.xml');
        const model = python<{ elements: [string, string, string][]; relationships: [string, string, string][] }>(`
import json, sys
import xml.etree.ElementTree as ET
ns = {'a': 'http://www.opengroup.org/xsd/archimate/3.0/'}
XSI = '{http://www.w3.org/2001/XMLSchema-instance}type'
root = ET.parse(sys.argv[1]).getroot()
print(json.dumps({
    'elements': [[e.get(XSI), e.get('identifier'), e.find('a:name', ns).text] for e in root.findall('a:elements/a:element', ns)],
    'relationships': [[r.get(XSI), r.get('source'), r.get('target')] for r in root.findall('a:relationships/a:relationship', ns)]
}))`, file);
        const types = (type: string) => model.elements.filter(e => e[0] === type).map(e => e[1]);
        expect(types('WorkPackage')).toEqual([
            'id-exp.programme', 'id-exp.phase.initiation', 'id-exp.phase.foundation', 'id-exp.phase.improvement', 'id-exp.phase.continuous-improvement',
            'id-exp.activity.dtp', 'id-exp.activity.landing', 'id-exp.activity.teams', 'id-exp.activity.portal', 'id-exp.activity.review'
        ]);
        expect(types('ImplementationEvent')).toEqual(['id-exp.activity.go', 'id-exp.activity.live']);
        expect(types('Capability')).toEqual(['id-exp.capability.cloud']);
        // Continuous improvement never ends: three plateaus, two gaps.
        expect(types('Plateau')).toEqual(['id-exp.plateau.initiation', 'id-exp.plateau.foundation', 'id-exp.plateau.improvement']);
        expect(types('Gap')).toEqual(['id-exp.gap.initiation.foundation', 'id-exp.gap.foundation.improvement']);
        const has = (type: string, source: string, target: string) => model.relationships.some(r => r[0] === type && r[1] === `id-exp.${source}` && r[2] === `id-exp.${target}`);
        expect(has('Triggering', 'activity.go', 'activity.landing')).toBe(true);
        expect(has('Triggering', 'activity.dtp', 'activity.go')).toBe(true);
        expect(has('Triggering', 'activity.landing', 'activity.portal')).toBe(true); // provider before requirer
        expect(has('Realization', 'activity.landing', 'capability.cloud')).toBe(true);
        expect(has('Association', 'activity.portal', 'capability.cloud')).toBe(true);
        expect(has('Composition', 'programme', 'phase.foundation')).toBe(true);
        expect(has('Composition', 'phase.foundation', 'activity.landing')).toBe(true);
        expect(has('Realization', 'phase.foundation', 'plateau.foundation')).toBe(true);
        expect(has('Aggregation', 'plateau.improvement', 'capability.cloud')).toBe(true);
        expect(has('Aggregation', 'plateau.initiation', 'capability.cloud')).toBe(false); // not ready before 04-05
        expect(has('Triggering', 'plateau.initiation', 'plateau.foundation')).toBe(true);
        expect(has('Association', 'gap.foundation.improvement', 'plateau.improvement')).toBe(true);
    });
});

describe('PDF', () => {
    const PAGES = `
import json, sys
from pypdf import PdfReader
reader = PdfReader(sys.argv[1])
print(json.dumps([[float(p.mediabox.width), float(p.mediabox.height)] for p in reader.pages]))`;

    it('is one A3 landscape page of vector text for a small plan', async () => {
        const file = await exported('pdf', 'plan.pdf');
        expect(python<number[][]>(PAGES, file)).toEqual([[1190.55, 841.89]]);
        expect(run('pdfinfo', [file]).stdout).toMatch(/Page size:\s+1190\.55 x 841\.89 pts \(A3\)/);
        const text = run('pdftotext', ['-layout', file, '-']).stdout;
        // Text, not pixels: the labels can be searched and copied.
        for (const words of ['Export = test, "quoted"', 'Landing zone', 'Portal a-b; @home', 'Benefits review', 'Legend']) expect(text).toContain(words);
    });

    it('--page a4 gives A4 landscape', async () => {
        const file = await exported('pdf', 'a4.pdf', ['--page', 'a4']);
        expect(python<number[][]>(PAGES, file)).toEqual([[841.89, 595.28]]);
    });

    it('splits a plan too tall for one page across pages, each with the title and the time axis', async () => {
        const big = path.join(dir, 'big.dtp');
        writeFileSync(big, generatePlan(200));
        const file = path.join(dir, 'big.pdf');
        const result = await runDtp(['render', big, '--format', 'pdf', '-o', file, '--today', '2027-06-01']);
        expect(result.stderr).toBe('');
        const sizes = python<number[][]>(PAGES, file);
        expect(sizes.length).toBeGreaterThan(1);
        expect(sizes.every(([w, h]) => w === 1190.55 && h === 841.89)).toBe(true);
        const title = /programme \S+ "([^"]+)"/.exec(readFileSync(big, 'utf8'))![1];
        for (let page = 1; page <= sizes.length; page++) {
            const text = run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-']).stdout;
            expect(text).toContain(title);
            expect(text).toMatch(/\bJan 20\d\d\b/); // the axis, repeated
            expect(text).toContain(`page ${page} of ${sizes.length}`);
        }
    });
});

describe('-o - is standard output', () => {
    it('a text format goes to standard output and no file named "-" is written', async () => {
        const result = await runDtp(['render', plan, '--format', 'svg', '--today', '2027-06-01', '-o', '-'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(result.stdout.startsWith('<svg')).toBe(true);
        expect(existsSync(path.join(dir, '-'))).toBe(false);
    });

    it('a binary format goes to a pipe when asked for, byte for byte what -o FILE writes', async () => {
        const file = await exported('xlsx', 'piped-twin.xlsx');
        const piped = spawnSync(process.execPath, [dtpBin, 'render', plan, '--format', 'xlsx', '--today', '2027-06-01', '-o', '-'], { cwd: dir });
        expect(piped.status).toBe(0);
        expect(piped.stdout.subarray(0, 2).toString('ascii')).toBe('PK');
        expect(piped.stdout.equals(readFileSync(file))).toBe(true);
    });

    it('never to a terminal: one usage error (exit 2) that says how to redirect', () => {
        // util-linux `script` gives the command a pseudo-terminal for its standard output.
        const command = [process.execPath, dtpBin, 'render', plan, '--format', 'png', '-o', '-'].map(arg => `'${arg}'`).join(' ');
        const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8' });
        expect(result.stdout.trim()).toMatch(/^dtp: --format png writes binary data, and standard output is a terminal: redirect it \(-o - > roadmap\.png\)/);
        expect(result.stdout).not.toMatch(/PNG/);
        expect(result.status).toBe(2);
    });
});

describe('usage errors', () => {
    it.each([
        [['--format', 'xlsx'], /^dtp: --format xlsx writes binary data: give the file to write with -o/],
        [['--format', 'pdf'], /^dtp: --format pdf writes binary data/],
        [['--format', 'csv', '--sheet', 'tasks'], /^dtp: --sheet tasks: give one of activities, milestones, capabilities/],
        [['--format', 'xlsx', '--sheet', 'milestones', '-o', 'x.xlsx'], /^dtp: --sheet applies to --format csv only/],
        [['--format', 'pdf', '--page', 'a5', '-o', 'x.pdf'], /^dtp: --page a5: give a3 or a4/],
        [['--format', 'ics', '--page', 'a4'], /^dtp: --page applies to --format pdf only/]
    ])('%j is a one-line usage error (exit 2)', async (args, message) => {
        const result = await runDtp(['render', plan, ...args], { cwd: dir });
        expect(result.stderr).toMatch(message);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).not.toMatch(STACK_FRAME);
        expect(result.code).toBe(2);
    });
});
