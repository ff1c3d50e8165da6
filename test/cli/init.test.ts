// `dtp init`: a starter plan that validates cleanly, never written over an existing file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCli, runDtp, STACK_FRAME, temporaryDirectory } from './run-dtp.js';

let work: ReturnType<typeof temporaryDirectory>;

beforeAll(() => {
    requireBuiltCli();
    work = temporaryDirectory();
});
afterAll(() => work.remove());

describe('dtp init', () => {
    it('creates DIR and a plan with the four phases that validates with no error and no warning', async () => {
        const init = await runDtp(['init', 'Nieuw Stad 2030'], { cwd: work.dir });
        expect(init.stderr).toBe('');
        expect(init.code).toBe(0);
        const plan = path.join(work.dir, 'Nieuw Stad 2030', 'plan.dtp');
        expect(init.stdout).toContain('Nieuw Stad 2030/plan.dtp');
        const text = readFileSync(plan, 'utf8');
        const phases = [...text.matchAll(/^\s*phase ([a-z-]+)/gm)].map(match => match[1]);
        expect(phases).toEqual(['initiation', 'foundation', 'improvement', 'continuous-improvement']);
        expect(text).toMatch(/programme nieuw-stad-2030 /);
        expect(text).toMatch(/transformation-plan /);
        expect(text).toMatch(/every \d+[dwmqy]/);

        const validate = await runDtp(['validate', 'Nieuw Stad 2030', '--format', 'json'], { cwd: work.dir });
        expect(validate.code).toBe(0);
        expect(JSON.parse(validate.stdout).summary).toEqual({ errors: 0, warnings: 0, infos: 0, hints: 0 });
    });

    it('uses the current directory by default', async () => {
        const dir = path.join(work.dir, 'here');
        await runDtp(['init', 'here'], { cwd: work.dir });
        expect(existsSync(path.join(dir, 'plan.dtp'))).toBe(true);
        const second = await runDtp(['init'], { cwd: dir });
        expect(second.code).toBe(2);
    });

    it('refuses to overwrite an existing plan (exit 2) and leaves it untouched', async () => {
        const dir = path.join(work.dir, 'existing');
        await runDtp(['init', dir]);
        const plan = path.join(dir, 'plan.dtp');
        writeFileSync(plan, '// my own plan\n');
        const again = await runDtp(['init', dir]);
        expect(again.code).toBe(2);
        expect(again.stderr).toMatch(/^dtp: .*plan\.dtp already exists; choose another directory .* or delete/);
        expect(again.stderr).not.toMatch(STACK_FRAME);
        expect(readFileSync(plan, 'utf8')).toBe('// my own plan\n');
    });

    it('refuses a DIR that is a file', async () => {
        writeFileSync(path.join(work.dir, 'a-file'), 'x');
        const result = await runDtp(['init', 'a-file'], { cwd: work.dir });
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/^dtp: a-file exists and is not a directory/);
    });

    it('speaks Dutch with --lang nl or a Dutch environment: comments, labels, ids and messages; the keywords stay', async () => {
        for (const [how, args, env] of [
            ['--lang nl', ['--lang', 'nl', 'init', 'Gemeente Noordstad'], {}],
            ['LANG=nl_NL.UTF-8', ['init', 'Waterschap Zuid'], { LANG: 'nl_NL.UTF-8' }]
        ] as const) {
            const init = await runDtp([...args], { cwd: work.dir, env });
            const name = args.at(-1)!;
            expect(init.stderr, how).toBe('');
            expect(init.stdout, how).toBe(`${name}/plan.dtp geschreven\nVolgende stap: dtp validate ${name} && dtp schedule ${name}/plan.dtp\n`);
            const text = readFileSync(path.join(work.dir, name, 'plan.dtp'), 'utf8');
            expect(text).toMatch(/^\/\/ Digitaliseringsplan, geschreven door `dtp init`/);
            expect(text).toContain(`"${name} — digitale transformatie"`);
            expect(text).toMatch(/capability datavaardigheid "Datavaardigheid" competence/);
            expect(text).toMatch(/milestone goedgekeurd "Plan goedgekeurd"/);
            expect(text).not.toMatch(/Programme office|Cloud platform|Benefits review/);
            const phases = [...text.matchAll(/^\s*phase ([a-z-]+)/gm)].map(match => match[1]);
            expect(phases).toEqual(['initiation', 'foundation', 'improvement', 'continuous-improvement']);
            const validate = await runDtp(['validate', name, '--format', 'json'], { cwd: work.dir });
            expect(JSON.parse(validate.stdout).summary, how).toEqual({ errors: 0, warnings: 0, infos: 0, hints: 0 });
        }
        const again = await runDtp(['--lang', 'nl', 'init', 'Gemeente Noordstad'], { cwd: work.dir });
        expect(again.code).toBe(2);
        expect(again.stderr).toMatch(/^dtp: Gemeente Noordstad\/plan\.dtp bestaat al; kies een andere map/);
    });
});
