// A scanner for the fast parser (fast-parser.ts): the tokens of Langium's lexer, without building a token object per
// token. Chevrotain's lexer is general (any token set, modes, error recovery); this one knows DTP's terminals and
// keywords and yields one token at a time into a reused object, which was a tenth of parsing a large plan.
//
// It knows them by their definition, not by trust: createScanner compares the lexer's token definition with the one
// this scanner implements (the same patterns, in the same order, keywords before terminals and longest first, each
// keyword that reads as a name with the name as its longer alternative) and returns undefined on any difference; the
// fast parser then reads Langium's tokens. Where the text has a character no token starts with, `advance` throws and
// Langium's parser takes over, reporting the error. Lines and columns follow Chevrotain's conventions (1-based, end
// column inclusive; `\n`, `\r\n` and `\r` end a line). test/scanner.test.ts compares it with Chevrotain token by token.
import type { TokenType } from 'chevrotain';

/** The type of the stream's token at the end of the input. */
export const EOF = '\u0000EOF';

/** A token as Chevrotain positions it, with its length instead of its text. */
export interface LexToken {
    tokenType: TokenType;
    startOffset: number;
    length: number;
    startLine: number;
    startColumn: number;
    endLine: number;
    endColumn: number;
}

/** The tokens of a text, one at a time: `token` is valid until the next `advance` (it may be reused). */
export interface TokenStream {
    /** The name of the current token's type; EOF after the last one. */
    type: string;
    token: LexToken;
    /** Hidden tokens (comments) between the previous token and the current one, in order, not yet placed. */
    hidden: LexToken[];
    advance(): void;
}

/** Thrown by `advance` where no token starts: a lexer error, which Langium's lexer reports. */
export class LexerError extends Error {}

/** The terminals this scanner implements, in the lexer's order, after the keywords. */
const TERMINALS: readonly { name: string; source: string; group?: 'hidden' | 'skipped' }[] = [
    { name: 'WS', source: '\\s+', group: 'skipped' },
    { name: 'ML_COMMENT', source: '\\/\\*[\\s\\S]*?\\*\\/', group: 'hidden' },
    { name: 'SL_COMMENT', source: '\\/\\/[^\\n\\r]*', group: 'hidden' },
    { name: 'DATE', source: '(?:\\d{4}-(?:[Qq]\\d+|\\d{1,2})(?:-\\d{1,2})?|\\d{1,2}[-./]\\d{1,2}[-./]\\d{4})(?![\\w\\u00A0-\\uFFFF-])' },
    { name: 'DURATION', source: '\\d+[a-zA-Z]+(?![\\w\\u00A0-\\uFFFF-])' },
    { name: 'INT', source: '\\d+(?![\\w\\u00A0-\\uFFFF-])' },
    { name: 'ID', source: '[_a-zA-Z\\u00C0-\\uFFFF](?:[\\w\\u00A0-\\uFFFF-]*[\\w\\u00A0-\\uFFFF])?' },
    { name: 'STRING', source: '"(?:\\\\.|[^"\\\\\\r\\n])*"' }
];

