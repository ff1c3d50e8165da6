// The export formats speak the reader's language: `dtp render --format csv|xlsx|ics|msproject|archimate` with
// `--lang nl` (or LANG=nl_NL.UTF-8) writes Dutch headers, sheet names and calendar text, while the values stay values
// (ISO dates, numbers, codes) and nothing a machine reads changes (UIDs, element names, property names). Each file is
// read back by a reader we did not write: Python's csv module, openpyxl, icalendar and ElementTree.
import { readFileSync, } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTo, planOnDisk, python, READ_CSV, validateArchimate } from './export-readers.js';


// `foundation` has no label of its own (its name is the kind's, in the reader's language); `improvement` has one.
const PLAN = `programme taal "Taaltest" {
    start 2027-01-04
    status-date 2027-03-01
    capability cloud "Cloud" facility

    phase initiation {
        transformation-plan dtp "Plan" { duration 4w owner "PMO" started 2027-01-04 finished 2027-01-29 }
        milestone go "Go" { after dtp }
    }
    phase foundation {
        activity landing "Landing zone" { duration 8w after go + 1w provides cloud started 2027-02-10 progress 25% }
    }
    phase improvement "Uitrol" {
        activity portal "Portal" { duration 4w requires cloud }
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
    ({ dir, plan, remove } = planOnDisk('dtp-export-lang-', 'taal.dtp', PLAN));
});

afterAll(() => remove?.());

function exported(format: string, name: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<string> {
    return exportTo(dir, plan, format, name, extra, env);
}

const CSV = READ_CSV;

describe('CSV in Dutch', () => {
    it('--lang nl: Dutch headers; ISO dates, numbers, codes and the plan\'s text unchanged', async () => {
        const rows = python<Record<string, string>[]>(CSV, await exported('csv', 'nl.csv', ['--lang', 'nl']));
        expect(Object.keys(rows[0])).toEqual([
            'id', 'naam', 'fase', 'soort', 'eigenaar', 'duur', 'geplande start', 'geplande laatste dag', 'prognose start',
            'prognose laatste dag', 'afwijking (dagen)', 'speling (dagen)', 'kritiek', 'stand', 'gezondheid', 'voortgang (%)',
            'na', 'levert', 'heeft nodig'
        ]);
        const landing = rows.find(row => row.id === 'landing')!;
        expect(landing).toMatchObject({
            naam: 'Landing zone', fase: 'foundation', soort: 'activity', 'geplande start': '2027-02-08', 'prognose laatste dag': '2027-04-11',
            'afwijking (dagen)': '7', kritiek: 'true', stand: 'active', gezondheid: 'late', 'voortgang (%)': '25', na: 'go + 1w', levert: 'cloud'
        });
        // The plan's notation for a recurring activity is the plan's, not a word to translate.
        expect(rows.find(row => row.id === 'review')!.duur).toBe('every 3m');
    });

    it('follows LANG like every other output, and LC_ALL=C stays English', async () => {
        const dutch = python<Record<string, string>[]>(CSV, await exported('csv', 'env.csv', ['--sheet', 'milestones'], { LANG: 'nl_NL.UTF-8' }));
        expect(Object.keys(dutch[0])).toEqual([
            'id', 'naam', 'fase', 'eigenaar', 'geplande datum', 'prognose datum', 'afwijking (dagen)', 'speling (dagen)', 'kritiek', 'stand', 'gezondheid', 'na'
        ]);
        expect(dutch.map(row => [row.id, row['geplande datum']])).toEqual([['go', '2027-02-01'], ['live', '2027-05-03']]);
        const english = python<Record<string, string>[]>(CSV, await exported('csv', 'c.csv', ['--sheet', 'capabilities'], { LANG: 'nl_NL.UTF-8', LC_ALL: 'C' }));
        expect(english).toEqual([{ id: 'cloud', label: 'Cloud', kind: 'facility', providers: 'landing', requirers: 'portal', 'ready date': '2027-04-12' }]);
    });

    it('English is the same file with --lang en as without a language, headed as before', async () => {
        const given = readFileSync(await exported('csv', 'en.csv', ['--lang', 'en']));
        const plain = readFileSync(await exported('csv', 'plain.csv'));
        expect(given.equals(plain)).toBe(true);
        expect(given.toString('utf8')).toMatch(/^\uFEFFid,label,phase,kind,owner,duration,planned start,planned last day,forecast start,forecast last day,variance \(days\),/);
    });
});

describe('XLSX in Dutch', () => {
    const READ = `
