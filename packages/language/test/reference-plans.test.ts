// The reference plans: every plan in examples/, test/fixtures/invalid/ and test/fixtures/diagnostics/ parses;
// noordstad.dtp is clean; every other plan yields exactly the errors and warnings its `// expect:` line names.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createNodeDtpServices, loadPlans } from '../src/node.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const ERROR = 1, WARNING = 2;

function plansIn(folder: string): string[] {
    return readdirSync(path.join(root, folder)).filter(file => file.endsWith('.dtp')).sort().map(file => path.join(root, folder, file));
}

async function diagnose(file: string) {
    const services = createNodeDtpServices();
    const [document] = await loadPlans(services, [file]);
    return document;
}

/** The distinct error and warning codes of a document (info and hint are advice, not findings). */
function findingCodes(diagnostics: { severity?: number; code?: number | string }[]): string[] {
    return [...new Set(diagnostics.filter(d => d.severity === ERROR || d.severity === WARNING).map(d => String(d.code)))].sort();
}

function expectedCodes(file: string): string[] | 'syntax-error' {
    const first = readFileSync(file, 'utf8').split(/\r?\n/, 1)[0];
    if (first.startsWith('// expect-syntax-error')) return 'syntax-error';
    const codes = /^\/\/ expect: (.*)$/.exec(first)?.[1].split(',').map(code => code.trim()).filter(Boolean);
    if (codes) return codes;
    if (file.startsWith(path.join(root, 'examples'))) return []; // examples are valid plans
    throw new Error(`${file} has no // expect: line`);
}

// Info and hint codes in an expect line are documented, but do not count among the errors and warnings.
const ADVICE_CODES = new Set(['unfounded-improvement', 'unused-capability']);

describe('reference plans', () => {
    const examples = plansIn('examples');
    const invalid = [...plansIn('test/fixtures/invalid'), ...plansIn('test/fixtures/diagnostics')];

    test.each([...examples, ...invalid].map(file => [path.relative(root, file), file]))('%s parses', async (_name, file) => {
        const document = await diagnose(file);
        expect(document.parseResult.value.$type).toBe('Plan');
        if (expectedCodes(file) !== 'syntax-error') {
            expect(document.parseResult.lexerErrors).toEqual([]);
            const syntax = (document.diagnostics ?? []).filter(d => d.code === 'syntax-error');
            const expectsSyntax = (expectedCodes(file) as string[]).includes('syntax-error');
            expect(syntax.length > 0).toBe(expectsSyntax);
        }
    });

    test('examples/noordstad.dtp, with its import, has no error and no warning', async () => {
        const document = await diagnose(path.join(root, 'examples/noordstad.dtp'));
        const findings = (document.diagnostics ?? []).filter(d => d.severity === ERROR || d.severity === WARNING);
        expect(findings.map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`)).toEqual([]);
    });

    test('examples/capabilities.dtp, a catalogue, has no error and no warning', async () => {
        const document = await diagnose(path.join(root, 'examples/capabilities.dtp'));
        expect(findingCodes(document.diagnostics ?? [])).toEqual([]);
    });

    const withCodes = invalid.filter(file => expectedCodes(file) !== 'syntax-error');
    test.each(withCodes.map(file => [path.relative(root, file), file]))('%s yields exactly its expected errors and warnings', async (_name, file) => {
        const document = await diagnose(file);
        const expected = (expectedCodes(file) as string[]).filter(code => !ADVICE_CODES.has(code)).sort();
        expect(findingCodes(document.diagnostics ?? [])).toEqual([...new Set(expected)]);
    });

    test('half-typed.dtp yields syntax errors and no exception', async () => {
        const document = await diagnose(path.join(root, 'test/fixtures/invalid/half-typed.dtp'));
        const syntax = (document.diagnostics ?? []).filter(d => d.code === 'syntax-error');
        expect(syntax.length).toBeGreaterThan(0);
        for (const diagnostic of syntax) {
            expect(diagnostic.severity).toBe(ERROR);
            expect(diagnostic.message).not.toMatch(/one of these possible Token sequences/);
        }
        // `after` at the end of line 7 is followed by `}` on line 8: the error points at that `}`.
        expect(syntax.map(d => [d.range.start.line + 1, d.range.start.character + 1, d.message]))
            .toContainEqual([8, 5, 'Expected a name after `after`, found `}`.']);
    });
});
