// The CST patch (src/parser/linear-cst.ts): it is active, building the CST costs a linear number of operations in
// the number of siblings (counted, not timed), comments still land in the CST where Langium puts them, and the
// installed Langium is the one the patch was checked against.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLangiumParser, CstUtils, isCompositeCstNode, isLeafCstNode, type CstNode, type LeafCstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { formatText } from '../src/lsp/formatter.js';
import { isPlan, type Activity } from '../src/generated/ast.js';
import { LINEAR_CST, TARGET_LANGIUM_VERSION } from '../src/parser/linear-cst.js';
import { createTestServices, generatedPlan, readRepoFile } from './lsp-support.js';

const services = createTestServices();
const parser = services.Dtp.parser.LangiumParser;

/** The version Node resolves for this package: the nearest node_modules/langium up from here. */
function installedLangiumVersion(): string {
    for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
        const manifest = path.join(dir, 'node_modules/langium/package.json');
        if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
        if (path.dirname(dir) === dir) throw new Error('langium is not installed');
    }
}

/** Elements visited by indexOf/lastIndexOf while `parse` runs: the search the patch removes. */
function searchCost(parse: () => void): number {
    const { indexOf, lastIndexOf } = Array.prototype;
    let visited = 0;
    Array.prototype.indexOf = function (this: unknown[], ...args: [unknown, number?]) {
        const index = indexOf.apply(this, args);
        visited += index < 0 ? this.length : index + 1;
        return index;
    };
    Array.prototype.lastIndexOf = function (this: unknown[], ...args: [unknown, number?]) {
        const index = lastIndexOf.apply(this, args as [unknown, number]);
        visited += index < 0 ? this.length : this.length - index;
        return index;
    };
    try {
        parse();
    } finally {
        Array.prototype.indexOf = indexOf;
        Array.prototype.lastIndexOf = lastIndexOf;
    }
    return visited;
}

/** A comment at the end of every activity line, as plans are often annotated. */
const commented = (text: string) => text.replace(/\}\n/g, '}  // checked\n');

describe('the linear CST patch', () => {
    test(`the installed Langium is ${TARGET_LANGIUM_VERSION}, the version the patch was checked against`, () => {
        // On an upgrade: check Langium's CstNodeBuilder.addHiddenNodes (lib/parser/cst-node-builder.js). If it no longer
        // searches the parent's children for every token, remove the patch; else check the replacement still matches it.
        expect(installedLangiumVersion()).toBe(TARGET_LANGIUM_VERSION);
    });

    test('the DTP parser uses it', () => {
        const builder = (parser as unknown as { nodeBuilder: Record<symbol, unknown> }).nodeBuilder;
        expect(builder[LINEAR_CST]).toBe(true);
    });

    test.each([['without comments', (text: string) => text], ['with a comment on every line', commented]])(
        'building the CST of phases with N activities costs O(N) searches, %s', (_name, shape) => {
            const cost = (size: number) => {
                const text = shape(generatedPlan(size));
                parser.parse(text); // warm up: Chevrotain initialises lazily on the first parse
                return searchCost(() => parser.parse(text));
            };
            const small = cost(600);
            const large = cost(2400);
            console.log(`indexOf/lastIndexOf elements visited: ${small} for 600 activities, ${large} for 2,400`);
            // Linear: a few elements per activity. Langium's own builder visits ~N²/6 here (about 960,000 for 2,400).
            expect(large).toBeLessThanOrEqual(4 * 2400);
            expect(large).toBeLessThanOrEqual(4 * small + 100);
        });
});

const COMMENTED = `// a plan with comments everywhere
programme p "P" { // the programme
    start 2027-01-04   /* a Monday */

    phase initiation {
        /* the DTP
           itself */
        transformation-plan dtp "DTP" { duration 6w } // six weeks
        // before b
        activity b "B" { duration 1w /* inside */ after dtp }
        /** the memo */
        activity memo "Memo" { duration 1w }
    }
}
// at the end
`;

const COMMENTS = [...COMMENTED.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g)].map(match => ({ text: match[0], offset: match.index }));

describe('comments in the CST', () => {
    const result = parser.parse(COMMENTED);
    const leaves = CstUtils.streamCst(result.value.$cstNode!).filter(isLeafCstNode).toArray() as LeafCstNode[];

    test('the text parses', () => {
        expect(result.lexerErrors).toEqual([]);
        expect(result.parserErrors).toEqual([]);
    });

    test('every comment is a hidden leaf with its own text and offsets, once, in source order', () => {
        const hidden = leaves.filter(leaf => leaf.hidden);
        expect(hidden.map(leaf => ({ text: leaf.text, offset: leaf.offset }))).toEqual(COMMENTS);
        for (const leaf of hidden) expect(COMMENTED.slice(leaf.offset, leaf.end)).toBe(leaf.text);
        // The whole tree is in source order: each leaf starts after the one before ends.
        for (let i = 1; i < leaves.length; i++) expect(leaves[i].offset).toBeGreaterThanOrEqual(leaves[i - 1].end);
    });

    test('a comment stands before the element it precedes, where Langium puts it', () => {
        const plan = result.value as unknown;
        if (!isPlan(plan)) throw new Error('not a plan');
        const [dtp, b, memo] = plan.programmes[0].phases[0].activities as Activity[];
        const commentBefore = (activity: Activity) => CstUtils.findCommentNode(activity.$cstNode, ['ML_COMMENT', 'SL_COMMENT'])?.text;
        expect(commentBefore(dtp)).toBe('/* the DTP\n           itself */');
        expect(commentBefore(b)).toBe('// before b');
        expect(commentBefore(memo)).toBe('/** the memo */');
        // Documentation hovers read block comments through Langium's comment provider.
        expect(services.Dtp.documentation.CommentProvider.getComment(memo)).toBe('/** the memo */');
        // A comment inside a block stays inside it.
        expect(leaves.find(leaf => leaf.text === '/* inside */')?.container?.astNode).toBe(b);
    });

    test('the CST is the one Langium\'s own builder makes, node for node, on commented plans', () => {
        const langium = createLangiumParser(services.Dtp);
        const shape = (node: CstNode): unknown => isCompositeCstNode(node)
            ? { offset: node.offset, end: node.end, content: node.content.map(shape) }
            : { offset: node.offset, end: node.end, hidden: node.hidden };
        for (const text of [COMMENTED, readRepoFile('test/fixtures/format/comments.input.dtp'), readRepoFile('examples/noordstad.dtp'),
            commented(generatedPlan(50)), '// only a comment\n', '/* a */ programme p { /* b */ } // c']) {
            expect(shape(parser.parse(text).value.$cstNode!)).toEqual(shape(langium.parse(text).value.$cstNode!));
        }
    });

    test('formatting keeps every comment, in order', async () => {
        const formatted = await formatText(services.Dtp, 'file:///work/commented.dtp', COMMENTED.replace(/ {4}/g, '  '));
        expect(formatted.ok).toBe(true);
        if (!formatted.ok) return;
        expect([...formatted.text.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g)].map(match => match[0].replace(/\s+/g, ' ')))
            .toEqual(COMMENTS.map(comment => comment.text.replace(/\s+/g, ' ')));
    });
});
