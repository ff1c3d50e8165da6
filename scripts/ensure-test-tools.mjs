// `npm test` uses a few programs it does not install through npm: Debian's Chromium (the HTML, site and VS Code
// tests drive it), jq (the fake `gh` of the CI-step tests), and readers we did not write that check our file formats.
// So that the README's test command does all the set-up on a fresh Debian machine, this installs whatever is missing
// when it may (root, apt-get present) in one apt-get call; otherwise it says what to install. Nothing downloads a
// browser build of its own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** What the tests need: how to tell it is there, and the Debian packages that bring it. */
const tools = [
    {
        name: 'Chromium',
        present: () => [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean).some(path => existsSync(path)),
        packages: ['chromium', 'fonts-dejavu-core', 'fonts-liberation'],
        hint: 'or set CHROMIUM_PATH'
    },
    { name: 'jq', present: () => commandWorks('jq', ['--version']), packages: ['jq'] },
    // The export tests of `dtp render` read each file back with these (Debian's python3, not a pyenv one).
    {
        name: 'python3 with openpyxl, icalendar and pypdf',
        present: () => commandWorks('/usr/bin/python3', ['-c', 'import openpyxl, icalendar, pypdf']),
        packages: ['python3', 'python3-openpyxl', 'python3-icalendar', 'python3-pypdf']
    },
    { name: 'poppler-utils (pdfinfo, pdftotext, pdftoppm)', present: () => commandWorks('pdfinfo', ['-v']) && commandWorks('pdftotext', ['-v']), packages: ['poppler-utils'] },
    { name: 'xmllint', present: () => commandWorks('xmllint', ['--version']), packages: ['libxml2-utils'] }
];

function commandWorks(command, args) {
    return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

const missing = tools.filter(tool => !tool.present());
if (missing.length > 0) {
    const packages = missing.flatMap(tool => tool.packages);
    const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
    if (!canInstall) {
        console.error(`ensure-test-tools: the tests need ${missing.map(tool => tool.name).join(', ')}. `
            + `Install them (Debian/Ubuntu: sudo apt-get install -y ${packages.join(' ')})`
            + `${missing.some(tool => tool.hint) ? ` ${missing.filter(tool => tool.hint).map(tool => tool.hint).join('; ')}` : ''}, then run npm test again.`);
        process.exit(2);
    }
    console.log(`ensure-test-tools: installing ${missing.map(tool => tool.name).join(', ')} for the tests (apt-get install -y ${packages.join(' ')})`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
        const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
        if (result.status !== 0) {
            console.error(`ensure-test-tools: apt-get ${args.join(' ')} failed (exit ${result.status}); install ${packages.join(' ')} by hand`);
            process.exit(2);
        }
    }
    const still = missing.filter(tool => !tool.present());
    if (still.length > 0) {
        console.error(`ensure-test-tools: ${still.map(tool => tool.name).join(', ')} still missing after apt-get; install by hand`);
        process.exit(2);
    }
}
