// Bad input of any kind gives diagnostics, never an exception or a hang (docs/diagnostics/): through the real Node services,
// from files on disk, as the CLI and the language server read them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import { afterAll, describe, expect, test } from 'vitest';
import { createNodeDtpServices, loadPlans, planFileProblem } from '../src/node.js';
import { MAX_SYNTAX_DIAGNOSTICS } from '../src/validation/document-validator.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'dtp-robustness-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
}

async function diagnose(...files: string[]) {
    return loadPlans(createNodeDtpServices(), files);
}

/** Deterministic bytes (xorshift), so a failure can be replayed. */
function junk(length: number, seed: number): Uint8Array {
    const bytes = new Uint8Array(length);
    let x = seed;
    for (let i = 0; i < length; i++) {
        x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
        bytes[i] = x & 0xff;
    }
    bytes[0] = 0; // at least one NUL
    return bytes;
}

describe('bad input', () => {
    test('an empty file is an empty catalogue', async () => {
        const [document] = await diagnose(write('empty.dtp', ''));
        expect(document.parseResult.value.$type).toBe('Plan');
        expect(document.diagnostics).toEqual([]);
    });

    test.each([1, 7, 42])('binary junk (seed %i) gives a bounded number of syntax errors', async seed => {
        // From disk it is refused before parsing (a plan is UTF-8 text) ...
        const file = write(`junk-${seed}.dtp`, junk(64 * 1024, seed));
        await expect(diagnose(file)).rejects.toThrow(/cannot read/);
        expect(await planFileProblem(file, 'junk.dtp')).toMatch(/^junk\.dtp is not a plan: it looks like a binary file/);
        // ... but an editor hands the server whatever text the buffer holds: that must parse into bounded diagnostics.
        const services = createNodeDtpServices();
        const text = new TextDecoder().decode(junk(64 * 1024, seed));
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(path.join(dir, `junk-${seed}-buffer.dtp`)));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        const syntax = (document.diagnostics ?? []).filter(d => d.code === 'syntax-error');
        expect(syntax.length).toBeGreaterThan(0);
        expect(syntax.length).toBeLessThanOrEqual(MAX_SYNTAX_DIAGNOSTICS);
        for (const diagnostic of syntax) expect(diagnostic.message).not.toMatch(/\u0000/);
        if (syntax.length === MAX_SYNTAX_DIAGNOSTICS) expect(syntax.at(-1)!.message).toMatch(/\((1 more syntax error is|\d+ more syntax errors are) not shown; fix these first\.\)$/);
    });

    test('a blocking read (one-shot commands) refuses and reads exactly what the asynchronous read does', async () => {
        const files = {
            missing: path.join(dir, 'no-such-plan.dtp'),
            directory: dir,
            empty: write('blocking-empty.dtp', ' \n'),
            binary: write('blocking-binary.dtp', junk(1024, 3)),
            latin1: write('blocking-latin1.dtp', new Uint8Array([0x70, 0xe9, 0x0a])),
            plan: write('blocking-plan.dtp', '\ufeffprogramme p "P" { }\n')
        };
        for (const [what, file] of Object.entries(files)) {
            for (const emptyAllowed of [true, false]) {
                const blocking = await planFileProblem(file, what, { emptyAllowed, blocking: true });
                expect(blocking, what).toBe(await planFileProblem(file, what, { emptyAllowed }));
                if (what !== 'plan' && (what !== 'empty' || !emptyAllowed)) expect(blocking, what).toMatch(new RegExp(`^${what}`));
            }
        }
        // Loaded through the services with blocking reads: the same text, BOM and all, and the same diagnostics.
        const [async] = await loadPlans(createNodeDtpServices(), [files.plan]);
        const [blocking] = await loadPlans(createNodeDtpServices({ blockingReads: true }), [files.plan]);
        expect(blocking.textDocument.getText()).toBe(async.textDocument.getText());
        expect(blocking.textDocument.getText().startsWith('\ufeff')).toBe(true);
        expect(blocking.diagnostics).toEqual(async.diagnostics);
    });

    test('noordstad.dtp cut off anywhere, as while typing, gives diagnostics that name real things', async () => {
        const text = readFileSync(path.join(root, 'examples/noordstad.dtp'), 'utf8');
        write('capabilities.dtp', readFileSync(path.join(root, 'examples/capabilities.dtp'), 'utf8'));
        const services = createNodeDtpServices();
        for (let cut = 0; cut < text.length; cut += 7) {
            const [document] = await loadPlans(services, [write(`cut-${cut}.dtp`, text.slice(0, cut))]);
            for (const diagnostic of document.diagnostics ?? []) {
                expect(diagnostic.message, `cut at ${cut}`).not.toMatch(/undefined|NaN|\[object/);
                expect(diagnostic.code, `cut at ${cut}`).toBeTypeOf('string');
                expect(diagnostic.range.start.line).toBeGreaterThanOrEqual(0);
            }
        }
    });

    test('a UTF-8 byte order mark and CRLF line ends change nothing', async () => {
        const noordstad = readFileSync(path.join(root, 'examples/noordstad.dtp'), 'utf8');
        write('capabilities.dtp', readFileSync(path.join(root, 'examples/capabilities.dtp'), 'utf8').replace(/\n/g, '\r\n'));
        const [clean] = await diagnose(write('bom-crlf.dtp', '\uFEFF' + noordstad.replace(/\n/g, '\r\n')));
        expect((clean.diagnostics ?? []).filter(d => d.severity === 1 || d.severity === 2)).toEqual([]);

        // A finding in such a file lands on the right line and column.
        const broken = '\uFEFF' + noordstad.replace('after kaders, governance', 'after kader, governance').replace(/\n/g, '\r\n');
        const [document] = await diagnose(write('bom-crlf-broken.dtp', broken));
        const [diagnostic] = (document.diagnostics ?? []).filter(d => d.code === 'unresolved-reference');
        const lines = noordstad.split('\n');
        const line = lines.findIndex(text => text.includes('after kaders, governance'));
        expect(diagnostic.range.start).toEqual({ line, character: lines[line].indexOf('kaders') });
        expect(diagnostic.message).toContain('Did you mean `kaders`?');
    });

    test('an import cycle terminates and is reported where it breaks the rules', async () => {
        const a = write('cycle-a.dtp', 'import "./cycle-b.dtp"\ncapability cloud "Cloud" facility\n');
        write('cycle-b.dtp', 'import "./cycle-a.dtp"\ncapability data "Data" facility\n');
        const [catalogueA, catalogueB] = await diagnose(a, path.join(dir, 'cycle-b.dtp'));
        // Two catalogues importing each other are harmless: both see both capabilities, nothing is reported.
        expect(catalogueA.diagnostics).toEqual([]);
        expect(catalogueB.diagnostics).toEqual([]);

        const plan = write('cycle-plan.dtp', 'import "./cycle-c.dtp"\nprogramme p { }\n');
        write('cycle-c.dtp', 'import "./cycle-plan.dtp"\ncapability cloud "Cloud" facility\n');
        const [, catalogue] = await diagnose(plan, path.join(dir, 'cycle-c.dtp'));
        const [invalid] = (catalogue.diagnostics ?? []).filter(d => d.code === 'invalid-import');
        expect(invalid.message).toContain('`./cycle-plan.dtp` holds programme `p`');
    });

    test('a file that imports itself', async () => {
        const [document] = await diagnose(write('self.dtp', 'import "./self.dtp"\ncapability cloud "Cloud" facility\n'));
        expect((document.diagnostics ?? []).map(d => d.code)).toEqual(['invalid-import']);
    });

    test('an empty import path', async () => {
        const [document] = await diagnose(write('empty-import.dtp', 'import ""\n'));
        expect((document.diagnostics ?? []).map(d => [d.code, d.message])).toEqual([['unresolved-import',
            'This import has an empty path. Write the path of a .dtp file relative to this file, e.g. `import "./capabilities.dtp"`.']]);
    });

    test('a missing import names the absolute path it looked for', async () => {
        const [document] = await diagnose(write('lost.dtp', 'import "./nowhere/caps.dtp"\n'));
        const [diagnostic] = document.diagnostics ?? [];
        expect(diagnostic.code).toBe('unresolved-import');
        expect(diagnostic.message).toBe(
            `Cannot find \`./nowhere/caps.dtp\` (resolved to ${path.join(dir, 'nowhere/caps.dtp')}). Check the path; it is relative to this file.`);
        expect(diagnostic.range).toEqual({ start: { line: 0, character: 7 }, end: { line: 0, character: 27 } });
    });

    test('two imports that declare the same capability: reported on the second import', async () => {
        write('one.dtp', 'capability cloud "Cloud" facility\n');
        write('two.dtp', 'capability data "Data" facility\ncapability cloud "Cloud too" facility\n');
        const [document] = await diagnose(write('both.dtp', 'import "./one.dtp"\nimport "./two.dtp"\n'));
        const [diagnostic] = (document.diagnostics ?? []).filter(d => d.code === 'duplicate-id');
        expect(diagnostic.message).toBe('This import brings in capability `cloud` from two.dtp (line 2), but one.dtp (line 1) already declares it. '
            + 'Rename or remove one of them.');
        expect(diagnostic.range.start).toEqual({ line: 1, character: 7 });
    });

    test('an import that exists on disk but is not loaded says so instead of "cannot find"', async () => {
        write('unloaded.dtp', 'capability cloud "Cloud" facility\n');
        const file = write('needs-unloaded.dtp', 'import "./unloaded.dtp"\n');
        const services = createNodeDtpServices();
        // Only this file, as a language server would when the import lies outside the opened folder.
        const document = await services.shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(file));
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        const [diagnostic] = document.diagnostics ?? [];
        expect(diagnostic.code).toBe('unresolved-import');
        expect(diagnostic.message).toBe(`\`./unloaded.dtp\` (resolved to ${path.join(dir, 'unloaded.dtp')}) exists but is not loaded, `
            + 'so its capabilities are unknown here. Open a folder that contains it, or move it next to this plan.');
    });

    test('a capability declared both here and in an import is a duplicate id', async () => {
        write('shared.dtp', 'capability cloud "Cloud" facility\n');
        const [document] = await diagnose(write('dup.dtp', 'import "./shared.dtp"\ncapability cloud "Cloud again" facility\n'));
        const [diagnostic] = (document.diagnostics ?? []).filter(d => d.code === 'duplicate-id');
        expect(diagnostic.message).toBe('Capability `cloud` is declared twice: here and in shared.dtp (line 1). Rename or remove one of them.');
        expect(diagnostic.range.start).toEqual({ line: 1, character: 11 });
    });

    test('an activity named like an imported capability: each named as what it is, and where', async () => {
        write('shared-cloud.dtp', '// the catalogue\ncapability cloud "Cloud" facility\n');
        const plan = 'import "./shared-cloud.dtp"\nprogramme p {\n    start 2027-01-04\n    phase initiation {\n        activity cloud "Cloud" { duration 1w }\n    }\n}\n';
        const [document] = await diagnose(write('dup-activity.dtp', plan));
        const [diagnostic] = (document.diagnostics ?? []).filter(d => d.code === 'duplicate-id');
        expect(diagnostic.message).toBe('Capability `cloud` (shared-cloud.dtp, line 2) and activity `cloud` here have the same name. Activities and '
            + 'capabilities share one set of names, so that a name in `after`, `provides` or `requires` always means one thing: rename one of them.');
        expect(diagnostic.range.start).toEqual({ line: 4, character: 17 });
    });
});
