// Syntax errors in words a planner understands: "Expected a name after `activity`, found `}`." instead of
// Chevrotain's numbered lists of token sequences. Registered as the parser's and lexer's message providers.
import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider, GrammarAST, type Grammar } from 'langium';
import { t, type MessageId } from '@dtp/roadmap';
import { closestName } from '../validation/did-you-mean.js';
import type { DtpLocale } from '../i18n.js';

/** What each terminal is, as a user would say it (the catalogue's words). */
const TERMINALS: Readonly<Record<string, MessageId>> = {
    ID: 'syntax.terminal.ID',
    STRING: 'syntax.terminal.STRING',
    DATE: 'syntax.terminal.DATE',
    DURATION: 'syntax.terminal.DURATION',
    INT: 'syntax.terminal.INT'
};

/** The words that may start a line inside each block: used to explain (and correct) an unknown word there. */
export const BLOCK_CONTENT: Readonly<Record<string, { label: MessageId; words: readonly string[] }>> = {
    Plan: { label: 'syntax.block.Plan', words: ['import', 'programme', 'capability'] },
    Programme: { label: 'syntax.block.Programme', words: ['start', 'owner', 'description', 'capability', 'phase'] },
    Phase: { label: 'syntax.block.Phase', words: ['start', 'duration', 'intensity', 'activity', 'milestone', 'transformation-plan'] },
    Activity: {
        label: 'syntax.block.Activity',
        words: ['duration', 'start', 'after', 'provides', 'requires', 'owner', 'status', 'progress', 'every', 'description']
    }
};

/** Where each block keyword belongs, to explain a keyword met in the wrong block (usually a `}` missing above it). */
const KEYWORD_HOME: ReadonlyMap<string, MessageId> = new Map([
    ['programme', 'syntax.home.top'],
    ['import', 'syntax.home.top'],
    ...BLOCK_CONTENT.Programme.words.map(word => [word, 'syntax.home.Programme'] as [string, MessageId]),
    ...BLOCK_CONTENT.Phase.words.map(word => [word, 'syntax.home.Phase'] as [string, MessageId]),
    ...BLOCK_CONTENT.Activity.words.map(word => [word, 'syntax.home.Activity'] as [string, MessageId])
]);

/** A plain catalogue word (terminal, block, home) in the language of the moment. */
const word = (locale: DtpLocale, id: MessageId) => (t as (locale: string, id: MessageId) => string)(locale.current, id);

const MAX_SHOWN_TOKEN = 30;

export class DtpParserErrorMessageProvider implements IParserErrorMessageProvider {
    /** Keywords that are also valid names (`Id` in the grammar): listed once as "a name", not one by one. */
    private readonly softKeywords: ReadonlySet<string>;

    constructor(grammar: Grammar, private readonly locale: DtpLocale) {
        const idRule = grammar.rules.find(rule => rule.name === 'Id');
        this.softKeywords = new Set(idRule && GrammarAST.isParserRule(idRule) ? collectKeywords(idRule.definition) : []);
    }

    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const { expected, actual, previous } = options;
        if (expected.name === 'EOF') return this.buildNotAllInputParsedMessage({ firstRedundant: actual, ruleName: options.ruleName });
        const block = BLOCK_CONTENT[plainRuleName(options.ruleName)];
        const locale = this.locale.current;
        if (expected.name === '}' && block) {
            const label = word(this.locale, block.label);
            if (isEnd(actual)) return t(locale, 'syntax.file-ends-inside', { block: label });
            const home = isWord(actual) ? KEYWORD_HOME.get(actual.image) : undefined;
            if (home) return t(locale, 'syntax.close-before-keyword', { block: label, word: actual.image, home: word(this.locale, home) });
            if (isWord(actual)) return this.unknownWordMessage(actual, block);
            return t(locale, 'syntax.close-expected', { block: label, after: this.after(previous), found: this.found(actual) });
        }
        return t(locale, 'syntax.expected', { expected: this.describe([expected]), after: this.after(previous), found: this.found(actual) });
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        const token = options.firstRedundant;
        if (isWord(token)) return this.unknownWordMessage(token, BLOCK_CONTENT.Plan);
        return t(this.locale.current, 'syntax.after-programme', { found: this.found(token) });
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
        const expected = options.expectedPathsPerAlt.flatMap(paths => paths.map(path => path[0]).filter(Boolean));
        return t(this.locale.current, 'syntax.expected', { expected: this.describe(expected), after: this.after(options.previous), found: this.found(options.actual[0]) });
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
        const expected = options.expectedIterationPaths.map(path => path[0]).filter(Boolean);
        return t(this.locale.current, 'syntax.expected', { expected: this.describe(expected), after: this.after(options.previous), found: this.found(options.actual[0]) });
    }

    private unknownWordMessage(token: IToken, block: { label: MessageId; words: readonly string[] }): string {
        const suggestion = closestName(token.image, block.words);
        return t(this.locale.current, 'syntax.unknown-word', { found: this.found(token), block: word(this.locale, block.label), suggestion, known: block.words });
    }

    private found(token: IToken | undefined): string {
        return found(token) ?? word(this.locale, 'syntax.end-of-file');
    }

    private after(previous: IToken | undefined): string {
        const image = after(previous);
        return image === undefined ? '' : t(this.locale.current, 'syntax.after', { token: image });
    }

    /** "a name", "`}`", "a duration such as 6w or `}`" … from the token types the parser would have accepted. */
    private describe(types: readonly TokenType[]): string {
        const names = new Set(types.map(type => type.name));
        if (names.has('ID')) for (const soft of this.softKeywords) names.delete(soft);
        const phrases = [...names].map(name => TERMINALS[name] ? word(this.locale, TERMINALS[name]) : `\`${name}\``);
        if (phrases.length === 0) return word(this.locale, 'syntax.more-text');
        if (phrases.length === 1) return phrases[0];
        return t(this.locale.current, 'syntax.or', { items: phrases.slice(0, 8), more: phrases.length > 8 });
    }
}

