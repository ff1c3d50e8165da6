// Langium's lexer builds Chevrotain's lexer in its constructor: analysing the token types takes about 25 ms, a
// tenth of checking a small plan from the command line. A plan without syntax errors never needs it: the fast parser
// reads only the token definition and scans with its own scanner (parser/scanner.ts). This lexer gives the same
// definition at once and builds Langium's lexer on the first `tokenize` (a text with an error, the formatter).
import {
    DefaultLexer, DefaultTokenBuilder, isIMultiModeLexerDefinition, isTokenTypeDictionary,
    type Grammar, type LangiumCoreServices, type Lexer, type LexerResult, type TokenBuilderOptions, type TokenizeOptions
} from 'langium';
import type { TokenTypeDictionary, TokenVocabulary } from 'chevrotain';
import { DtpGrammar } from '../generated/grammar.js';
import { createDtpTokens } from './grammar-tokens.js';

/**
 * Builds the grammar's tokens once. Chevrotain's lexer and parser match tokens by their token type objects, so the
 * definition read before Langium's lexer exists and the one that lexer builds later must be the same objects.
 */
export class DtpTokenBuilder extends DefaultTokenBuilder {
    private built: { grammar: Grammar; caseInsensitive: boolean; tokens: TokenVocabulary } | undefined;

    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const caseInsensitive = options?.caseInsensitive ?? false;
        if (this.built?.grammar !== grammar || this.built.caseInsensitive !== caseInsensitive) {
            // DTP's own grammar: the tokens generated from it at build time (generate-tokens.mjs), the same as
            // DefaultTokenBuilder derives at start-up; any other grammar is built as Langium builds it.
            const tokens = grammar === DtpGrammar() && !caseInsensitive ? createDtpTokens() : super.buildTokens(grammar, options);
            this.built = { grammar, caseInsensitive, tokens };
        }
        return this.built.tokens;
    }
}

export class DtpLexer implements Lexer {
    private readonly services: LangiumCoreServices;
    private readonly tokenTypes: TokenTypeDictionary;
    private lexer: DefaultLexer | undefined;

    constructor(services: LangiumCoreServices) {
        this.services = services;
        // What DefaultLexer's constructor reads, so both give the same definition.
        const tokens = services.parser.TokenBuilder.buildTokens(services.Grammar, { caseInsensitive: services.LanguageMetaData.caseInsensitive });
        this.tokenTypes = toTokenTypeDictionary(tokens);
    }

    get definition(): TokenTypeDictionary {
        return this.tokenTypes;
    }

    tokenize(text: string, options?: TokenizeOptions): LexerResult {
        this.lexer ??= new DefaultLexer(this.services);
        return this.lexer.tokenize(text, options);
    }
}

/** DefaultLexer's own conversion of a token vocabulary into its definition. */
function toTokenTypeDictionary(tokens: TokenVocabulary): TokenTypeDictionary {
    if (isTokenTypeDictionary(tokens)) return tokens;
    const types = isIMultiModeLexerDefinition(tokens) ? Object.values(tokens.modes).flat() : tokens;
    const dictionary: TokenTypeDictionary = {};
    for (const type of types) dictionary[type.name] = type;
    return dictionary;
}
