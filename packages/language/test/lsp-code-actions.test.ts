// Every quick fix turns a plan with the diagnostic into one without it (and the text it writes is checked).
import { TextDocument } from 'langium';
import { testCodeAction, validationHelper } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { codesOf, createTestServices, readRepoFile, resetWorkspace } from './lsp-support.js';

const services = createTestServices();
const validate = validationHelper(services.Dtp);
const fixOne = testCodeAction(services.Dtp);
afterEach(() => resetWorkspace(services));

/** The quick fixes offered for the (first) diagnostic with `code` in `text`. */
async function fixesFor(text: string, code: string) {
    const result = await validate(text);
    const diagnostic = result.diagnostics.find(d => (d.data as { code?: string } | undefined)?.code === code);
    expect(diagnostic, `expected a ${code} diagnostic, got ${codesOf(result.diagnostics).join(', ')}`).toBeDefined();
    const actions = await services.Dtp.lsp.CodeActionProvider!.getCodeActions(result.document, {
        textDocument: { uri: result.document.textDocument.uri },
        range: diagnostic!.range,
        context: { diagnostics: [diagnostic!] }
    }) as CodeAction[];
    const apply = (action: CodeAction) => TextDocument.applyEdits(result.document.textDocument, action.edit!.changes![result.document.textDocument.uri]);
    return { actions, apply };
}

/** Applies `action` and checks the code is gone from the result; returns the new text. */
async function expectFixed(text: string, code: string, pick: (actions: CodeAction[]) => CodeAction | undefined): Promise<string> {
    const { actions, apply } = await fixesFor(text, code);
    const action = pick(actions);
    expect(action, `no suitable fix among: ${actions.map(a => a.title).join(' | ')}`).toBeDefined();
    const fixed = apply(action!);
    const after = await validate(fixed);
    expect(codesOf(after.diagnostics)).not.toContain(code);
    expect(codesOf(after.diagnostics)).not.toContain('syntax-error');
    return fixed;
}

const preferred = (actions: CodeAction[]) => actions.find(action => action.isPreferred);

const COMPLETE = readRepoFile('test/fixtures/invalid/phase-order.dtp')
    .replace(/^\/\/ expect.*\n/, '')
    .replace(/ {4}phase foundation \{\n.*\n {4}\}\n {4}(phase initiation \{\n.*\n {4}\}\n)/, '    $1    phase foundation {\n        activity landing "Landing zone" { duration 2m  provides cloud }\n    }\n');

