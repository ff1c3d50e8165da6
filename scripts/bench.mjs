// `npm run bench` (after `npm run build`): the README's Performance in one run, DTP beside Mermaid.
//   node scripts/bench.mjs [--quick]     --quick: fewer runs (about a third of the time), for a first look
// 1. `dtp validate` against Mermaid's gantt parser (scripts/mermaid-gantt.mjs) on the same generated plans of
//    1,000, 10,000 and 100,000 activities: whole processes, run alternately (dtp, Mermaid, dtp, …) so that a
//    machine that gets busier or quieter affects both alike; medians and their ratio.
// 2. The other commands users run on such plans (`schedule --json`, `render --format svg`) and a 100,000-long
//    dependency chain.
// 3. The language server as an editor drives it (`dtp lsp --stdio`, scripts/lsp-client.mjs): edit → diagnostics at
//    2,000 and 10,000 activities and completion at both, as percentiles, beside Mermaid's parse of the same
//    2,000-activity plan in a warm process.
// 4. The VS Code preview's redraw after an edit at 2,000 activities (scripts/preview-redraw.mjs): the server, the
//    extension's own preview panel code and the built webview in headless Chromium, from didChange to the next painted
//    frame; skipped without Chromium.
// Peak memory is the child's maximum RSS (GNU time, else process.resourceUsage()).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateChain, generatePlan } from '../packages/cli/scripts/generate-plan.mjs';
import { LspClient, measureLatency, median, percentile } from './lsp-client.mjs';
import { loadGantt, parseAndDate, toMermaidGantt } from './mermaid-gantt.mjs';
import { CHROMIUM, measurePreviewRedraw } from './preview-redraw.mjs';

const quick = process.argv.includes('--quick');
const dtp = fileURLToPath(new URL('../packages/cli/bin/dtp.js', import.meta.url));
const peer = fileURLToPath(new URL('./mermaid-gantt.mjs', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../packages/cli/dist/dtp.js', import.meta.url)))) {
    console.error('bench: the dtp CLI is not built; run `npm run bench` (it builds first) or `npm run build`');
    process.exit(2);
}

/** Alternating runs per size (each of dtp and Mermaid), and the targets as a fraction of Mermaid's time. */
const SIZES = [
    { size: 1000, runs: quick ? 3 : 7 },
    { size: 10000, runs: quick ? 3 : 7, ratio: 0.5 },
    { size: 100000, runs: quick ? 1 : 3, ratio: 1.0, maxMb: 600 }
];
const OTHER_RUNS = quick ? 1 : 3;
const RENDER_TARGET_SECONDS = { 10000: 1 };
/** Language server: edits and completions per plan size, and the targets in ms. */
const LSP = [
    { size: 2000, edits: quick ? 9 : 21, completions: quick ? 9 : 21, edit: { p50: 'mermaid', p95: 150 }, completion: { p95: 50 } },
    { size: 10000, edits: quick ? 5 : 11, completions: quick ? 9 : 21, edit: { p50: 400, p95: 400 }, completion: { p95: 50 } }
];
const GNU_TIME = '/usr/bin/time';
/** The preview's redraw: edits timed, and the target in ms (p50 and p95). */
const PREVIEW = { size: 2000, edits: quick ? 9 : 21, target: 200, unfoldedEdits: quick ? 3 : 7 };

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

/** One whole-process run of `script` (dtp or the peer): wall seconds, CPU seconds (user + system), peak RSS in KB, exit code. */
function measure(script, args) {
    const report = path.join(work, 'rss.txt');
    rmSync(report, { force: true });
    const [command, argv] = useGnuTime
        ? [GNU_TIME, ['-f', '%M %U %S', '-o', report, process.execPath, script, ...args]]
        : [process.execPath, [wrapper, report, script, ...args]];
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

/** Median wall and CPU time of the runs, their peak RSS, and the first failure if any. */
function summary(runs) {
    const failed = runs.find(run => run.code !== 0);
    return {
        seconds: median(runs.map(run => run.seconds)),
        cpu: median(runs.map(run => run.cpu)),
        rss: Math.max(...runs.map(run => run.rss)),
        code: failed?.code ?? 0,
        stderr: failed?.stderr ?? '',
        runs: runs.map(run => run.seconds)
    };
}

/** The floor: Node starting, reading the plan and splitting it with a regex. */
function floor(file) {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', `require('fs').readFileSync(${JSON.stringify(file)}, 'utf8').split(/\\r?\\n/).filter(l => /\\bactivity\\b/.test(l)).length`], { stdio: 'ignore' });
    return Number(process.hrtime.bigint() - started) / 1e9;
}

const mb = kb => (Number.isNaN(kb) ? '?' : `${Math.round(kb / 1024)} MB`);
const s = seconds => `${seconds.toFixed(2)} s`;
const ms = value => (value === undefined || Number.isNaN(value) ? '?' : `${value.toFixed(0)} ms`);
const mark = ok => (ok ? '✓' : '✗');
const failure = run => (run.code === 0 ? '' : ` (exit ${run.code}${run.stderr ? `: ${run.stderr.slice(0, 60)}` : ''})`);

function table(header, rows) {
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map(row => String(row[i]).length)));
    const line = cells => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd();
    console.log(`\n${line(header)}\n${widths.map(w => '─'.repeat(w)).join('  ')}`);
    for (const row of rows) console.log(line(row));
}

