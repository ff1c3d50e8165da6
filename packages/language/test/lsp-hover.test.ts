// Hover shows the computed schedule: activity dates (last day, since `end` is exclusive), slack and the critical
// flag, who provides what it requires; a capability's providers with ready date and its requirers; a phase's span.
// With a status date: planned against forecast dates, the variance, the state and the health.
import { afterEach, describe, expect, test } from 'vitest';
import type { Hover } from 'vscode-languageserver';
import { buildDocuments, createTestServices, positionOf, readRepoFile, resetWorkspace, TRACKED } from './lsp-support.js';

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

let documents = 0;
async function hoverIn(text: string, needle: string, delta = 0): Promise<string> {
    const [document] = await buildDocuments(services, { [`file:///work/tracked-${++documents}.dtp`]: text });
    const hover = await services.Dtp.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() },
        position: positionOf(document, needle, delta)
    });
    return (hover?.contents as { value: string } | undefined)?.value ?? '';
}

describe('hover with a status date', () => {
    test('active work behind its plan: planned and forecast dates, variance, state with its facts, health', async () => {
        const text = await hoverIn(TRACKED, 'activity act', 'activity '.length);
        expect(text).toContain([
            '- Planned: 2027-02-01 → 2027-02-28',
            '- Forecast: 2027-02-03 → 2027-03-21',
            '- Variance: +21 days',
            '- State on 2027-03-01: active (started 2027-02-03, 25% done)',
            '- Health: **late**: it moves the end of the programme'
        ].join('\n'));
        expect(text).toContain('**Critical** in the forecast');
    });

    test('work ahead of its plan: days early, on track', async () => {
        const text = await hoverIn(TRACKED, 'activity quick', 'activity '.length);
        expect(text).toContain('- Planned: 2027-02-01 → 2027-03-28\n- Forecast: 2027-02-01 → 2027-03-14\n- Variance: 14 days early');
        expect(text).toContain('- Health: on track');
    });

    test('done work: one day late (singular), or on plan; no slack for what cannot move any more', async () => {
        const kick = await hoverIn(TRACKED, 'activity kick', 'activity '.length);
        expect(kick).toContain('- Forecast: 2027-01-04 → 2027-01-11\n- Variance: +1 day\n- State on 2027-03-01: done (finished 2027-01-11)\n- Health: done');
        expect(kick).not.toMatch(/Slack|Critical/);
        const memo = await hoverIn(TRACKED, 'activity memo', 'activity '.length);
        expect(memo).toContain('- Variance: on plan\n- State on 2027-03-01: done\n');
    });

    test('a milestone: its planned and forecast day', async () => {
        const text = await hoverIn(TRACKED, 'milestone go', 'milestone '.length);
        expect(text).toContain('- Planned: ◆ 2027-02-01\n- Forecast: ◆ 2027-02-10\n- Variance: +9 days');
    });

    test('the programme: status date, planned against forecast end, how much is late', async () => {
        const text = await hoverIn(TRACKED, 'programme p', 'programme '.length);
        expect(text).toContain([
            '- Status date: 2027-03-01',
            '- Planned: 2027-01-04 → 2027-04-30',
            '- Forecast: 2027-01-04 → 2027-05-21 (+21 days); continuous improvement goes on',
            '- 4 done, 2 late, 0 at risk'
        ].join('\n'));
    });

    test('a phase: its planned and forecast span', async () => {
        const text = await hoverIn(TRACKED, 'phase foundation', 'phase '.length);
        // act ends 03-21 instead of 02-28; quick ends 03-14 instead of 03-28: the phase's plan ran to 03-28.
        expect(text).toContain('- Planned: 2027-02-01 → 2027-03-28\n- Forecast: 2027-02-01 → 2027-03-21 (2 activities)');
        const continuous = await hoverIn(TRACKED, 'phase continuous-improvement', 'phase '.length);
        expect(continuous).toContain('- Planned: 2027-05-01 → open-ended\n- Forecast: from 2027-05-22, open-ended');
    });

    test('without a status date the hover is the plan, as before: no forecast, no variance', async () => {
        const untracked = TRACKED.replace('    status-date 2027-03-01\n', '');
        const text = await hoverIn(untracked, 'activity act', 'activity '.length);
        expect(text).toContain('- Start: 2027-02-01\n- Last day: 2027-02-28 (successors start 2027-03-01)');
        expect(text).not.toMatch(/Planned|Forecast|Variance|State on|Health/);
        const programme = await hoverIn(untracked, 'programme p', 'programme '.length);
        expect(programme).toContain('- 2027-01-04 → 2027-04-30 (continuous improvement goes on)');
        expect(programme).not.toContain('Status date');
        expect(await hoverIn(untracked, 'phase foundation', 'phase '.length)).toContain('- 2027-02-01 → 2027-03-28 (2 activities)');
    });
});