import json, sys, datetime, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
def cell(c):
    return [type(c.value).__name__, c.value.isoformat() if isinstance(c.value, datetime.datetime) else c.value, c.number_format]
print(json.dumps({
    'sheets': book.sheetnames,
    'headers': {name: [c.value for c in book[name][1]] for name in book.sheetnames},
    'landing': [cell(c) for c in next(row for row in book[book.sheetnames[0]].iter_rows(min_row=2) if row[0].value == 'landing')]
}))`;

    it('names the sheets and heads the columns in Dutch; dates stay date cells, numbers numbers', async () => {
        const book = python<{ sheets: string[]; headers: Record<string, string[]>; landing: [string, unknown, string][] }>(READ, await exported('xlsx', 'nl.xlsx', ['--lang', 'nl']));
        expect(book.sheets).toEqual(['activiteiten', 'mijlpalen', 'capabilities']);
        expect(book.headers.activiteiten.slice(0, 8)).toEqual(['id', 'naam', 'fase', 'soort', 'eigenaar', 'duur', 'geplande start', 'geplande laatste dag']);
        expect(book.headers.mijlpalen).toContain('geplande datum');
        expect(book.headers.capabilities).toEqual(['id', 'naam', 'soort', 'geleverd door', 'nodig voor', 'beschikbaar vanaf']);
        const landing = Object.fromEntries(book.headers.activiteiten.map((header, i) => [header, book.landing[i]]));
        expect(landing['geplande start']).toEqual(['datetime', '2027-02-08T00:00:00', 'yyyy-mm-dd']);
        expect(landing['afwijking (dagen)'].slice(0, 2)).toEqual(['int', 7]);
        expect(landing['gezondheid'].slice(0, 2)).toEqual(['str', 'late']);
    });

    it('English keeps its sheet names and headers', async () => {
        const book = python<{ sheets: string[]; headers: Record<string, string[]> }>(READ, await exported('xlsx', 'en.xlsx', ['--lang', 'en']));
        expect(book.sheets).toEqual(['activities', 'milestones', 'capabilities']);
        expect(book.headers.capabilities).toEqual(['id', 'label', 'kind', 'providers', 'requirers', 'ready date']);
    });
});

describe('iCalendar in Dutch', () => {
    const READ = `
import json, sys
from icalendar import Calendar
calendar = Calendar.from_ical(open(sys.argv[1], 'rb').read())
print(json.dumps({'description': str(calendar.get('X-WR-CALDESC', '')), 'events': [{'uid': str(e['UID']), 'start': e['DTSTART'].dt.isoformat(),
    'summary': str(e['SUMMARY']), 'description': str(e.get('DESCRIPTION', '')), 'categories': [str(c) for c in e['CATEGORIES'].cats]}
    for e in calendar.walk('VEVENT')]}))`;
    type Calendar = { description: string; events: { uid: string; start: string; summary: string; description: string; categories: string[] }[] };

    it('--lang nl: summaries and descriptions in Dutch, the same UIDs, dates and categories as in English', async () => {
        const nl = python<Calendar>(READ, await exported('ics', 'nl.ics', ['--lang', 'nl']));
        const en = python<Calendar>(READ, await exported('ics', 'en.ics', ['--lang', 'en']));
        expect(nl.description).toBe('Taaltest: mijlpalen en fasen, prognose per 2027-03-01');
        const byUid = Object.fromEntries(nl.events.map(e => [e.uid, e]));
        // A phase without a label of its own is named in Dutch; a plan's own label and a milestone's label stay as written.
        expect(byUid['taal.phase-foundation.start@dtp'].summary).toBe('Digitaal fundament begint');
        expect(byUid['taal.phase-improvement.end@dtp'].summary).toBe('Uitrol eindigt');
        expect(byUid['taal.phase-initiation.start@dtp'].description).toMatch(/^Initiatiefase: de fase begint\nPrognose per 2027-03-01; gepland: 2027-01-04$/);
        expect(byUid['taal.go@dtp'].summary).toBe('Go');
        expect(byUid['taal.go@dtp'].description.split('\n')).toEqual([
            'Mijlpaal go (Initiatiefase)', 'Prognose per 2027-03-01: 2027-03-01', 'Gepland: 2027-02-01 (+28 dagen)', 'Gezondheid: te laat', 'Op het kritieke pad'
        ]);
        expect(nl.events.map(e => [e.uid, e.start, e.categories])).toEqual(en.events.map(e => [e.uid, e.start, e.categories]));
        const enGo = en.events.find(e => e.uid === 'taal.go@dtp')!;
        expect(enGo.description).toContain('Milestone go (Initiation)\nForecast as of 2027-03-01: 2027-03-01\nPlanned: 2027-02-01 (+28 days)\nHealth: late\nOn the critical path');
    });
});

describe('Microsoft Project and ArchiMate in Dutch', () => {
    const MSPDI = `
