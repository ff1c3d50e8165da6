// rangeFromOffsets (parser/light-leaf.ts) gives the source ranges of the roadmap model from offsets: it must give what
// Langium's `range` getter gives for every node it answers, and leave the rest (comments at an edge, nodes of
// Langium's own parser) to that getter.
import { CstUtils, EmptyFileSystem, isCompositeCstNode, type CstNode } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { generatePlan } from '../../cli/scripts/generate-plan.mjs';
import { createDtpServices } from '../src/dtp-module.js';
import type { Plan } from '../src/generated/ast.js';
import { rangeFromOffsets } from '../src/parser/light-leaf.js';
import { readRepoFile } from './lsp-support.js';

const parse = parseHelper<Plan>(createDtpServices(EmptyFileSystem).Dtp);

const TEXTS: [string, string][] = [
    ['generated', generatePlan(120, { seed: 3 })],
    ['noordstad', readRepoFile('examples/noordstad.dtp')],
    ['CRLF line ends, comments everywhere', generatePlan(40, { seed: 8 }).replace(/\n/g, ' // c\r\n').replace(/ \{ /g, ' /* a\r\nb */ { ')],
    ['a syntax error (Langium parser)', 'programme p "P" { phase initiation { activity a "A" { duration 2w after } } }']
];

describe('rangeFromOffsets', () => {
    test.each(TEXTS)('%s: Langium\'s range wherever it answers', async (_, text) => {
        const root = (await parse(text)).parseResult.value.$cstNode!;
        let answered = 0;
        let left = 0;
        for (const node of CstUtils.streamCst(root) as Iterable<CstNode>) {
            if (!isCompositeCstNode(node)) continue;
            const fast = rangeFromOffsets(node);
            if (fast === undefined) { left++; continue; }
            answered++;
            expect(fast, node.text.slice(0, 40)).toEqual(node.range);
        }
        if (_.includes('Langium parser')) expect(answered).toBe(0); // no LightLeaf there: all left to Langium
        else expect(answered).toBeGreaterThan(left);
    });
});
