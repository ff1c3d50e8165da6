// `dtp validate` end to end: exit codes, the four formats, --max-warnings, paths, directories and globs.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIAGNOSTIC_RULES, docsUrl } from '@dtp/language';
import { CLEAN_PLAN, ERROR_PLAN, WARNING_PLAN } from './plans.js';
import { examplesDir, invalidDir, requireBuiltCli, runDtp, STACK_FRAME, temporaryDirectory } from './run-dtp.js';

let work: ReturnType<typeof temporaryDirectory>;
const file = (name: string) => path.join(work.dir, name);

beforeAll(() => {
    requireBuiltCli();
    work = temporaryDirectory();
    writeFileSync(file('clean.dtp'), CLEAN_PLAN);
    writeFileSync(file('warning.dtp'), WARNING_PLAN);
    writeFileSync(file('error.dtp'), ERROR_PLAN);
});
afterAll(() => work.remove());

interface JsonReport {
    version: number;
    files: { path: string; diagnostics: { code: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[] }[];
    summary: { errors: number; warnings: number; infos: number; hints: number };
}

describe('exit codes', () => {
    it('exits 0 on the examples, with a summary; only the tracked plan warns, about what is late', async () => {
        const result = await runDtp(['validate', 'examples']);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/3 warnings in 3 files/);
        const json = await runDtp(['validate', 'examples', '--format', 'json']);
        const report = JSON.parse(json.stdout) as JsonReport;
        expect(report.files.map(f => [f.path, f.diagnostics.map(d => d.code)])).toEqual([
            ['examples/capabilities.dtp', []],
            ['examples/noordstad-tracked.dtp', ['overdue', 'late-start', 'milestone-slip']],
            ['examples/noordstad.dtp', []]
        ]);
        // Warnings are not errors, but a CI that allows none can say so.
        expect((await runDtp(['validate', 'examples', '--max-warnings', '0'])).code).toBe(1);
    });

    it('exits 1 on every invalid fixture and reports the expected codes', async () => {
        const result = await runDtp(['validate', invalidDir, '--format', 'json']);
        expect(result.code).toBe(1);
        const report = JSON.parse(result.stdout) as JsonReport;
        // Every fixture is checked: one without its `// expect:` line fails here rather than passing unread.
        const fixtures = readdirSync(invalidDir).filter(name => name.endsWith('.dtp')).sort();
        expect(report.files.map(fixture => path.basename(fixture.path)).sort()).toEqual(fixtures);
        for (const fixture of report.files) {
            const expected = /^\/\/ expect: (.*)$/m.exec(readFileSync(path.resolve(fixture.path), 'utf8'))?.[1].split(',').map(code => code.trim());
            expect(expected, `${fixture.path} has no \`// expect: <code>, …\` line`).toBeDefined();
            const codes = fixture.diagnostics.map(d => d.code);
            for (const code of expected!) expect(codes, fixture.path).toContain(code);
        }
    });

    it('exits 2 on a usage error, without a stack trace', async () => {
        for (const args of [['frobnicate'], ['validate', '--format', 'xml', 'examples'], ['validate', '--max-warnings', 'many', 'examples'], ['validate', '--nope']]) {
            const result = await runDtp(args);
            expect(result.code, args.join(' ')).toBe(2);
            expect(result.stderr, args.join(' ')).toMatch(/^dtp: /);
            expect(result.stderr).not.toMatch(STACK_FRAME);
        }
    });

    it('counts diagnostics of imported files under their own path', async () => {
        const dir = path.join(work.dir, 'imports');
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, 'catalogue.dtp'), 'capability cloud "Cloud" facility\ncapability cloud "Cloud again" facility\n');
        writeFileSync(path.join(dir, 'plan.dtp'), `import "./catalogue.dtp"\n${CLEAN_PLAN.replace('    capability cloud "Cloud" facility\n', '')}`);
        const result = await runDtp(['validate', 'plan.dtp', '--format', 'json'], { cwd: dir });
        const report = JSON.parse(result.stdout) as JsonReport;
        expect(report.files.map(f => f.path).sort()).toEqual(['catalogue.dtp', 'plan.dtp']);
        const catalogue = report.files.find(f => f.path === 'catalogue.dtp')!;
        expect(catalogue.diagnostics.map(d => d.code)).toContain('duplicate-id');
        expect(result.code).toBe(1);
    });
});