describe('quick fixes', () => {
    test('the base plan of these tests is clean', async () => {
        const result = await validate(COMPLETE);
        expect(codesOf(result.diagnostics).filter(code => code !== 'unused-capability')).toEqual([]);
    });

    test('missing-phase: continuous improvement is added at the end, with a recurring starter activity', async () => {
        const without = COMPLETE.replace(/ {4}phase continuous-improvement \{\n.*\n {4}\}\n/, '');
        await fixOne(without, 'missing-phase', without.replace(/(requires cloud \}\n {4}\})\n/,
            '$1\n\n    phase continuous-improvement "Continuous improvement" {\n        activity benefits-review "Benefits review" { every 3m }\n    }\n'));
    });

    test('missing-phase: initiation is added before the other phases, with a transformation plan', async () => {
        const without = COMPLETE.replace(/ {4}phase initiation \{\n.*\n {4}\}\n/, '');
        const fixed = await expectFixed(without, 'missing-phase', preferred);
        expect(fixed).toContain('    phase initiation "Initiation" {\n        transformation-plan dtp "Digital Transformation Plan" { duration 6w }\n    }\n\n    phase foundation {');
        expect(codesOf((await validate(fixed)).diagnostics)).not.toContain('missing-transformation-plan');
    });

    test('missing-phase: foundation goes between initiation and improvement', async () => {
        const without = COMPLETE.replace(/ {4}phase foundation \{\n.*\n {4}\}\n/, '');
        const fixed = await expectFixed(without, 'missing-phase', preferred);
        expect(fixed.indexOf('phase initiation')).toBeLessThan(fixed.indexOf('phase foundation'));
        expect(fixed.indexOf('phase foundation')).toBeLessThan(fixed.indexOf('phase improvement'));
    });

    test('phase-order: the phase blocks are rewritten in canonical order', async () => {
        const text = readRepoFile('test/fixtures/invalid/phase-order.dtp');
        const fixed = await expectFixed(text, 'phase-order', preferred);
        const order = ['initiation', 'foundation', 'improvement', 'continuous-improvement'].map(kind => fixed.indexOf(`phase ${kind} `));
        expect([...order].sort((a, b) => a - b)).toEqual(order);
        expect(fixed.length).toBe(text.length); // nothing lost, nothing added
    });

    test('unmet-prerequisite: the one foundation activity gets `provides` (preferred)', async () => {
        const text = readRepoFile('test/fixtures/invalid/unmet-prerequisite.dtp');
        await fixOne(text, 'unmet-prerequisite', text.replace('provides cloud }', 'provides cloud, data-literacy }'));
    });

    test('unmet-prerequisite: one fix per foundation activity, none preferred when there are several', async () => {
        const text = readRepoFile('test/fixtures/invalid/unmet-prerequisite.dtp').replace(
            '    phase foundation {\n', '    phase foundation {\n        activity academy "Academy" {\n            duration 3m\n        }\n');
        const { actions } = await fixesFor(text, 'unmet-prerequisite');
        expect(actions.map(action => action.title)).toEqual([
            'Add `provides data-literacy` to foundation activity `academy`',
            'Add `provides data-literacy` to foundation activity `landing`'
        ]);
        expect(actions.some(action => action.isPreferred)).toBe(false);
        const fixed = await expectFixed(text, 'unmet-prerequisite', list => list[0]);
        expect(fixed).toContain('        activity academy "Academy" {\n            duration 3m\n            provides data-literacy\n        }\n');
    });

    test('missing-transformation-plan: initiation gets the DTP as its first entry', async () => {
        const text = COMPLETE.replace('transformation-plan dtp "Digital Transformation Plan" { duration 4w }', 'activity kick-off "Kick-off" { duration 1w }');
        await fixOne(text, 'missing-transformation-plan', text.replace('    phase initiation {\n',
            '    phase initiation {\n        transformation-plan dtp "Digital Transformation Plan" { duration 6w }\n'));
    });

    test('missing-transformation-plan: an ordinary initiation activity keeps the message that adds the plan', async () => {
        const text = COMPLETE.replace('transformation-plan dtp "Digital Transformation Plan" { duration 4w }', 'activity kick-off "Kick-off" { duration 1w }');
        const { actions } = await fixesFor(text, 'missing-transformation-plan');
        const [diagnostic] = (await validate(text)).diagnostics.filter(d => codesOf([d])[0] === 'missing-transformation-plan');
        expect(diagnostic.message).toMatch(/^The initiation phase has no transformation plan; drafting the Digital Transformation Plan/);
        expect(diagnostic.message).not.toContain('looks like');
        expect(actions.map(action => action.title)).toEqual(['Add a transformation-plan (the Digital Transformation Plan) to initiation']);
    });

    // The plan written as an activity: by id (English or Dutch) or by a label that names it.
    test.each([
        ['plan', 'activity plan "Plan" { duration 4w }'],
        ['dtp', 'activity dtp "Digital Transformation Plan" { duration 4w }'],
        ['transformatieplan', 'activity transformatieplan "Opstellen" { duration 4w }'],
        ['draft', 'activity draft "Draft the transformation plan" { duration 4w }'],
        ['opstellen', 'activity opstellen "Digitaal Transformatieplan opstellen" { duration 4w }'],
        ['write', 'activity write "Write the DTP" { duration 4w }']
    ])('missing-transformation-plan: `%s` looks like the plan; the fix makes it the plan instead of adding one', async (name, written) => {
        const text = COMPLETE.replace('transformation-plan dtp "Digital Transformation Plan" { duration 4w }', written);
        const [diagnostic] = (await validate(text)).diagnostics.filter(d => codesOf([d])[0] === 'missing-transformation-plan');
        expect(diagnostic.message).toBe(`The initiation phase has no transformation plan, but \`${name}\` looks like the transformation plan: `
            + `make it \`transformation-plan ${name} …\`.`);
        // On the keyword to change, not on the phase.
        expect(text.split('\n')[diagnostic.range.start.line].slice(diagnostic.range.start.character, diagnostic.range.end.character)).toBe('activity');
        const { actions } = await fixesFor(text, 'missing-transformation-plan');
        expect(actions.map(action => [action.title, action.isPreferred])).toEqual([[`Make \`${name}\` the transformation plan (\`transformation-plan ${name}\`)`, true]]);
        const fixed = await expectFixed(text, 'missing-transformation-plan', preferred);
        expect(fixed).toBe(text.replace(written, written.replace(/^activity/, 'transformation-plan')));
        expect(codesOf((await validate(fixed)).diagnostics).filter(code => code !== 'unused-capability')).toEqual([]);
    });

    test('missing-transformation-plan: an id that names the plan wins over an earlier label that mentions it; milestones never count', async () => {
        const text = COMPLETE.replace('transformation-plan dtp "Digital Transformation Plan" { duration 4w }',
            'activity review "Review the DTP" { duration 1w }\n        milestone dtp-approved "DTP approved" { after plan }\n'
            + '        activity plan "Plan" { duration 4w }');
        const [diagnostic] = (await validate(text)).diagnostics.filter(d => codesOf([d])[0] === 'missing-transformation-plan');
        expect(diagnostic.message).toContain('but `plan` looks like the transformation plan');
        const milestoneOnly = COMPLETE.replace('transformation-plan dtp "Digital Transformation Plan" { duration 4w }',
            'activity kick-off "Kick-off" { duration 1w }\n        milestone dtp "DTP approved" { after kick-off }');
        const [plain] = (await validate(milestoneOnly)).diagnostics.filter(d => codesOf([d])[0] === 'missing-transformation-plan');
        expect(plain.message).not.toContain('looks like');
    });

    test('unresolved-reference: the close match replaces the misspelt name (preferred)', async () => {
        const text = COMPLETE.replace('requires cloud', 'requires clod');
        const fixed = await expectFixed(text, 'unresolved-reference', preferred);
        expect(fixed).toBe(COMPLETE);
    });

    test('unresolved-reference: a capability nobody declared can be declared', async () => {
        const text = COMPLETE.replace('requires cloud', 'requires cloud, open-data');
        const { actions } = await fixesFor(text, 'unresolved-reference');
        expect(actions.map(action => action.title)).toEqual([
            'Declare `open-data` as a facility capability', 'Declare `open-data` as a competence capability'
        ]);
        const fixed = await expectFixed(text, 'unresolved-reference', list => list[1]);
        expect(fixed).toContain('    capability cloud "Cloud platform" facility\n    capability open-data "open-data" competence\n');
    });

    test('continuous-has-end: the duration of continuous improvement is removed', async () => {
        const text = readRepoFile('test/fixtures/invalid/continuous-has-end.dtp');
        await fixOne(text, 'continuous-has-end', text.replace('        duration 1y\n', ''));
    });

    test('continuous-has-end: an activity that lasts in continuous improvement recurs instead', async () => {
        const text = COMPLETE.replace('activity review "Review" { every 3m }', 'activity review "Review" { duration 3m }');
        await fixOne(text, 'continuous-has-end', COMPLETE);
    });
});

