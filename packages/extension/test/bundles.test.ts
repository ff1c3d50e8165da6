// The shipped artefacts: `npm run package` builds the minified bundles and the .vsix; the Node server bundle answers
// LSP over stdio, and the .vsix holds everything the manifest and the code load, and no sources. One file, run in
// order: the production build comes first.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { RoadmapModel } from '@dtp/roadmap';

const run = promisify(execFile);
const extensionRoot = join(import.meta.dirname, '..');
const repoRoot = join(extensionRoot, '../..');
const vsixPath = join(extensionRoot, 'dist/dtp-vscode.vsix');

beforeAll(async () => {
    // What a release does (package.json `package`): the production build, then vsce. No network needed.
    await run('npm', ['run', 'package'], { cwd: extensionRoot, maxBuffer: 16 * 1024 * 1024 });
}, 180_000);

describe('the Node server bundle (dist/server.cjs)', () => {
    let server: ChildProcess | undefined;
    let connection: MessageConnection | undefined;

    afterAll(() => {
        connection?.dispose();
        server?.kill();
    });

    test('starts over stdio, announces its features and publishes diagnostics with codes', async () => {
        server = spawn(process.execPath, [join(extensionRoot, 'dist/server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        const published = new Promise<{ uri: string; diagnostics: { code?: string | number }[] }>(resolve =>
            connection!.onNotification('textDocument/publishDiagnostics', resolve));
        connection.listen();

        const { capabilities } = await connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
            processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null
        });
        for (const feature of ['completionProvider', 'hoverProvider', 'definitionProvider', 'codeActionProvider', 'documentFormattingProvider']) {
            expect(capabilities, `server capability ${feature}`).toHaveProperty(feature);
        }
        await connection.sendNotification('initialized', {});

        const fixture = join(repoRoot, 'test/fixtures/invalid/unmet-prerequisite.dtp');
        const uri = pathToFileURL(fixture).toString();
        await connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'dtp', version: 1, text: await readFile(fixture, 'utf8') }
        });
        const { uri: diagnosed, diagnostics } = await published;
        expect(diagnosed).toBe(uri);
        expect(diagnostics.map(d => d.code)).toContain('unmet-prerequisite');
    }, 60_000);
});

