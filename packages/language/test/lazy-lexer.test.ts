// DTP's lexer service gives Langium's token definition without building Chevrotain's lexer, and builds Langium's own
// lexer on the first tokenize: the same definition, the same token objects, the same tokens and errors.
import { DefaultLexer, DefaultTokenBuilder, EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { generatePlan } from '../../cli/scripts/generate-plan.mjs';
import { createDtpCoreServices } from '../src/dtp-core-module.js';
import { DtpLexer, DtpTokenBuilder } from '../src/parser/lazy-lexer.js';
import { readRepoFile } from './lsp-support.js';

const TEXTS = [
    generatePlan(40),
    readRepoFile('examples/noordstad.dtp'),
    generatePlan(20).replace(/\n/g, ' // c\r\n').replace(/ \{ /g, ' /* a\nb */ { '),
    'programme p "P" { start 2027-01-04 § phase initiation { activity a "A" { duration 2x after ? } } }',
    '"unterminated\nprogramme'
];

function tokensOf(result: ReturnType<DefaultLexer['tokenize']>) {
    const plain = (token: (typeof result.tokens)[number]) => ({
        image: token.image, type: token.tokenType.name, startOffset: token.startOffset, endOffset: token.endOffset,
        startLine: token.startLine, startColumn: token.startColumn, endLine: token.endLine, endColumn: token.endColumn
    });
    return { tokens: result.tokens.map(plain), hidden: result.hidden.map(plain), errors: result.errors, report: result.report };
}

describe('DtpLexer', () => {
    test('is the lexer of the DTP services', () => {
        const { Dtp } = createDtpCoreServices(EmptyFileSystem);
        expect(Dtp.parser.Lexer).toBeInstanceOf(DtpLexer);
        expect(Dtp.parser.TokenBuilder).toBeInstanceOf(DtpTokenBuilder);
    });

    test('has the definition Langium’s token builder gives, in its order', () => {
        const { Dtp } = createDtpCoreServices(EmptyFileSystem);
        const fresh = new DefaultTokenBuilder().buildTokens(Dtp.Grammar, { caseInsensitive: Dtp.LanguageMetaData.caseInsensitive });
        const definition = Object.values(Dtp.parser.Lexer.definition);
        expect(Array.isArray(fresh)).toBe(true);
        const describe = (type: { name: string; PATTERN?: unknown; GROUP?: unknown; LONGER_ALT?: unknown }) => ({
            name: type.name, pattern: String(type.PATTERN), group: String(type.GROUP),
            longer: [type.LONGER_ALT ?? []].flat().map(alt => (alt as { name: string }).name)
        });
        expect(definition.map(describe)).toEqual((fresh as typeof definition).map(describe));
    });

    test('tokenizes as Langium’s lexer does, with the definition’s token objects', () => {
        const { Dtp } = createDtpCoreServices(EmptyFileSystem);
        const reference = new DefaultLexer(createDtpCoreServices(EmptyFileSystem).Dtp);
        const types = new Set(Object.values(Dtp.parser.Lexer.definition));
        for (const text of TEXTS) {
            const lexed = Dtp.parser.Lexer.tokenize(text);
            expect(tokensOf(lexed)).toEqual(tokensOf(reference.tokenize(text)));
            for (const token of [...lexed.tokens, ...lexed.hidden]) expect(types.has(token.tokenType)).toBe(true);
        }
    });

    test('the definition read before the first tokenize is the one the lexer and the parser use', () => {
        const { Dtp } = createDtpCoreServices(EmptyFileSystem);
        const before = { ...Dtp.parser.Lexer.definition };
        const lexed = Dtp.parser.Lexer.tokenize('programme p "P" { § }');
        expect(lexed.errors.length).toBeGreaterThan(0);
        expect(Dtp.parser.Lexer.definition).toEqual(before);
        for (const [name, type] of Object.entries(before)) expect(Dtp.parser.Lexer.definition[name]).toBe(type);
        // Langium's parser reads the text through the same lexer and reports the same error.
        const parsed = Dtp.parser.LangiumParser.parse('programme p "P" { § }');
        expect(parsed.lexerErrors.map(error => error.offset)).toEqual(lexed.errors.map(error => error.offset));
    });
});
