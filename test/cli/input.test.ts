// Bad input never crashes `dtp`: missing, empty, binary, huge and oddly encoded files get a clear message
// (`dtp: …`), the right exit code and no stack trace.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePlan } from '../../packages/cli/scripts/generate-plan.mjs';
import { CLEAN_PLAN, ERROR_PLAN } from './plans.js';
import { requireBuiltCli, runDtp, STACK_FRAME, temporaryDirectory, type DtpResult } from './run-dtp.js';

let work: ReturnType<typeof temporaryDirectory>;
const file = (name: string) => path.join(work.dir, name);

beforeAll(() => {
    requireBuiltCli();
    work = temporaryDirectory();
});
afterAll(() => work.remove());

function expectCleanFailure(result: DtpResult, code: number, message: RegExp): void {
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(result.stdout).not.toMatch(STACK_FRAME);
}

describe('bad input', () => {
    it('a missing file: exit 2, names the file', async () => {
        expectCleanFailure(await runDtp(['validate', 'no-such-plan.dtp'], { cwd: work.dir }), 2, /^dtp: no-such-plan\.dtp: no such file or directory/);
        expectCleanFailure(await runDtp(['schedule', 'no-such-plan.dtp'], { cwd: work.dir }), 2, /^dtp: no-such-plan\.dtp: no such file or directory/);
    });

    it('an empty file: exit 2, says it is empty and what to do', async () => {
        writeFileSync(file('empty.dtp'), '');
        writeFileSync(file('blank.dtp'), '\ufeff  \r\n\n');
        expectCleanFailure(await runDtp(['validate', 'empty.dtp'], { cwd: work.dir }), 2, /^dtp: empty\.dtp is empty; .*dtp init/);
        expectCleanFailure(await runDtp(['validate', 'blank.dtp'], { cwd: work.dir }), 2, /^dtp: blank\.dtp is empty/);
    });

    it('a binary file: exit 2, says it is not a plan', async () => {
        const bytes = Buffer.alloc(4096);
        for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
        writeFileSync(file('picture.dtp'), bytes);
        expectCleanFailure(await runDtp(['validate', 'picture.dtp'], { cwd: work.dir }), 2, /^dtp: picture\.dtp is not a plan: it looks like a binary file/);
        writeFileSync(file('latin1.dtp'), Buffer.from('programme caf\xe9 "Caf\xe9" {}\n', 'latin1'));
        expectCleanFailure(await runDtp(['validate', 'latin1.dtp'], { cwd: work.dir }), 2, /^dtp: latin1\.dtp is not a plan: it is not valid UTF-8/);
    });

    it('one bad file among good ones: the good ones are still validated, exit 2', async () => {
        writeFileSync(file('good.dtp'), CLEAN_PLAN);
        const result = await runDtp(['validate', 'good.dtp', 'empty.dtp', '--format', 'json'], { cwd: work.dir });
        expectCleanFailure(result, 2, /^dtp: empty\.dtp is empty/);
        expect(JSON.parse(result.stdout).files.map((f: { path: string }) => f.path)).toEqual(['good.dtp']);
    });

    it('a file over 20 MB: exit 2 before parsing, says the limit', async () => {
        const line = `// ${'x'.repeat(1021)}\n`;
        writeFileSync(file('huge.dtp'), line.repeat(21 * 1024));
        expectCleanFailure(await runDtp(['validate', 'huge.dtp'], { cwd: work.dir }), 2, /^dtp: huge\.dtp is 21\.0 MB; dtp reads plans up to 20 MB/);
    });

    it('a 5 MB plan validates', async () => {
        const text = generatePlan(3000, { descriptionLength: 1600 });
        expect(text.length).toBeGreaterThan(5_000_000);
        writeFileSync(file('big.dtp'), text);
        const result = await runDtp(['validate', 'big.dtp', '--format', 'json'], { cwd: work.dir });
        expect(result.stderr).toBe('');
        expect(JSON.parse(result.stdout).summary.errors).toBe(0);
        expect(result.code).toBe(0);
    });

    it('a UTF-8 BOM and CRLF line ends: validates, and positions are the same as without them', async () => {
        writeFileSync(file('bom-crlf.dtp'), '\ufeff' + ERROR_PLAN.replace(/\n/g, '\r\n'));
        writeFileSync(file('plain.dtp'), ERROR_PLAN);
        const withBom = await runDtp(['validate', 'bom-crlf.dtp', '--format', 'json'], { cwd: work.dir });
        const plain = await runDtp(['validate', 'plain.dtp', '--format', 'json'], { cwd: work.dir });
        expect(withBom.code).toBe(1);
        const positions = (result: DtpResult) => JSON.parse(result.stdout).files[0].diagnostics.map((d: { code: string; line: number; endLine: number }) => [d.code, d.line, d.endLine]);
        expect(positions(withBom)).toEqual(positions(plain));
        writeFileSync(file('clean-bom.dtp'), '\ufeff' + CLEAN_PLAN.replace(/\n/g, '\r\n'));
        const clean = await runDtp(['validate', 'clean-bom.dtp'], { cwd: work.dir });
        expect(clean.code).toBe(0);
        // The code frame of a CRLF file carries no stray carriage returns.
        expect(withBom.stdout).not.toContain('\r');
        const pretty = await runDtp(['validate', 'bom-crlf.dtp'], { cwd: work.dir });
        expect(pretty.stdout).not.toContain('\r');
    });

    it('half-typed and nonsense text gives diagnostics, not a crash', async () => {
        writeFileSync(file('junk.dtp'), 'programme { phase phase } } @@@ "unterminated\n activity after after ,,, 2027-13-45 9x');
        const result = await runDtp(['validate', 'junk.dtp'], { cwd: work.dir });
        expect(result.code).toBe(1);
        expect(result.stdout).toMatch(/\[syntax-error\]/);
        expect(result.stderr).not.toMatch(STACK_FRAME);
    });
});
