// Every rule of validation/codes.ts, paired as Langium's examples pair each rule with `expectNoIssues`: a plan where it
// fires, plans where it must not (clean plans: no diagnostic at all, not only not this code), and where a rule has a
// threshold, the plans on either side of it. Each variant is one edit of a clean base plan, so what flips the rule is
// exactly that edit.
import { afterEach, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { DIAGNOSTIC_RULES, type DiagnosticCode } from '../src/validation/codes.js';
import { buildDocuments, codesOf, createTestServices, resetWorkspace } from './lsp-support.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

/**
 * Dates by hand (ends exclusive): dtp 01-04 → 02-01; go 02-01; landing 02-01 → 03-29; academy 02-01 → 03-01;
 * cloud ready 03-29, skills 03-01; portal waits for the later, 03-29 → 06-21; continuous improvement from 06-21.
 */
const BASE = `programme p "P" {
    start 2027-01-04
    capability cloud "Cloud" facility
    capability skills "Skills" competence

    phase initiation {
        transformation-plan dtp "DTP" { duration 4w }
        milestone go "Go" { after dtp }
    }
    phase foundation {
        activity landing "Landing zone" { duration 8w  after go  provides cloud }
        activity academy "Academy" { duration 4w  after go  provides skills }
    }
    phase improvement {
        activity portal "Portal" { duration 12w  requires cloud, skills }
    }
    phase continuous-improvement {
        activity review "Review" { every 3m }
    }
}
`;

/** `text` with each `[from, to]` replaced once; a `from` that is not there fails loudly (no silent no-op variant). */
function edit(text: string, ...swaps: [string, string][]): string {
    for (const [from, to] of swaps) {
        if (!text.includes(from)) throw new Error(`the test plan has no '${from}'`);
        text = text.replace(from, to);
    }
    return text;
}
const plan = (...swaps: [string, string][]) => edit(BASE, ...swaps);

/** A plan alone, or files by name; the first file is the one checked. */
type Case = string | Record<string, string>;

let built = 0;
async function diagnose(source: Case): Promise<Diagnostic[]> {
    const files = typeof source === 'string' ? { 'plan.dtp': source } : source;
    const dir = `file:///rules/${++built}/`;
    const documents = await buildDocuments(services, Object.fromEntries(Object.entries(files).map(([name, text]) => [dir + name, text])));
    return documents[0].diagnostics ?? [];
}

async function codes(source: Case): Promise<string[]> {
    return codesOf(await diagnose(source));
}

async function schedule(text: string) {
    const [document] = await buildDocuments(services, { [`file:///rules/${++built}/plan.dtp`]: text });
    return services.Dtp.scheduler.ScheduleProvider.getSchedule(document)!;
}

interface Rule {
    /** Plans where the rule fires, each exactly `times` (default 1). */
    fires: { plan: Case; times?: number }[];
    /** Clean plans that come close: no diagnostic at all. */
    clean: Case[];
    /** Where a threshold exists: `at` the last plan that passes (clean), `past` the first that fires. */
    boundary?: { what: string; at: Case; past: Case }[];
}

/**
 * Tracked on 2027-03-01 and on schedule: dtp finished on its last day, go reached, landing half done after half its
 * time (56 days, 28 in, 50% leaves 28: ends 03-29 as planned), academy finished; portal and review still to come.
 */
const TRACKED_CLEAN = plan(['    start 2027-01-04\n', '    start 2027-01-04\n    status-date 2027-03-01\n'],
    ['{ duration 4w }', '{ duration 4w  finished 2027-01-31 }'],
    ['{ after dtp }', '{ after dtp  finished 2027-02-01 }'],
    ['{ duration 8w  after go  provides cloud }', '{ duration 8w  after go  started 2027-02-01  progress 50%  provides cloud }'],
    ['{ duration 4w  after go  provides skills }', '{ duration 4w  after go  finished 2027-02-28  provides skills }']);
const tracked = (...swaps: [string, string][]) => edit(TRACKED_CLEAN, ...swaps);
const CATALOGUE = 'capability cloud "Cloud" facility\ncapability skills "Skills" competence\n';

const RULES: Record<DiagnosticCode, Rule> = {
    'phase-order': {
        fires: [
            { plan: plan(['    phase initiation {\n        transformation-plan dtp "DTP" { duration 4w }\n        milestone go "Go" { after dtp }\n    }\n', ''],
                ['    phase improvement {', '    phase initiation {\n        transformation-plan dtp "DTP" { duration 4w }\n        milestone go "Go" { after dtp }\n    }\n    phase improvement {']) },
            // improvement, initiation, foundation: both of the latter stand after improvement, and both are reported.
            // (A misplaced phase is skipped after it is reported: it must not become the yardstick for the next one.)
            { plan: moveImprovementFirst(), times: 2 }
        ],
        clean: [BASE]
    },
    'missing-start': {
        fires: [{ plan: plan(['    start 2027-01-04\n', '']) }],
        clean: [BASE, plan(['start 2027-01-04', 'start 2027-Q1'])]
    },
    'duplicate-phase': {
        fires: [{ plan: plan(['    phase improvement {', '    phase foundation {\n        activity extra "Extra" { duration 1w  after go }\n    }\n    phase improvement {']) }],
        clean: [BASE]
    },
    'missing-phase': {
        fires: [{ plan: plan(['    phase continuous-improvement {\n        activity review "Review" { every 3m }\n    }\n', '']) }],
        // A catalogue has no programme, so no phases to miss.
        clean: [BASE, CATALOGUE]
    },
    'phase-starts-early': {
        fires: [{ plan: plan(['    phase foundation {\n', '    phase foundation {\n        start 2026-12-01\n']) }],
        clean: [BASE, plan(['    phase foundation {\n', '    phase foundation {\n        start 2027-01-04\n'])],
        boundary: [{
            what: 'a phase may start on the day its predecessor starts, not a day before',
            at: plan(['    phase initiation {\n', '    phase initiation {\n        start 2027-01-11\n'], ['    phase foundation {\n', '    phase foundation {\n        start 2027-01-11\n']),
            past: plan(['    phase initiation {\n', '    phase initiation {\n        start 2027-01-11\n'], ['    phase foundation {\n', '    phase foundation {\n        start 2027-01-10\n'])
        }]
    },
    'phase-ends-early': {
        fires: [{ plan: plan(['provides skills }\n', 'provides skills }\n        activity migrate "Migrate" { duration 52w  after go }\n']) }],
        clean: [BASE],
        boundary: [{
            // Improvement ends 06-21; foundation work after go (02-01) for 140 days ends on the same day.
            what: 'a phase may end on the day its predecessor ends, not a day before',
            at: plan(['provides skills }\n', 'provides skills }\n        activity migrate "Migrate" { duration 140d  after go }\n']),
            past: plan(['provides skills }\n', 'provides skills }\n        activity migrate "Migrate" { duration 141d  after go }\n'])
        }]
    },
    'phase-too-short': {
        fires: [{ plan: plan(['    phase foundation {\n', '    phase foundation {\n        duration 4w\n']) }],
        clean: [BASE],
        boundary: [{
            what: 'a phase duration may end with its last work (landing, 8 weeks), not a day before',
            at: plan(['    phase foundation {\n', '    phase foundation {\n        duration 8w\n']),
            past: plan(['    phase foundation {\n', '    phase foundation {\n        duration 55d\n'])
        }]
    },
    'continuous-has-end': {
        fires: [
            { plan: plan(['    phase continuous-improvement {\n', '    phase continuous-improvement {\n        duration 1y\n']) },
            { plan: plan(['activity review "Review" { every 3m }', 'activity review "Review" { duration 3m }']) }
        ],
        // A milestone in continuous improvement lasts nothing, so it has no end to object to.
        clean: [BASE, plan(['activity review "Review" { every 3m }', 'activity review "Review" { every 3m }\n        milestone steady "Steady state" { after portal }'])]
    },
    'continuous-too-early': {
        fires: [
            { plan: plan(['    phase continuous-improvement {\n', '    phase continuous-improvement {\n        start 2027-06-01\n']) },
            { plan: plan(['{ every 3m }', '{ every 3m  start 2027-05-03 }']) }
        ],
        clean: [BASE, plan(['{ every 3m }', '{ every 3m  start 2027-09-06 }'])],
        boundary: [
            {
                what: 'continuous improvement may start on the day improvement ends (06-21), not a day before',
                at: plan(['    phase continuous-improvement {\n', '    phase continuous-improvement {\n        start 2027-06-21\n']),
                past: plan(['    phase continuous-improvement {\n', '    phase continuous-improvement {\n        start 2027-06-20\n'])
            },
            {
                what: 'an activity fixed on the day improvement ends is in time, a day earlier is not',
                at: plan(['{ every 3m }', '{ every 3m  start 2027-06-21 }']),
                past: plan(['{ every 3m }', '{ every 3m  start 2027-06-20 }'])
            }
        ]
    },
    'missing-transformation-plan': {
        fires: [{ plan: plan(['transformation-plan dtp "DTP"', 'activity kickoff "Kick-off"'], ['after dtp }', 'after kickoff }']) }],
        // Without an initiation phase the one message is missing-phase, not this one as well.
        clean: [BASE]
    },
    'misplaced-transformation-plan': {
        fires: [
            { plan: plan(['provides skills }\n', 'provides skills }\n        transformation-plan second "Second plan" { duration 1w  after go }\n']) },
            { plan: plan(['milestone go "Go" { after dtp }\n', 'milestone go "Go" { after dtp }\n        transformation-plan again "Again" { duration 1w }\n']) }
        ],
        clean: [BASE]
    },
    'unmet-prerequisite': {
        fires: [{ plan: plan(['provides skills }', 'after go }']) }],
        // Provided in initiation counts as provided.
        clean: [BASE, plan(['{ duration 4w }', '{ duration 4w  provides skills }'], ['after go  provides skills }', 'after go }'])]
    },
    'prerequisite-late': {
        fires: [{ plan: plan(['requires cloud, skills }', 'requires cloud, skills  start 2027-03-01 }']) }],
        clean: [BASE],
        boundary: [{
            what: 'fixed on the day its last capability is ready (cloud, 03-29), not a day before',
            at: plan(['requires cloud, skills }', 'requires cloud, skills  start 2027-03-29 }']),
            past: plan(['requires cloud, skills }', 'requires cloud, skills  start 2027-03-28 }'])
        }]
    },
    'foundation-outside-foundation': {
        fires: [
            { plan: plan(['after go  provides skills }', 'after go }'], ['requires cloud, skills }', 'requires cloud  provides skills }\n        activity app "App" { duration 2w  requires skills }']) },
            { plan: plan(['{ every 3m }', '{ every 3m  provides skills }'], ['after go  provides skills }', 'after go }'], ['requires cloud, skills }', 'requires cloud }\n        activity app "App" { duration 2w  requires skills }']) }
        ],
        // Capabilities are built in initiation or foundation: both are clean.
        clean: [BASE, plan(['{ duration 4w }', '{ duration 4w  provides skills }'], ['after go  provides skills }', 'after go }'])]
    },
    'unfounded-improvement': {
        fires: [{ plan: plan(['requires cloud, skills }', 'requires cloud, skills }\n        activity app "App" { duration 2w  after portal }']) }],
        // A milestone in improvement marks a moment; it builds nothing, so it needs no capability.
        clean: [BASE, plan(['requires cloud, skills }', 'requires cloud, skills }\n        milestone live "Live" { after portal }'])]
    },
    'unused-capability': {
        fires: [
            { plan: plan(['    capability skills', '    capability data "Data" facility\n    capability skills']) },
            // Provided is not required: still unused.
            { plan: plan(['requires cloud, skills }', 'requires cloud }']) }
        ],
        // A catalogue is shared by several plans: what one leaves unused is no finding in it.
        clean: [BASE, CATALOGUE + 'capability data "Data" facility\n']
    },
    'dependency-cycle': {
        fires: [
            { plan: plan(['transformation-plan dtp "DTP" { duration 4w }', 'transformation-plan dtp "DTP" { duration 4w  after go }']) },
            { plan: plan(['transformation-plan dtp "DTP" { duration 4w }', 'transformation-plan dtp "DTP" { duration 4w  after dtp }']) }
        ],
        clean: [BASE]
    },
    'backward-dependency': {
        fires: [{ plan: plan(['milestone go "Go" { after dtp }\n', 'milestone go "Go" { after dtp }\n        activity memo "Memo" { duration 1w  after academy }\n']) }],
        // The same phase is not a later one.
        clean: [BASE, plan(['activity academy "Academy" { duration 4w  after go', 'activity academy "Academy" { duration 4w  after landing'])]
    },
    'dependency-violated': {
        fires: [{ plan: plan(['{ duration 8w  after go  provides cloud }', '{ duration 8w  after go  provides cloud  start 2027-01-25 }']) }],
        clean: [BASE],
        boundary: [
            {
                what: 'fixed on the day its predecessor ends (go, 02-01), not a day before',
                at: plan(['{ duration 8w  after go  provides cloud }', '{ duration 8w  after go  provides cloud  start 2027-02-01 }']),
                past: plan(['{ duration 8w  after go  provides cloud }', '{ duration 8w  after go  provides cloud  start 2027-01-31 }'])
            },
            {
                what: 'a lag counts: after go + 1w may start 02-08, not 02-07',
                at: plan(['{ duration 8w  after go  provides cloud }', '{ duration 8w  after go + 1w  provides cloud  start 2027-02-08 }']),
                past: plan(['{ duration 8w  after go  provides cloud }', '{ duration 8w  after go + 1w  provides cloud  start 2027-02-07 }'])
            }
        ]
    },
    'duplicate-id': {
        fires: [{ plan: plan(['activity academy "Academy"', 'activity cloud "Academy"'], ['after go  provides skills }', 'after go  provides skills }\n        activity academy "Academy" { duration 1w }']) }],
        // Names are case-sensitive: `Cloud` is not `cloud`.
        clean: [BASE, plan(['activity landing "Landing zone"', 'activity Cloud "Landing zone"'])]
    },
    'invalid-date': {
        fires: [{ plan: plan(['start 2027-01-04', 'start 2027-02-30']) }, { plan: plan(['start 2027-01-04', 'start 2027-Q5']) }],
        clean: [BASE, plan(['start 2027-01-04', 'start 2028-02-29']), plan(['start 2027-01-04', 'start 2027-Q4'])],
        boundary: [{ what: 'the last day of February', at: plan(['start 2027-01-04', 'start 2027-02-28']), past: plan(['start 2027-01-04', 'start 2027-02-29']) }]
    },
    'invalid-duration': {
        fires: [
            { plan: plan(['{ duration 4w  after go  provides skills }', '{ duration 0d  after go  provides skills }']) },
            { plan: plan(['{ duration 4w  after go  provides skills }', '{ every 4w  after go  provides skills }']) },
            { plan: plan(['milestone go "Go" { after dtp }', 'milestone go "Go" { duration 1d  after dtp }']) }
        ],
        clean: [BASE],
        boundary: [
            { what: 'one day is the shortest duration', at: plan(['{ duration 4w  after go  provides skills }', '{ duration 1d  after go  provides skills }']),
                past: plan(['{ duration 4w  after go  provides skills }', '{ duration 0d  after go  provides skills }']) },
            { what: 'a century is the longest duration', at: plan(['{ duration 4w  after go  provides skills }', '{ duration 100y  after go  provides skills }']),
                past: plan(['{ duration 4w  after go  provides skills }', '{ duration 101y  after go  provides skills }']) }
        ]
    },
    'unresolved-reference': {
        fires: [{ plan: plan(['milestone go "Go" { after dtp }', 'milestone go "Go" { after dtpp }']) }],
        clean: [BASE]
    },
    'status-conflict': {
        fires: [
            { plan: tracked(['finished 2027-01-31 }', 'status done  progress 99%  finished 2027-01-31 }']) },
            { plan: tracked(['after go  finished 2027-02-28', 'after go  status active  finished 2027-02-28']) }
        ],
        // Without a status date no tracking check runs, whatever the facts.
        clean: [TRACKED_CLEAN, plan(['transformation-plan dtp "DTP" { duration 4w }', 'transformation-plan dtp "DTP" { duration 4w  status done  progress 99% }'])],
        boundary: [
            { what: 'done is 100% done', at: tracked(['finished 2027-01-31 }', 'status done  progress 100%  finished 2027-01-31 }']),
                past: tracked(['finished 2027-01-31 }', 'status done  progress 99%  finished 2027-01-31 }']) },
            { what: 'a fact lies before the status date (03-01)', at: TRACKED_CLEAN, past: tracked(['after go  finished 2027-02-28', 'after go  finished 2027-03-01']) }
        ]
    },
    overdue: {
        // academy, planned 02-01 → 03-01 (last day 02-28), not done on 03-01.
        fires: [{ plan: tracked(['after go  finished 2027-02-28', 'after go  started 2027-02-01  progress 97%']) }],
        clean: [TRACKED_CLEAN],
        boundary: [{
            what: 'work whose last day is the status date is not overdue; a day earlier it is',
            at: tracked(['duration 4w  after go  finished 2027-02-28', 'duration 29d  after go  started 2027-02-01  progress 97%']),
            past: tracked(['duration 4w  after go  finished 2027-02-28', 'duration 28d  after go  started 2027-02-01  progress 97%'])
        }]
    },
    'late-start': {
        fires: [{ plan: tracked(['after go  started 2027-02-01  progress 50%', 'after go']) }],
        clean: [TRACKED_CLEAN],
        boundary: [{
            what: 'work planned to start on the status date is not late; a day before it is',
            at: tracked(['finished 2027-02-28  provides skills }', 'finished 2027-02-28  provides skills }\n        activity app "App" { duration 1w  start 2027-03-01 }']),
            past: tracked(['finished 2027-02-28  provides skills }', 'finished 2027-02-28  provides skills }\n        activity app "App" { duration 1w  start 2027-02-28 }'])
        }]
    },
    'behind-schedule': {
        fires: [{ plan: tracked(['progress 50%', 'progress 10%']) }],
        clean: [TRACKED_CLEAN],
        boundary: [{
            // D = 8w = 56 days, 03-01 is 28 days in: 50% leaves 28 days, on plan; 49% leaves ⌈28.56⌉ = 29, a day late.
            what: 'progress that leaves exactly the planned days is on schedule; a percent less is behind',
            at: TRACKED_CLEAN,
            past: tracked(['progress 50%', 'progress 49%'])
        }]
    },
    'milestone-slip': {
        fires: [{ plan: tracked(['requires cloud, skills }', 'requires cloud, skills }\n        milestone live "Live" { after portal }'], ['progress 50%', 'progress 10%']) }],
        clean: [TRACKED_CLEAN, tracked(['requires cloud, skills }', 'requires cloud, skills }\n        milestone live "Live" { after portal }'])],
        boundary: [{
            what: 'a milestone forecast on its planned day has not slipped; a day later it has',
            at: tracked(['requires cloud, skills }', 'requires cloud, skills }\n        milestone live "Live" { after portal }']),
            past: tracked(['requires cloud, skills }', 'requires cloud, skills }\n        milestone live "Live" { after portal }'], ['progress 50%', 'progress 49%'])
        }]
    },
    'syntax-error': {
        fires: [{ plan: plan(['{ duration 4w }', '{ duration }']) }],
        clean: [BASE]
    },
    'unresolved-import': {
        fires: [{ plan: `import "./nowhere.dtp"\n${BASE}` }],
        clean: [{ 'plan.dtp': `import "./catalogue.dtp"\n${plan(['    capability cloud "Cloud" facility\n    capability skills "Skills" competence\n', ''])}`, 'catalogue.dtp': CATALOGUE }]
    },
    'invalid-import': {
        fires: [{ plan: { 'plan.dtp': `import "./other.dtp"\n${BASE}`, 'other.dtp': 'programme other { start 2027-01-04 }\n' } }],
        clean: [{ 'plan.dtp': `import "./catalogue.dtp"\n${plan(['    capability cloud "Cloud" facility\n    capability skills "Skills" competence\n', ''])}`, 'catalogue.dtp': CATALOGUE }]
    },
    'duplicate-programme': {
        fires: [{ plan: `${BASE}programme q "Q" { start 2027-01-04 }\n` }],
        clean: [BASE]
    },
    'duplicate-property': {
        fires: [{ plan: plan(['{ duration 4w }', '{ duration 4w  duration 5w }']) }],
        clean: [BASE]
    },
    'invalid-progress': {
        fires: [{ plan: plan(['{ duration 4w }', '{ duration 4w  progress 101% }']) }],
        clean: [plan(['{ duration 4w }', '{ duration 4w  progress 0% }']), plan(['{ duration 4w }', '{ duration 4w  progress 100% }'])],
        boundary: [{ what: '100% is the most there is', at: plan(['{ duration 4w }', '{ duration 4w  progress 100% }']), past: plan(['{ duration 4w }', '{ duration 4w  progress 101% }']) }]
    }
};

/** improvement, initiation, foundation, continuous-improvement. */
function moveImprovementFirst(): string {
    const improvement = '    phase improvement {\n        activity portal "Portal" { duration 12w  requires cloud, skills }\n    }\n';
    return edit(BASE, [improvement, ''], ['    phase initiation {', `${improvement}    phase initiation {`]);
}

describe('every rule has cases', () => {
    test('each code in codes.ts has a firing and a clean case here', () => {
        for (const { code } of DIAGNOSTIC_RULES) {
            const rule = RULES[code as DiagnosticCode];
            expect(rule, code).toBeDefined();
            expect(rule.fires.length, code).toBeGreaterThan(0);
            expect(rule.clean.length, code).toBeGreaterThan(0);
        }
        expect(Object.keys(RULES).sort()).toEqual(DIAGNOSTIC_RULES.map(rule => rule.code).sort());
    });

    test('the base plan is clean', async () => {
        expect(await diagnose(BASE)).toEqual([]);
    });
});

describe.each(Object.entries(RULES))('%s', (code, rule) => {
    test.each(rule.fires.map((c, i) => [i + 1, c] as const))('fires (case %i)', async (_i, { plan: source, times = 1 }) => {
        const found = (await codes(source)).filter(found => found === code);
        expect(found, JSON.stringify(await codes(source))).toHaveLength(times);
    });

    test.each(rule.clean.map((c, i) => [i + 1, c] as const))('must not flag (clean case %i)', async (_i, source) => {
        const diagnostics = await diagnose(source);
        expect(diagnostics.map(d => `${codesOf([d])[0]}: ${d.message}`)).toEqual([]);
    });

    if (rule.boundary) {
        test.each(rule.boundary.map(b => [b.what, b] as const))('boundary: %s', async (_what, { at, past }) => {
            expect((await diagnose(at)).map(d => `${codesOf([d])[0]}: ${d.message}`)).toEqual([]);
            expect(await codes(past)).toContain(code);
        });
    }
});

// What the rules above rest on, asserted on the schedule itself.
describe('the schedule behind the rules', () => {
    test('a capability is ready when its LAST provider ends, and its requirers wait for that one', async () => {
        // cloud gets a second, quicker provider (02-01 → 02-15); landing still ends last, on 03-29.
        const text = plan(['provides skills }\n', 'provides skills }\n        activity quick "Quick win" { duration 2w  after go  provides cloud }\n']);
        const result = await schedule(text);
        expect(result.plan.capabilities.find(c => c.id === 'cloud')?.availableFrom).toBe('2027-03-29');
        expect(result.plan.activities.find(a => a.id === 'portal')?.start).toBe('2027-03-29');
        expect(await diagnose(text)).toEqual([]);
        // Fixed before that day, portal is late for cloud because of landing, not ready earlier because of quick.
        const pinned = edit(text, ['requires cloud, skills }', 'requires cloud, skills  start 2027-03-15 }']);
        const [late] = (await diagnose(pinned)).filter(d => codesOf([d])[0] === 'prerequisite-late');
        expect(late.message).toContain('requires `cloud`, which is ready only on 2027-03-29 (after `landing`), 14 days later');
    });

    test('continuous improvement begins when improvement ends; an activity fixed earlier pulls it earlier, one fixed later does not', async () => {
        const phaseStart = async (text: string) => (await schedule(text)).plan.phases.find(p => p.kind === 'continuous-improvement')?.start;
        expect(await phaseStart(BASE)).toBe('2027-06-21');
        expect(await phaseStart(plan(['{ every 3m }', '{ every 3m  start 2027-05-03 }']))).toBe('2027-05-03');
        expect(await phaseStart(plan(['{ every 3m }', '{ every 3m  start 2027-09-06 }']))).toBe('2027-06-21');
        expect(await phaseStart(plan(['{ every 3m }', '{ every 3m  start 2027-06-21 }']))).toBe('2027-06-21');
        const [early] = (await diagnose(plan(['{ every 3m }', '{ every 3m  start 2027-05-03 }']))).filter(d => codesOf([d])[0] === 'continuous-too-early');
        expect(early.message).toContain('`review` is fixed to start 2027-05-03: move that start to 2027-06-21 or later');
    });

    test('phase-order: each misplaced phase is reported against the phase it must precede, once', async () => {
        const diagnostics = (await diagnose(moveImprovementFirst())).filter(d => codesOf([d])[0] === 'phase-order');
        expect(diagnostics.map(d => d.message)).toEqual([
            'Phase `initiation` is written after `improvement`, but phases go initiation → foundation → improvement → continuous-improvement. Move it before `improvement`.',
            'Phase `foundation` is written after `improvement`, but phases go initiation → foundation → improvement → continuous-improvement. Move it before `improvement`.'
        ]);
    });
});
