// Half-typed text, junk and every cursor position: each editor feature answers (possibly with nothing) and never throws.
import { afterEach, describe, expect, test } from 'vitest';
import type { CodeActionParams } from 'vscode-languageserver';
import { buildDocuments, createTestServices, readRepoFile, resetWorkspace } from './lsp-support.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const inputs: Record<string, string> = {
    'half-typed fixture': readRepoFile('test/fixtures/invalid/half-typed.dtp'),
    'noordstad cut in the middle': readRepoFile('examples/noordstad.dtp').slice(0, 1400),
    'phase without kind': 'programme p {\n    phase {\n        activity a "A" { after }\n    }\n    phase \n}',
    'unbalanced braces': 'programme p { phase initiation { activity a { duration 2w } } } }\n}',
    'junk': '\u0000\u0001programme \u00ff{{ "unterminated\n after , , + - 3x 2027-13-45 % @#$',
    'empty': ''
};

describe.each(Object.entries(inputs))('%s', (_name, text) => {
    test('every feature answers at every position without throwing', async () => {
        const [document] = await buildDocuments(services, { 'file:///work/broken.dtp': text });
        const lsp = services.Dtp.lsp;
        const textDocument = { uri: document.uri.toString() };
        const everywhere = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
        for (let offset = 0; offset <= text.length; offset += 3) {
            const position = document.textDocument.positionAt(offset);
            await lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
            await lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
            await lsp.DefinitionProvider!.getDefinition(document, { textDocument, position });
            await lsp.ReferencesProvider!.findReferences(document, { textDocument, position, context: { includeDeclaration: true } });
            await lsp.DocumentHighlightProvider!.getDocumentHighlight(document, { textDocument, position });
        }
        for (const diagnostic of document.diagnostics ?? []) {
            const params: CodeActionParams = { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } };
            await lsp.CodeActionProvider!.getCodeActions(document, params);
        }
        await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
        await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument });
        await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
        await lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: everywhere });
        await lsp.CodeLensProvider!.provideCodeLens(document, { textDocument });
        const edits = await lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } });
        // A text with syntax errors is never reformatted.
        if (document.parseResult.parserErrors.length + document.parseResult.lexerErrors.length > 0) expect(edits).toEqual([]);
    });
});