const ID_FULL = new RegExp(`^(?:${TERMINALS.find(t => t.name === 'ID')!.source})$`);
/** Single-character keywords must be characters that start no terminal. */
const STARTS_TERMINAL = /[\w\u00A0-\uFFFF"/\s]/;

function longerAlternatives(tokenType: TokenType): string[] {
    const alt = tokenType.LONGER_ALT;
    return (Array.isArray(alt) ? alt : alt ? [alt] : []).map(type => type.name);
}

/**
 * A scanner for texts of the grammar whose lexer has this token definition (Langium's Lexer.definition, in its
 * order), or undefined when the definition is not the one this scanner implements.
 */
export function createScanner(definition: Record<string, TokenType>): ((text: string) => TokenStream) | undefined {
    const entries = Object.entries(definition);
    const keywordCount = entries.length - TERMINALS.length;
    if (keywordCount < 0) return undefined;
    const keywords = new Map<number, { text: string; type: TokenType }[]>();
    const punctuation = new Map<number, TokenType>();
    let previousLength = Infinity;
    for (let i = 0; i < keywordCount; i++) {
        const [name, type] = entries[i];
        const text = type.PATTERN;
        if (typeof text !== 'string' || text !== name || text.length === 0 || type.GROUP !== undefined || type.CATEGORIES?.length) return undefined;
        // Chevrotain takes the first keyword that matches: longest first, so `started` is never read as `start`.
        if (text.length > previousLength) return undefined;
        previousLength = text.length;
        if (/\s/.test(text[0])) return undefined; // Chevrotain tries keywords before white space; this scanner white space first
        const alternatives = longerAlternatives(type);
        if (ID_FULL.test(text)) {
            // A keyword that reads as a name is that keyword only when no longer name is there (`startx` is a name).
            if (alternatives.length !== 1 || alternatives[0] !== 'ID') return undefined;
            const first = text.charCodeAt(0);
            if (!keywords.has(first)) keywords.set(first, []);
            keywords.get(first)!.push({ text, type });
        } else {
            if (text.length !== 1 || alternatives.length > 0 || STARTS_TERMINAL.test(text)) return undefined;
            punctuation.set(text.charCodeAt(0), type);
        }
    }
    const types: Record<string, TokenType> = {};
    for (let i = 0; i < TERMINALS.length; i++) {
        const [name, type] = entries[keywordCount + i];
        const expected = TERMINALS[i];
        const pattern = type.PATTERN;
        const group = type.GROUP === undefined ? undefined : type.GROUP === 'hidden' ? 'hidden' : typeof type.GROUP === 'string' ? 'skipped' : 'other';
        if (name !== expected.name || !(pattern instanceof RegExp) || pattern.source !== expected.source || pattern.flags !== ''
            || group !== expected.group || longerAlternatives(type).length > 0 || type.CATEGORIES?.length) return undefined;
        types[name] = type;
    }
    if (types.WS.GROUP !== undefined && types.WS.GROUP === types.ML_COMMENT.GROUP) return undefined;
    const sticky = (name: string) => new RegExp(TERMINALS.find(t => t.name === name)!.source, 'y');
    const patterns = {
        whitespace: sticky('WS'), mlComment: sticky('ML_COMMENT'), slComment: sticky('SL_COMMENT'),
        date: sticky('DATE'), duration: sticky('DURATION'), int: sticky('INT'), string: sticky('STRING')
    };
    return text => new Scanner(text, types, keywords, punctuation, patterns);
}

interface Patterns {
    whitespace: RegExp;
    mlComment: RegExp;
    slComment: RegExp;
    date: RegExp;
    duration: RegExp;
    int: RegExp;
    string: RegExp;
}

class Scanner implements TokenStream {
    type = EOF;
    hidden: LexToken[] = [];
    readonly token: LexToken;
    private pos = 0;
    private line = 1;
    private lineStart = 0;

    constructor(
        private readonly text: string,
        private readonly types: Record<string, TokenType>,
        private readonly keywords: Map<number, { text: string; type: TokenType }[]>,
        private readonly punctuation: Map<number, TokenType>,
        private readonly patterns: Patterns
    ) {
        this.token = { tokenType: types.ID, startOffset: 0, length: 0, startLine: 1, startColumn: 1, endLine: 1, endColumn: 0 };
        this.advance();
    }

    advance(): void {
        const text = this.text;
        const length = text.length;
        for (;;) {
            let pos = this.pos;
            // Whitespace (skipped), counting lines.
            let c = text.charCodeAt(pos);
            while (c === 32 || c === 10 || c === 13 || c === 9) {
                if (c === 10) { this.line++; this.lineStart = pos + 1; } else if (c === 13) {
                    if (text.charCodeAt(pos + 1) === 10) pos++;
                    this.line++; this.lineStart = pos + 1;
                }
                c = text.charCodeAt(++pos);
            }
            this.pos = pos;
            if (pos >= length) {
                this.type = EOF;
                return;
            }
            if (c === 11 || c === 12 || c >= 0x80) {
                // Other white space (\v, \f, no-break and Unicode spaces): the lexer's own pattern decides.
                const whitespace = this.match(this.patterns.whitespace, pos);
                if (whitespace > 0) {
                    this.skipLines(pos, pos + whitespace);
                    this.pos = pos + whitespace;
                    continue;
                }
            }
            if (c === 47 /* / */) {
                const ml = this.match(this.patterns.mlComment, pos);
                const comment = ml > 0 ? ml : this.match(this.patterns.slComment, pos);
                if (comment <= 0) throw new LexerError();
                this.hidden.push(this.hiddenToken(ml > 0 ? this.types.ML_COMMENT : this.types.SL_COMMENT, pos, comment));
                continue;
            }
            if (c >= 48 && c <= 57) {
                let size = this.match(this.patterns.date, pos);
                let type = this.types.DATE;
                if (size <= 0) { size = this.match(this.patterns.duration, pos); type = this.types.DURATION; }
                if (size <= 0) { size = this.match(this.patterns.int, pos); type = this.types.INT; }
                if (size <= 0) throw new LexerError();
                this.set(type, pos, size);
                return;
            }
            if (c === 34 /* " */) {
                const size = this.match(this.patterns.string, pos);
                if (size <= 0) throw new LexerError();
                this.set(this.types.STRING, pos, size);
                return;
            }
            if (c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xC0) {
                // A name: the longest run of name characters, not ending in `-`.
                let end = pos + 1;
                for (let d = text.charCodeAt(end); ; d = text.charCodeAt(++end)) {
                    if (!((d >= 48 && d <= 57) || (d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 95 || d === 45 || d >= 0xA0)) break;
                }
                while (end > pos + 1 && text.charCodeAt(end - 1) === 45) end--;
                const size = end - pos;
                let type = this.types.ID;
                const candidates = this.keywords.get(c);
                if (candidates) {
                    for (const keyword of candidates) {
                        if (keyword.text.length === size && text.startsWith(keyword.text, pos)) { type = keyword.type; break; }
                    }
                }
                this.set(type, pos, size);
                return;
            }
            const single = this.punctuation.get(c);
            if (!single) throw new LexerError();
            this.set(single, pos, 1);
            return;
        }
    }

    /** The length of the pattern's match at `pos`, or -1. */
    private match(pattern: RegExp, pos: number): number {
        pattern.lastIndex = pos;
        return pattern.test(this.text) ? pattern.lastIndex - pos : -1;
    }

    private set(type: TokenType, pos: number, size: number): void {
        const token = this.token;
        const column = pos - this.lineStart + 1;
        token.tokenType = type;
        token.startOffset = pos;
        token.length = size;
        token.startLine = token.endLine = this.line;
        token.startColumn = column;
        token.endColumn = column + size - 1;
        this.type = type.name;
        this.pos = pos + size;
    }

    /** A comment's token (its own object: it is kept until placed), and the lines it spans. */
    private hiddenToken(type: TokenType, pos: number, size: number): LexToken {
        const startLine = this.line;
        const startColumn = pos - this.lineStart + 1;
        this.skipLines(pos, pos + size);
        this.pos = pos + size;
        const multiline = this.line !== startLine;
        return {
            tokenType: type, startOffset: pos, length: size, startLine, startColumn,
            endLine: this.line, endColumn: multiline ? pos + size - this.lineStart : startColumn + size - 1
        };
    }

    /** Counts the line ends in text[from, to): `\n`, `\r\n` and `\r`, as Chevrotain does. */
    private skipLines(from: number, to: number): void {
        const text = this.text;
        for (let i = from; i < to; i++) {
            const c = text.charCodeAt(i);
            if (c === 10) { this.line++; this.lineStart = i + 1; } else if (c === 13) {
                if (i + 1 < to && text.charCodeAt(i + 1) === 10) i++;
                this.line++; this.lineStart = i + 1;
            }
        }
    }
}
