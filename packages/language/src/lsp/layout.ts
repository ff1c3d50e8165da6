// The layout rules of `.dtp` text, decided token by token: only the whitespace between tokens (and comments)
// changes, so formatting can never lose or alter a character of content. Linear in the number of tokens.

export interface LayoutToken {
    offset: number;
    end: number;
    image: string;
    /** Keyword tokens carry their keyword; comments are `line-comment` or `block-comment`; everything else `value`. */
    kind: 'keyword' | 'line-comment' | 'block-comment' | 'value';
}

export interface Gap {
    /** The whitespace before token `index` (for index === tokens.length: after the last token, up to the end). */
    from: number;
    to: number;
    text: string;
}

export const INDENT = '    ';

/** Keywords that start an element or a property: each begins its own line inside a multi-line block. */
const MEMBER_KEYWORDS = new Set([
    'import', 'programme', 'capability', 'phase', 'activity', 'milestone', 'transformation-plan',
    'start', 'status-date', 'owner', 'description', 'duration', 'intensity', 'after', 'provides', 'requires', 'status', 'progress',
    'every', 'started', 'finished'
]);

/** Soft keywords may also name things (`activity started`, `after finished`): after these tokens they are a name. */
const SOFT_MEMBER_KEYWORDS = new Set(['started', 'finished']);
const NAME_EXPECTED_AFTER = new Set([
    'programme', 'capability', 'activity', 'milestone', 'transformation-plan', 'after', 'provides', 'requires', ','
]);

/**
 * The whitespace each gap should hold. Blocks written on one line stay on one line; in multi-line blocks every
 * member starts an indented line; one blank line between members is kept, more are collapsed; comments stay on
 * their own line or at the end of theirs.
 */
export function layoutGaps(text: string, tokens: readonly LayoutToken[]): Gap[] {
    const singleLine = singleLineBlocks(text, tokens);
    // Files written with CRLF keep CRLF.
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const newLines = (existing: number, depth: number) => lineBreaks(existing, depth, eol);
    const blocks: boolean[] = []; // stack: is the enclosing block written on one line?
    const gaps: Gap[] = [];
    let capabilityPart = 0; // tokens left of a `capability` header, whose column alignment is kept
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const previous = tokens[i - 1];
        const from = previous ? previous.end : 0;
        const original = text.slice(from, token.offset);
        const lines = countLines(original);
        const depth = blocks.length;
        const inSingle = blocks[depth - 1] ?? false;
        let gap: string;
        if (!previous) {
            gap = '';
        } else if (token.kind === 'keyword' && token.image === '}') {
            gap = blocks[depth - 1] && previous.kind !== 'line-comment' ? ' ' : newLines(1, depth - 1);
        } else if (token.kind === 'line-comment' || token.kind === 'block-comment') {
            gap = lines > 0 ? newLines(lines, depth) : (original.length > 0 ? original : ' ');
        } else if (isMember(token, previous)) {
            if (depth === 0) gap = newLines(lines, 0);
            // In a one-line block, two spaces set members apart (`{ duration 4w  after dtp }`, as in docs/language.md).
            else if (inSingle) gap = isOpen(previous) ? ' ' : '  ';
            else gap = isOpen(previous) ? newLines(1, depth) : newLines(lines, depth);
        } else if (isOpen(previous)) {
            gap = inSingle ? ' ' : newLines(1, depth);
        } else if (token.image === ',' || token.image === '%') {
            gap = '';
        } else if (capabilityPart > 0 && lines === 0 && /^ +$/.test(original)) {
            gap = original;
        } else {
            gap = ' ';
        }
        // Nothing may follow a line comment on its line.
        if (previous?.kind === 'line-comment' && !gap.includes('\n')) gap = newLines(Math.max(lines, 1), token.image === '}' ? depth - 1 : depth);
        gaps.push({ from, to: token.offset, text: gap });

        capabilityPart = token.kind === 'keyword' && token.image === 'capability' ? 3 : Math.max(0, capabilityPart - 1);
        if (isOpen(token)) blocks.push(singleLine.has(i));
        else if (token.kind === 'keyword' && token.image === '}') blocks.pop();
    }
    const last = tokens[tokens.length - 1];
    gaps.push({ from: last ? last.end : 0, to: text.length, text: last ? eol : '' });
    return gaps;
}

/** Applies the gaps: the formatted text. */
export function applyGaps(text: string, tokens: readonly LayoutToken[], gaps: readonly Gap[]): string {
    const parts: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
        parts.push(gaps[i].text, text.slice(tokens[i].offset, tokens[i].end));
    }
    parts.push(gaps[tokens.length]?.text ?? '');
    return parts.join('');
}

function isMember(token: LayoutToken, previous: LayoutToken | undefined): boolean {
    if (token.kind !== 'keyword' || !MEMBER_KEYWORDS.has(token.image)) return false;
    return !SOFT_MEMBER_KEYWORDS.has(token.image) || !(previous?.kind === 'keyword' && NAME_EXPECTED_AFTER.has(previous.image));
}

function isOpen(token: LayoutToken): boolean {
    return token.kind === 'keyword' && token.image === '{';
}

/** Line breaks kept: at least one, at most two (one blank line). */
function lineBreaks(existing: number, depth: number, eol: string): string {
    return eol.repeat(Math.min(Math.max(existing, 1), 2)) + INDENT.repeat(Math.max(0, depth));
}

function countLines(whitespace: string): number {
    let count = 0;
    for (let i = 0; i < whitespace.length; i++) if (whitespace.charCodeAt(i) === 10) count++;
    return count;
}

/** Indexes of the `{` tokens whose matching `}` is on the same line in the original text. */
function singleLineBlocks(text: string, tokens: readonly LayoutToken[]): Set<number> {
    const result = new Set<number>();
    const open: number[] = [];
    let line = 0;
    let lineOfOffset = 0;
    const lineAt = (offset: number) => {
        for (; lineOfOffset < offset; lineOfOffset++) if (text.charCodeAt(lineOfOffset) === 10) line++;
        return line;
    };
    const openLines: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.kind !== 'keyword') continue;
        if (token.image === '{') {
            open.push(i);
            openLines.push(lineAt(token.offset));
        } else if (token.image === '}') {
            const index = open.pop();
            const openLine = openLines.pop();
            if (index !== undefined && openLine === lineAt(token.offset)) result.add(index);
        }
    }
    return result;
}
