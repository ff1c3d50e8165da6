// What the export tests share: rendering a plan into a file through the built CLI, and reading it back with readers
// we did not write (Python's csv module, openpyxl, icalendar, ElementTree; xmllint with the ArchiMate XSD).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { expect } from 'vitest';
import { repoRoot, requireBuiltCli, runDtp, temporaryDirectory } from './run-dtp.js';

const PYTHON = '/usr/bin/python3';
const SCHEMAS = path.join(repoRoot, 'test/cli/schemas/archimate');

/** Python: the rows of a CSV file as objects keyed by its header (the BOM dropped). */
export const READ_CSV = `
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.DictReader(f))))`;

/** Renders `plan` as `format` into DIR/name and returns the path; the command must succeed silently. */
export async function exportTo(
    dir: string, plan: string, format: string, name: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}
): Promise<string> {
    const out = path.join(dir, name);
    const result = await runDtp(['render', plan, '--format', format, '-o', out, '--today', '2027-06-01', ...extra], { env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return out;
}

/** Runs a Python script with the arguments and returns its JSON output. */
export function python<T>(script: string, ...args: string[]): T {
    const result = spawnSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return JSON.parse(result.stdout) as T;
}

/** xmllint against the official ArchiMate 3.1 exchange-format XSD (vendored, no network). */
export function validateArchimate(file: string): { status: number | null; stderr: string } {
    const result = spawnSync('xmllint', ['--nonet', '--noout', '--schema', path.join(SCHEMAS, 'archimate3_Diagram.xsd'), file],
        { encoding: 'utf8', env: { ...process.env, XML_CATALOG_FILES: path.join(SCHEMAS, 'catalog.xml') } });
    return { status: result.status, stderr: result.stderr };
}

/** A temporary folder holding `text` as `fileName` (for beforeAll; `remove` for afterAll), the CLI built. */
export function planOnDisk(prefix: string, fileName: string, text: string): { dir: string; plan: string; remove: () => void } {
    requireBuiltCli();
    const { dir, remove } = temporaryDirectory(prefix);
    const plan = path.join(dir, fileName);
    writeFileSync(plan, text);
    return { dir, plan, remove };
}
