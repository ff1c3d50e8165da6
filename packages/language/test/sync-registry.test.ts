// The validation registry (src/validation/sync-registry.ts) reports what checks do as Langium's does: a check that
// throws becomes an error on its node (and the other checks still run), an async check is awaited and its findings
// kept, a cancellation is passed on; only a check that returns nothing runs without a promise.
import { OperationCancelled, URI, type ValidationAcceptor } from 'langium';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Programme } from '../src/generated/ast.js';
import { DtpValidationRegistry } from '../src/validation/sync-registry.js';
import { createTestServices } from './lsp-support.js';

const PLAN = 'programme p "P" { start 2027-01-04 phase initiation { transformation-plan dtp "DTP" { duration 6w } } }';

async function validate(checks: ((programme: Programme, accept: ValidationAcceptor) => unknown)[]) {
    const services = createTestServices();
    expect(services.Dtp.validation.ValidationRegistry).toBeInstanceOf(DtpValidationRegistry);
    services.Dtp.validation.ValidationRegistry.register({ Programme: checks as never });
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(PLAN, URI.parse('memory:///checks.dtp'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document.diagnostics ?? [];
}

describe('the validation registry', () => {
    afterEach(() => vi.restoreAllMocks());

    test('a sync check returns no promise; its findings are reported', async () => {
        const registry = createTestServices().Dtp.validation.ValidationRegistry;
        registry.register({ Programme: (programme: Programme, accept: ValidationAcceptor) => accept('warning', 'sync finding', { node: programme }) });
        const [check] = registry.getChecks('Programme').toArray().slice(-1);
        const accepted: string[] = [];
        expect(check({ $type: 'Programme' } as never, (_severity, message) => { accepted.push(message); }, undefined as never)).toBeUndefined();
        expect(accepted).toEqual(['sync finding']);
    });

    test('a check that throws is an error on its node, as in Langium, and the next check still runs', async () => {
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const diagnostics = await validate([
            () => { throw new Error('boom'); },
            (programme, accept) => accept('warning', 'after the throw', { node: programme })
        ]);
        expect(diagnostics.map(d => d.message)).toEqual(expect.arrayContaining(['An error occurred during validation: boom', 'after the throw']));
        expect(logged).toHaveBeenCalled();
    });

    test('an async check is awaited, and its rejection is reported the same way', async () => {
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const diagnostics = await validate([
            async (programme, accept) => { await new Promise(resolve => setTimeout(resolve, 5)); accept('warning', 'late finding', { node: programme }); },
            async () => { await Promise.resolve(); throw new Error('late boom'); }
        ]);
        expect(diagnostics.map(d => d.message)).toEqual(expect.arrayContaining(['late finding', 'An error occurred during validation: late boom']));
    });

    test('a cancellation is passed on, not reported', async () => {
        const registry = createTestServices().Dtp.validation.ValidationRegistry;
        registry.register({ Programme: () => { throw OperationCancelled; } });
        const [check] = registry.getChecks('Programme').toArray().slice(-1);
        const accepted: string[] = [];
        await expect(check({ $type: 'Programme' } as never, (_severity, message) => { accepted.push(message); }, undefined as never)).rejects.toBe(OperationCancelled);
        expect(accepted).toEqual([]);
    });
});