export class DtpLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    constructor(private readonly locale: DtpLocale) {
        super();
    }

    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const text = fullText.substring(startOffset, startOffset + length);
        if (text.startsWith('"')) return t(this.locale.current, 'syntax.unclosed-text');
        const characters = [...text];
        const shown = characters.every(isPrintable)
            ? `\`${characters.slice(0, 20).join('')}${characters.length > 20 ? '…' : ''}\``
            : characters.slice(0, 10).map(describeCharacter).join(' ') + (characters.length > 10 ? ' …' : '');
        const binary = characters.some(character => character === '\uFFFD' || character === '\u0000');
        return t(this.locale.current, 'syntax.unexpected-characters', { count: characters.length, shown, binary });
    }
}

function collectKeywords(element: GrammarAST.AbstractElement): string[] {
    if (GrammarAST.isKeyword(element)) return [element.value];
    if (GrammarAST.isAlternatives(element) || GrammarAST.isGroup(element)) return element.elements.flatMap(collectKeywords);
    return [];
}

function describeCharacter(character: string): string {
    const code = character.codePointAt(0)!;
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return isPrintable(character) ? `\`${character}\` (${hex})` : hex;
}

/** Control characters, NUL and invisible marks are named by code point only: printed, they would garble the message. */
function isPrintable(character: string): boolean {
    // U+FFFD stands for bytes that were not UTF-8: showing it says nothing, its code point says what happened.
    return character !== '\uFFFD' && !/\p{Cc}|\p{Cf}|\p{Co}|\p{Cn}|\p{Cs}|\p{Zl}|\p{Zp}/u.test(character);
}

function isWord(token: IToken | undefined): token is IToken {
    return !!token && !isEnd(token) && /^[_a-zA-Z][\w-]*$/.test(token.image);
}

/** The token as the message quotes it; undefined for the end of the file. */
function found(token: IToken | undefined): string | undefined {
    if (!token || isEnd(token) || token.image === '') return undefined;
    const image = token.image.length > MAX_SHOWN_TOKEN ? `${token.image.slice(0, MAX_SHOWN_TOKEN)}…` : token.image;
    return `\`${image}\``;
}

/** The token before, as the message quotes it; undefined when there is none. */
function after(previous: IToken | undefined): string | undefined {
    if (!previous || isEnd(previous) || !previous.image || Number.isNaN(previous.startOffset)) return undefined;
    return previous.image.length > MAX_SHOWN_TOKEN ? `${previous.image.slice(0, MAX_SHOWN_TOKEN)}…` : previous.image;
}

function isEnd(token: IToken): boolean {
    return token.tokenType?.name === 'EOF';
}

/** Langium marks its rule names with an invisible suffix; the block table uses the grammar's names. */
function plainRuleName(ruleName: string): string {
    return ruleName.replace(/[^\w-]/g, '');
}
