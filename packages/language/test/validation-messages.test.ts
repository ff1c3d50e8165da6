// Messages a user reads: did-you-mean on unresolved names, readable syntax errors, and the data quick fixes read.
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createDtpServices } from '../src/dtp-module.js';
import type { Plan } from '../src/generated/ast.js';
import { closestName, editDistance } from '../src/validation/did-you-mean.js';
import { BLOCK_CONTENT } from '../src/parser/syntax-errors.js';
import { AstUtils, GrammarAST } from 'langium';

const services = createDtpServices(EmptyFileSystem);
const parse = parseHelper<Plan>(services.Dtp);

async function diagnose(text: string): Promise<LangiumDocument<Plan>> {
    return parse(text, { validation: true });
}

function withCode(document: LangiumDocument, code: string) {
    return (document.diagnostics ?? []).filter(diagnostic => diagnostic.code === code);
}

const PLAN = (initiation: string, improvement = 'activity portal "Portal" { duration 3m  requires cloud }') => `
programme noordstad "Noordstad" {
    start 2027-01
    capability cloud "Cloud platform" facility
    phase initiation {
        transformation-plan dtp "DTP" { duration 4w }
        ${initiation}
    }
    phase foundation {
        activity landing "Landing zone" { duration 2m  after dtp  provides cloud }
    }
    phase improvement {
        ${improvement}
    }
    phase continuous-improvement {
        activity review "Review" { every 3m }
    }
}`;

describe('did you mean', () => {
    test('edit distance counts insertions, deletions, substitutions and swaps', () => {
        expect(editDistance('kader', 'kaders')).toBe(1);
        expect(editDistance('landing', 'landnig')).toBe(1);
        expect(editDistance('cloud', 'clod')).toBe(1);
        expect(editDistance('portal', 'review')).toBe(6);
        expect(editDistance('portal', 'review', 2)).toBe(3); // gives up past the limit
    });

    test('suggests only a close name, and the closest one', () => {
        expect(closestName('kader', ['governance', 'kaders', 'dtp'])).toBe('kaders');
        expect(closestName('Kaders', ['kaders', 'kader'])).toBe('kaders');
        expect(closestName('portal', ['review', 'landing'])).toBeUndefined();
        expect(closestName('ab', ['xy'])).toBeUndefined();
    });

    test('an unresolved activity names the programme and the likely name', async () => {
        const document = await diagnose(PLAN('activity kaders "Kaders" { duration 4w  after dtp }\n        milestone go "Go" { after kader }'));
        const [diagnostic] = withCode(document, 'unresolved-reference');
        expect(diagnostic.message).toBe('No activity `kader` in programme `noordstad`. Did you mean `kaders`?');
        expect(diagnostic.severity).toBe(1);
        expect(diagnostic.data).toMatchObject({ code: 'unresolved-reference', refText: 'kader', suggestion: 'kaders' });
        // The range is the name alone, not the milestone.
        const line = document.textDocument.getText().split('\n')[diagnostic.range.start.line];
        expect(line.slice(diagnostic.range.start.character, diagnostic.range.end.character)).toBe('kader');
    });

    test('an unresolved name with nothing close says how to declare it', async () => {
        const document = await diagnose(PLAN('milestone go "Go" { after approval }'));
        const [diagnostic] = withCode(document, 'unresolved-reference');
        expect(diagnostic.message).toBe('No activity `approval` in programme `noordstad`. Declare `activity approval` in one of its phases, or correct the name.');
        expect(diagnostic.data).not.toHaveProperty('suggestion');
    });

    test('a capability named in `after` says to use `requires`', async () => {
        const document = await diagnose(PLAN('', 'activity portal "Portal" { duration 3m  requires cloud  after cloud }'));
        const [diagnostic] = withCode(document, 'unresolved-reference');
        expect(diagnostic.message).toBe('`cloud` is a capability, not an activity, and `after` names activities. '
            + 'Write `requires cloud` to wait for what provides it, or name an activity here.');
        expect(diagnostic.data).toMatchObject({ actualKind: 'capability', replaceWith: 'requires' });
    });

    test('an activity named in `requires` says to use `after`', async () => {
        const document = await diagnose(PLAN('', 'activity portal "Portal" { duration 3m  requires cloud, landing }'));
        const [diagnostic] = withCode(document, 'unresolved-reference');
        expect(diagnostic.message).toBe('`landing` is an activity, not a capability, and `requires` names capabilities. '
            + 'Write `after landing` to wait for it, or require a capability that `landing` provides.');
        expect(diagnostic.data).toMatchObject({ actualKind: 'activity', replaceWith: 'after' });
    });

    test('an unresolved capability suggests a declared one', async () => {
        const document = await diagnose(PLAN('', 'activity portal "Portal" { duration 3m  requires clod }'));
        const [diagnostic] = withCode(document, 'unresolved-reference');
        expect(diagnostic.message).toBe('No capability `clod` in this file or its imports. Did you mean `cloud`?');
    });
});