import json, sys
import xml.etree.ElementTree as ET
ns = {'p': 'http://schemas.microsoft.com/project'}
root = ET.parse(sys.argv[1]).getroot()
print(json.dumps({
    'tags': sorted({e.tag for e in root.iter()}),
    'phases': [t.find('p:Name', ns).text for t in root.findall('p:Tasks/p:Task', ns) if t.find('p:OutlineLevel', ns).text == '1'],
    'aliases': [a.find('p:Alias', ns).text for a in root.findall('p:ExtendedAttributes/p:ExtendedAttribute', ns)],
    'calendar': root.find('p:Calendars/p:Calendar/p:Name', ns).text
}))`;

    it('MS Project: phase summary tasks and field aliases in Dutch; the XML\'s elements the same as in English', async () => {
        type Project = { tags: string[]; phases: string[]; aliases: string[]; calendar: string };
        const nl = python<Project>(MSPDI, await exported('msproject', 'nl.xml', ['--lang', 'nl']));
        const en = python<Project>(MSPDI, await exported('msproject', 'en.xml', ['--lang', 'en']));
        expect(nl.phases).toEqual(['Initiatiefase', 'Digitaal fundament', 'Uitrol', 'Continue verbetering']);
        expect(en.phases).toEqual(['Initiation', 'Foundation', 'Uitrol', 'Continuous improvement']);
        expect(nl.aliases).toEqual(['DTP-id', 'Stand', 'Gezondheid']);
        expect(en.aliases).toEqual(['DTP id', 'State', 'Health']);
        expect(nl.calendar).toBe('DTP-kalenderdagen (week van 7 dagen)');
        expect(nl.tags).toEqual(en.tags);
    });

    it('ArchiMate: phase and plateau names in Dutch, still valid against the XSD; identifiers and property names unchanged', async () => {
        const file = await exported('archimate', 'nl.archimate.xml', ['--lang', 'nl']);
        const valid = validateArchimate(file);
        expect(valid.stderr).toMatch(/validates/);
        const READ = `
import json, sys
import xml.etree.ElementTree as ET
ns = {'a': 'http://www.opengroup.org/xsd/archimate/3.0/'}
root = ET.parse(sys.argv[1]).getroot()
print(json.dumps({
    'elements': {e.get('identifier'): e.find('a:name', ns).text for e in root.findall('a:elements/a:element', ns)},
    'properties': [d.find('a:name', ns).text for d in root.findall('a:propertyDefinitions/a:propertyDefinition', ns)]
}))`;
        type Model = { elements: Record<string, string>; properties: string[] };
        const nl = python<Model>(READ, file);
        const en = python<Model>(READ, await exported('archimate', 'en.archimate.xml'));
        expect(nl.elements['id-taal.phase.foundation']).toBe('Digitaal fundament');
        expect(nl.elements['id-taal.plateau.foundation']).toBe('Digitaal fundament gereed');
        expect(en.elements['id-taal.plateau.foundation']).toBe('Foundation done');
        expect(nl.elements['id-taal.activity.landing']).toBe('Landing zone');
        expect(Object.keys(nl.elements)).toEqual(Object.keys(en.elements));
        expect(nl.properties).toEqual(en.properties);
    });
});