const started = Date.now();
console.log(`dtp benchmark${quick ? ' (--quick)' : ''} — Node ${process.version}, ${cpus().length} cores, load ${loadavg().map(n => n.toFixed(2)).join(' ')}; peak RSS via ${useGnuTime ? 'GNU time' : 'process.resourceUsage'}`);

// 1. dtp validate against Mermaid, alternating.
const files = {};
const comparison = [];
for (const { size, runs, ratio, maxMb } of SIZES) {
    const text = generatePlan(size);
    files[size] = path.join(work, `plan-${size}.dtp`);
    writeFileSync(files[size], text);
    const gantt = path.join(work, `plan-${size}.mmd`);
    writeFileSync(gantt, toMermaidGantt(text));
    process.stdout.write(`  ${size} activities: dtp validate and Mermaid, ${runs} alternating runs each …`);
    const dtpRuns = [];
    const peerRuns = [];
    for (let i = 0; i < runs; i++) {
        dtpRuns.push(measure(dtp, ['validate', files[size]]));
        peerRuns.push(measure(peer, [gantt]));
    }
    const ours = summary(dtpRuns);
    const theirs = summary(peerRuns);
    const wallRatio = ours.seconds / theirs.seconds;
    const cpuRatio = ours.cpu / theirs.cpu;
    process.stdout.write(` ${s(ours.seconds)} against ${s(theirs.seconds)}: × ${wallRatio.toFixed(2)}\n`);
    const ok = ours.code === 0 && theirs.code === 0 && (ratio === undefined || wallRatio <= ratio) && (maxMb === undefined || ours.rss < maxMb * 1024);
    comparison.push([
        size.toLocaleString('en'),
        `${s(ours.seconds)}${failure(ours)}`, `${ours.cpu.toFixed(2)} s`, mb(ours.rss),
        `${s(theirs.seconds)}${failure(theirs)}`, `${theirs.cpu.toFixed(2)} s`, mb(theirs.rss),
        `× ${wallRatio.toFixed(2)}`, `× ${cpuRatio.toFixed(2)}`,
        ratio === undefined ? '—' : `≤ × ${ratio.toFixed(1)}${maxMb ? `, < ${maxMb} MB` : ''}`,
        ratio === undefined ? '' : mark(ok),
        s(floor(files[size]))
    ]);
}
table(['activities', 'dtp validate', 'CPU', 'peak RSS', 'Mermaid gantt', 'CPU', 'peak RSS', 'ratio', 'CPU ratio', 'target', '', 'floor'], comparison);

// 2. The other commands.
const chain = path.join(work, 'chain-100000.dtp');
writeFileSync(chain, generateChain(100000));
const others = [];
const commands = [
    ...[1000, 10000, 100000].map(size => ({ plan: `${size.toLocaleString('en')} activities`, label: 'schedule --json', args: ['schedule', files[size], '--json'] })),
    ...[1000, 10000].map(size => ({
        plan: `${size.toLocaleString('en')} activities`, label: 'render --format svg', target: RENDER_TARGET_SECONDS[size],
        args: ['render', files[size], '--format', 'svg', '-o', path.join(work, 'out.svg')]
    })),
    { plan: '100,000-long chain', label: 'validate', args: ['validate', chain] },
    { plan: '100,000-long chain', label: 'schedule --json', args: ['schedule', chain, '--json'] }
];
for (const { plan, label, args, target } of commands) {
    process.stdout.write(`  ${plan}: dtp ${label} …`);
    const run = summary(Array.from({ length: OTHER_RUNS }, () => measure(dtp, args)));
    process.stdout.write(` ${s(run.seconds)}\n`);
    others.push([plan, `dtp ${label}`, `${s(run.seconds)}${failure(run)}`, `${run.cpu.toFixed(2)} s`, mb(run.rss),
        target === undefined ? 'works' : `< ${target} s`, mark(run.code === 0 && (target === undefined || run.seconds < target))]);
}
table(['plan', 'command', 'wall (median)', 'CPU', 'peak RSS', 'target', ''], others);

