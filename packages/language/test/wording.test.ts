// What people read: counts agree with their number ("1 activity"), and no message shows a value the checker did not
// have ("the undefined phase", NaN, [object Object]), on every plan in the repository and on variants with unknown kinds.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { validationHelper } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import type { Hover } from 'vscode-languageserver';
import { createNodeDtpServices, loadPlans } from '../src/node.js';
import { buildDocuments, createTestServices, positionOf, REPO, resetWorkspace } from './lsp-support.js';

const NOT_A_VALUE = /undefined|NaN|\[object|null\b/;

function plansUnder(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) return plansUnder(file);
        return name.endsWith('.dtp') ? [file] : [];
    });
}

const PLANS = [...plansUnder(path.join(REPO, 'examples')), ...plansUnder(path.join(REPO, 'test/fixtures'))].sort();

describe('no message shows a missing value', () => {
    test('the repository holds the plans this reads', () => {
        expect(PLANS.length).toBeGreaterThan(40);
        expect(PLANS.map(file => path.relative(REPO, file))).toContain('examples/noordstad.dtp');
    });

    test.each(PLANS.map(file => [path.relative(REPO, file), file]))('%s', async (_name, file) => {
        const [document] = await loadPlans(createNodeDtpServices(), [file]);
        for (const diagnostic of document.diagnostics ?? []) expect(diagnostic.message).not.toMatch(NOT_A_VALUE);
    });

    // An unknown phase kind is named as written wherever a message names the phase.
    const services = createTestServices();
    const validate = validationHelper(services.Dtp);
    afterEach(() => resetWorkspace(services));
    const variants = PLANS.filter(file => /^\s*phase (initiation|foundation|improvement|continuous-improvement)\b/m.test(readFileSync(file, 'utf8')));
    test.each(variants.map(file => [path.relative(REPO, file), file]))('%s with unknown phase kinds', async (_name, file) => {
        const text = readFileSync(file, 'utf8');
        for (const [kind, unknown] of [['foundation', 'fundament'], ['improvement', 'discovery'], ['initiation', 'initiatie']]) {
            const result = await validate(text.replace(new RegExp(`phase ${kind}\\b`, 'g'), `phase ${unknown}`));
            const messages = result.diagnostics.map(diagnostic => diagnostic.message);
            for (const message of messages) expect(message).not.toMatch(NOT_A_VALUE);
            if (text.includes(`phase ${kind}`)) expect(messages.join('\n')).toContain(`\`${unknown}\``);
        }
    });
});

describe('counts agree with their number', () => {
    const services = createTestServices();
    afterEach(() => resetWorkspace(services));

    let built = 0;
    async function hover(text: string, needle: string, delta: number): Promise<string> {
        const [document] = await buildDocuments(services, { [`file:///work/count-${++built}.dtp`]: text });
        const result: Hover | undefined = await services.Dtp.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() }, position: positionOf(document, needle, delta)
        });
        return (result?.contents as { value: string } | undefined)?.value ?? '';
    }

    const ONE = `programme one "One" {
    start 2027-01-04
    phase initiation {
        transformation-plan dtp "DTP" { duration 1w }
    }
}`;

    test('one activity, one phase: singular', async () => {
        expect(await hover(ONE, 'programme one', 'programme '.length)).toContain('- 1 activity in 1 phase; critical path: 1 activity');
        expect(await hover(ONE, 'phase initiation', 'phase '.length)).toMatch(/\(1 activity\)/);
    });

    test('two activities, one day of slack: plural and singular as the numbers say', async () => {
        const two = ONE.replace('{ duration 1w }\n', '{ duration 1w }\n        activity memo "Memo" { duration 6d }\n');
        expect(await hover(two, 'programme one', 'programme '.length)).toContain('- 2 activities in 1 phase; critical path: 1 activity');
        expect(await hover(two, 'phase initiation', 'phase '.length)).toMatch(/\(2 activities\)/);
        expect(await hover(two, 'activity memo', 'activity '.length)).toContain('- Slack: 1 day');
    });
});