describe('the .vsix package', () => {
    let zip: JSZip;
    /** Paths inside the package, relative to its extension/ folder (the extension's root once installed). */
    let files: string[];
    let manifest: Record<string, any>;

    beforeAll(async () => {
        zip = await JSZip.loadAsync(await readFile(vsixPath));
        files = Object.values(zip.files).filter(entry => !entry.dir).map(entry => entry.name)
            .filter(name => name.startsWith('extension/')).map(name => name.slice('extension/'.length)).sort();
        manifest = JSON.parse(await zip.file('extension/package.json')!.async('string'));
    });

    test('holds the bundles (client, server, webview), grammar, language configuration, snippets, icon, README and LICENSE, and no sources', async () => {
        expect(files).toEqual(expect.arrayContaining([
            'package.json',
            'dist/extension.cjs',
            'dist/server.cjs',
            'dist/exports.cjs',
            'dist/browser/extension.js',
            'dist/browser/server.js',
            'dist/syntaxes/dtp.tmLanguage.json',
            'dist/webview/preview.js',
            'dist/webview/preview.css',
            'language-configuration.json',
            'snippets/dtp.code-snippets',
            'images/icon.png',
            'readme.md',
            'LICENSE.txt'
        ]));
        const unwanted = files.filter(file => /(^|\/)(src|node_modules|test|scripts)\//.test(file) || file.endsWith('.map') || file.endsWith('.ts') || file.endsWith('.vsix'));
        expect(unwanted).toEqual([]);
        const { size } = await stat(vsixPath);
        console.log(`dtp-vscode.vsix: ${files.length} files, ${(size / 1024).toFixed(0)} KiB`);
        expect(size).toBeLessThan(5 * 1024 * 1024);
    });

    test('holds every file its manifest points at: main, browser, icon and the contributed files', () => {
        const pointed = [
            ...[manifest.main, manifest.browser].map(entry => withScriptExtension(entry as string)),
            manifest.icon as string,
            ...contributedFiles(manifest.contributes)
        ].map(normalize);
        // language configuration, file icon, grammar and snippets at least: the walk found the contributions.
        expect(pointed.length).toBeGreaterThanOrEqual(6);
        expect(pointed.filter(file => !files.includes(file))).toEqual([]);
    });

    test('holds its localisations, if it has any', () => {
        const nls = readdirSync(extensionRoot).filter(name => /^package\.nls(\.[\w-]+)?\.json$/.test(name));
        expect(nls.filter(name => !files.includes(name))).toEqual([]);
        if (JSON.stringify(manifest).match(/"%[\w.-]+%"/)) expect(files).toContain('package.nls.json');
        if (typeof manifest.l10n === 'string') expect(files.some(file => file.startsWith(`${normalize(manifest.l10n)}/bundle.l10n`))).toBe(true);
    });

    test('holds every file the extension\'s code loads from its own folder: server bundles, webview script and stylesheet, icons', () => {
        const named = filesNamedInSource(join(extensionRoot, 'src'));
        // The two servers the clients start (Node process, Web Worker) are found by the scan, not listed here.
        expect(named.map(entry => entry.name)).toEqual(expect.arrayContaining(['dist/server.cjs', 'dist/browser/server.js']));
        const missing = named.filter(({ name, folders }) => name.includes('/')
            ? !files.includes(normalize(name))
            // A bare file name joined onto folders (`joinPath(root, 'webview', file)`): some packaged file with that
            // name sits in folders the same source file joins.
            : !files.some(file => file.endsWith(`/${name}`) && file.split('/').slice(0, -1).every(folder => folders.has(folder))));
        expect(missing.map(({ source, name }) => `${name} (named in ${source})`)).toEqual([]);
    });

    test('its grammar is the one the manifest names, and its Node bundles load nothing from node_modules', async () => {
        for (const grammar of manifest.contributes.grammars as { path: string; scopeName: string }[]) {
            const packaged = JSON.parse(await zip.file(`extension/${normalize(grammar.path)}`)!.async('string'));
            expect(packaged.scopeName).toBe(grammar.scopeName);
        }
        // The .vsix has no node_modules (vsce --no-dependencies): the desktop client and the Node bundles (.cjs,
        // such as the server it forks) may only require Node's own modules, `vscode` and the package's own bundles
        // (the client loads the export writers, dist/exports.cjs, on the first export).
        const builtins = new Set(builtinModules);
        const nodeBundles = new Set([normalize(withScriptExtension(manifest.main)), ...files.filter(file => file.endsWith('.cjs'))]);
        expect(nodeBundles.size).toBeGreaterThanOrEqual(3);
        const own = (bundle: string, name: string) => name.startsWith('./') && files.includes(posix.join(posix.dirname(bundle), name));
        for (const bundle of nodeBundles) {
            const code = await zip.file(`extension/${bundle}`)!.async('string');
            const required = requiredIn(code);
            expect(required.length, `${bundle} requires modules`).toBeGreaterThan(0);
            expect(required.filter(name => name !== 'vscode' && !builtins.has(name.replace(/^node:/, '')) && !own(bundle, name)), bundle).toEqual([]);
        }
        expect(requiredIn(await zip.file(`extension/${normalize(withScriptExtension(manifest.main))}`)!.async('string'))).toContain('./exports.cjs');
        // The web extension host gives an extension `vscode` and nothing else: the export writers' Node imports
        // (events, url, stream …) must be bundled or stood in for.
        const web = await zip.file(`extension/${normalize(withScriptExtension(manifest.browser))}`)!.async('string');
        expect(requiredIn(web).filter(name => name !== 'vscode')).toEqual([]);
    });

    test('its desktop export writers (dist/exports.cjs) write what @dtp/roadmap/export writes, byte for byte', async () => {
        const folder = await mkdtemp(join(tmpdir(), 'dtp-vsix-exports-'));
        try {
            const file = join(folder, 'exports.cjs');
            await writeFile(file, await zip.file('extension/dist/exports.cjs')!.async('uint8array'));
            const packaged = createRequire(file)(file) as typeof import('@dtp/roadmap/export');
            const writers = await import('@dtp/roadmap/export');
            // The tracked example as the preview gets it (planned and forecast, health, diagnostics): every writer writes every part.
            const { stdout } = await run(process.execPath, [join(repoRoot, 'packages/cli/bin/dtp.js'), 'render', join(repoRoot, 'examples/noordstad-tracked.dtp'),
                '--format', 'json', '--today', '2027-09-15'], { maxBuffer: 16 * 1024 * 1024 });
            const model = JSON.parse(stdout) as RoadmapModel;
            const xlsx = await packaged.renderXlsx(model);
            expect([xlsx[0], xlsx[1]]).toEqual([0x50, 0x4b]); // PK: a zip
            expect(Buffer.from(xlsx).equals(Buffer.from(await writers.renderXlsx(model)))).toBe(true);
            expect(packaged.renderCsv(model)).toBe(writers.renderCsv(model));
            expect(packaged.renderIcal(model)).toBe(writers.renderIcal(model));
            expect(packaged.renderMspdi(model)).toBe(writers.renderMspdi(model));
            expect(packaged.renderArchimate(model)).toBe(writers.renderArchimate(model));
        } finally {
            await rm(folder, { recursive: true, force: true });
        }
    });

    test('its desktop export writers write the picture as an A3 landscape PDF, away from node_modules; the web bundle has no PDF writer', async () => {
        // A folder of its own: pdfkit's font metrics must come from the bundle, not from a node_modules nearby.
        const folder = await mkdtemp(join(tmpdir(), 'dtp-vsix-pdf-'));
        try {
            const file = join(folder, 'exports.cjs');
            await writeFile(file, await zip.file('extension/dist/exports.cjs')!.async('uint8array'));
            const packaged = createRequire(file)(file) as typeof import('../src/export-writers.node.js');
            const { stdout } = await run(process.execPath, [join(repoRoot, 'packages/cli/bin/dtp.js'), 'render', join(repoRoot, 'examples/noordstad-tracked.dtp'),
                '--format', 'json', '--today', '2027-09-15'], { maxBuffer: 16 * 1024 * 1024 });
            const model = JSON.parse(stdout) as RoadmapModel;
            // The board view filtered to one owner, as the preview might show it: the picture follows the view.
            const owner = model.activities.find(activity => activity.owner)!.owner!;
            const { pdf, pages } = await packaged.renderPdf(model, { view: 'board', owners: [owner], today: '2027-09-15', theme: 'light', locale: 'nl' }, 'a3');
            expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
            const out = join(folder, 'plan.pdf');
            await writeFile(out, pdf);
            const { stdout: read } = await run('/usr/bin/python3', ['-c', [
                'import json, sys, pypdf',
                'r = pypdf.PdfReader(sys.argv[1])',
                'print(json.dumps({"boxes": [[float(p.mediabox.width), float(p.mediabox.height)] for p in r.pages], "text": r.pages[0].extract_text()}))'
            ].join('\n'), out]);
            const { boxes, text } = JSON.parse(read) as { boxes: [number, number][]; text: string };
            expect(boxes.length).toBe(pages);
            for (const [width, height] of boxes) {
                expect(width).toBeCloseTo(1190.55, 1);
                expect(height).toBeCloseTo(841.89, 1);
            }
            // Text stays text, in the roadmap's language (Dutch here).
            expect(text).toContain(model.programme.title ?? model.programme.id);
        } finally {
            await rm(folder, { recursive: true, force: true });
        }
        // The web extension host has no Node: pdfkit is not in its bundle, only the stand-in without a writer.
        const web = await zip.file(`extension/${normalize(withScriptExtension(manifest.browser))}`)!.async('string');
        expect(web).not.toMatch(/PDFDocument|pdfkit|SVGtoPDF/);
        expect(web).toContain('PDF needs the desktop VS Code');
    }, 60_000);
});

/** The modules a bundle requires by name. */
function requiredIn(code: string): string[] {
    return [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(match => match[1]);
}

/** `./dist/x.cjs` → `dist/x.cjs`. */
function normalize(path: string): string {
    return path.replace(/^\.\//, '');
}

/** VS Code resolves `main`/`browser` like `require`: a path without an extension means the `.js` file. */
function withScriptExtension(entry: string): string {
    return /\.[cm]?js$/.test(entry) ? entry : `${entry}.js`;
}

/**
 * The files the manifest's `contributes` point at: every string under a key VS Code reads as a file path
 * (`path`, `configuration`, `icon`, `light`, `dark`, …), wherever it sits (languages, grammars, snippets, themes,
 * icon themes, JSON validation …). Codicons such as `$(open-preview)` and URLs are not files.
 */
function contributedFiles(contributes: unknown): string[] {
    const keys = new Set(['path', 'configuration', 'icon', 'light', 'dark', 'highContrast', 'url', 'uri', 'grammar', 'image']);
    const found: string[] = [];
    const walk = (value: unknown, key?: string): void => {
        if (typeof value === 'string') {
            if (key && keys.has(key) && /^(\.\/)?[\w@-][\w./@-]*\.\w+$/.test(value)) found.push(value);
        } else if (Array.isArray(value)) {
            for (const item of value) walk(item, key);
        } else if (value && typeof value === 'object') {
            for (const [name, item] of Object.entries(value)) walk(item, name);
        }
    };
    walk(contributes);
    return found;
}

/**
 * The files the extension's code names, read from its sources: string literals with a file extension that are not
 * module specifiers (`import`, `require`), e.g. `asAbsolutePath('dist/server.cjs')`, or a bare name such as
 * `asset('preview.css')` together with the folders the same source joins (`joinPath(root, 'webview', file)`).
 */
function filesNamedInSource(folder: string): { source: string; name: string; folders: Set<string> }[] {
    const sources = readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter(name => name.endsWith('.ts') && !name.endsWith('.d.ts'))
        .map(name => join(folder, name));
    const named: { source: string; name: string; folders: Set<string> }[] = [];
    for (const source of sources) {
        // Comments may mention files the code does not load.
        const code = readFileSync(source, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
        const folders = new Set<string>();
        for (const call of code.matchAll(/\bjoinPath\(/g)) {
            let end = call.index + call[0].length;
            for (let depth = 1; depth > 0 && end < code.length; end++) depth += code[end] === '(' ? 1 : code[end] === ')' ? -1 : 0;
            const args = code.slice(call.index + call[0].length, end - 1);
            for (const literal of args.matchAll(/(['"])([^'"]+)\1/g)) for (const part of literal[2].split('/')) folders.add(part);
        }
        for (const match of code.matchAll(/(['"`])([^'"`\s${}*]+\.(?:c?js|mjs|css|png|svg|json|wasm|html|ttf|woff2?))\1/g)) {
            const before = code.slice(0, match.index);
            if (/(\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)$/.test(before)) continue;
            named.push({ source: relative(extensionRoot, source), name: match[2], folders });
        }
    }
    return named;
}
