// firstNodeForProperty (src/parser/cst-search.ts) finds the node Langium's findNodeForProperty finds, for every node
// and property of real plans, broken ones included (error recovery leaves unusual trees).
import { AstUtils, GrammarUtils, URI, type AstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { firstNodeForProperty } from '../src/parser/cst-search.js';
import { createTestServices, readRepoFile } from './lsp-support.js';

const services = createTestServices();

describe('firstNodeForProperty', () => {
    test.each([
        ['examples/noordstad.dtp', readRepoFile('examples/noordstad.dtp')],
        ['examples/noordstad-tracked.dtp', readRepoFile('examples/noordstad-tracked.dtp')],
        ['a misspelt and half-typed plan', 'programme p { phase initiatie { activty a { duration 2w after } milestone m { after a + } } phase foo { activity }']
    ])('agrees with GrammarUtils.findNodeForProperty on %s', (_name, text) => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('memory:///search.dtp'));
        const properties = ['kind', 'name', 'label', 'after', 'target', 'duration', 'start', 'provides', 'sign', 'missing'];
        let found = 0;
        for (const node of AstUtils.streamAst(document.parseResult.value) as Iterable<AstNode>) {
            for (const property of properties) {
                const expected = GrammarUtils.findNodeForProperty(node.$cstNode, property);
                expect(firstNodeForProperty(node.$cstNode, property)).toBe(expected);
                if (expected) found++;
            }
        }
        expect(found).toBeGreaterThan(5);
    });
});
