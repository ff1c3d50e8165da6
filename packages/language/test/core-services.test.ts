// The core services (what the CLI checks, schedules and draws plans with) are the full services of the language servers
// without the editor features: for every plan both give the same parse errors, the same diagnostics (codes, ranges,
// messages, in English and Dutch) and the same roadmap model.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { afterAll, describe, expect, test } from 'vitest';
import { generatePlan } from '../../cli/scripts/generate-plan.mjs';
import type { Plan } from '../src/generated/ast.js';
import { createNodeDtpCoreServices } from '../src/node-core.js';
import { createNodeDtpServices, loadPlans } from '../src/node.js';
import { REPO } from './lsp-support.js';

const generated = mkdtempSync(path.join(tmpdir(), 'dtp-core-services-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));

function plansIn(folder: string): string[] {
    const dir = path.join(REPO, folder);
    return readdirSync(dir).filter(file => file.endsWith('.dtp')).sort().map(file => path.join(dir, file));
}

function write(name: string, text: string): string {
    const file = path.join(generated, name);
    writeFileSync(file, text);
    return file;
}

const GENERATED = [
    write('generated.dtp', generatePlan(400)),
    write('generated-with-descriptions.dtp', generatePlan(100, { descriptionLength: 30 })),
    // A syntax error: Langium's parser and lexer take the text instead of the fast path.
    write('generated-broken.dtp', generatePlan(150).replace('duration', 'duration ?'))
];

/** What a one-shot run reads of a loaded plan, as plain data. */
function observed(services: ReturnType<typeof createNodeDtpCoreServices>, document: LangiumDocument<Plan>) {
    const { lexerErrors, parserErrors } = document.parseResult;
    return {
        lexerErrors: lexerErrors.map(error => ({ ...error })),
        parserErrors: parserErrors.map(error => ({ message: error.message, token: error.token.image, offset: error.token.startOffset })),
        diagnostics: JSON.parse(JSON.stringify(document.diagnostics ?? [])),
        model: JSON.parse(JSON.stringify(services.Dtp.scheduler.ScheduleProvider.getSchedule(document)?.model ?? null))
    };
}

async function load(create: typeof createNodeDtpCoreServices, file: string, locale: string, indexReferences: boolean) {
    const services = create({ indexReferences });
    services.Dtp.i18n.Locale.set(locale);
    const [document] = await loadPlans(services, [file]);
    return observed(services, document);
}

describe('the core services give what the full services give', () => {
    const plans = [
        ...plansIn('examples'), ...plansIn('test/fixtures/invalid'), ...plansIn('test/fixtures/diagnostics'), ...GENERATED
    ];

    test.each(plans.map(file => [path.relative(REPO, file), file]))('%s', async (_name, file) => {
        for (const [locale, indexReferences] of [['en', false], ['nl', true]] as const) {
            const full = await load(createNodeDtpServices, file, locale, indexReferences);
            const core = await load(createNodeDtpCoreServices, file, locale, indexReferences);
            expect(core).toEqual(full);
        }
    });

    test('the broken generated plan did take Langium’s parser', async () => {
        const result = await load(createNodeDtpCoreServices, GENERATED[2], 'en', false);
        expect(result.lexerErrors.length + result.parserErrors.length).toBeGreaterThan(0);
    });
});

describe('the core services are only the core', () => {
    test('no editor services', () => {
        const { shared, Dtp } = createNodeDtpCoreServices();
        expect((Dtp as { lsp?: unknown }).lsp).toBeUndefined();
        expect((shared as { lsp?: unknown }).lsp).toBeUndefined();
    });
});