// Tracking: the fixtures of docs/diagnostics/<code>.md, each with one conflict or one overdue activity.
const CONFLICT = readRepoFile('test/fixtures/diagnostics/status-conflict.dtp');
const OVERDUE = readRepoFile('test/fixtures/diagnostics/overdue.dtp');
const DONE_AT_80 = '{ duration 4w  status done  progress 80% }';

describe('quick fixes for tracking', () => {
    test('status-conflict, `status done` at 80%: set the progress to 100%, or mark it active; each fix removes the conflict', async () => {
        const { actions } = await fixesFor(CONFLICT, 'status-conflict');
        expect(actions.map(action => action.title)).toEqual(['Set progress to 100%', 'Mark as active']);
        expect(actions.some(action => action.isPreferred)).toBe(false); // the plan's author knows which is true
        const hundred = await expectFixed(CONFLICT, 'status-conflict', list => list[0]);
        expect(hundred).toBe(CONFLICT.replace(DONE_AT_80, '{ duration 4w  status done  progress 100% }'));
        const active = await expectFixed(CONFLICT, 'status-conflict', list => list[1]);
        expect(active).toBe(CONFLICT.replace(DONE_AT_80, '{ duration 4w  status active  progress 80% }'));
    });

    test('status-conflict, done at 80% but `finished` recorded: only the progress fix (active would conflict with finished)', async () => {
        const text = CONFLICT.replace(DONE_AT_80, '{ duration 4w  status done  progress 80%  finished 2027-01-29 }');
        const { actions } = await fixesFor(text, 'status-conflict');
        expect(actions.map(action => action.title)).toEqual(['Set progress to 100%']);
    });

    test('status-conflict, `status planned` with `started`: mark it active (the one fix, preferred)', async () => {
        const text = CONFLICT.replace(DONE_AT_80, '{ duration 4w  status planned  started 2027-01-04 }');
        await fixOne(text, 'status-conflict', text.replace('status planned', 'status active'));
        const { actions } = await fixesFor(text, 'status-conflict');
        expect(actions[0].isPreferred).toBe(true);
    });

    test('status-conflict, `status planned` at 30%: mark it active, or set the progress to 0%', async () => {
        const text = CONFLICT.replace(DONE_AT_80, '{ duration 4w  status planned  progress 30% }');
        const { actions } = await fixesFor(text, 'status-conflict');
        expect(actions.map(action => action.title)).toEqual(['Mark as active', 'Set progress to 0%']);
        expect(await expectFixed(text, 'status-conflict', list => list[0])).toBe(text.replace('status planned', 'status active'));
        expect(await expectFixed(text, 'status-conflict', list => list[1])).toBe(text.replace('progress 30%', 'progress 0%'));
    });

    test('status-conflict, `status active` with `finished`: mark it done, and 100% when a lower progress would conflict next', async () => {
        const finished = CONFLICT.replace(DONE_AT_80, '{ duration 4w  status active  finished 2027-01-29 }');
        await fixOne(finished, 'status-conflict', finished.replace('status active', 'status done'));
        const atSixty = CONFLICT.replace(DONE_AT_80, '{\n            duration 4w\n            status active\n            progress 60%\n            finished 2027-01-29\n        }');
        await fixOne(atSixty, 'status-conflict', atSixty.replace('status active', 'status done').replace('progress 60%', 'progress 100%'));
        const { actions } = await fixesFor(atSixty, 'status-conflict');
        expect(actions[0].title).toBe('Mark as done (progress 100%)');
    });

    test('status-conflict with no status written: the fix inserts it', async () => {
        // The checks always name a written status today; the fix does not rely on it.
        const text = CONFLICT.replace(DONE_AT_80, '{ duration 4w  finished 2027-01-29 }');
        const result = await validate(text);
        const name = result.document.textDocument.getText().indexOf('dtp "Digital');
        const range = { start: result.document.textDocument.positionAt(name), end: result.document.textDocument.positionAt(name + 3) };
        const diagnostic = { range, message: 'test', data: { code: 'status-conflict', status: 'done' } };
        const actions = await services.Dtp.lsp.CodeActionProvider!.getCodeActions(result.document, {
            textDocument: { uri: result.document.textDocument.uri }, range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        const fixed = TextDocument.applyEdits(result.document.textDocument, actions[0].edit!.changes![result.document.textDocument.uri]);
        expect(fixed).toBe(text.replace('finished 2027-01-29 }', 'finished 2027-01-29  status done }'));
    });

    test('status-conflict about dates (finished before started, a fact on or after the status date): no fix, the dates need a person', async () => {
        for (const body of ['{ duration 4w  started 2027-01-20  finished 2027-01-10 }', '{ duration 4w  started 2027-03-01 }']) {
            const { actions } = await fixesFor(CONFLICT.replace(DONE_AT_80, body), 'status-conflict');
            expect(actions).toEqual([]);
        }
    });

    test('overdue: mark it finished on the day before the status date, with its progress made 100%', async () => {
        await fixOne(OVERDUE, 'overdue', OVERDUE.replace('progress 10% }', 'progress 100%  finished 2027-03-31 }'));
        const { actions } = await fixesFor(OVERDUE, 'overdue');
        expect(actions[0].title).toBe('Mark as finished on 2027-03-31');
        expect(actions[0].isPreferred).toBe(false); // a guess at the day: the author checks it
    });

    test('overdue, `status active` in a multi-line block: finished on its own line, the status made done', async () => {
        const text = OVERDUE.replace('{ duration 2m  after go  provides cloud  started 2027-02-01  progress 10% }',
            '{\n            duration 2m\n            after go\n            provides cloud\n            status active\n        }');
        const fixed = await expectFixed(text, 'overdue', list => list[0]);
        expect(fixed).toContain('            provides cloud\n            status done\n            finished 2027-03-31\n        }');
        expect(codesOf((await validate(fixed)).diagnostics)).not.toContain('status-conflict');
    });

    test('overdue milestone: finished on the day before the status date', async () => {
        // Planned on 2027-02-01 (after dtp, 4w from 2027-01-04), not reached by the status date 2027-04-01.
        const text = OVERDUE.replace('{ after dtp  finished 2027-02-01 }', '{ after dtp }')
            .replace('started 2027-02-01  progress 10%', 'started 2027-02-01  finished 2027-03-30'); // landing is done
        await fixOne(text, 'overdue', text.replace('{ after dtp }', '{ after dtp  finished 2027-03-31 }'));
    });
});

// duplicate-id: ids are one set of names across activities and capabilities. The message says what each one is; the
// quick fix renames the second declaration through Langium's rename, so its uses follow it.
const CLASH = readRepoFile('test/fixtures/diagnostics/duplicate-id.dtp');

describe('name clashes', () => {
    test('a capability and an activity: each named as what it is, the shared names explained', async () => {
        const [diagnostic] = (await validate(CLASH)).diagnostics.filter(d => codesOf([d])[0] === 'duplicate-id');
        expect(diagnostic.message).toBe('Capability `cloud` (line 5) and activity `cloud` here have the same name. Activities and capabilities '
            + 'share one set of names, so that a name in `after`, `provides` or `requires` always means one thing: rename one of them.');
    });

    test('the rename fix renames the activity and its uses to a free name from its label; capability uses stay', async () => {
        const text = CLASH.replace('activity portal "Citizen portal" { duration 3m  requires cloud }',
            'activity portal "Citizen portal" { duration 3m  requires cloud  after cloud }')
            .replace('activity landing "Landing zone" { duration 2m  after dtp  provides cloud }',
                'activity landing "Landing zone" { duration 2m  after dtp, cloud  provides cloud }');
        const { actions } = await fixesFor(text, 'duplicate-id');
        expect(actions.map(action => action.title)).toEqual(['Rename activity `cloud` to `cloud-migration` (and its 2 uses)']);
        const fixed = await expectFixed(text, 'duplicate-id', list => list[0]);
        expect(fixed).toBe(text.replace('activity cloud "Cloud migration"', 'activity cloud-migration "Cloud migration"')
            .replace('after dtp, cloud  provides cloud', 'after dtp, cloud-migration  provides cloud')
            .replace('requires cloud  after cloud }', 'requires cloud  after cloud-migration }'));
        expect(codesOf((await validate(fixed)).diagnostics).filter(code => code !== 'unused-capability')).toEqual([]);
    });

    test('two capabilities: "declared twice", and the second is renamed with the uses that meant it', async () => {
        const text = COMPLETE.replace('    capability cloud "Cloud platform" facility\n',
            '    capability cloud "Cloud platform" facility\n    capability cloud "Cloud skills" competence\n');
        const [diagnostic] = (await validate(text)).diagnostics.filter(d => codesOf([d])[0] === 'duplicate-id');
        const line = text.split('\n').indexOf('    capability cloud "Cloud platform" facility') + 1;
        expect(diagnostic.message).toBe(`Capability \`cloud\` is declared twice: here and on line ${line}. Rename or remove one of them.`);
        expect(diagnostic.message).not.toContain('share one set of names'); // no clash between kinds to explain
        const { actions } = await fixesFor(text, 'duplicate-id');
        expect(actions.map(action => action.title)).toEqual([expect.stringMatching(/^Rename capability `cloud` to `cloud-skills`/)]);
        const fixed = await expectFixed(text, 'duplicate-id', list => list[0]);
        expect(fixed).toContain('    capability cloud "Cloud platform" facility\n    capability cloud-skills "Cloud skills" competence\n');
        // Whatever `provides`/`requires` meant the renamed capability still mean it: the same number of uses of each.
        const uses = (plan: string, name: string) => plan.split(/[\s,]+/).filter(word => word === name).length;
        expect(uses(fixed, 'cloud') + uses(fixed, 'cloud-skills')).toBe(uses(text, 'cloud'));
    });

    test('a label that gives no free name: `name-2`', async () => {
        const text = CLASH.replace('activity cloud "Cloud migration"', 'activity cloud "Landing zone"')
            .replace('activity landing "Landing zone"', 'activity landing-zone "Landing zone"');
        const { actions } = await fixesFor(text, 'duplicate-id');
        expect(actions.map(action => action.title)).toEqual(['Rename activity `cloud` to `cloud-2`']);
        await expectFixed(text, 'duplicate-id', list => list[0]);
    });

    test('two kinds of activity: named as what they are', async () => {
        const text = COMPLETE.replace('transformation-plan dtp "Digital Transformation Plan" { duration 4w }',
            'transformation-plan dtp "Digital Transformation Plan" { duration 4w }\n        milestone dtp "DTP approved"');
        const [diagnostic] = (await validate(text)).diagnostics.filter(d => codesOf([d])[0] === 'duplicate-id');
        expect(diagnostic.message).toMatch(/^Transformation plan `dtp` \(line \d+\) and milestone `dtp` here have the same name; /);
    });

    test('must not flag: names that differ, if only in case, are distinct', async () => {
        const text = CLASH.replace('activity cloud "Cloud migration"', 'activity Cloud "Cloud migration"');
        expect(codesOf((await validate(text)).diagnostics)).not.toContain('duplicate-id');
    });
});
