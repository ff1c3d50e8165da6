// The date-based checks (validation/schedule-checks.ts) on their fixtures: code, severity and exact range of each
// diagnostic, and the messages' dates and advice.
import { describe, expect, test } from 'vitest';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { DIAGNOSTIC_SEVERITY, type DiagnosticCode } from '../src/validation/codes.js';
import { createNodeDtpServices, loadPlans } from '../src/node.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const DATE_CODES: readonly string[] = [
    'phase-starts-early', 'phase-ends-early', 'continuous-too-early', 'prerequisite-late', 'dependency-violated', 'dependency-cycle'
];
const LSP_SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;

async function diagnosticsOf(relative: string): Promise<{ text: string; diagnostics: Diagnostic[] }> {
    const file = path.join(root, relative);
    const [document] = await loadPlans(createNodeDtpServices(), [file]);
    const diagnostics = (document.diagnostics ?? []).filter(d => DATE_CODES.includes(String(d.code)));
    return { text: readFileSync(file, 'utf8'), diagnostics };
}

/** The text a diagnostic covers. */
function covered(text: string, diagnostic: Diagnostic): string {
    const lines = text.split(/\r?\n/);
    const { start, end } = diagnostic.range;
    return start.line === end.line
        ? lines[start.line].slice(start.character, end.character)
        : `${lines[start.line].slice(start.character)}…${lines[end.line].slice(0, end.character)}`;
}

// Per fixture: each expected diagnostic's code, the 0-based line it is on, the exact text it covers and words
// its message must hold (the dates involved and the fix).
const FIXTURES: Record<string, { code: DiagnosticCode; line: number; covers: string; says: string[] }[]> = {
    'phase-starts-early': [{
        code: 'phase-starts-early', line: 9, covers: 'start 2027-01',
        says: ['foundation phase starts 2027-01-01', 'initiation phase it follows starts (2027-02-01)', 'move its `start` to 2027-02-01']
    }],
    'phase-ends-early': [{
        code: 'phase-ends-early', line: 11, covers: 'phase improvement',
        says: ['improvement phase ends on 2027-06-28', 'foundation phase it follows ends on 2028-01-28', '`academy` ends on 2028-01-28']
    }],
    'continuous-too-early': [{
        code: 'continuous-too-early', line: 14, covers: 'start 2027-04',
        says: ['starts 2027-04-01', 'improvement phase ends (its last day is 2027-06-28)', 'Move its `start` to 2027-06-29 or later']
    }],
    'prerequisite-late': [{
        code: 'prerequisite-late', line: 11, covers: 'cloud',
        says: ['`portal` starts 2027-02-01 but requires `cloud`, which is ready only on 2027-03-29 (after `landing`)',
            'Move the start to 2027-03-29 or later, or remove the fixed start.']
    }],
    'dependency-violated': [{
        code: 'dependency-violated', line: 12, covers: 'portal + 2w',
        says: ['`app` is fixed to start 2027-05-01', '`portal`, which ends on 2027-06-28', 'start on 2027-07-13', '73 days too early',
            'Move the start to 2027-07-13 or later']
    }],
    'dependency-cycle': [{
        code: 'dependency-cycle', line: 8, covers: 'ops',
        says: ['`landing` and `ops` wait for each other', 'landing → ops (requires cloud) → landing', 'Remove or reverse one']
    }]
};

describe('date-based checks on their fixtures', () => {
    for (const [name, expected] of Object.entries(FIXTURES)) {
        test(name, async () => {
            const relative = `test/fixtures/diagnostics/${name}.dtp`;
            const { text, diagnostics } = await diagnosticsOf(relative);
            expect(text.split('\n')[0]).toBe(`// expect: ${name}`);
            expect(diagnostics.map(d => d.code)).toEqual(expected.map(e => e.code));
            diagnostics.forEach((diagnostic, i) => {
                const { code, line, covers, says } = expected[i];
                expect(diagnostic.severity).toBe(LSP_SEVERITY[DIAGNOSTIC_SEVERITY[code]]);
                expect(diagnostic.range.start.line).toBe(line);
                expect(covered(text, diagnostic)).toBe(covers);
                for (const words of says) expect(diagnostic.message).toContain(words);
            });
        });
    }

    test('the cycle points at every member', async () => {
        const { diagnostics } = await diagnosticsOf('test/fixtures/diagnostics/dependency-cycle.dtp');
        const related = diagnostics[0].relatedInformation ?? [];
        expect(related.map(r => r.message)).toEqual([
            '`ops` requires `cloud`, which `landing` provides',
            '`landing` comes after `ops`'
        ]);
        expect(related.map(r => r.location.range.start.line)).toEqual([9, 8]);
        expect(related.every(r => r.location.uri.endsWith('dependency-cycle.dtp'))).toBe(true);
    });
});

describe('reference fixtures in test/fixtures/invalid', () => {
    for (const name of ['prerequisite-late', 'dependency-cycle']) {
        test(`${name}.dtp yields exactly the date-based codes of its expect line`, async () => {
            const relative = `test/fixtures/invalid/${name}.dtp`;
            const { text, diagnostics } = await diagnosticsOf(relative);
            const expected = /\/\/ expect: (.*)/.exec(text)![1].split(',').map(code => code.trim()).filter(code => DATE_CODES.includes(code));
            expect(diagnostics.map(d => String(d.code)).sort()).toEqual([...expected].sort());
        });
    }

    test('the three-activity cycle is reported once, on the first member, with its whole trail', async () => {
        const { text, diagnostics } = await diagnosticsOf('test/fixtures/invalid/dependency-cycle.dtp');
        expect(diagnostics).toHaveLength(1);
        const [cycle] = diagnostics;
        expect(cycle.message).toContain('dtp → b → c → dtp');
        expect(covered(text, cycle)).toBe('c'); // `after c` of dtp, the first member
        expect(cycle.range.start.line).toBe(4);
        expect(cycle.relatedInformation).toHaveLength(3);
    });
});

describe('text that does not parse', () => {
    test('half-typed phases are not blamed for dates they do not have yet', async () => {
        const { diagnostics } = await diagnosticsOf('test/fixtures/invalid/half-typed.dtp');
        expect(diagnostics).toEqual([]);
    });
});

describe('a valid plan', () => {
    test('Noordstad has no date-based diagnostic', async () => {
        const { diagnostics } = await diagnosticsOf('examples/noordstad.dtp');
        expect(diagnostics).toEqual([]);
    });
});