describe('checks say what to do', () => {
    test('unmet prerequisite', async () => {
        const document = await diagnose(PLAN('', 'activity portal "Portal" { duration 3m  requires cloud, literacy }')
            .replace('capability cloud', 'capability literacy "Data literacy" competence\n    capability cloud'));
        const [diagnostic] = withCode(document, 'unmet-prerequisite');
        expect(diagnostic.message).toBe('`portal` requires `literacy`, but no activity provides it. Add `provides literacy` to a foundation activity.');
        expect(diagnostic.data).toMatchObject({ capability: 'literacy' });
    });

    test('missing phases carry the kind to add and where', async () => {
        const document = await diagnose(PLAN('').replace(/phase continuous-improvement \{[^}]*\}\s*\}/, ''));
        const [diagnostic] = withCode(document, 'missing-phase');
        expect(diagnostic.data).toMatchObject({ kind: 'continuous-improvement', insertAfter: 'improvement' });
        expect(diagnostic.message).toContain('Add `phase continuous-improvement { … }` after the `improvement` phase.');
    });

    test('an activity that lasts in continuous improvement should recur', async () => {
        const document = await diagnose(PLAN('').replace('{ every 3m }', '{ duration 3m }'));
        const [diagnostic] = withCode(document, 'continuous-has-end');
        expect(diagnostic.message).toContain('Write `every 3m` instead of `duration 3m`.');
    });

    test('every outside continuous improvement is an invalid duration', async () => {
        const document = await diagnose(PLAN('activity sync "Sync" { every 1m  after dtp }'));
        const [diagnostic] = withCode(document, 'invalid-duration');
        expect(diagnostic.message).toContain('only continuous improvement recurs');
        expect(diagnostic.data).toMatchObject({ replaceWith: 'duration', value: '1m' });
    });

    test('requiring a capability that only a later phase provides is a backward dependency', async () => {
        const document = await diagnose(PLAN('activity pilot "Pilot" { duration 2w  after dtp  requires cloud }'));
        const [diagnostic] = withCode(document, 'backward-dependency');
        expect(diagnostic.message).toBe('`pilot` (initiation) requires `cloud`, which `landing` provides only in the later foundation phase; '
            + 'work depends only on its own or earlier phases. Provide `cloud` earlier, or move `pilot` to a later phase.');
        expect(diagnostic.data).toMatchObject({ target: 'landing', targetPhase: 'foundation' });
    });

    test('a second transformation plan in initiation', async () => {
        const document = await diagnose(PLAN('transformation-plan dtp2 "Another" { duration 1w }'));
        const [diagnostic] = withCode(document, 'misplaced-transformation-plan');
        expect(diagnostic.message).toBe('A programme has one transformation plan, and `dtp` (line 6) is already it. Make `dtp2` an `activity`.');
        expect(diagnostic.data).toMatchObject({ replaceKind: 'activity' });
    });

    test('a phase property written twice', async () => {
        const document = await diagnose(PLAN('').replace('phase foundation {', 'phase foundation {\n        intensity high  intensity low'));
        const [diagnostic] = withCode(document, 'duplicate-property');
        expect(diagnostic.message).toBe('`intensity` is given twice in phase `foundation` (first on line 10); only the last one counts. Remove one of them.');
        expect(diagnostic.severity).toBe(2);
    });

    test('duplicate and misordered phases are told apart', async () => {
        const text = PLAN('').replace(/( {4}phase foundation \{[^}]*\}\n)/, '$1    phase initiation { }\n');
        const document = await diagnose(text);
        expect(withCode(document, 'duplicate-phase').map(d => d.message)).toEqual([
            'Phase `initiation` appears twice (first on line 5). Move its activities into the first `initiation` phase and remove this one.'
        ]);
        expect(withCode(document, 'phase-order')).toEqual([]);
    });

    test('a plan without problems has none', async () => {
        const document = await diagnose(PLAN(''));
        expect(document.diagnostics).toEqual([]);
    });
});

