// One fixture per diagnostic code (test/fixtures/diagnostics/<code>.dtp): line 1 `// expect: <code>, …`, line 2
// `// at: L:C-L:C`, the 1-based range of the first code's diagnostic (end column exclusive, as editors select).
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createNodeDtpServices, loadPlans } from '../src/node.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/diagnostics');

// LSP severities as docs/diagnostics/ states them, written out here so a wrong entry in codes.ts fails the test.
const ERROR = 1, WARNING = 2, INFO = 3, HINT = 4;
const DOCUMENTED_SEVERITY: Record<string, number> = {
    'phase-order': ERROR, 'duplicate-phase': ERROR, 'missing-phase': WARNING, 'continuous-has-end': ERROR,
    'missing-transformation-plan': WARNING, 'misplaced-transformation-plan': ERROR, 'unmet-prerequisite': ERROR,
    'foundation-outside-foundation': WARNING, 'unfounded-improvement': INFO, 'unused-capability': HINT,
    'backward-dependency': ERROR, 'duplicate-id': ERROR, 'invalid-date': ERROR, 'invalid-duration': ERROR,
    'unresolved-reference': ERROR, 'unresolved-import': ERROR, 'invalid-import': ERROR, 'duplicate-programme': ERROR,
    'duplicate-property': WARNING, 'invalid-progress': ERROR, 'syntax-error': ERROR,
    'phase-starts-early': ERROR, 'phase-ends-early': WARNING, 'continuous-too-early': WARNING,
    'prerequisite-late': ERROR, 'dependency-violated': ERROR, 'dependency-cycle': ERROR,
    'phase-too-short': WARNING, 'missing-start': WARNING,
    'status-conflict': ERROR, 'overdue': WARNING, 'late-start': WARNING, 'behind-schedule': WARNING, 'milestone-slip': WARNING
};

/** The codes of the structural checks; the date-based ones have fixtures of their own, from the scheduler's side. */
const STRUCTURAL_CODES = [
    'phase-order', 'duplicate-phase', 'missing-phase', 'continuous-has-end', 'missing-transformation-plan',
    'misplaced-transformation-plan', 'unmet-prerequisite', 'foundation-outside-foundation', 'unfounded-improvement',
    'unused-capability', 'backward-dependency', 'duplicate-id', 'invalid-date', 'invalid-duration', 'unresolved-reference',
    'unresolved-import', 'invalid-import', 'duplicate-programme', 'duplicate-property', 'invalid-progress', 'syntax-error',
    'phase-too-short', 'missing-start',
    // The tracking checks: each fixture has a status date and records facts.
    'status-conflict', 'overdue', 'late-start', 'behind-schedule', 'milestone-slip'
];

interface Fixture {
    file: string;
    codes: string[];
    at?: { start: { line: number; character: number }; end: { line: number; character: number } };
}

function readFixture(file: string): Fixture {
    const [first, second] = readFileSync(path.join(fixtures, file), 'utf8').split(/\r?\n/);
    const codes = /^\/\/ expect: (.*)$/.exec(first)?.[1].split(',').map(code => code.trim()) ?? [];
    const at = /^\/\/ at: (\d+):(\d+)-(\d+):(\d+)$/.exec(second ?? '');
    return {
        file,
        codes,
        at: at ? {
            start: { line: Number(at[1]) - 1, character: Number(at[2]) - 1 },
            end: { line: Number(at[3]) - 1, character: Number(at[4]) - 1 }
        } : undefined
    };
}

const all = readdirSync(fixtures).filter(file => file.endsWith('.dtp')).sort().map(readFixture);
const located = all.filter(fixture => fixture.at);

describe('diagnostic fixtures', () => {
    test('every structural code has a fixture named after it, with a range', () => {
        for (const code of STRUCTURAL_CODES) {
            const fixture = all.find(candidate => candidate.file === `${code}.dtp`);
            expect(fixture, `${code}.dtp`).toBeDefined();
            expect(fixture!.codes[0]).toBe(code);
            expect(fixture!.at, `${code}.dtp has an // at: line`).toBeDefined();
        }
    });

    test.each(located.map(fixture => [fixture.file, fixture] as const))('%s: code, severity and exact range', async (_file, fixture) => {
        const services = createNodeDtpServices();
        const [document] = await loadPlans(services, [path.join(fixtures, fixture.file)]);
        const code = fixture.codes[0];
        const found = (document.diagnostics ?? []).filter(diagnostic => diagnostic.code === code);
        expect(found.map(diagnostic => diagnostic.range)).toContainEqual(fixture.at);
        const diagnostic = found.find(candidate => JSON.stringify(candidate.range) === JSON.stringify(fixture.at))!;
        expect(diagnostic.severity).toBe(DOCUMENTED_SEVERITY[code]);
        expect(diagnostic.data).toMatchObject({ code });
        // A message names what it is about (in backquotes) and is more than a word or two.
        expect(diagnostic.message).toMatch(/`[^`]+`/);
        expect(diagnostic.message.length).toBeGreaterThan(30);
    });
});
