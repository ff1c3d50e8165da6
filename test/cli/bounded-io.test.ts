// Every command has an upper bound on its I/O: a named pipe, a device or an oversized file is refused with one
// clear message, as an operand or as an import, and nothing hangs. Each case must return well within its timeout.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCli, runDtp, STACK_FRAME, temporaryDirectory } from './run-dtp.js';

const PLAN = `programme p {
    start 2027-01-04
    capability c "C" facility
    phase initiation { transformation-plan dtp { duration 4w } }
    phase foundation { activity f { duration 1w  after dtp  provides c } }
    phase improvement { activity i { duration 1w  requires c } }
    phase continuous-improvement { activity r { every 3m } }
}
`;

describe('bounded input and output', () => {
    const work = temporaryDirectory('dtp-io-');
    beforeAll(() => {
        requireBuiltCli();
        execFileSync('mkfifo', [path.join(work.dir, 'pipe.dtp')]);
    });
    afterAll(() => work.remove());

    it('an import of a named pipe is one unresolved-import, and validate returns', async () => {
        writeFileSync(path.join(work.dir, 'imports-pipe.dtp'), `import "./pipe.dtp"\n${PLAN}`);
        const result = await runDtp(['validate', 'imports-pipe.dtp', '--format', 'json'], { cwd: work.dir });
        expect(result.code).toBe(1);
        const diagnostics = JSON.parse(result.stdout).files[0].diagnostics;
        expect(diagnostics.map((d: { code: string }) => d.code)).toEqual(['unresolved-import']);
        expect(diagnostics[0].message).toContain('named pipe (FIFO)');
    }, 10_000);

    it('an import of /dev/zero is refused at once as a device', async () => {
        writeFileSync(path.join(work.dir, 'imports-zero.dtp'), `import "/dev/zero"\n${PLAN}`);
        const started = Date.now();
        const result = await runDtp(['validate', 'imports-zero.dtp'], { cwd: work.dir });
        expect(result.code).toBe(1);
        expect(result.stdout).toContain('`/dev/zero` cannot be imported: it is a device');
        // Not a timing assertion of speed: reading /dev/zero would run into the 20 MB bound or never end.
        expect(Date.now() - started).toBeLessThan(8_000);
    }, 10_000);

    it('a named pipe as an operand is a usage error', async () => {
        const result = await runDtp(['validate', 'pipe.dtp'], { cwd: work.dir });
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/^dtp: pipe\.dtp /);
    }, 10_000);

    it('dtp init where no directory can be made (/proc/x) exits 2 with a message', async () => {
        const result = await runDtp(['init', '/proc/dtp-cannot-be-here']);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/^dtp: cannot write \/proc\/dtp-cannot-be-here\/plan\.dtp/);
        expect(result.stderr).not.toMatch(STACK_FRAME);
    }, 10_000);

    it('dtp fmt refuses a file larger than validate reads, and leaves it as it was', async () => {
        const file = path.join(work.dir, 'huge.dtp');
        writeFileSync(file, `// ${'x'.repeat(25 * 1024 * 1024)}\n`);
        const result = await runDtp(['fmt', 'huge.dtp'], { cwd: work.dir });
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/^dtp: huge\.dtp is 25\.0 MB; dtp reads plans up to 20 MB/);
    }, 20_000);
});