describe('formats', () => {
    it('pretty: location, severity, message, code, a code frame and a summary; no colour when piped', async () => {
        const result = await runDtp(['validate', 'error.dtp'], { cwd: work.dir });
        expect(result.code).toBe(1);
        const lines = result.stdout.split('\n');
        const head = lines.findIndex(line => line.startsWith('error.dtp:8:'));
        expect(head).toBeGreaterThanOrEqual(0);
        expect(lines[head]).toMatch(/^error\.dtp:8:\d+ {2}error {2}.*nowhere.* {2}\[unresolved-reference\]$/);
        // The frame shows line 8 and carets under `nowhere`.
        expect(lines[head + 1]).toContain('after nowhere provides cloud');
        const caretColumn = lines[head + 2].indexOf('^');
        expect(lines[head + 1].slice(caretColumn, caretColumn + 'nowhere'.length)).toBe('nowhere');
        expect(lines[head + 2].trimEnd().endsWith('^'.repeat('nowhere'.length))).toBe(true);
        expect(result.stdout).toMatch(/1 error in 1 file/);
        expect(result.stdout).not.toContain('\u001b[');
    });

    it('pretty: NO_COLOR keeps escapes out even when colour is otherwise possible', async () => {
        const result = await runDtp(['validate', 'error.dtp'], { cwd: work.dir, env: { NO_COLOR: '1' } });
        expect(result.stdout).not.toContain('\u001b[');
    });

    it('json: version, files, 1-based positions and a summary that adds up', async () => {
        const result = await runDtp(['validate', 'error.dtp', 'clean.dtp', '--format', 'json'], { cwd: work.dir });
        expect(result.code).toBe(1);
        const report = JSON.parse(result.stdout) as JsonReport;
        expect(report.version).toBe(1);
        expect(report.files.map(f => f.path)).toEqual(['clean.dtp', 'error.dtp']);
        const [diagnostic] = report.files[1].diagnostics;
        expect(diagnostic).toMatchObject({ code: 'unresolved-reference', severity: 'error', line: 8 });
        const column = ERROR_PLAN.split('\n')[7].indexOf('nowhere') + 1;
        expect(diagnostic).toMatchObject({ column, endLine: 8, endColumn: column + 'nowhere'.length });
        const all = report.files.flatMap(f => f.diagnostics);
        expect(report.summary).toEqual({
            errors: all.filter(d => d.severity === 'error').length,
            warnings: all.filter(d => d.severity === 'warning').length,
            infos: all.filter(d => d.severity === 'info').length,
            hints: all.filter(d => d.severity === 'hint').length
        });
    });

    it('sarif: valid SARIF 2.1.0, one rule per diagnostic code, relative locations', async () => {
        const result = await runDtp(['validate', 'error.dtp', 'warning.dtp', '--format', 'sarif'], { cwd: work.dir });
        expect(result.code).toBe(1);
        const log = JSON.parse(result.stdout);
        const schema = JSON.parse(readFileSync(new URL('./schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'));
        // The official schema is draft-04; Ajv 8 reads it once `id` is spelled `$id` and the draft marker is dropped.
        // Its language pattern is not valid with the u flag, hence unicodeRegExp: false.
        const { $schema: _draft, id, ...rest } = schema;
        const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
        addFormats.default(ajv);
        const validate = ajv.compile({ $id: id, ...rest });
        expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
        const run = log.runs[0];
        expect(run.tool.driver.name).toBe('dtp');
        expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
        expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(DIAGNOSTIC_RULES.map(rule => rule.code));
        // Each rule links to the page that explains its code.
        for (const rule of run.tool.driver.rules as { id: string; helpUri: string }[]) expect(rule.helpUri).toBe(docsUrl(rule.id));
        expect(run.tool.driver.rules[0].helpUri).toBe(`https://github.com/dtp-lang/dtp/blob/main/docs/diagnostics/${run.tool.driver.rules[0].id}.md`);
        const result0 = run.results.find((r: { ruleId: string }) => r.ruleId === 'unresolved-reference');
        expect(run.tool.driver.rules[result0.ruleIndex].id).toBe('unresolved-reference');
        expect(result0.level).toBe('error');
        const location = result0.locations[0].physicalLocation;
        expect(location.artifactLocation).toEqual({ uri: 'error.dtp', uriBaseId: '%SRCROOT%' });
        expect(location.region.startLine).toBe(8);
        expect(run.results.some((r: { ruleId: string; level: string }) => r.ruleId === 'missing-phase' && r.level === 'warning')).toBe(true);
    });

    it('github: one workflow command per diagnostic with escaped properties', async () => {
        const result = await runDtp(['validate', 'error.dtp', 'warning.dtp', '--format', 'github'], { cwd: work.dir });
        expect(result.code).toBe(1);
        const lines = result.stdout.trimEnd().split('\n');
        for (const line of lines) {
            expect(line).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=dtp [a-z-]+::[^\n]+$/);
        }
        expect(lines.some(line => line.startsWith('::error file=error.dtp,line=8,'))).toBe(true);
        expect(lines.some(line => line.startsWith('::warning file=warning.dtp,') && line.includes('title=dtp missing-phase::'))).toBe(true);
    });
});

