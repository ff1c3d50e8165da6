// The reference index's descriptions (src/workspace/reference-descriptions.ts) read as Langium's own: every field of
// every description the same, local and imported targets alike, though paths and segments are computed when read.
import { DefaultReferenceDescriptionProvider, type ReferenceDescription } from 'langium';
import { describe, expect, test } from 'vitest';
import { buildDocuments, createTestServices, readRepoFile } from './lsp-support.js';

const plain = (description: ReferenceDescription) => ({
    sourceUri: description.sourceUri.toString(), sourcePath: description.sourcePath, targetUri: description.targetUri.toString(),
    targetPath: description.targetPath, segment: description.segment, local: description.local
});

describe('reference descriptions', () => {
    test('are Langium\'s, field for field, for references within the file and into an import', async () => {
        const services = createTestServices();
        const [plan] = await buildDocuments(services, {
            'file:///work/noordstad.dtp': readRepoFile('examples/noordstad.dtp'),
            'file:///work/capabilities.dtp': readRepoFile('examples/capabilities.dtp')
        });
        const ours = await services.Dtp.workspace.ReferenceDescriptionProvider.createDescriptions(plan);
        const langiums = await new DefaultReferenceDescriptionProvider(services.Dtp).createDescriptions(plan);
        expect(ours.length).toBeGreaterThan(20);
        // The same descriptions; the walk lists them per activity rather than in Langium's tree order.
        const byPlace = (a: ReturnType<typeof plain>, b: ReturnType<typeof plain>) => a.segment.offset - b.segment.offset;
        expect(ours.map(plain).sort(byPlace)).toEqual(langiums.map(plain).sort(byPlace));
        expect(ours.some(description => description.local)).toBe(true);
        expect(ours.some(description => !description.local)).toBe(true);
    });
});
