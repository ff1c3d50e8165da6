// The scanner (src/parser/scanner.ts) against Chevrotain's lexer as Langium builds it: on every plan in the repository
// and on texts made to be awkward (every kind of line end and white space, names in any script, numbers that are
// almost dates, unterminated strings and comments), it yields the same tokens with the same positions, or stops where
// Chevrotain reports a lexer error. And it refuses a token definition it does not implement.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { IToken, TokenType } from 'chevrotain';
import { describe, expect, test } from 'vitest';
import { generatePlan } from '../../cli/scripts/generate-plan.mjs';
import { createScanner, EOF, LexerError, type LexToken } from '../src/parser/scanner.js';
import { createTestServices, REPO } from './lsp-support.js';
import { random } from './random.js';

const services = createTestServices();
const lexer = services.Dtp.parser.Lexer;
const definition = lexer.definition as Record<string, TokenType>;
const scan = createScanner(definition)!;
/** The token types in the lexer's order: a token's kind is its index here, the end's the length. */
const names = Object.keys(definition);

interface Seen { type: string; offset: number; length: number; startLine: number; startColumn: number; endLine: number; endColumn: number }

const seen = (token: LexToken | IToken): Seen => ({
    type: token.tokenType.name, offset: token.startOffset, length: 'length' in token ? token.length : token.image.length,
    startLine: token.startLine!, startColumn: token.startColumn!, endLine: token.endLine!, endColumn: token.endColumn!
});

/** The scanner's tokens and comments, in order; `error` when it stopped at a lexer error. */
function scanned(text: string): { tokens: Seen[]; hidden: Seen[]; error: boolean } {
    const tokens: Seen[] = [];
    const hidden: Seen[] = [];
    try {
        const stream = scan(text);
        for (;;) {
            hidden.push(...stream.hidden.map(seen));
            stream.hidden = [];
            if (stream.type === EOF) {
                expect(stream.kind).toBe(names.length);
                break;
            }
            expect(stream.type).toBe(stream.token.tokenType.name);
            expect(stream.kind).toBe(names.indexOf(stream.type));
            tokens.push(seen(stream.token));
            stream.advance();
        }
    } catch (error) {
        if (error instanceof LexerError) return { tokens, hidden, error: true };
        throw error;
    }
    return { tokens, hidden, error: false };
}

function compare(text: string): 'same' | 'error' {
    const expected = lexer.tokenize(text);
    const actual = scanned(text);
    if (expected.errors.length > 0) {
        expect(actual.error, `the scanner read ${JSON.stringify(text.slice(0, 80))} without the lexer's error`).toBe(true);
        // Up to where it stopped, it agreed.
        expect(actual.tokens).toEqual(expected.tokens.slice(0, actual.tokens.length).map(seen));
        return 'error';
    }
    expect(actual.error, `the scanner stopped on ${JSON.stringify(text.slice(0, 80))}, which the lexer reads`).toBe(false);
    expect(actual.tokens).toEqual(expected.tokens.map(seen));
    expect(actual.hidden).toEqual(expected.hidden.map(seen));
    return 'same';
}

function repositoryPlans(): string[] {
    const found: string[] = [];
    const walk = (dir: string) => {
        for (const name of readdirSync(dir)) {
            if (name === 'node_modules' || name.startsWith('.') || name === 'out' || name === 'dist') continue;
            const file = path.join(dir, name);
            if (statSync(file).isDirectory()) walk(file);
            else if (name.endsWith('.dtp')) found.push(readFileSync(file, 'utf8'));
        }
    };
    for (const dir of ['examples', 'test', 'packages']) walk(path.join(REPO, dir));
    return found;
}

/** Pieces that sit on the edges between token kinds. */
const PIECES = ['activity', 'activityx', 'start', 'started', 'startedx', 'status-date', 'status-', 'status-dates', 'low-1', 'a-', 'a--b', '-',
    '2027-01-04', '2027-1-4', '2027-Q2', '2027-q5', '2027-01-045', '2027-01-04x', '01-09-2026', '1.9.2026', '1/9/2026', '1.9.20261', '6w',
    '6wk', '6w-', '12', '12x', '007', '3', '%', '+', ',', '{', '}', '"a"', '"a\\"b"', '"unterminated', '"a\\\nb"', '// c', '/* c */',
    '/* a\r\nb */', '/* a\rb\nc */', '/*', '/', 'patiëntportaal', 'été', '_x', 'Ωmega', '日本', '😀', 'a😀b', '\u00A0', '\u2028', '\u3000',
    '\uFEFF', '\v', '\f', '\t', ' ', '\n', '\r\n', '\r', '§', '#', '.', ':', '\u0085', '\u00AD', 'initiation', 'continuous-improvement',
    'continuous-improvement-x', 'transformation-plan', '12_', '3w_', '3wé', '12é', '1-', '12.', '1/', '123-4', '12345-6', '2027-', '0', '"',
    '"a\u2028b"', '"a\rb"', '"é ü"', '"\\"'];

describe('the scanner', () => {
    test('implements the DTP lexer\'s token definition', () => {
        expect(scan).toBeDefined();
    });

    test.each(repositoryPlans().map((text, i) => [i, text]))('reads repository plan %i as the lexer does', (_i, text) => {
        compare(text as string);
    });

    test('reads generated plans, with comments and CRLF line ends, as the lexer does', () => {
        for (const text of [generatePlan(500), generatePlan(100).replace(/\n/g, ' // n\r\n'), generatePlan(50).replace(/ \{ /g, ' /* x\r\ny */ { ')]) {
            expect(compare(text)).toBe('same');
        }
    });

    test('reads awkward texts exactly as the lexer does, or stops at its error', () => {
        const next = random(7);
        const outcomes = { same: 0, error: 0 };
        for (let i = 0; i < 4000; i++) {
            const count = 1 + Math.floor(next() * 6);
            let text = '';
            for (let k = 0; k < count; k++) text += PIECES[Math.floor(next() * PIECES.length)] + (next() < 0.5 ? ' ' : '');
            outcomes[compare(text)]++;
        }
        expect(outcomes.same).toBeGreaterThan(1000);
        expect(outcomes.error).toBeGreaterThan(300);
    });

    test('refuses a definition it does not implement: another order, a keyword without its longer alternative, another pattern', () => {
        const entries = Object.entries(definition);
        const reordered = Object.fromEntries([...entries.slice(-1), ...entries.slice(0, -1)]);
        expect(createScanner(reordered)).toBeUndefined();
        const start = entries.findIndex(([name]) => name === 'start');
        const started = entries.findIndex(([name]) => name === 'started');
        const shortFirst = [...entries];
        [shortFirst[start], shortFirst[started]] = [shortFirst[started], shortFirst[start]];
        expect(createScanner(Object.fromEntries(shortFirst))).toBeUndefined();
        expect(createScanner({ ...definition, start: { ...definition.start, LONGER_ALT: undefined } })).toBeUndefined();
        expect(createScanner({ ...definition, INT: { ...definition.INT, PATTERN: /\d+/ } })).toBeUndefined();
        expect(createScanner({ ...definition, 'x': { ...definition['{'], name: 'x', PATTERN: 'x' } })).toBeUndefined();
    });
});
