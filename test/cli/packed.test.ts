// The `dtp` package as users get it: `npm pack` of packages/cli, installed from the tarball into an empty project
// outside this repository (no workspace packages to fall back on), then the installed `node_modules/.bin/dtp`
// validates, schedules, renders a PNG and serves LSP over stdio.
import { execFile, spawn } from 'node:child_process';
import { builtinModules } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    createProtocolConnection, PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import type { RoadmapModel } from '@dtp/roadmap';
import { examplesDir, invalidDir, repoRoot, requireBuiltCli, type DtpResult } from './run-dtp.js';

const execFileAsync = promisify(execFile);
const cliRoot = path.join(repoRoot, 'packages/cli');

/**
 * The environment for the nested `npm`: without what an enclosing `npm test` exports about *this* project (its
 * prefix, package, lifecycle), which would point the install back at the repository. Registry, cache and proxy
 * settings stay.
 */
function npmEnvironment(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const [name, value] of Object.entries(process.env)) {
        if (/^npm_(package_|lifecycle_|command$|config_(local_prefix|prefix|workspaces?|include_workspace_root|call)$)/i.test(name)) continue;
        env[name] = value;
    }
    return env;
}

async function npm(args: string[], cwd: string): Promise<string> {
    const { stdout } = await execFileAsync('npm', args, { cwd, env: npmEnvironment(), maxBuffer: 64 * 1024 * 1024 });
    return stdout;
}

let work: string;
let project: string;
let dtp: string;
let packedFiles: string[];
let installed: string;

beforeAll(async () => {
    requireBuiltCli();
    work = mkdtempSync(path.join(tmpdir(), 'dtp-packed-'));
    expect(path.relative(repoRoot, work).startsWith('..'), 'the install must happen outside the repository').toBe(true);
    const packs = path.join(work, 'pack');
    project = path.join(work, 'project');
    mkdirSync(packs);
    mkdirSync(project);

    const [packed] = JSON.parse(await npm(['pack', '--json', '--pack-destination', packs], cliRoot)) as { filename: string; files: { path: string }[] }[];
    packedFiles = packed.files.map(file => file.path);
    const tarball = path.join(packs, path.basename(packed.filename));

    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'uses-dtp', version: '1.0.0', private: true }, null, 2));
    // The npm cache (filled by `npm ci`) answers for @resvg/resvg-js; the registry only for what it does not hold.
    await npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], project);
    dtp = path.join(project, 'node_modules/.bin/dtp');
    installed = path.join(project, 'node_modules/dtp');

    mkdirSync(path.join(project, 'plans'));
    // noordstad.dtp imports "./capabilities.dtp": both go next to each other, as in examples/.
    expect(readFileSync(path.join(examplesDir, 'noordstad.dtp'), 'utf8')).toContain('import "./capabilities.dtp"');
    for (const name of ['noordstad.dtp', 'capabilities.dtp']) copyFileSync(path.join(examplesDir, name), path.join(project, 'plans', name));
    copyFileSync(path.join(invalidDir, 'phase-order.dtp'), path.join(project, 'phase-order.dtp'));
}, 240_000);

afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs the installed `node_modules/.bin/dtp` in the project folder. */
function runInstalled(args: string[]): Promise<DtpResult> {
    return new Promise((resolve, reject) => {
        const child = spawn(dtp, args, { cwd: project, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk));
        child.on('error', reject);
        child.on('close', code => resolve({ code, stdout, stderr }));
    });
}

