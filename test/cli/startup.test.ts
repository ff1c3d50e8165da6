// What one-shot commands load. Starting is a large part of checking a plan from the command line, so `dtp validate`,
// `schedule` and `render` load the language without its editor features (no Langium LSP layer, no
// vscode-languageserver, nor its protocol: Langium's core gets its few names from vscode-jsonrpc), and only drawing a picture loads d3; `dtp --version` loads neither Langium nor the roadmap
// renderers. The load hook below records every file the built CLI imports; the bundle's chunks name the packages they
// hold in esbuild's comments. (The timings themselves are measured by `npm run bench`, never here.)
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { examplesDir, requireBuiltCli, runDtp, temporaryDirectory } from './run-dtp.js';

const LSP = ['node_modules/vscode-languageserver/', 'node_modules/vscode-languageserver-protocol/', 'node_modules/langium/lib/lsp/'];
const D3 = ['node_modules/d3-scale/', 'node_modules/d3-time/'];
const LANGIUM = ['node_modules/langium/lib/', 'node_modules/chevrotain/'];

const temp = temporaryDirectory('dtp-startup-');
afterAll(temp.remove);

beforeAll(() => {
    requireBuiltCli();
    // A module hook (Node's module.register) that appends every file URL it loads to the file DTP_LOADED names.
    writeFileSync(path.join(temp.dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';
export async function load(url, context, nextLoad) {
    if (url.startsWith('file:')) appendFileSync(process.env.DTP_LOADED, url + '\\n');
    return nextLoad(url, context);
}
`);
    writeFileSync(path.join(temp.dir, 'register.mjs'), `import { register } from 'node:module';
register(${JSON.stringify(pathToFileURL(path.join(temp.dir, 'hooks.mjs')).href)});
`);
});

let runs = 0;
/** The packages (as esbuild's comments in the loaded files name them) a run of `dtp args` loaded. */
async function loadedBy(args: string[], expected: { code?: number } = {}): Promise<string> {
    const log = path.join(temp.dir, `loaded-${runs++}.txt`);
    appendFileSync(log, '');
    const result = await runDtp(args, {
        cwd: temp.dir,
        env: { DTP_LOADED: log, NODE_OPTIONS: `--import=${pathToFileURL(path.join(temp.dir, 'register.mjs')).href}` }
    });
    expect(result.stderr).toBe('');
    if (expected.code !== undefined) expect(result.code).toBe(expected.code);
    const files = readFileSync(log, 'utf8').split('\n').filter(Boolean).map(url => fileURLToPath(url));
    expect(files.some(file => file.endsWith(`${path.sep}dist${path.sep}dtp.js`))).toBe(true);
    return files.filter(file => existsSync(file)).map(file => readFileSync(file, 'utf8')).join('\n');
}

function holds(code: string, packages: string[]): string[] {
    return packages.filter(name => code.includes(name));
}

describe('what one-shot commands load', () => {
    const plan = path.join(examplesDir, 'noordstad.dtp');

    test('dtp validate: the language without the editor, no d3', async () => {
        const code = await loadedBy(['validate', plan]);
        expect(holds(code, LANGIUM)).toEqual(LANGIUM); // the hook sees the chunks: it did load the language
        expect(holds(code, LSP)).toEqual([]);
        expect(holds(code, D3)).toEqual([]);
    });

    test('dtp schedule: no editor, no d3', async () => {
        const code = await loadedBy(['schedule', plan, '--today', '2027-01-01']);
        expect(holds(code, LSP)).toEqual([]);
        expect(holds(code, D3)).toEqual([]);
    });

    test('dtp render --format svg: d3, but no editor', async () => {
        const code = await loadedBy(['render', plan, '--format', 'svg', '--today', '2027-01-01', '-o', path.join(temp.dir, 'plan.svg')]);
        expect(holds(code, D3)).toEqual(D3);
        expect(holds(code, LSP)).toEqual([]);
    });

    test('dtp lsp: the editor layer and the real protocol, with one copy of vscode-jsonrpc', async () => {
        // No client: stdin closes at once and the server stops. What it loaded to get there is the point.
        const code = await loadedBy(['lsp', '--stdio'], { code: 1 });
        expect(holds(code, LSP)).toEqual(LSP);
        // Langium's ResponseError must be the connection's (a cancelled request is answered as an error).
        expect(code.match(/^\/\/ \S*node_modules\/vscode-jsonrpc\/lib\/common\/messages\.js$/gm)).toHaveLength(1);
    });

    test("commander's child_process is loaded only when a subcommand is spawned", async () => {
        // Node's own list of the built-in modules a process loaded, written when `dtp validate` exits.
        writeFileSync(path.join(temp.dir, 'builtins.mjs'), `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.DTP_BUILTINS, process.moduleLoadList.join('\\n')));
`);
        const log = path.join(temp.dir, 'builtins.txt');
        const result = await runDtp(['validate', plan], {
            cwd: temp.dir,
            env: { DTP_BUILTINS: log, NODE_OPTIONS: `--import=${pathToFileURL(path.join(temp.dir, 'builtins.mjs')).href}` }
        });
        expect(result.code).toBe(0);
        const builtins = readFileSync(log, 'utf8').split('\n');
        expect(builtins).toContain('NativeModule fs'); // the list is Node's: it names what was loaded
        expect(builtins.filter(name => name.includes('child_process'))).toEqual([]);
        // The stand-in commander gets still spawns, through the real module.
        const require = createRequire(import.meta.url);
        const { spawn } = require('../../packages/cli/scripts/commander-child-process.cjs') as typeof import('node:child_process');
        const exit = await new Promise(resolve => spawn(process.execPath, ['-e', 'process.exit(3)']).on('exit', resolve));
        expect(exit).toBe(3);
    });

    test('dtp --version: neither Langium nor d3', async () => {
        const code = await loadedBy(['--version']);
        expect(holds(code, [...LANGIUM, ...D3, ...LSP])).toEqual([]);
    });
});
