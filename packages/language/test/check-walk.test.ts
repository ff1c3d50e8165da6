// The document validator lists the nodes it checks by walking the plan's shape directly (CheckRun.list in
// validation/document-validator.ts), as workspace/plan-walk.ts's forEachNode does for linking and indexing. Both
// are written against the grammar: this plan uses every property of every node type (the test fails when the
// grammar gains one the plan does not use), and both walks must then see every node, the validator in
// forEachNode's order.
import { AstUtils, EmptyFileSystem, URI, type AstNode, type ValidationChecks } from 'langium';
import { describe, expect, test } from 'vitest';
import { createDtpServices, type Plan } from '../src/index.js';
import type { DtpAstType } from '../src/generated/ast.js';
import { forEachNode } from '../src/workspace/plan-walk.js';
import { buildDocuments } from './lsp-support.js';

const EVERY_PROPERTY = `import "catalogue.dtp"
capability shared "Shared" facility
programme full "Every property" {
    start 2027-01-04
    status-date 2027-03-01
    owner "PMO"
    description "A plan that writes everything once"
    capability platform "Platform" facility
    phase initiation "Start" {
        start 2027-01-04
        duration 3m
        intensity high
        activity a "A" { duration 2w owner "Ann" status done progress 100 % started 2027-01-04 finished 2027-01-15 description "first" }
        milestone m "M" { after a + 1w }
    }
    phase foundation {
        transformation-plan b "B" { duration 4w start 2027-02-01 after a - 2d, m provides platform requires shared }
    }
    phase continuous-improvement {
        activity r "R" { every 1m requires platform }
    }
}
`;

describe("the validator walks every node of the plan, in the plan walk's order", () => {
    const services = createDtpServices(EmptyFileSystem);
    const visited: AstNode[] = [];
    const spy = (node: AstNode) => { visited.push(node); };
    const types = services.shared.AstReflection.getAllTypes();
    services.Dtp.validation.ValidationRegistry.register(Object.fromEntries(types.map(type => [type, spy])) as ValidationChecks<DtpAstType>);

    test('the plan uses every property of every node type', async () => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString<Plan>(EVERY_PROPERTY, URI.parse('memory:/full.dtp'));
        expect(document.parseResult.parserErrors).toEqual([]);
        const nodes = AstUtils.streamAst(document.parseResult.value).toArray();
        const missing: string[] = [];
        for (const type of types) {
            for (const property of Object.keys(services.shared.AstReflection.getTypeMetaData(type).properties)) {
                const used = nodes.some(node => {
                    if (node.$type !== type) return false;
                    const value = (node as unknown as Record<string, unknown>)[property];
                    return Array.isArray(value) ? value.length > 0 : value !== undefined;
                });
                if (!used) missing.push(`${type}.${property}`);
            }
        }
        expect(missing, 'extend EVERY_PROPERTY with these').toEqual([]);
    });

    test('forEachNode and the validator see exactly the nodes Langium streams', async () => {
        visited.length = 0;
        const [document] = await buildDocuments(services, { 'memory:/walked.dtp': EVERY_PROPERTY });
        const plan = document.parseResult.value;
        const walked: AstNode[] = [];
        forEachNode(plan, node => walked.push(node));
        const streamed = AstUtils.streamAst(plan).toArray();
        expect(new Set(walked)).toEqual(new Set(streamed));
        expect(walked).toHaveLength(streamed.length);
        expect(visited).toHaveLength(walked.length);
        expect(visited.every((node, index) => node === walked[index])).toBe(true);
    });
});
