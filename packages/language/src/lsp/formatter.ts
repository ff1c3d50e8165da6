// The DTP formatter: 4-space indentation, one property per line in multi-line blocks, blocks written on one line
// (`{ duration 6w }`) kept on one line, `after a, b + 2w` spacing normalised, at most one blank line between
// elements, comments kept. Langium's formatter hooks decide whitespace per AST node; DTP's layout is simpler and
// safer decided per token (layout.ts), so this formatter computes its edits from the tokens directly.
// `formatText` gives the CLI (`dtp fmt`) the very same formatting as the editor.
import { AbstractFormatter, type LangiumServices } from 'langium/lsp';
import { TextDocument, URI, type LangiumDocument } from 'langium';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { applyGaps, INDENT, layoutGaps, type LayoutToken } from './layout.js';

export class DtpFormatter extends AbstractFormatter {
    private readonly services: LangiumServices;

    constructor(services: LangiumServices) {
        super();
        this.services = services;
    }

    /** Unused: the layout is decided per token in doDocumentFormat. */
    protected override format(): void {}

    protected override doDocumentFormat(document: LangiumDocument, _options: FormattingOptions, range?: Range): TextEdit[] {
        const text = document.textDocument;
        const source = text.getText();
        const tokens = layoutTokens(this.services, source);
        const from = range ? text.offsetAt(range.start) : 0;
        const to = range ? text.offsetAt(range.end) : source.length;
        const edits: TextEdit[] = [];
        for (const gap of layoutGaps(source, tokens)) {
            if (gap.from < from || gap.to > to) continue;
            if (source.slice(gap.from, gap.to) === gap.text) continue;
            edits.push({ range: { start: text.positionAt(gap.from), end: text.positionAt(gap.to) }, newText: gap.text });
        }
        return edits;
    }
}

/** The tokens and comments of a text, in order, as the layout rules see them. */
export function layoutTokens(services: LangiumServices, text: string): LayoutToken[] {
    const lexed = services.parser.Lexer.tokenize(text);
    const tokens: LayoutToken[] = [];
    for (const token of lexed.tokens) {
        const name = token.tokenType.name;
        tokens.push({ offset: token.startOffset, end: token.startOffset + token.image.length, image: token.image, kind: name === token.image ? 'keyword' : 'value' });
    }
    const comments: LayoutToken[] = [];
    for (const token of lexed.hidden) {
        if (!token.image.trim()) continue; // whitespace
        comments.push({
            offset: token.startOffset,
            end: token.startOffset + token.image.length,
            image: token.image,
            kind: token.image.startsWith('//') ? 'line-comment' : 'block-comment'
        });
    }
    if (comments.length === 0) return tokens;
    return mergeByOffset(tokens, comments);
}

function mergeByOffset(a: LayoutToken[], b: LayoutToken[]): LayoutToken[] {
    const merged: LayoutToken[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (j >= b.length || (i < a.length && a[i].offset < b[j].offset)) merged.push(a[i++]);
        else merged.push(b[j++]);
    }
    return merged;
}

/** The whole text formatted (used by tests to compare before and after). */
export function formatSource(services: LangiumServices, text: string): string {
    const tokens = layoutTokens(services, text);
    return applyGaps(text, tokens, layoutGaps(text, tokens));
}

export type FormatResult = { ok: true; text: string; changed: boolean } | { ok: false; problems: string[] };

/**
 * Formats a whole `.dtp` text the way the editor does. Refuses text with syntax errors (formatting a
 * half-parsed file could move content), naming each error with its line and column.
 */
export async function formatText(services: LangiumServices, uri: string, text: string): Promise<FormatResult> {
    const document: LangiumDocument = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uri));
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length > 0 || parserErrors.length > 0) {
        const problems = [
            ...lexerErrors.map(error => `${where(error.line, error.column)}: ${error.message}`),
            ...parserErrors.map(error => `${where(error.token.startLine, error.token.startColumn)}: ${error.message}`)
        ];
        return { ok: false, problems };
    }
    const edits = await services.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri },
        options: { tabSize: INDENT.length, insertSpaces: true }
    });
    const formatted = TextDocument.applyEdits(document.textDocument, edits);
    return { ok: true, text: formatted, changed: formatted !== text };
}

function where(line: number | undefined, column: number | undefined): string {
    return line === undefined || Number.isNaN(line) || line < 1 ? 'at the end of the file' : `line ${line}, column ${column ?? 1}`;
}
