// `--help` on every command and `--version`: what a user types first.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, requireBuiltCli, runDtp } from './run-dtp.js';

beforeAll(requireBuiltCli);

describe('help and version', () => {
    it('--version prints the package version', async () => {
        const { version } = JSON.parse(readFileSync(`${repoRoot}/packages/cli/package.json`, 'utf8'));
        for (const flag of ['--version', '-v']) {
            const result = await runDtp([flag]);
            expect(result.code).toBe(0);
            expect(result.stdout.trim()).toBe(version);
        }
    });

    it('--help lists the commands', async () => {
        const result = await runDtp(['--help']);
        expect(result.code).toBe(0);
        for (const command of ['validate', 'schedule', 'init']) expect(result.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    });

    it.each([
        ['validate', ['--format <format>', '--max-warnings <n>', 'Exit codes']],
        ['schedule', ['--json', '--today <date>', 'critical path']],
        ['init', ['[dir]', 'never overwritten']]
    ])('%s --help describes its options', async (command, expected) => {
        const result = await runDtp([command, '--help']);
        expect(result.code).toBe(0);
        for (const text of expected) expect(result.stdout).toContain(text);
    });

    it('with no command, shows help on stderr and exits 2', async () => {
        const result = await runDtp([]);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/Usage: dtp/);
    });
});

describe('the program a run builds', () => {
    const ALL = ['validate', 'schedule', 'init', 'render', 'diff', 'build', 'serve', 'fmt', 'lsp'];

    it('a command named first is built alone, under its own name; anything else builds every command', async () => {
        const { createProgram } = await import('../../packages/cli/src/main.js');
        for (const name of ALL) {
            expect(createProgram(['node', 'dtp', name, 'plan.dtp']).commands.map(command => command.name())).toEqual([name]);
        }
        for (const argv of [[], ['--help'], ['help', 'validate'], ['--lang', 'nl', 'validate'], ['validat'], ['-v']]) {
            expect(createProgram(['node', 'dtp', ...argv]).commands.map(command => command.name()).sort(), argv.join(' ')).toEqual([...ALL].sort());
        }
    });

    it('the full help still lists every command', async () => {
        const result = await runDtp(['--help']);
        expect(result.code).toBe(0);
        for (const name of ALL) expect(result.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    });
});
