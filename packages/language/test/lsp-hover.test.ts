// Hover shows the computed schedule: activity dates (last day, since `end` is exclusive), slack and the critical
// flag, who provides what it requires; a capability's providers with ready date and its requirers; a phase's span.
import { afterEach, describe, expect, test } from 'vitest';
import type { Hover } from 'vscode-languageserver';
import { buildDocuments, createTestServices, positionOf, readRepoFile, resetWorkspace } from './lsp-support.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

async function hoverAt(needle: string, delta = 0): Promise<string> {
    const [document] = await buildDocuments(services, {
        'file:///work/noordstad.dtp': readRepoFile('examples/noordstad.dtp'),
        'file:///work/capabilities.dtp': readRepoFile('examples/capabilities.dtp')
    });
    const hover: Hover | undefined = await services.Dtp.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() },
        position: positionOf(document, needle, delta)
    });
    const contents = hover?.contents as { kind: string; value: string } | undefined;
    expect(contents?.kind).toBe('markdown');
    return contents!.value;
}

describe('hover', () => {
    test('an activity: its dates, duration, critical flag and what it provides', async () => {
        const text = await hoverAt('transformation-plan dtp', 'transformation-plan '.length);
        expect(text).toContain('**transformation-plan `dtp`** — Digital Transformation Plan');
        expect(text).toContain('- Start: 2027-01-04');
        // 2027-01-04 + 6w: the model end is 2027-02-15 (exclusive), the last day of work 2027-02-14.
        expect(text).toContain('- Last day: 2027-02-14 (successors start 2027-02-15)');
        expect(text).toContain('- Duration: 6w');
        expect(text).toContain('**Critical**');
    });

    test('a reference shows the activity it names, with who provides what it requires', async () => {
        const text = await hoverAt('activity portal', 'activity '.length);
        expect(text).toContain('Requires `cloud`: provided by `landing` (ready ');
        expect(text).toMatch(/- Slack: \d+ days|\*\*Critical\*\*/);
    });

    test('a capability from the imported catalogue: kind, providers with ready date, requirers', async () => {
        const text = await hoverAt('requires cloud', 'requires '.length);
        expect(text).toContain('**capability `cloud`** — Cloud landing zone');
        expect(text).toContain('- Kind: facility');
        expect(text).toMatch(/- Provided by: `landing` \(ready \d{4}-\d{2}-\d{2}\)/);
        expect(text).toContain('- Required by: `portal`');
    });

    test('a phase header: its span', async () => {
        const text = await hoverAt('phase foundation', 'phase '.length + 2);
        expect(text).toMatch(/\*\*phase foundation\*\* — Digitaal fundament\n\n- \d{4}-\d{2}-\d{2} → \d{4}-\d{2}-\d{2} \(7 activities\)/);
    });

    test('the programme: its span and size', async () => {
        const text = await hoverAt('programme noordstad', 'programme '.length);
        expect(text).toMatch(/^\*\*programme `noordstad`\*\* — Gemeente Noordstad — digitale transformatie\n\n- 2027-01-04 → \d{4}-\d{2}-\d{2} /);
        expect(text).toContain('- 19 activities in 4 phases; critical path: ');
        expect(text).toContain('- Owner: CIO office');
    });

    test('continuous improvement: open-ended', async () => {
        const text = await hoverAt('phase continuous-improvement', 2);
        expect(text).toMatch(/- From \d{4}-\d{2}-\d{2}, open-ended/);
    });
});