describe('syntax errors read like sentences', () => {
    async function syntaxErrors(text: string) {
        const document = await diagnose(text);
        const errors = withCode(document, 'syntax-error');
        for (const error of errors) {
            expect(error.message).not.toMatch(/Token sequences|token of type|Expecting/);
            expect(error.data).toMatchObject({ code: 'syntax-error' });
        }
        return errors;
    }

    test('the words the messages offer are keywords of the grammar', () => {
        const keywords = new Set(AstUtils.streamAllContents(services.Dtp.Grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value));
        for (const block of Object.values(BLOCK_CONTENT)) {
            for (const word of block.words) expect(keywords, word).toContain(word);
        }
    });

    test('a missing name', async () => {
        const [error] = await syntaxErrors('programme p { phase initiation { activity } } }');
        expect(error.message).toBe('Expected a name after `activity`, found `}`.');
        expect(error.range.start.character).toBe('programme p { phase initiation { activity '.length);
    });

    test('a misspelt property keyword gets a suggestion', async () => {
        const [error] = await syntaxErrors('programme p { phase initiation { activity a "A" { duraton 2w } } }');
        expect(error.message).toBe('Unknown word `duraton` in the activity. Did you mean `duration`?');
    });

    test('a keyword of the enclosing block points at a missing brace', async () => {
        const [error] = await syntaxErrors('programme p {\n  phase initiation {\n    activity a "A" { duration 2w\n    activity b "B" { duration 1w }\n  }\n}');
        expect(error.message).toBe('Expected `}` to close the activity before `activity`, which belongs in a phase. Add the missing `}`.');
        expect(error.range.start).toEqual({ line: 3, character: 4 });
    });

    test('a missing closing brace at the end of the file', async () => {
        const errors = await syntaxErrors('programme p {\n  phase initiation {\n');
        expect(errors.map(error => error.message)).toContain('The file ends inside the phase. Add the missing `}` to close it.');
    });

    test('a value of the wrong kind', async () => {
        const [error] = await syntaxErrors('programme p { phase initiation { activity a { duration 3 } } }');
        expect(error.message).toBe('Expected a duration such as 6w (d, w, m, q or y) after `duration`, found `3`.');
    });

    test('control characters are named by code point', async () => {
        const [error] = await syntaxErrors('programme p {\u0000\u0001 }');
        expect(error.message).toBe('Unexpected characters U+0000 U+0001 (this looks like a binary file, or text that is not UTF-8): '
            + 'a plan holds names, keywords, "quoted texts", dates, durations and // comments. Remove them or put them inside quotes.');
    });

    test('an unclosed string and a stray character', async () => {
        const errors = await syntaxErrors('programme p "Draft {\n}\n§');
        expect(errors.map(error => error.message)).toEqual(expect.arrayContaining([
            'This text has no closing `"` on its line. Add the closing quote; write `\\"` for a quote inside the text.',
            'Unexpected character `§`: a plan holds names, keywords, "quoted texts", dates, durations and // comments. Remove it or put it inside quotes.'
        ]));
    });
});
