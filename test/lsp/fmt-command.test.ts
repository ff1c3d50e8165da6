// `dtp fmt` end to end with the built CLI: --check lists and fails, without it rewrites only what changes,
// never a file with syntax errors, and I/O errors exit 2.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DTP_BIN, REPO } from '../../scripts/lsp-client.mjs';

let dir: string;
const at = (name: string) => path.join(dir, name);

function dtp(...args: string[]) {
    const result = spawnSync(process.execPath, [DTP_BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dtp-fmt-'));
    copyFileSync(path.join(REPO, 'test/fixtures/format/spacing.input.dtp'), at('messy.dtp'));
    copyFileSync(path.join(REPO, 'examples/noordstad.dtp'), at('tidy.dtp'));
    copyFileSync(path.join(REPO, 'test/fixtures/invalid/half-typed.dtp'), at('broken.dtp'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('dtp fmt', () => {
    test('--check lists the unformatted files, changes nothing and exits 1', () => {
        const before = readFileSync(at('messy.dtp'), 'utf8');
        const result = dtp('fmt', '--check', 'messy.dtp', 'tidy.dtp');
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('messy.dtp\n');
        expect(result.stderr).toContain('1 of 2 file(s) not formatted; run `dtp fmt` on them');
        expect(readFileSync(at('messy.dtp'), 'utf8')).toBe(before);
    });

    test('rewrites the files whose text changes, and only those', () => {
        const old = new Date('2020-01-01T00:00:00Z');
        utimesSync(at('tidy.dtp'), old, old);
        const result = dtp('fmt', 'messy.dtp', 'tidy.dtp');
        expect(result.code).toBe(0);
        expect(result.stdout).toBe('formatted messy.dtp\n');
        expect(readFileSync(at('messy.dtp'), 'utf8')).toBe(readFileSync(path.join(REPO, 'test/fixtures/format/spacing.expected.dtp'), 'utf8'));
        expect(statSync(at('tidy.dtp')).mtime).toEqual(old);
        expect(dtp('fmt', '--check', 'messy.dtp', 'tidy.dtp').code).toBe(0);
    });

    test('leaves a file with syntax errors alone, says why, and exits 1', () => {
        const before = readFileSync(at('broken.dtp'), 'utf8');
        const result = dtp('fmt', 'broken.dtp');
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/^broken\.dtp: not formatted, it has syntax errors; fix them first \(dtp validate broken\.dtp\):\n {2}line 7, column 9: /);
        expect(readFileSync(at('broken.dtp'), 'utf8')).toBe(before);
    });

    test('a missing file is a usage error: exit 2', () => {
        const result = dtp('fmt', 'missing.dtp');
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('dtp: missing.dtp: no such file or directory\n');
    });
});
