// Runs the BUILT `dtp` (packages/cli/bin/dtp.js → dist/) as a subprocess, the way users and CI run it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const dtpBin = path.join(repoRoot, 'packages/cli/bin/dtp.js');
export const examplesDir = path.join(repoRoot, 'examples');
export const invalidDir = path.join(repoRoot, 'test/fixtures/invalid');

export interface DtpResult {
    code: number | null;
    stdout: string;
    stderr: string;
}

export function requireBuiltCli(): void {
    if (!existsSync(path.join(repoRoot, 'packages/cli/dist/dtp.js'))) {
        throw new Error('the dtp CLI is not built: run `npm run build -w dtp` (or `npm run build`) before these tests');
    }
}

export function runDtp(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<DtpResult> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [dtpBin, ...args], {
            cwd: options.cwd ?? repoRoot,
            // No colour unless a test asks for it: output is piped, and NO_COLOR must not leak in from the runner. English
            // unless a test asks for another language: a Dutch LANG on the developer's machine must not change the output.
            env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: undefined, ...options.env },
            stdio: ['pipe', 'pipe', 'pipe']
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk));
        child.on('error', reject);
        child.on('close', code => resolve({ code, stdout, stderr }));
        child.stdin.end(options.input ?? '');
    });
}

/** A fresh temporary directory, removed by the returned function. */
export function temporaryDirectory(prefix = 'dtp-cli-'): { dir: string; remove: () => void } {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A stack trace in output means an exception escaped to the user. */
export const STACK_FRAME = /\n\s{4}at /;
