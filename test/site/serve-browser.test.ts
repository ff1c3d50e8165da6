// `dtp serve` as a user runs it (the built CLI as a subprocess, on a free port) with the pages open in headless
// Chromium: a saved edit rebuilds the site and reloads the page it changed (and not a page it did not), the
// live-reload script runs under the page's Content-Security-Policy, a broken save shows its problems, the server
// answers only to this computer's names and stops cleanly on SIGTERM.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { request } from 'node:http';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_PLAN } from '../cli/plans.js';
import { dtpBin, requireBuiltCli, runDtp, STACK_FRAME, temporaryDirectory } from '../cli/run-dtp.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WAIT = { timeout: 15_000 };
const temp = temporaryDirectory('dtp-serve-');
const tinyFile = path.join(temp.dir, 'tiny.dtp');
const otherFile = path.join(temp.dir, 'other.dtp');

interface Server {
    child: ChildProcessWithoutNullStreams;
    url: string;
    stdout: () => string;
    stderr: () => string;
    exited: Promise<number | null>;
}

const servers: Server[] = [];
let browser: Browser;
let context: BrowserContext;
const problems: string[] = [];

/** Starts `dtp serve` and resolves with the address it prints (bounded: a server that never says it is up fails the test). */
function startServer(args: string[]): Promise<Server> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [dtpBin, 'serve', ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
        let stdout = '';
        let stderr = '';
        const exited = new Promise<number | null>(done => child.on('exit', code => done(code)));
        const timer = setTimeout(() => reject(new Error(`dtp serve did not print its address in 20 s; stderr: ${stderr}`)), 20_000);
        child.stdout.setEncoding('utf8').on('data', chunk => {
            stdout += chunk;
            const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)?.[1];
            if (url) {
                clearTimeout(timer);
                const server = { child, url, stdout: () => stdout, stderr: () => stderr, exited };
                servers.push(server);
                resolve(server);
            }
        });
        child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk));
        child.on('exit', code => { clearTimeout(timer); reject(new Error(`dtp serve exited with ${code} before it printed its address; stderr: ${stderr}`)); });
    });
}

async function openPage(url: string): Promise<Page> {
    const page = await context.newPage();
    page.on('console', message => { if (message.type() === 'error') problems.push(`${url}: ${message.text()}`); });
    page.on('pageerror', error => problems.push(`${url}: ${error.message}`));
    await page.goto(url, WAIT);
    return page;
}

/** A GET with a chosen Host header (fetch does not let a test set it). */
function get(url: string, host?: string, method = 'GET'): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
        const req = request(url, { method, headers: host ? { host } : {}, timeout: 5000 }, response => {
            let body = '';
            response.setEncoding('utf8').on('data', chunk => (body += chunk)).on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.on('timeout', () => req.destroy(new Error('timed out')));
        req.end();
    });
}

let server: Server;

beforeAll(async () => {
    requireBuiltCli();
    writeFileSync(tinyFile, CLEAN_PLAN);
    writeFileSync(otherFile, CLEAN_PLAN.replace('programme tiny "Tiny programme"', 'programme other "Other programme"'));
    server = await startServer([temp.dir, '--port', '0', '--today', '2027-06-01']);
    browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', event => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
});

afterAll(async () => {
    await browser?.close();
    for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGKILL');
    temp.remove();
});

const landingEnd = (page: Page) => page.locator('table.schedule tr[data-id="landing"] [data-col="end"]').innerText();