describe('the packed dtp package', () => {
    it('holds the bin, the bundle and the roadmap schema, and depends on nothing but registry packages', () => {
        expect(packedFiles).toEqual(expect.arrayContaining(['package.json', 'bin/dtp.js', 'dist/dtp.js', 'dist/roadmap.schema.json']));
        expect(packedFiles.filter(file => /^(src|out|scripts|test)\//.test(file) || file.endsWith('.ts'))).toEqual([]);

        const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
        const dependencies = Object.keys(manifest.dependencies ?? {});
        expect(dependencies).toContain('@resvg/resvg-js');
        expect(dependencies).toEqual(expect.arrayContaining(['pdfkit', 'svg-to-pdfkit']));
        expect(Object.entries(manifest.dependencies ?? {}).filter(([name, spec]) => name.startsWith('@dtp/') || /^(file|link|workspace):/.test(spec))).toEqual([]);
        // Installed from the tarball alone: no workspace package came along, the native renderer did.
        expect(existsSync(path.join(project, 'node_modules/@dtp'))).toBe(false);
        expect(existsSync(path.join(project, 'node_modules/@resvg/resvg-js/package.json'))).toBe(true);
        expect(realpathSync(dtp).startsWith(realpathSync(project))).toBe(true);

        // Every module the bundle loads at run time is built into Node or a declared dependency. (fdir, inside
        // tinyglobby, probes for picomatch in a try/catch; tinyglobby's own picomatch is in the bundle.)
        const optionalProbes = new Set(['picomatch']);
        // Not imports: text of an error message in a polyfill ExcelJS brings ("Conversion from 'BigInt' to 'number'").
        const notModules = new Set(['BigInt']);
        const builtins = new Set(builtinModules);
        const files = ['dist/dtp.js', ...readdirSync(path.join(installed, 'dist/chunks')).map(chunk => `dist/chunks/${chunk}`)];
        const loaded = new Set<string>();
        for (const file of files) {
            const code = readFileSync(path.join(installed, file), 'utf8');
            for (const match of code.matchAll(/\bfrom\s*["']([^"'./][^"']*)["']|\bimport\s*\(\s*["']([^"'./][^"']*)["']\s*\)|\brequire\s*\(\s*["']([^"'./][^"']*)["']\s*\)/g)) {
                const specifier = match[1] ?? match[2] ?? match[3];
                // Only what can name a module: `from "…"` also occurs in the text of the HTML export's script.
                if (/^(node:)?(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[\w.-]+)*$/i.test(specifier)) loaded.add(specifier);
            }
        }
        const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
        const undeclared = [...loaded].filter(specifier =>
            !specifier.startsWith('node:') && !builtins.has(specifier) && !builtins.has(packageOf(specifier)) &&
            !dependencies.includes(packageOf(specifier)) && !optionalProbes.has(specifier) && !notModules.has(specifier));
        expect(loaded).toContain('@resvg/resvg-js');
        expect(undeclared).toEqual([]);
    });

    it('prints its version from the installed package.json', async () => {
        const { version } = JSON.parse(readFileSync(path.join(cliRoot, 'package.json'), 'utf8')) as { version: string };
        const result = await runInstalled(['--version']);
        expect(result.code).toBe(0);
        expect(result.stdout.trim()).toBe(version);
    });

    it('validates a plan with its import, and reports the error of an invalid one', async () => {
        const clean = await runInstalled(['validate', 'plans', '--format', 'json']);
        expect(clean.stderr).toBe('');
        expect(clean.code).toBe(0);
        const report = JSON.parse(clean.stdout) as { files: { path: string }[]; summary: { errors: number; warnings: number } };
        expect(report.files.map(file => path.basename(file.path)).sort()).toEqual(['capabilities.dtp', 'noordstad.dtp']);
        expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });

        const invalid = await runInstalled(['validate', 'phase-order.dtp']);
        expect(invalid.code).toBe(1);
        expect(invalid.stdout).toMatch(/phase-order\.dtp:9:11\s+error\s.*\[phase-order\]/);
    });

    it('prints the roadmap model with --json, valid against the schema it ships', async () => {
        const result = await runInstalled(['schedule', 'plans/noordstad.dtp', '--json']);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const model = JSON.parse(result.stdout) as RoadmapModel;
        expect(model.programme.id).toBe('noordstad');
        expect(model.activities.length).toBeGreaterThan(10);
        expect(model.criticalPath[0]).toBe('dtp');
        // Capabilities come from the imported catalogue: the import was resolved from disk.
        expect(model.capabilities.length).toBeGreaterThan(0);

        const ajv = new Ajv2020({ strict: false, allErrors: true });
        addFormats.default(ajv);
        const validate = ajv.compile(JSON.parse(readFileSync(path.join(installed, 'dist/roadmap.schema.json'), 'utf8')));
        expect(validate(model), JSON.stringify(validate.errors, null, 2)).toBe(true);
    });

    it('renders a PNG with the native renderer it installed', async () => {
        const result = await runInstalled(['render', 'plans/noordstad.dtp', '--format', 'png', '-o', 'x.png']);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const png = readFileSync(path.join(project, 'x.png'));
        expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
        expect(png.readUInt32BE(16)).toBeGreaterThan(500); // width in pixels
        expect(png.readUInt32BE(20)).toBeGreaterThan(100); // height in pixels
    });

    it('writes a PDF with pdfkit, which it installed, and an XLSX with the bundled ExcelJS', async () => {
        const pdf = await runInstalled(['render', 'plans/noordstad.dtp', '--format', 'pdf', '--page', 'a4', '-o', 'x.pdf']);
        expect(pdf.stderr).toBe('');
        expect(pdf.code).toBe(0);
        const bytes = readFileSync(path.join(project, 'x.pdf'));
        expect(bytes.subarray(0, 5).toString('ascii')).toBe('%PDF-');
        expect(bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
        expect(existsSync(path.join(project, 'node_modules/pdfkit/package.json'))).toBe(true);

        const xlsx = await runInstalled(['render', 'plans/noordstad.dtp', '--format', 'xlsx', '-o', 'x.xlsx']);
        expect(xlsx.stderr).toBe('');
        expect(xlsx.code).toBe(0);
        const book = readFileSync(path.join(project, 'x.xlsx'));
        expect(book.subarray(0, 2).toString('ascii')).toBe('PK'); // a zip
        expect(book.includes(Buffer.from('xl/worksheets/sheet1.xml'))).toBe(true);
    });

    it('serves LSP over stdio: initialize, diagnostics for an opened plan, shutdown and exit', async () => {
        const server = spawn(dtp, ['lsp', '--stdio'], { cwd: project, stdio: ['pipe', 'pipe', 'pipe'] });
        let stderr = '';
        server.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk));
        const exited = new Promise<number | null>(resolve => server.on('exit', code => resolve(code)));
        const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
        const uri = pathToFileURL(path.join(project, 'phase-order.dtp')).toString();
        const published = new Promise<PublishDiagnosticsParams>(resolve =>
            connection.onNotification(PublishDiagnosticsNotification.type, params => {
                if (params.uri === uri && params.diagnostics.length > 0) resolve(params);
            }));
        connection.listen();
        try {
            const rootUri = pathToFileURL(project).toString();
            const { capabilities } = await connection.sendRequest('initialize', {
                processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'project' }], capabilities: {}
            }) as { capabilities: Record<string, unknown> };
            expect(capabilities).toHaveProperty('completionProvider');
            await connection.sendNotification('initialized', {});
            await connection.sendNotification('textDocument/didOpen', {
                textDocument: { uri, languageId: 'dtp', version: 1, text: readFileSync(path.join(project, 'phase-order.dtp'), 'utf8') }
            });
            const { diagnostics } = await published;
            expect(diagnostics.map(d => [d.code, d.severity, d.range.start.line, d.range.start.character])).toEqual([['phase-order', 1, 8, 10]]);

            expect(await connection.sendRequest('shutdown')).toBeNull();
            await connection.sendNotification('exit');
            expect(await exited, stderr).toBe(0);
        } finally {
            connection.dispose();
            server.kill();
        }
    });
});
