// `npm start` (after `npm run build`): shows what DTP does on the bundled examples — validation, the
// Noordstad schedule and, where `dtp render` exists, the roadmap pictures in out/roadmap/.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dtp = fileURLToPath(new URL('../packages/cli/bin/dtp.js', import.meta.url));
const plan = 'examples/noordstad.dtp';

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

function hasCommand(name) {
    const help = spawnSync(process.execPath, [dtp, '--help'], { cwd: root, encoding: 'utf8' });
    return new RegExp(`^\\s+${name}\\b`, 'm').test(help.stdout ?? '');
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

// The roadmap pictures, once `dtp render` is part of the CLI (listed by `dtp --help`).
if (hasCommand('render')) {
    mkdirSync(`${root}out/roadmap`, { recursive: true });
    for (const format of ['svg', 'html']) {
        const out = `out/roadmap/noordstad.${format}`;
        const status = run(['render', plan, '--format', format, '-o', out]);
        if (status !== 0) {
            console.error(`start: dtp render --format ${format} exited ${status}`);
            process.exit(status);
        }
        console.log(`wrote ${out}`);
    }
} else {
    console.log('\n(dtp render is not built yet: no roadmap pictures in out/roadmap/)');
}
