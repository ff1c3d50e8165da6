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
    /**
     * The current token's type as its index in the lexer's definition (the order of Lexer.definition); the
     * definition's size after the last one. The parser decides on this number, which indexes arrays.
     */
    kind: number;
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
    const keywords = new Map<number, Keyword[]>();
    const punctuation = new Map<number, Keyword>();
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
            keywords.get(first)!.push({ text, type, kind: i });
        } else {
            if (text.length !== 1 || alternatives.length > 0 || STARTS_TERMINAL.test(text)) return undefined;
            punctuation.set(text.charCodeAt(0), { text, type, kind: i });
        }
    }
    const types: Record<string, TokenType> = {};
    const kinds: Record<string, number> = {};
    for (let i = 0; i < TERMINALS.length; i++) {
        const [name, type] = entries[keywordCount + i];
        const expected = TERMINALS[i];
        const pattern = type.PATTERN;
        const group = type.GROUP === undefined ? undefined : type.GROUP === 'hidden' ? 'hidden' : typeof type.GROUP === 'string' ? 'skipped' : 'other';
        if (name !== expected.name || !(pattern instanceof RegExp) || pattern.source !== expected.source || pattern.flags !== ''
            || group !== expected.group || longerAlternatives(type).length > 0 || type.CATEGORIES?.length) return undefined;
        types[name] = type;
        kinds[name] = keywordCount + i;
    }
    if (types.WS.GROUP !== undefined && types.WS.GROUP === types.ML_COMMENT.GROUP) return undefined;
    const sticky = (name: string) => new RegExp(TERMINALS.find(t => t.name === name)!.source, 'y');
    const patterns = {
        whitespace: sticky('WS'), mlComment: sticky('ML_COMMENT'), slComment: sticky('SL_COMMENT'),
        date: sticky('DATE'), string: sticky('STRING')
    };
    const terminals: Terminals = {
        DATE: { type: types.DATE, kind: kinds.DATE }, DURATION: { type: types.DURATION, kind: kinds.DURATION },
        INT: { type: types.INT, kind: kinds.INT }, ID: { type: types.ID, kind: kinds.ID }, STRING: { type: types.STRING, kind: kinds.STRING },
        ML_COMMENT: types.ML_COMMENT, SL_COMMENT: types.SL_COMMENT, eof: entries.length
    };
    return text => new Scanner(text, terminals, keywords, punctuation, patterns);
}

interface Keyword {
    text: string;
    type: TokenType;
    kind: number;
}

interface Terminal {
    type: TokenType;
    kind: number;
}

interface Terminals {
    DATE: Terminal;
    DURATION: Terminal;
    INT: Terminal;
    ID: Terminal;
    STRING: Terminal;
    ML_COMMENT: TokenType;
    SL_COMMENT: TokenType;
    /** The kind of the end of the input. */
    eof: number;
}

/** Whether a character may continue a name: what the lookahead `(?![\w\u00A0-\uFFFF-])` of DATE, DURATION and INT refuses. */
function isNameChar(c: number): boolean {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c >= 0xA0;
}

function isLetter(c: number): boolean {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

interface Patterns {
    whitespace: RegExp;
    mlComment: RegExp;
    slComment: RegExp;
    date: RegExp;
    string: RegExp;
}

class Scanner implements TokenStream {
    type = EOF;
    kind: number;
    hidden: LexToken[] = [];
    readonly token: LexToken;
    private pos = 0;
    private line = 1;
    private lineStart = 0;

    constructor(
        private readonly text: string,
        private readonly types: Terminals,
        private readonly keywords: Map<number, Keyword[]>,
        private readonly punctuation: Map<number, Keyword>,
        private readonly patterns: Patterns
    ) {
        this.kind = types.eof;
        this.token = { tokenType: types.ID.type, startOffset: 0, length: 0, startLine: 1, startColumn: 1, endLine: 1, endColumn: 0 };
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
                this.kind = this.types.eof;
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
                this.number(pos);
                return;
            }
            if (c === 34 /* " */) {
                // The usual string (no escape, closed on its line) by its characters; any other by the lexer's pattern.
                let end = pos + 1;
                let d = text.charCodeAt(end);
                while (d !== 34 && d !== 92 && d !== 10 && d !== 13 && end < length) d = text.charCodeAt(++end);
                const size = d === 34 ? end + 1 - pos : this.match(this.patterns.string, pos);
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
                let type: Terminal = this.types.ID;
                const candidates = this.keywords.get(c);
                if (candidates) {
                    for (const keyword of candidates) {
                        if (keyword.text.length === size && text.startsWith(keyword.text, pos)) { type = keyword; break; }
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

    /**
     * A token starting with a digit: DATE, else DURATION, else INT, the first whose pattern matches (the lexer's
     * order). DATE can only match where the digits are followed by a separator (four and `-`, or one or two and
     * `-`, `.` or `/`): only there is its pattern run. DURATION and INT are read by their characters: their
     * greedy runs end at the first character that is not a digit (a letter), and backtracking cannot help, since
     * a shorter run is followed by a character the lookahead refuses.
     */
    private number(pos: number): void {
        const text = this.text;
        let end = pos + 1;
        let c = text.charCodeAt(end);
        while (c >= 48 && c <= 57) c = text.charCodeAt(++end);
        const digits = end - pos;
        if ((digits === 4 && c === 45) || (digits <= 2 && (c === 45 || c === 46 || c === 47))) {
            const size = this.match(this.patterns.date, pos);
            if (size > 0) { this.set(this.types.DATE, pos, size); return; }
        }
        if (isLetter(c)) {
            do c = text.charCodeAt(++end); while (isLetter(c));
            if (isNameChar(c)) throw new LexerError(); // neither DURATION nor INT (a digit follows its digits)
            this.set(this.types.DURATION, pos, end - pos);
            return;
        }
        if (isNameChar(c)) throw new LexerError();
        this.set(this.types.INT, pos, digits);
    }

    /** The length of the pattern's match at `pos`, or -1. */
    private match(pattern: RegExp, pos: number): number {
        pattern.lastIndex = pos;
        return pattern.test(this.text) ? pattern.lastIndex - pos : -1;
    }

    private set(terminal: Terminal, pos: number, size: number): void {
        const token = this.token;
        const column = pos - this.lineStart + 1;
        const type = terminal.type;
        token.tokenType = type;
        token.startOffset = pos;
        token.length = size;
        token.startLine = token.endLine = this.line;
        token.startColumn = column;
        token.endColumn = column + size - 1;
        this.type = type.name;
        this.kind = terminal.kind;
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
