// Bundles the extension with esbuild: desktop client + Node server, web client + Web Worker server, the
// VS Code test suites, and copies the TextMate grammar (kept at the repository root) next to the bundles.
import * as esbuild from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
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

const builds = [
    { ...node, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'] },
    { ...node, entryPoints: ['src/server/node.ts'], outfile: 'dist/server.cjs' },
    { ...browser, format: 'cjs', entryPoints: ['src/browser/extension.ts'], outfile: 'dist/browser/extension.js', external: ['vscode'] },
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
