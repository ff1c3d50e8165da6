// The plan walks must see exactly what Langium's generic walks see: every node, every reference.
import { AstUtils, EmptyFileSystem, URI, type AstNode } from 'langium';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createDtpServices, type Plan } from '../src/index.js';
import { forEachNode, forEachReference } from '../src/workspace/plan-walk.js';

const root = join(import.meta.dirname, '../../..');
const folders = ['examples', 'test/fixtures/invalid', 'test/fixtures/diagnostics'];
const plans = folders.flatMap(folder =>
    readdirSync(join(root, folder)).filter(name => name.endsWith('.dtp')).map(name => join(folder, name)));

describe('plan walks match Langium’s generic walks', () => {
    const { shared } = createDtpServices(EmptyFileSystem);
    test.each(plans)('%s', path => {
        const text = readFileSync(join(root, path), 'utf8');
        const document = shared.workspace.LangiumDocumentFactory.fromString<Plan>(text, URI.file(join(root, path)));
        const plan = document.parseResult.value;
        const walked = new Set<AstNode>();
        forEachNode(plan, node => walked.add(node));
        const streamed = AstUtils.streamAst(plan).toArray();
        expect(walked.size).toBe(streamed.length);
        expect(streamed.every(node => walked.has(node))).toBe(true);

        const references: unknown[] = [];
        forEachReference(plan, info => references.push(info.reference));
        const streamedReferences = AstUtils.streamAst(plan).flatMap(node => AstUtils.streamReferences(node)).map(info => info.reference).toArray();
        expect(references).toEqual(expect.arrayContaining(streamedReferences));
        expect(references.length).toBe(streamedReferences.length);
    });
});
