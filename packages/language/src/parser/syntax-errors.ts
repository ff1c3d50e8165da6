// Syntax errors in words a planner understands: "Expected a name after `activity`, found `}`." instead of
// Chevrotain's numbered lists of token sequences. Registered as the parser's and lexer's message providers.
import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider, GrammarAST, type Grammar } from 'langium';
import { closestName } from '../validation/did-you-mean.js';

/** What each terminal is, as a user would say it. */
const TERMINALS: Readonly<Record<string, string>> = {
    ID: 'a name',
    STRING: 'a quoted text',
    DATE: 'a date such as 2027-01-04, 2027-03 or 2027-Q2',
    DURATION: 'a duration such as 6w (d, w, m, q or y)',
    INT: 'a whole number'
};

/** The words that may start a line inside each block: used to explain (and correct) an unknown word there. */
export const BLOCK_CONTENT: Readonly<Record<string, { label: string; words: readonly string[] }>> = {
    Plan: { label: 'the file', words: ['import', 'programme', 'capability'] },
    Programme: { label: 'the programme', words: ['start', 'owner', 'description', 'capability', 'phase'] },
    Phase: { label: 'the phase', words: ['start', 'duration', 'intensity', 'activity', 'milestone', 'transformation-plan'] },
    Activity: {
        label: 'the activity',
        words: ['duration', 'start', 'after', 'provides', 'requires', 'owner', 'status', 'progress', 'every', 'description']
    }
};

/** Where each block keyword belongs, to explain a keyword met in the wrong block (usually a `}` missing above it). */
const KEYWORD_HOME: ReadonlyMap<string, string> = new Map([
    ['programme', 'at the top of a file'],
    ['import', 'at the top of a file'],
    ...BLOCK_CONTENT.Programme.words.map(word => [word, 'in a programme'] as [string, string]),
    ...BLOCK_CONTENT.Phase.words.map(word => [word, 'in a phase'] as [string, string]),
    ...BLOCK_CONTENT.Activity.words.map(word => [word, 'in an activity'] as [string, string])
]);

const MAX_SHOWN_TOKEN = 30;

export class DtpParserErrorMessageProvider implements IParserErrorMessageProvider {
    /** Keywords that are also valid names (`Id` in the grammar): listed once as "a name", not one by one. */
    private readonly softKeywords: ReadonlySet<string>;

    constructor(grammar: Grammar) {
        const idRule = grammar.rules.find(rule => rule.name === 'Id');
        this.softKeywords = new Set(idRule && GrammarAST.isParserRule(idRule) ? collectKeywords(idRule.definition) : []);
    }

    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const { expected, actual, previous } = options;
        if (expected.name === 'EOF') return this.buildNotAllInputParsedMessage({ firstRedundant: actual, ruleName: options.ruleName });
        const block = BLOCK_CONTENT[plainRuleName(options.ruleName)];
        if (expected.name === '}' && block) {
            if (isEnd(actual)) return `The file ends inside ${block.label}. Add the missing \`}\` to close it.`;
            const home = isWord(actual) ? KEYWORD_HOME.get(actual.image) : undefined;
            if (home) {
                return `Expected \`}\` to close ${block.label} before \`${actual.image}\`, which belongs ${home}. Add the missing \`}\`.`;
            }
            if (isWord(actual)) return this.unknownWordMessage(actual, block);
            return `Expected \`}\` to close ${block.label}${after(previous)}, found ${found(actual)}. Add the missing \`}\`.`;
        }
        return `Expected ${this.describe([expected])}${after(previous)}, found ${found(actual)}.`;
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        const token = options.firstRedundant;
        if (isWord(token)) return this.unknownWordMessage(token, BLOCK_CONTENT.Plan);
        return `Unexpected ${found(token)} after the end of the programme. Remove it, or check the braces above: `
            + 'an extra `}` closes a block too early.';
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
        const expected = options.expectedPathsPerAlt.flatMap(paths => paths.map(path => path[0]).filter(Boolean));
        return `Expected ${this.describe(expected)}${after(options.previous)}, found ${found(options.actual[0])}.`;
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
        const expected = options.expectedIterationPaths.map(path => path[0]).filter(Boolean);
        return `Expected ${this.describe(expected)}${after(options.previous)}, found ${found(options.actual[0])}.`;
    }

    private unknownWordMessage(token: IToken, block: { label: string; words: readonly string[] }): string {
        const suggestion = closestName(token.image, block.words);
        const known = block.words.map(word => `\`${word}\``).join(', ');
        return `Unknown word ${found(token)} in ${block.label}.`
            + (suggestion ? ` Did you mean \`${suggestion}\`?` : ` Expected one of ${known}, or \`}\` to close it.`);
    }

    /** "a name", "`}`", "a duration such as 6w or `}`" … from the token types the parser would have accepted. */
    private describe(types: readonly TokenType[]): string {
        const names = new Set(types.map(type => type.name));
        if (names.has('ID')) for (const soft of this.softKeywords) names.delete(soft);
        const phrases = [...names].map(name => TERMINALS[name] ?? `\`${name}\``);
        if (phrases.length === 0) return 'more text';
        if (phrases.length === 1) return phrases[0];
        const shown = phrases.slice(0, 8);
        const rest = phrases.length > shown.length ? `, …` : '';
        return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}${rest}`;
    }
}

export class DtpLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const text = fullText.substring(startOffset, startOffset + length);
        if (text.startsWith('"')) {
            return 'This text has no closing `"` on its line. Add the closing quote; write `\\"` for a quote inside the text.';
        }
        const characters = [...text];
        const shown = characters.every(isPrintable)
            ? `\`${characters.slice(0, 20).join('')}${characters.length > 20 ? '…' : ''}\``
            : characters.slice(0, 10).map(describeCharacter).join(' ') + (characters.length > 10 ? ' …' : '');
        const [noun, pronoun] = characters.length === 1 ? ['character', 'it'] : ['characters', 'them'];
        const binary = characters.some(character => character === '\uFFFD' || character === '\u0000')
            ? ' (this looks like a binary file, or text that is not UTF-8)' : '';
        return `Unexpected ${noun} ${shown}${binary}: a plan holds names, keywords, "quoted texts", dates, durations `
            + `and // comments. Remove ${pronoun} or put ${pronoun} inside quotes.`;
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

function found(token: IToken | undefined): string {
    if (!token || isEnd(token) || token.image === '') return 'the end of the file';
    const image = token.image.length > MAX_SHOWN_TOKEN ? `${token.image.slice(0, MAX_SHOWN_TOKEN)}…` : token.image;
    return `\`${image}\``;
}

function after(previous: IToken | undefined): string {
    if (!previous || isEnd(previous) || !previous.image || Number.isNaN(previous.startOffset)) return '';
    const image = previous.image.length > MAX_SHOWN_TOKEN ? `${previous.image.slice(0, MAX_SHOWN_TOKEN)}…` : previous.image;
    return ` after \`${image}\``;
}

function isEnd(token: IToken): boolean {
    return token.tokenType?.name === 'EOF';
}

/** Langium marks its rule names with an invisible suffix; the block table uses the grammar's names. */
function plainRuleName(ruleName: string): string {
    return ruleName.replace(/[^\w-]/g, '');
}