// 3. The language server.
/** Mermaid parsing and dating the plan in a warm process: the yardstick for edit → diagnostics at 2,000 activities. */
async function mermaidWarm(size) {
    const gantt = await loadGantt();
    const text = toMermaidGantt(generatePlan(size));
    const times = [];
    for (let i = 0; i < 12; i++) {
        const start = performance.now();
        parseAndDate(gantt, text);
        if (i >= 2) times.push(performance.now() - start); // the first runs compile the parser
    }
    return median(times);
}

async function measureLsp({ size, edits, completions }) {
    const folder = path.join(work, `lsp-${size}`); // a workspace holding only this plan, so the server indexes nothing else
    mkdirSync(folder);
    const file = path.join(folder, 'plan.dtp');
    writeFileSync(file, generatePlan(size));
    const uri = pathToFileURL(file).toString();
    const client = new LspClient({ cwd: folder });
    try {
        await client.initialize(folder);
        const opened = performance.now();
        await client.open(uri, readFileSync(file, 'utf8'));
        await client.waitForDiagnostics(uri, () => true, 180_000, true);
        const open = performance.now() - opened;
        const result = await measureLatency(client, uri, { runs: edits, completionRuns: completions, timeoutMs: 120_000 });
        // The server's peak RSS (Linux); read before it exits.
        const status = existsSync(`/proc/${client.process.pid}/status`) ? readFileSync(`/proc/${client.process.pid}/status`, 'utf8') : '';
        const rss = Number(/^VmHWM:\s*(\d+) kB/m.exec(status)?.[1] ?? NaN);
        return { ...result, open, rss, error: client.exitCode === null ? '' : `server exited ${client.exitCode}` };
    } catch (error) {
        return { edit: [], completion: [], cpu: {}, items: [], open: NaN, rss: NaN, error: String(error.message ?? error).split('\n')[0] };
    } finally {
        await client.stop();
    }
}

const warm = await mermaidWarm(2000);
const server = [];
for (const spec of LSP) {
    process.stdout.write(`  ${spec.size} activities: dtp lsp --stdio, ${spec.edits} edits and ${spec.completions} completions …`);
    const result = await measureLsp(spec);
    process.stdout.write(result.error ? ` ${result.error}\n` : ` opened in ${ms(result.open)}\n`);
    for (const kind of ['edit', 'completion']) {
        const times = result[kind];
        const p50 = times.length ? percentile(times, 50) : NaN;
        const p95 = times.length ? percentile(times, 95) : NaN;
        const target = spec[kind];
        const p50Target = target.p50 === 'mermaid' ? warm : target.p50;
        const ok = !result.error && (p50Target === undefined || p50 <= p50Target) && p95 < target.p95;
        server.push([
            activities(spec.size), kind === 'edit' ? 'edit → diagnostics' : 'completion', ms(p50), ms(p95),
            times.length ? `${ms(Math.min(...times))}–${ms(Math.max(...times))}` : '?',
            ms(result.cpu[kind]), mb(result.rss),
            [p50Target === undefined ? '' : `p50 ≤ ${ms(p50Target)}${target.p50 === 'mermaid' ? ' (Mermaid warm)' : ''}`, `p95 < ${target.p95} ms`].filter(Boolean).join(', '),
            mark(ok), result.error || (kind === 'completion' ? `${Math.min(...result.items)} items` : `${times.length} edits`)
        ]);
    }
}
function activities(n) { return `${n.toLocaleString('en')} activities`; }
table(['plan', 'server', 'p50', 'p95', 'range', 'CPU', 'peak RSS', 'target', '', ''], server);

