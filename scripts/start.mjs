// `npm start` (after `npm run build`): shows what DTP does on the bundled examples — validation, the
// Noordstad schedule, the roadmap pictures in out/roadmap/, and the tracked plan's forecast and what moved.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dtp = fileURLToPath(new URL('../packages/cli/bin/dtp.js', import.meta.url));
const plan = 'examples/noordstad.dtp';
const tracked = 'examples/noordstad-tracked.dtp';

/** Runs the built `dtp` with the terminal attached (colour on a TTY), returning its exit code. */
function run(args) {
    console.log(`\n$ dtp ${args.join(' ')}`);
    const result = spawnSync(process.execPath, [dtp, ...args], { cwd: root, stdio: 'inherit' });
    if (result.error) {
        console.error(`start: cannot run dtp (${result.error.message}); run \`npm run build\` first`);
        process.exit(2);
    }
    return result.status ?? 1;
}

const validation = run(['validate', 'examples']);
if (validation !== 0) {
    console.error(`start: the examples do not validate (dtp exited ${validation}); fix the problems above`);
    process.exit(validation);
}

const schedule = run(['schedule', plan]);
if (schedule !== 0) {
    console.error(`start: dtp schedule ${plan} exited ${schedule}`);
    process.exit(schedule);
}

// The roadmap pictures of the plan and of the programme as it runs.
mkdirSync(`${root}out/roadmap`, { recursive: true });
for (const [source, name] of [[plan, 'noordstad'], [tracked, 'noordstad-tracked']]) {
    for (const format of ['svg', 'html']) {
        const out = `out/roadmap/${name}.${format}`;
        const status = run(['render', source, '--format', format, '-o', out]);
        if (status !== 0) {
            console.error(`start: dtp render ${source} --format ${format} exited ${status}`);
            process.exit(status);
        }
        console.log(`wrote ${out}`);
    }
}

// Following the programme as it runs: the forecast at the status date, and what moved against the plan.
for (const args of [['schedule', tracked], ['diff', plan, tracked, '--format', 'pretty']]) {
    const status = run(args);
    if (status !== 0) {
        console.error(`start: dtp ${args.join(' ')} exited ${status}`);
        process.exit(status);
    }
}
