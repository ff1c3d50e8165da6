// The checks' shortcuts for large plans give what the plain way gives: a name is judged whole before character by
// character (validation/literal-checks.ts), a duration text that parsed is not parsed again, a repeated property
// names the line of its first occurrence (identity-checks.ts), and scopes are kept per document
// (workspace/scope-provider.ts).
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createDtpServices } from '../src/dtp-module.js';
import type { Activity, Plan } from '../src/generated/ast.js';
import { random } from './random.js';

const services = createDtpServices(EmptyFileSystem);
const parse = parseHelper<Plan>(services.Dtp);

function withCode(document: LangiumDocument, code: string) {
    return (document.diagnostics ?? []).filter(diagnostic => diagnostic.code === code);
}

function planOf(activities: string): string {
    return `programme p "P" {
    start 2027-01
    phase initiation {
        transformation-plan dtp "DTP" { duration 4w }
${activities}
    }
}`;
}

/** The character-by-character rule, as the check applied it to every name before the whole-name shortcut. */
function firstBadCharacter(name: string): string | undefined {
    const character = /[\p{L}\p{M}\p{N}_-]/u;
    const start = /[\p{L}_]/u;
    return [...name].find((c, index) => !(index === 0 ? start : character).test(c));
}

describe('names: the whole-name shortcut agrees with the rule per character', () => {
    // Characters the grammar lexes inside a name: letters of several scripts, a combining accent, digits of two
    // scripts, `_`, `-`, a no-break space, a zero-width space, `§`, and an emoji (a surrogate pair).
    const starts = ['a', 'Z', '_', 'é', 'ß', '漢', '٣', '\u0301', '😀'];
    const middles = [...starts, '1', '-', '§', '\u00A0', '\u200B', 'e\u0301', 'Ω'];

    test('over seeded random names, good and bad', async () => {
        const next = random(20261130);
        const pick = (list: string[]) => list[Math.floor(next() * list.length)];
        const names: string[] = [];
        for (let i = 0; i < 300; i++) {
            let name = pick(starts);
            const length = Math.floor(next() * 4);
            for (let k = 0; k < length; k++) name += pick(middles);
            names.push(`${name}${i}`); // a digit at the end: unique, and the lexer ends the name there
        }
        const document = await parse(planOf(names.map(name => `        activity ${name} "x" { duration 1w }`).join('\n')), { validation: true });
        const flagged = new Map(withCode(document, 'syntax-error')
            .filter(diagnostic => diagnostic.message.includes('cannot be a name'))
            .map(diagnostic => [(diagnostic.data as { name: string }).name, diagnostic.message]));
        const expectedBad = names.filter(name => firstBadCharacter(name) !== undefined);
        expect(expectedBad.length).toBeGreaterThan(50); // the sample holds both kinds
        expect(expectedBad.length).toBeLessThan(names.length);
        expect([...flagged.keys()].sort()).toEqual([...expectedBad].sort());
        for (const name of expectedBad) {
            const bad = firstBadCharacter(name)!;
            expect(flagged.get(name)).toContain(/\s/u.test(bad) ? `U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : bad);
        }
    });

    test('must not flag: plain, accented and decomposed names', async () => {
        const document = await parse(planOf([
            '        activity landing_zone-2 "x" { duration 1w }',
            '        activity Überweg "x" { duration 1w }',
            '        activity cafe\u0301 "x" { duration 1w }',
            '        activity 漢字 "x" { duration 1w }'
        ].join('\n')), { validation: true });
        expect(withCode(document, 'syntax-error')).toEqual([]);
    });
});

describe('durations: a text that parsed once is not parsed again', () => {
    test('a repeated bad duration is reported every time, a repeated good one never', async () => {
        const text = planOf([
            '        activity a "A" { duration 2w }',
            '        activity b "B" { duration 3x }',
            '        activity c "C" { duration 2w }',
            '        activity d "D" { duration 3x }',
            '        activity e "E" { duration 0d }'
        ].join('\n'));
        for (let round = 0; round < 2; round++) {
            const document = await parse(text, { validation: true });
            const values = withCode(document, 'invalid-duration').map(diagnostic => (diagnostic.data as { value: string }).value);
            expect(values).toEqual(['3x', '3x', '0d']);
        }
    });
});

describe('repeated properties: the first line is named, however often a keyword repeats', () => {
    test('three durations: two reports, both naming the first line', async () => {
        const document = await parse(planOf([
            '        activity a "A" {',
            '            duration 1w',
            '            owner "Ann"',
            '            duration 2w',
            '            duration 3w',
            '        }',
            '        activity b "B" { duration 1w owner "Bo" }'
        ].join('\n')), { validation: true });
        const repeats = withCode(document, 'duplicate-property');
        expect(repeats.map(diagnostic => diagnostic.data)).toEqual([
            { code: 'duplicate-property', property: 'duration', firstLine: 6 },
            { code: 'duplicate-property', property: 'duration', firstLine: 6 }
        ]);
        expect(repeats.map(diagnostic => diagnostic.range.start.line)).toEqual([7, 8]);
        expect(repeats[0].message).toContain('line 6');
    });
});

describe('scopes: kept per document', () => {
    test('the same names in two documents resolve within each document', async () => {
        const text = planOf('        activity a "A" { duration 1w }\n        activity b "B" { after a }');
        const first = await parse(text, { validation: true });
        const second = await parse(text, { validation: true });
        for (const document of [first, second]) {
            const [, a, b] = document.parseResult.value.programmes[0].phases[0].activities as Activity[];
            expect(b.after[0].target?.ref).toBe(a);
            expect(withCode(document, 'unresolved-reference')).toEqual([]);
        }
    });
});