describe('dtp serve', () => {
    it('prints its address and serves the index and the plan pages, with the live-reload script running under the CSP', async () => {
        expect(server.stdout()).toMatch(/^dtp serve: http:\/\/127\.0\.0\.1:\d+\/ — 2 plans from /);
        const index = await openPage(server.url);
        expect(await index.locator('.card h2').allInnerTexts()).toEqual(['Other programme', 'Tiny programme']);
        await expect.poll(() => index.locator('#live').isVisible(), WAIT).toBe(true); // shown by assets/live.js
        const csp = await index.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("connect-src 'self'");
        await index.close();
        expect(problems).toEqual([]);
    });

    it('a saved edit reloads the page it changes and shows the new dates; a page it does not change stays', async () => {
        const page = await openPage(`${server.url}plans/tiny/index.html`);
        const other = await openPage(`${server.url}plans/other/index.html`);
        await expect.poll(() => page.locator('#live').isVisible(), WAIT).toBe(true);
        await expect.poll(() => other.locator('#live').isVisible(), WAIT).toBe(true);
        // By hand: dtp 4w from 2027-01-04 ends 02-01; landing 2m runs 2027-02-01 to 03-31 (last day).
        expect(await landingEnd(page)).toBe('2027-03-31');
        await page.evaluate(() => { (window as unknown as { before: boolean }).before = true; });
        await other.evaluate(() => { (window as unknown as { before: boolean }).before = true; });
        const reloaded = page.waitForEvent('load', WAIT);
        writeFileSync(tinyFile, CLEAN_PLAN.replace('{ duration 2m after dtp provides cloud }', '{ duration 3m after dtp provides cloud }'));
        await reloaded;
        await expect.poll(() => landingEnd(page), WAIT).toBe('2027-04-30');
        expect(await page.evaluate(() => (window as unknown as { before?: boolean }).before)).toBeUndefined(); // a new page
        expect(await other.evaluate(() => (window as unknown as { before?: boolean }).before)).toBe(true); // not reloaded
        await expect.poll(() => server.stdout(), WAIT).toMatch(/rebuilt: \d+ pages? changed/);
        await other.close();
        await page.close();
        expect(problems).toEqual([]);
    });

    it('a save with an error shows it on the page; the fix takes it away; the server keeps running', async () => {
        const page = await openPage(`${server.url}plans/tiny/index.html`);
        await expect.poll(() => page.locator('#live').isVisible(), WAIT).toBe(true);
        let reloaded = page.waitForEvent('load', WAIT);
        writeFileSync(tinyFile, CLEAN_PLAN.replace('after dtp provides cloud', 'after nowhere provides cloud'));
        await reloaded;
        await expect.poll(() => page.locator('table.problems tr[data-code="unresolved-reference"]').count(), WAIT).toBe(1);
        reloaded = page.waitForEvent('load', WAIT);
        writeFileSync(tinyFile, CLEAN_PLAN);
        await reloaded;
        await expect.poll(() => page.locator('#problems .ok').count(), WAIT).toBe(1);
        expect(await landingEnd(page)).toBe('2027-03-31');
        await page.close();
        expect(server.child.exitCode).toBeNull();
        expect(problems).toEqual([]);
    });

    it('answers to 127.0.0.1 and localhost only, only reads, and serves nothing outside the site', async () => {
        expect((await get(server.url)).status).toBe(200);
        expect((await get(server.url, `localhost:${new URL(server.url).port}`)).status).toBe(200);
        // Must not answer: a foreign name pointed at 127.0.0.1 (DNS rebinding).
        expect((await get(server.url, 'attacker.example')).status).toBe(403);
        expect((await get(server.url, undefined, 'POST')).status).toBe(405);
        expect((await get(`${server.url}..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
        expect((await get(`${server.url}plans/tiny/`)).body).toContain('<h1>Tiny programme</h1>');
    });

    it('a port in use is a usage error (exit 2), one line', async () => {
        const port = new URL(server.url).port;
        const result = await runDtp(['serve', temp.dir, '--port', port]);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe(`dtp: port ${port} on 127.0.0.1 is in use; pass another with --port (--port 0 takes any free one)\n`);
        expect(result.stderr).not.toMatch(STACK_FRAME);
    });

    it('stops cleanly on SIGTERM: exit 0', async () => {
        const extra = await startServer([temp.dir, '--port', '0']);
        const page = await openPage(extra.url); // an open event stream must not keep it alive
        await expect.poll(() => page.locator('#live').isVisible(), WAIT).toBe(true);
        extra.child.kill('SIGTERM');
        const code = await Promise.race([extra.exited, new Promise<string>(resolve => setTimeout(() => resolve('still running after 10 s'), 10_000))]);
        expect(code).toBe(0);
        expect(extra.stdout()).toContain('dtp serve: stopped');
        expect(extra.stderr()).toBe('');
        await page.close();
    });
});
