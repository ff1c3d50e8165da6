// The formatter: fixtures before/after (test/fixtures/format), idempotence, and never a character of content lost.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { expectFormatting } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { formatSource, formatText, layoutTokens } from '../src/lsp/formatter.js';
import { createTestServices, readRepoFile, REPO, resetWorkspace } from './lsp-support.js';

const services = createTestServices();
const formatDir = path.join(REPO, 'test/fixtures/format');
const cases = readdirSync(formatDir).filter(file => file.endsWith('.input.dtp')).map(file => file.replace('.input.dtp', ''));
const everyPlan = [
    ...readdirSync(path.join(REPO, 'examples')).map(file => `examples/${file}`),
    ...readdirSync(path.join(REPO, 'test/fixtures/invalid')).map(file => `test/fixtures/invalid/${file}`),
    ...readdirSync(formatDir).map(file => `test/fixtures/format/${file}`)
].filter(file => file.endsWith('.dtp'));

/** The content of a text: every token and comment, without the whitespace between them. */
function contentTokens(text: string): string[] {
    return layoutTokens(services.Dtp, text).map(token => token.image);
}

afterEach(() => resetWorkspace(services));

describe('formatter', () => {
    test.each(cases)('formats %s as expected, through the LSP formatting request', async name => {
        await expectFormatting(services.Dtp)({
            before: readRepoFile(`test/fixtures/format/${name}.input.dtp`),
            after: readRepoFile(`test/fixtures/format/${name}.expected.dtp`)
        });
    });

    test.each(cases)('leaves the formatted %s unchanged (idempotent)', name => {
        const expected = readRepoFile(`test/fixtures/format/${name}.expected.dtp`);
        expect(formatSource(services.Dtp, expected)).toBe(expected);
    });

    test('noordstad.dtp is formatted already, and formatting it twice gives the same text', async () => {
        const text = readRepoFile('examples/noordstad.dtp');
        const once = await formatText(services.Dtp, 'file:///noordstad.dtp', text);
        expect(once).toEqual({ ok: true, text, changed: false });
        const scrambled = text.replace(/\n {4,}/g, '\n').replace('after kaders, governance', 'after   kaders ,governance');
        const fixed = await formatText(services.Dtp, 'file:///scrambled.dtp', scrambled);
        expect(fixed.ok && fixed.text).toBe(text);
    });

    test.each(everyPlan)('keeps every token and comment of %s', file => {
        const text = readRepoFile(file);
        const formatted = formatSource(services.Dtp, text);
        expect(contentTokens(formatted)).toEqual(contentTokens(text));
        expect(formatSource(services.Dtp, formatted)).toBe(formatted);
    });

    test('a file written with CRLF line ends keeps them', () => {
        const crlf = (text: string) => text.replace(/\n/g, '\r\n');
        expect(formatSource(services.Dtp, crlf(readRepoFile('test/fixtures/format/spacing.input.dtp'))))
            .toBe(crlf(readRepoFile('test/fixtures/format/spacing.expected.dtp')));
    });

    test('refuses a text with syntax errors and says where they are', async () => {
        const result = await formatText(services.Dtp, 'file:///half.dtp', readRepoFile('test/fixtures/invalid/half-typed.dtp'));
        expect(result.ok).toBe(false);
        expect(!result.ok && result.problems[0]).toMatch(/^line 7, column 9: /);
    });

    test('range formatting touches only the selected lines', async () => {
        await expectFormatting(services.Dtp)({
            before: 'programme p {\n    start   2027-01\n    owner   "Me"\n}\n',
            after: 'programme p {\n    start 2027-01\n    owner   "Me"\n}\n',
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 20 } }
        });
    });
});
