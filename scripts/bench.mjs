// `npm run bench` (after `npm run build`): the README's Performance in one run. Generates plans of 1,000, 10,000 and 100,000
// activities and a 100,000-long dependency chain, runs the built `dtp` on each as a whole process (as users
// and CI do), and prints wall time and peak RSS beside the targets and the peers' figures. Then drives
// `dtp lsp --stdio` as an editor would on a 2,000-activity plan for the language-server latencies.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateChain, generatePlan } from '../packages/cli/scripts/generate-plan.mjs';
import { LspClient, measureLatency, median as medianOf } from './lsp-client.mjs';

const dtp = fileURLToPath(new URL('../packages/cli/bin/dtp.js', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../packages/cli/dist/dtp.js', import.meta.url)))) {
    console.error('bench: the dtp CLI is not built; run `npm run bench` (it builds first) or `npm run build`');
    process.exit(2);
}

// Peers on a quiet 2-core machine like this one, whole process, median.
const PEERS = {
    1000: 'Mermaid 0.33 s · Markwhen 0.27 s · Mermaid SVG 1.6 s · floor 0.06 s',
    10000: 'Mermaid 0.75 s · Markwhen 0.76 s · Mermaid SVG 14.2 s · floor 0.07 s',
    100000: 'Mermaid 4.3 s · Markwhen crashes · floor 0.16 s'
};
/** Targets: ahead of every peer. */
const TARGET_SECONDS = { 1000: 0.27, 10000: 0.75, 100000: 4 };
const RENDER_TARGET_SECONDS = { 10000: 1.5 }; // a tenth of Mermaid's render to SVG (no 1k target)
const LSP_ACTIVITIES = 2000;
const LSP_RUNS = 7;
const LSP_TARGET_MS = { edit: 100, completion: 50 };
const MAX_RSS_KB = 1024 * 1024;
/** Node start + read + regex split on the peers' machine: the yardstick for how busy this one is. */
const PEER_FLOOR_SECONDS = { 1000: 0.06, 10000: 0.07, 100000: 0.16 };
const floorSeconds = {};
const GNU_TIME = '/usr/bin/time';

const work = mkdtempSync(path.join(tmpdir(), 'dtp-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

// Peak RSS: GNU time where it exists, else a wrapper that reports process.resourceUsage() on exit.
const wrapper = path.join(work, 'rss-wrapper.mjs');
writeFileSync(wrapper, `import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [report, bin, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], bin, ...args];
process.on('exit', () => { const usage = process.resourceUsage(); writeFileSync(report, \`\${usage.maxRSS} \${(usage.userCPUTime + usage.systemCPUTime) / 1e6}\`); });
await import(pathToFileURL(bin).href);
`);
const useGnuTime = existsSync(GNU_TIME);

/** One whole-process run: wall seconds, CPU seconds (user + system), peak RSS in KB, exit code. Output goes to /dev/null. */
function measure(args) {
    const report = path.join(work, 'rss.txt');
    rmSync(report, { force: true });
    const [command, argv] = useGnuTime
        ? [GNU_TIME, ['-f', '%M %U %S', '-o', report, process.execPath, dtp, ...args]]
        : [process.execPath, [wrapper, report, dtp, ...args]];
    const started = process.hrtime.bigint();
    const result = spawnSync(command, argv, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    // GNU time writes "RSS user system" (after a "Command exited…" line on failure); the wrapper "RSS cpu".
    const fields = existsSync(report) ? readFileSync(report, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [];
    const rss = fields[0] ?? NaN;
    const cpu = fields.length === 3 ? fields[1] + fields[2] : fields[1] ?? NaN;
    const stderr = (result.stderr ?? '').split('\n').filter(line => line && !/^\d+$/.test(line) && !line.startsWith('Command exited')).slice(0, 2).join(' | ');
    return { seconds, cpu, rss, code: result.status, stderr };
}

function median(runs) {
    const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
    const cpuTimes = runs.map(run => run.cpu).sort((a, b) => a - b);
    return { ...sorted[Math.floor(sorted.length / 2)], cpu: cpuTimes[Math.floor(cpuTimes.length / 2)], rss: Math.max(...runs.map(run => run.rss)) };
}

/** The floor: Node starting, reading the plan and splitting it with a regex. */
function floor(file) {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', `require('fs').readFileSync(${JSON.stringify(file)}, 'utf8').split(/\\r?\\n/).filter(l => /\\bactivity\\b/.test(l)).length`], { stdio: 'ignore' });
    return Number(process.hrtime.bigint() - started) / 1e9;
}

function hasCommand(name) {
    const help = spawnSync(process.execPath, [dtp, '--help'], { encoding: 'utf8' });
    return new RegExp(`^\\s+${name}\\b`, 'm').test(help.stdout ?? '');
}

const plans = [
    { name: '1k activities', size: 1000, text: () => generatePlan(1000), runs: 3 },
    { name: '10k activities', size: 10000, text: () => generatePlan(10000), runs: 3 },
    { name: '100k activities', size: 100000, text: () => generatePlan(100000), runs: 1 },
    { name: '100k-long chain', size: 100000, text: () => generateChain(100000), runs: 1, chain: true }
];
const canRender = hasCommand('render');
const rows = [];
const results = {};

console.log(`dtp benchmark — Node ${process.version}, ${cpus().length} cores, load ${loadavg().map(n => n.toFixed(2)).join(' ')}; peak RSS via ${useGnuTime ? 'GNU time' : 'process.resourceUsage'}`);
for (const plan of plans) {
    const file = path.join(work, `${plan.name.replace(/\W+/g, '-')}.dtp`);
    writeFileSync(file, plan.text());
    const commands = [
        ['validate', ['validate', file]],
        ['schedule --json', ['schedule', file, '--json']]
    ];
    if (canRender && !plan.chain && plan.size <= 10000) commands.push(['render --format svg', ['render', file, '--format', 'svg', '-o', path.join(work, 'out.svg')]]);
    const planFloor = floor(file);
    if (!plan.chain) floorSeconds[plan.size] = planFloor;
    for (const [label, args] of commands) {
        process.stdout.write(`  ${plan.name}: dtp ${label} …`);
        const runs = Array.from({ length: plan.runs }, () => measure(args));
        const run = median(runs);
        process.stdout.write(` ${run.seconds.toFixed(2)} s\n`);
        results[`${plan.name}/${label}`] = run;
        const target = label.startsWith('render') ? RENDER_TARGET_SECONDS[plan.size] : plan.chain ? undefined : TARGET_SECONDS[plan.size];
        const memoryOk = plan.size < 100000 || !(run.rss >= MAX_RSS_KB);
        const ok = run.code === 0 && memoryOk && (target === undefined || run.seconds < target);
        rows.push([
            plan.name,
            `dtp ${label}`,
            `${run.seconds.toFixed(2)} s`,
            Number.isNaN(run.cpu) ? '?' : `${run.cpu.toFixed(2)} s`,
            Number.isNaN(run.rss) ? '?' : `${Math.round(run.rss / 1024)} MB`,
            `exit ${run.code}${run.stderr ? ` (${run.stderr.slice(0, 40)})` : ''}`,
            target === undefined ? (plan.chain ? 'works, < 1 GiB' : 'works') : `< ${target} s${plan.size === 100000 ? ', < 1 GiB' : ''}`,
            ok ? '✓' : '✗',
            plan.chain ? `floor ${planFloor.toFixed(2)} s · Markwhen crashes (stack overflow)` : `${PEERS[plan.size]} (floor here ${planFloor.toFixed(2)} s)`
        ]);
    }
}

// Linear growth: 100k should cost about 10 × 10k, not more.
for (const label of ['validate', 'schedule --json']) {
    const small = results[`10k activities/${label}`];
    const large = results[`100k activities/${label}`];
    if (!small || !large) continue;
    const ratio = large.seconds / small.seconds;
    const cpuRatio = large.cpu / small.cpu;
    rows.push(['100k ÷ 10k', `dtp ${label}`, `× ${ratio.toFixed(1)}`, Number.isNaN(cpuRatio) ? '' : `× ${cpuRatio.toFixed(1)}`, '', '', '≤ × 12 (linear)', ratio <= 12 ? '✓' : '✗', 'Markwhen: crashes at 100k']);
}

// Language server: the real server process over stdio, as an editor drives it — initialize, open the
// plan, wait for its first diagnostics, then time incremental edits and completions (scripts/lsp-client.mjs,
// the same measurement as test/lsp/protocol.test.ts).
async function measureLsp() {
    const folder = path.join(work, 'lsp'); // a workspace holding only this plan, so the server indexes nothing else
    mkdirSync(folder);
    const file = path.join(folder, 'plan.dtp');
    writeFileSync(file, generatePlan(LSP_ACTIVITIES));
    const uri = pathToFileURL(file).toString();
    const client = new LspClient({ cwd: folder });
    try {
        await client.initialize(folder);
        await client.open(uri, readFileSync(file, 'utf8'));
        await client.waitForDiagnostics(uri, () => true, 120_000, true);
        const result = await measureLatency(client, uri, { runs: LSP_RUNS });
        // The server's peak RSS (Linux); read before it exits.
        const status = existsSync(`/proc/${client.process.pid}/status`) ? readFileSync(`/proc/${client.process.pid}/status`, 'utf8') : '';
        const rss = Number(/^VmHWM:\s*(\d+) kB/m.exec(status)?.[1] ?? NaN);
        return { ...result, rss, error: client.exitCode === null ? '' : `server exited ${client.exitCode}` };
    } catch (error) {
        return { edit: [], completion: [], cpu: {}, items: [], rss: NaN, error: String(error.message ?? error).split('\n')[0] };
    } finally {
        await client.stop();
    }
}

process.stdout.write(`  2k activities: dtp lsp --stdio, ${LSP_RUNS} edits and ${LSP_RUNS} completions …`);
const lsp = await measureLsp();
const lspName = `${LSP_ACTIVITIES / 1000}k activities`;
for (const [kind, label] of [['edit', 'lsp: edit → diagnostics'], ['completion', 'lsp: completion']]) {
    const times = lsp[kind];
    const ms = times.length ? medianOf(times) : NaN;
    const shown = Number.isNaN(ms) ? '?' : `${ms.toFixed(0)} ms`;
    process.stdout.write(kind === 'edit' ? ` edit ${shown}` : `, completion ${shown}${lsp.error ? ` (${lsp.error})` : ''}\n`);
    const ok = !lsp.error && ms < LSP_TARGET_MS[kind];
    rows.push([
        lspName,
        label,
        shown,
        Number.isFinite(lsp.cpu[kind]) ? `${lsp.cpu[kind].toFixed(0)} ms` : '?',
        Number.isNaN(lsp.rss) ? '?' : `${Math.round(lsp.rss / 1024)} MB`,
        lsp.error ? lsp.error.slice(0, 48) : kind === 'completion' ? `${Math.min(...lsp.items)} items` : 'ok',
        `< ${LSP_TARGET_MS[kind]} ms`,
        ok ? '✓' : '✗',
        times.length ? `no peer figure · runs ${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms` : 'no peer figure'
    ]);
}

const header = ['plan', 'command', 'wall (median)', 'CPU', 'peak RSS', 'result', 'target', '', 'peers (quiet machine)'];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map(row => row[i].length)));
const line = cells => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
console.log(`\n${line(header)}\n${widths.map(w => '─'.repeat(w)).join('  ')}`);
for (const row of rows) console.log(line(row));
if (!canRender) console.log('\n(dtp render is not built yet: the SVG render targets are not measured)');
console.log('\nMedian of 3 runs up to 10k activities, 1 run at 100k; whole process (Node start included), output to /dev/null. CPU = user + system time, less sensitive to a busy machine than wall time (it counts GC threads too).');
console.log(`Language server: \`dtp lsp --stdio\` after initialize, didOpen and its first diagnostics; median of ${LSP_RUNS} incremental edits, each from didChange to the publication of its own diagnostics, and of ${LSP_RUNS} completion round trips at an \`after\`; CPU (mean per edit or completion) and peak RSS are the server's.`);
// The peers were measured on a quiet machine; a busy one (other builds, tests) inflates every figure here.
const floors = plans.filter(plan => !plan.chain).map(plan => floorSeconds[plan.size] / PEER_FLOOR_SECONDS[plan.size]);
const slowdown = floors.reduce((sum, factor) => sum + factor, 0) / floors.length;
if (slowdown > 1.5) console.log(`Note: this machine was busy: its floor is ${slowdown.toFixed(1)}× the peers' machine's, so these figures read about that much slower than on a quiet machine.`);