describe('--max-warnings', () => {
    it('passes warnings by default and fails when there are more than N', async () => {
        expect((await runDtp(['validate', 'warning.dtp'], { cwd: work.dir })).code).toBe(0);
        expect((await runDtp(['validate', 'warning.dtp', '--max-warnings', '5'], { cwd: work.dir })).code).toBe(0);
        const strict = await runDtp(['validate', 'warning.dtp', '--max-warnings', '0'], { cwd: work.dir });
        expect(strict.code).toBe(1);
        expect(strict.stderr).toMatch(/more than --max-warnings 0/);
    });

    it('never lets a clean plan fail', async () => {
        expect((await runDtp(['validate', 'clean.dtp', '--max-warnings', '0'], { cwd: work.dir })).code).toBe(0);
    });
});

describe('paths, directories and globs', () => {
    beforeAll(() => {
        mkdirSync(file('tree/a/b'), { recursive: true });
        mkdirSync(file('tree/node_modules/dep'), { recursive: true });
        writeFileSync(file('tree/one.dtp'), CLEAN_PLAN);
        writeFileSync(file('tree/a/b/two.dtp'), CLEAN_PLAN.replace('tiny', 'tiny2'));
        writeFileSync(file('tree/notes.txt'), 'not a plan');
        writeFileSync(file('tree/node_modules/dep/broken.dtp'), ERROR_PLAN);
        mkdirSync(file('empty-dir'), { recursive: true });
    });

    it('a directory means every .dtp below it, skipping node_modules', async () => {
        const result = await runDtp(['validate', 'tree', '--format', 'json'], { cwd: work.dir });
        expect(result.code).toBe(0);
        expect((JSON.parse(result.stdout) as JsonReport).files.map(f => f.path)).toEqual(['tree/a/b/two.dtp', 'tree/one.dtp']);
    });

    it('the current directory is the default', async () => {
        const result = await runDtp(['validate', '--format', 'json'], { cwd: file('tree') });
        expect(result.code).toBe(0);
        expect((JSON.parse(result.stdout) as JsonReport).files).toHaveLength(2);
    });

    it('globs are expanded by dtp itself', async () => {
        const result = await runDtp(['validate', 'tree/**/*.dtp', '--format', 'json'], { cwd: work.dir });
        expect(result.code).toBe(0);
        expect((JSON.parse(result.stdout) as JsonReport).files.map(f => f.path)).toEqual(['tree/a/b/two.dtp', 'tree/one.dtp']);
    });

    it('a glob that matches nothing or a directory without plans is an I/O error (exit 2)', async () => {
        const glob = await runDtp(['validate', 'tree/**/*.plan'], { cwd: work.dir });
        expect(glob.code).toBe(2);
        expect(glob.stderr).toMatch(/^dtp: tree\/\*\*\/\*\.plan: no files match/);
        const empty = await runDtp(['validate', 'empty-dir'], { cwd: work.dir });
        expect(empty.code).toBe(2);
        expect(empty.stderr).toMatch(/^dtp: empty-dir: no \.dtp plans in this directory/);
        expect(empty.stderr + glob.stderr).not.toMatch(STACK_FRAME);
    });

    it('uses the examples directory as given on the command line', async () => {
        const result = await runDtp(['validate', examplesDir, path.join(examplesDir, 'noordstad.dtp'), '--format', 'json']);
        expect(result.code).toBe(0);
        expect((JSON.parse(result.stdout) as JsonReport).files.map(f => f.path))
            .toEqual(['examples/capabilities.dtp', 'examples/noordstad-tracked.dtp', 'examples/noordstad.dtp']);
    });
});
