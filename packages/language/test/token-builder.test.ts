// The token types generated from the grammar at build time (scripts/generate-tokens.mjs) are the ones Langium's
// DefaultTokenBuilder derives from it at run time, property for property, so the lexer and both parsers see the
// same tokens; a grammar change that is not regenerated fails here.
import type { TokenType } from 'chevrotain';
import { readFileSync } from 'node:fs';
import { DefaultTokenBuilder, EmptyFileSystem, loadGrammarFromJson } from 'langium';
import { describe, expect, test } from 'vitest';
import { createDtpCoreServices } from '../src/dtp-core-module.js';
import { DtpGrammar } from '../src/generated/grammar.js';
import { createDtpTokens } from '../src/parser/grammar-tokens.js';
import { DtpTokenBuilder } from '../src/parser/lazy-lexer.js';

/** A token type as plain data: its keys in order, patterns as source and flags, longer alternatives by name. */
function plain(tokens: TokenType[]) {
    return tokens.map(token => Object.entries(token).map(([key, value]) => [
        key,
        value instanceof RegExp ? { source: value.source, flags: value.flags }
            : key === 'LONGER_ALT' ? (value as TokenType[]).map(alt => alt.name)
            : value
    ]));
}

describe('generated token types', () => {
    const derived = new DefaultTokenBuilder().buildTokens(DtpGrammar(), { caseInsensitive: false }) as TokenType[];

    test('are what DefaultTokenBuilder derives from the grammar, in its order', () => {
        const generated = createDtpTokens();
        expect(generated).toHaveLength(derived.length);
        expect(plain(generated)).toEqual(plain(derived));
        // A keyword's longer alternative is the very terminal object of the same list.
        const id = generated.find(token => token.name === 'ID');
        expect(generated.find(token => token.name === 'activity')?.LONGER_ALT).toEqual([id]);
        const activity = generated.find(token => token.name === 'activity');
        expect((activity?.LONGER_ALT as TokenType[] | undefined)?.[0]).toBe(id);
    });

    test('are new objects on every call (a lexer may augment them)', () => {
        expect(createDtpTokens()[0]).not.toBe(createDtpTokens()[0]);
    });

    test('DtpTokenBuilder gives them for the DTP grammar only, and derives them for any other grammar', () => {
        const builder = new DtpTokenBuilder();
        const own = builder.buildTokens(DtpGrammar(), { caseInsensitive: false }) as TokenType[];
        expect(plain(own)).toEqual(plain(derived));
        // The same grammar loaded again is another grammar to the builder: derived as Langium derives it.
        const source = readFileSync(new URL('../src/generated/grammar.ts', import.meta.url), 'utf8');
        const literal = /loadGrammarFromJson\(('(?:[^'\\]|\\.)*')\)/.exec(source)![1];
        const other = loadGrammarFromJson(new Function(`return ${literal};`)() as string);
        expect(other).not.toBe(DtpGrammar());
        const otherTokens = new DtpTokenBuilder().buildTokens(other, { caseInsensitive: false }) as TokenType[];
        expect(otherTokens.map(token => token.name)).toEqual(derived.map(token => token.name));
        // Case-insensitive keywords are patterns, not texts: derived too.
        const insensitive = new DtpTokenBuilder().buildTokens(DtpGrammar(), { caseInsensitive: true }) as TokenType[];
        expect(insensitive.find(token => token.name === 'activity')?.PATTERN).toBeInstanceOf(RegExp);
    });

    test("are the DTP services' lexer definition", () => {
        const { Dtp } = createDtpCoreServices(EmptyFileSystem);
        const definition = Dtp.parser.Lexer.definition;
        expect(plain(Object.values(definition))).toEqual(plain(derived));
    });
});
