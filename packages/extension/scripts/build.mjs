// Bundles the extension with esbuild: desktop client + Node server (+ the export writers), web client + Web Worker
// server, the VS Code test suites, and copies the TextMate grammar (kept at the repository root) next to the bundles.
import * as esbuild from 'esbuild';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
    bundle: true,
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    absWorkingDir: root,
    // Langium and vscode-languageserver publish ESM with `module` fields; prefer them for smaller bundles.
    mainFields: ['module', 'main'],
    legalComments: 'none'
};

const node = { ...common, platform: 'node', format: 'cjs', target: 'node20' };
const browser = { ...common, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] };

// The preview's file-format writers (@dtp/roadmap/export). ExcelJS from its own prebuilt bundle without polyfills: the
// same code on desktop and web, a third smaller than its Node sources with their zip and stream libraries, and the
// same bytes. The web bundle takes csv-stringify's browser build (its Node one needs the global Buffer) and small
// stand-ins for the two Node modules xmlbuilder2 imports (src/shims/).
const writers = { alias: { exceljs: 'exceljs/dist/exceljs.bare.min.js' } };
const browserWriters = {
    alias: { ...writers.alias, 'csv-stringify/sync': 'csv-stringify/browser/esm/sync', events: './src/shims/events.ts', url: './src/shims/url.ts' }
};
// On desktop the writers are a file of their own (dist/exports.cjs), required on the first export, so activating
// the extension never parses them. The web extension host loads one file per extension: there they are inlined.
const exportsOnDemand = {
    name: 'exports-on-demand',
    setup(build) {
        build.onResolve({ filter: /^@dtp\/roadmap\/export$|export-writers\.node\.js$/ }, () => ({ path: './exports.cjs', external: true }));
    }
};

// pdfkit (the desktop PDF export) loads its standard fonts' metrics with a require relative to its own file (its
// package.json maps `#standard-fonts/*`), and reads import.meta.url when loaded: neither works once bundled into
// dist/exports.cjs, which the .vsix ships without node_modules. Require the metrics by their exported names instead,
// so they are bundled (a few KiB of JS, no .afm files at run time); the ICC profile it locates is for PDF/A only.
const pdfkitBundled = {
    name: 'pdfkit-bundled',
    setup(build) {
        build.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, async ({ path }) => {
            const source = await readFile(path, 'utf8');
            const contents = source
                .replace(/require\$1\('#standard-fonts\/(\w+)'\)/g, (_, font) => `require('pdfkit/standard-fonts/${font}')`)
                .replace(/import\.meta\.url/g, "require('node:url').pathToFileURL(__filename).href");
            if (contents.includes('#standard-fonts/')) throw new Error('pdfkit-bundled: pdfkit loads its fonts differently now; update scripts/build.mjs');
            return { contents, loader: 'js' };
        });
    }
};

// The web extension host has no Node: no PDF writer there (the preview does not offer PDF).
const noPdf = {
    name: 'no-pdf',
    setup(build) {
        build.onResolve({ filter: /export-writers\.node\.js$/ }, () => ({ path: join(root, 'src/shims/no-pdf.ts') }));
    }
};

const builds = [
    // `require`, not `import()`, for that file: how the desktop extension host loads an extension's own code.
    { ...node, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'], plugins: [exportsOnDemand], supported: { 'dynamic-import': false } },
    // The writers and, on desktop only, the PDF writer of the CLI (src/export-writers.node.ts).
    { ...node, ...writers, entryPoints: { exports: 'src/export-writers.node.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, plugins: [pdfkitBundled] },
    { ...node, entryPoints: ['src/server/node.ts'], outfile: 'dist/server.cjs' },
    { ...browser, ...browserWriters, format: 'cjs', entryPoints: ['src/browser/extension.ts'], outfile: 'dist/browser/extension.js', external: ['vscode'], plugins: [noPdf] },
    { ...browser, format: 'iife', entryPoints: ['src/server/browser.ts'], outfile: 'dist/browser/server.js' },
    // The roadmap preview's webview script (and the stylesheet it imports, emitted as dist/webview/preview.css).
    { ...browser, format: 'iife', entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview/preview.js' },
    // The same mocha suite, once for the web workbench and once for the desktop extension host.
    { ...browser, format: 'cjs', entryPoints: ['test/vscode/index.browser.ts'], outfile: 'dist/test/suite.browser.js', external: ['vscode'] },
    { ...node, entryPoints: ['test/vscode/index.node.ts'], outfile: 'dist/test/suite.cjs', external: ['vscode', 'mocha'] }
];

await mkdir(join(root, 'dist/syntaxes'), { recursive: true });
await copyFile(join(root, '../../syntaxes/dtp.tmLanguage.json'), join(root, 'dist/syntaxes/dtp.tmLanguage.json'));

if (watch) {
    const contexts = await Promise.all(builds.map(options => esbuild.context(options)));
    await Promise.all(contexts.map(context => context.watch()));
    console.log('dtp-vscode: watching for changes');
} else {
    await Promise.all(builds.map(options => esbuild.build(options)));
}