// 4. The VS Code preview's redraw after an edit.
const PARTS = ['build', 'wait', 'request', 'extension', 'serialise', 'hops', 'draw', 'paint'];
if (existsSync(CHROMIUM)) {
    process.stdout.write(`  ${activities(PREVIEW.size)}: preview redraw, ${PREVIEW.edits} edits, then ${PREVIEW.unfoldedEdits} unfolded …`);
    const text = generatePlan(PREVIEW.size);
    const run = async (edits, view) => {
        try {
            return await measurePreviewRedraw({ text, edits, view, work: mkdtempSync(path.join(work, 'preview-')) });
        } catch (caught) {
            return { edits: [], cpu: {}, error: String(caught.message ?? caught).split('\n')[0] };
        }
    };
    // The preview's default: above 300 activities every group folds to a summary bar. Then every bar drawn, for comparison.
    const { edits: redraws, cpu, error = '' } = await run(PREVIEW.edits);
    const unfolded = await run(PREVIEW.unfoldedEdits, { view: 'detail', phase: null, owner: null, critical: false, lines: null, fold: 'none' });
    const row = (label, list, failed, target) => {
        const totals = list.map(redraw => redraw.total);
        const p50 = totals.length ? percentile(totals, 50) : NaN;
        const p95 = totals.length ? percentile(totals, 95) : NaN;
        return [
            activities(PREVIEW.size), label, ms(p50), ms(p95), totals.length ? `${ms(Math.min(...totals))}–${ms(Math.max(...totals))}` : '?',
            ...PARTS.map(part => (list.length ? ms(percentile(list.map(redraw => redraw[part]), 50)) : '?')),
            target ? `p50, p95 < ${target} ms` : '—', target ? mark(!failed && p95 < target && p50 < target) : ''
        ];
    };
    process.stdout.write(error ? ` ${error}\n` : ` p50 ${ms(percentile(redraws.map(redraw => redraw.total), 50))}\n`);
    table(['plan', 'preview redraw', 'p50', 'p95', 'range', ...PARTS.map(part => `${part} p50`), 'target', ''], [
        row('edit → painted', redraws, error, PREVIEW.target),
        row('the same, unfolded', unfolded.edits, unfolded.error)
    ]);
    if (unfolded.error) console.log(`preview redraw, unfolded: ${unfolded.error}`);
    if (error) console.log(`preview redraw: ${error}`);
    console.log(`Preview redraw: each edit (one activity's duration, a pause of half a second after the previous picture) from its didChange to the next frame painted in the webview, in the preview's default view (groups folded to summary bars above 300 activities; \`unfolded\`: every bar); ${redraws.length} edits${redraws[0] ? `, ${(redraws[0].bytes / 1e6).toFixed(1)} MB of model per picture; CPU per edit: server ${ms(cpu.server)}, webview ${ms(cpu.webview)}` : ''}.`);
    console.log('  The sum of: build = didChange → the server\'s dtp/roadmapChanged; wait = → the extension\'s RoadmapPanel (bundled with a stand-in for the vscode module) sends dtp/roadmap; request = → its answer parsed;');
    console.log('  extension = → the panel\'s webview.postMessage; serialise = VS Code\'s serialisation of the message in the extension host; then in headless Chromium with the built webview:');
    console.log('  hops = the window deserialises the message (its bytes copied) and posts it through the webview\'s two frames, draw = the webview\'s handler (model decoded, SVG rendered, DOM replaced), paint = → the next frame painted.');
    console.log('  Not counted: VS Code\'s IPC of the message between its processes (playwright stands in for it). No VS Code runs: its desktop build cannot be downloaded here.');
} else {
    console.log(`\nPreview redraw: skipped, no Chromium at ${CHROMIUM}.`);
}

console.log(`\nMermaid: its gantt parser and db (scripts/mermaid-gantt.mjs) parsing and dating the same plan written as a gantt, whole process; in a warm process it takes ${ms(warm)} on 2,000 activities.`);
console.log('Whole processes (Node start included), output to /dev/null; wall time is the median; CPU = user + system, less sensitive to a busy machine (it counts GC threads too); floor = Node start + read + regex split of the plan.');
console.log('Server: after initialize, didOpen and the first diagnostics; each edit from its didChange to the publication of its own diagnostics, each completion a round trip at an `after`; CPU is the server\'s mean per request.');
console.log(`${((Date.now() - started) / 1000).toFixed(0)} s in all; load now ${loadavg().map(n => n.toFixed(2)).join(' ')}.`);
