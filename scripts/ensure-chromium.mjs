// `npm test` drives a real browser (the HTML export test and the VS Code web suite). So that the README's test
// command does all the set-up on a fresh Debian machine, it installs Debian's Chromium when it is missing and
// we may (root, apt-get present); otherwise it says what to install. Nothing downloads a browser build of its own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = () => candidates.find(path => existsSync(path));

if (!found()) {
    const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
    if (!canInstall) {
        console.error('ensure-chromium: the tests need Chromium (tried ' + candidates.join(', ') + '). '
            + 'Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH, then run npm test again.');
        process.exit(2);
    }
    console.log('ensure-chromium: installing Debian\'s chromium and fonts for the browser tests (apt-get install -y chromium fonts-dejavu-core fonts-liberation)');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core', 'fonts-liberation']]) {
        const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
        if (result.status !== 0) {
            console.error(`ensure-chromium: apt-get ${args.join(' ')} failed (exit ${result.status}); install chromium by hand`);
            process.exit(2);
        }
    }
    if (!found()) {
        console.error('ensure-chromium: chromium was installed but is not at ' + candidates.join(' or ') + '; set CHROMIUM_PATH');
        process.exit(2);
    }
}
