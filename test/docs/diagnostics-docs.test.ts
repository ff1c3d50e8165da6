// docs/diagnostics/ has one page per diagnostic code, and every page tells the truth: it states the code's default
// severity as codes.ts has it, whether a quick fix exists as the language server offers it, and its example plan
// (the first ```dtp block) really yields the code when validated, while its fixed plan (```dtp fixed) does not.
// Support files of a page (```dtp file=NAME) are written next to the example, so imports can be shown too.
// Editors and SARIF viewers link each code to its page (docsUrl): the links are checked here as well.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { DIAGNOSTIC_RULES, docsUrl } from '@dtp/language';
import { createNodeDtpServices, loadPlans } from '@dtp/language/node';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES = path.join(REPO, 'docs/diagnostics');
const FIXTURES = path.join(REPO, 'test/fixtures/diagnostics');

/**
 * Codes whose example is not executed, each with the reason: only for a page written ahead of its check (the
 * example then describes the documented behaviour). Remove the code as soon as its check has landed. Empty: every
 * page's example is held to the truth.
 */
const NOT_EXECUTED: ReadonlySet<string> = new Set<string>([]);

interface Block { info: string; text: string }

function blocksOf(markdown: string): Block[] {
    return [...markdown.matchAll(/^```dtp([^\n]*)\n([\s\S]*?)^```$/gm)].map(match => ({ info: match[1].trim(), text: match[2] }));
}

interface Page {
    code: string;
    markdown: string;
    /** The first ```dtp block without attributes: a plan that triggers the code. */
    example?: string;
    /** ```dtp fixed blocks: the example repaired. */
    fixed: string[];
    /** ```dtp file=NAME blocks: other files of the example (e.g. what it imports). */
    files: { name: string; text: string }[];
}

function readPage(code: string): Page {
    const markdown = readFileSync(path.join(PAGES, `${code}.md`), 'utf8');
    const blocks = blocksOf(markdown);
    return {
        code,
        markdown,
        example: blocks.find(block => block.info === '')?.text,
        fixed: blocks.filter(block => block.info === 'fixed').map(block => block.text),
        files: blocks.flatMap(block => {
            const name = /^file=(\S+)$/.exec(block.info)?.[1];
            return name ? [{ name, text: block.text }] : [];
        })
    };
}

const scratch = mkdtempSync(path.join(tmpdir(), 'dtp-docs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let runs = 0;

/** Validates `text` as plan.dtp in a fresh directory holding the page's support files, through the CLI's own loader. */
async function validate(page: Page, text: string) {
    const dir = path.join(scratch, `${page.code}-${runs++}`);
    for (const file of page.files) {
        const target = path.join(dir, file.name);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, file.text);
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'plan.dtp'), text);
    const services = createNodeDtpServices();
    const [document] = await loadPlans(services, [path.join(dir, 'plan.dtp')]);
    return { services, document, diagnostics: document.diagnostics ?? [] };
}

const codeOf = (diagnostic: Diagnostic) => String(diagnostic.code);
const summary = (diagnostics: Diagnostic[]) => diagnostics.map(d => `${d.code}@${d.range.start.line + 1}: ${d.message}`).join('\n');

async function quickFixes(services: ReturnType<typeof createNodeDtpServices>, document: LangiumDocument, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const provider = services.Dtp.lsp.CodeActionProvider!;
    const actions = await provider.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri },
        range: diagnostics[0].range,
        context: { diagnostics }
    });
    return (actions ?? []) as CodeAction[];
}

const codes = DIAGNOSTIC_RULES.map(rule => rule.code);

describe('docs/diagnostics', () => {
    test('the index lists every code, with its severity and a link to its page; there are no pages of unknown codes', () => {
        const index = readFileSync(path.join(PAGES, 'README.md'), 'utf8');
        for (const rule of DIAGNOSTIC_RULES) {
            const row = index.split('\n').find(line => line.includes(`](${rule.code}.md)`));
            expect(row, `README.md links ${rule.code}.md`).toBeDefined();
            expect(row).toContain(` ${rule.severity} `);
        }
        const pages = readdirSync(PAGES).filter(file => file.endsWith('.md') && file !== 'README.md').map(file => file.slice(0, -3));
        expect(pages.sort()).toEqual([...codes].sort());
    });

    test('every code links to its own page', () => {
        for (const code of codes) {
            expect(docsUrl(code)).toMatch(new RegExp(`^https://.+/docs/diagnostics/${code}\\.md$`));
            expect(existsSync(path.join(PAGES, `${code}.md`)), `docs/diagnostics/${code}.md`).toBe(true);
        }
    });

    describe.each(DIAGNOSTIC_RULES.map(rule => [rule.code, rule] as const))('%s', (code, rule) => {
        test('the page names the code, its default severity and an example', () => {
            const page = readPage(code);
            expect(page.markdown.split('\n')[0]).toBe(`# \`${code}\``);
            expect(/\*\*Default severity:\*\* (\w+)/.exec(page.markdown)?.[1]).toBe(rule.severity);
            expect(/\*\*Quick fix:\*\* (none|yes)/.test(page.markdown), 'a "Quick fix:" none or yes').toBe(true);
            expect(page.example, 'a ```dtp block with a plan that triggers the code').toBeDefined();
        });

        test.skipIf(NOT_EXECUTED.has(code))('the example yields the code, linked to this page, and the quick fix is as the page says', async () => {
            const page = readPage(code);
            const { services, document, diagnostics } = await validate(page, page.example!);
            const found = diagnostics.filter(diagnostic => codeOf(diagnostic) === code);
            expect(found.length, `the example of ${code}.md yields ${code}; it yields:\n${summary(diagnostics)}`).toBeGreaterThan(0);
            for (const diagnostic of diagnostics) expect(diagnostic.codeDescription?.href).toBe(docsUrl(codeOf(diagnostic)));
            const offered = (await quickFixes(services, document, found)).length > 0;
            expect(/\*\*Quick fix:\*\* yes/.test(page.markdown), `${code}.md says whether there is a quick fix`).toBe(offered);
        });

        test.skipIf(NOT_EXECUTED.has(code))('the fixed plan has neither the code nor an error', async () => {
            const page = readPage(code);
            for (const text of page.fixed) {
                const { diagnostics } = await validate(page, text);
                const left = diagnostics.filter(diagnostic => codeOf(diagnostic) === code || diagnostic.severity === 1);
                expect(left, `the fixed plan of ${code}.md still yields:\n${summary(left)}`).toEqual([]);
            }
        });
    });
});

describe('diagnostics link to their pages', () => {
    // One fixture per code, including syntax errors, linker errors and imports: every diagnostic carries the link.
    test.each(readdirSync(FIXTURES).filter(file => file.endsWith('.dtp')).sort())('%s', async file => {
        const services = createNodeDtpServices();
        const [document] = await loadPlans(services, [path.join(FIXTURES, file)]);
        const diagnostics = document.diagnostics ?? [];
        expect(diagnostics.length).toBeGreaterThan(0);
        for (const diagnostic of diagnostics) {
            expect(codes).toContain(codeOf(diagnostic));
            expect(diagnostic.codeDescription?.href).toBe(docsUrl(codeOf(diagnostic)));
        }
    });
});
