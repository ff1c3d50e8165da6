// The language end to end through the CLI: `--lang nl` or a Dutch environment gives Dutch diagnostics, summaries,
// tables, pictures and `dtp:` errors, with the same codes and exit codes; the text of a plan is never translated.
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { examplesDir, invalidDir, requireBuiltCli, runDtp } from './run-dtp.js';

const phaseOrder = path.join(invalidDir, 'phase-order.dtp');
const noordstad = path.join(examplesDir, 'noordstad.dtp');
const tracked = path.join(examplesDir, 'noordstad-tracked.dtp');

interface JsonReport { files: { diagnostics: { code: string; severity: string; message: string; line: number; column: number }[] }[] }
const diagnosticsOf = (stdout: string) => (JSON.parse(stdout) as JsonReport).files.flatMap(file => file.diagnostics);

beforeAll(() => requireBuiltCli());

describe('dtp validate in Dutch', () => {
    it('--lang nl words the messages and the summary in Dutch, with the same codes, places and exit code', async () => {
        const english = await runDtp(['validate', phaseOrder]);
        const dutch = await runDtp(['validate', '--lang', 'nl', phaseOrder]);
        expect(english.code).toBe(1);
        expect(dutch.code).toBe(1);
        expect(english.stdout).toContain('Phase `initiation` is written after `foundation`');
        expect(dutch.stdout).toContain('Fase `initiation` staat na `foundation`');
        expect(dutch.stdout).toContain('[phase-order]');
        expect(dutch.stdout).toContain('fout');
        expect(dutch.stdout).toMatch(/✗ 1 fout in 1 bestand/);
        expect(dutch.stdout).not.toContain('is written after');
    });

    it('--lang before the command works too, and every output format carries the Dutch message', async () => {
        const english = diagnosticsOf((await runDtp(['validate', '--format', 'json', tracked])).stdout);
        const dutch = diagnosticsOf((await runDtp(['--lang', 'nl', 'validate', '--format', 'json', tracked])).stdout);
        expect(dutch.map(d => [d.code, d.severity, d.line, d.column])).toEqual(english.map(d => [d.code, d.severity, d.line, d.column]));
        expect(dutch.map(d => d.message)).not.toEqual(english.map(d => d.message));
        expect(dutch.find(d => d.code === 'overdue')?.message).toContain('peildatum 2027-09-01');
        const sarif = JSON.parse((await runDtp(['validate', '--lang', 'nl', '--format', 'sarif', tracked])).stdout);
        const results = sarif.runs[0].results as { ruleId: string; message: { text: string } }[];
        expect(results.map(r => r.ruleId)).toEqual(english.map(d => d.code));
        expect(results.find(r => r.ruleId === 'milestone-slip')?.message.text).toContain('Mijlpaal `programme-done`');
        const github = (await runDtp(['validate', '--lang', 'nl', '--format', 'github', tracked])).stdout;
        expect(github).toContain('title=dtp overdue::`gateway` zou volgens plan eindigen');
    });

    it('takes the language from LC_ALL, LC_MESSAGES or LANG, in that order; --lang wins', async () => {
        const fromLang = await runDtp(['validate', phaseOrder], { env: { LANG: 'nl_NL.UTF-8' } });
        expect(fromLang.stdout).toContain('Fase `initiation` staat na');
        const fromMessages = await runDtp(['validate', phaseOrder], { env: { LANG: 'en_GB.UTF-8', LC_MESSAGES: 'nl_BE.UTF-8' } });
        expect(fromMessages.stdout).toContain('Fase `initiation` staat na');
        // LC_ALL=C chooses the untranslated program: English, whatever LANG says.
        const c = await runDtp(['validate', phaseOrder], { env: { LANG: 'nl_NL.UTF-8', LC_ALL: 'C' } });
        expect(c.stdout).toContain('Phase `initiation` is written after');
        const flag = await runDtp(['validate', '--lang', 'en', phaseOrder], { env: { LANG: 'nl_NL.UTF-8' } });
        expect(flag.stdout).toContain('Phase `initiation` is written after');
        // A language without a catalogue is English, not an error: the environment is not the user's mistake.
        const german = await runDtp(['validate', phaseOrder], { env: { LANG: 'de_DE.UTF-8' } });
        expect(german.stdout).toContain('Phase `initiation` is written after');
    });

    it('refuses a --lang it has no catalogue for, in one line, exit 2', async () => {
        const result = await runDtp(['validate', '--lang', 'fr', phaseOrder]);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('dtp: --lang fr: give en or nl\n');
    });

    it('says the common usage errors in Dutch', async () => {
        const result = await runDtp(['validate', '--lang', 'nl', 'no-such-plan.dtp']);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('dtp: no-such-plan.dtp: bestand of map bestaat niet\n');
        const date = await runDtp(['schedule', '--lang', 'nl', '--status-date', '2027-02-30', noordstad]);
        expect(date.code).toBe(2);
        expect(date.stderr).toBe('dtp: --status-date: \'2027-02-30\' bestaat niet: 2027-02 heeft de dagen 01 tot en met 28\n');
    });
});

describe('dtp schedule and dtp render in Dutch', () => {
    it('dtp schedule: Dutch headings and lines, the plan\'s ids and labels as written', async () => {
        const result = await runDtp(['schedule', '--lang', 'nl', tracked]);
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^Fase\s+Activiteit\s+Label\s+Geplande start/);
        expect(result.stdout).toContain('Vraagt aandacht');
        expect(result.stdout).toContain('Kritiek pad (4 activiteiten, geen speling)');
        expect(result.stdout).toContain('Cloud landing zone');
        expect(result.stdout).toContain('Programma noordstad "Gemeente Noordstad — digitale transformatie"');
    });

    it('dtp render --format svg: the legend, today and the months in Dutch; labels untouched', async () => {
        const dutch = await runDtp(['render', '--lang', 'nl', '--format', 'svg', '--today', '2027-03-03', noordstad]);
        const english = await runDtp(['render', '--format', 'svg', '--today', '2027-03-03', noordstad]);
        expect(dutch.code).toBe(0);
        expect(dutch.stdout).toContain('>Legenda</text>');
        expect(dutch.stdout).toContain('>Vandaag 3 mrt 2027</text>');
        expect(dutch.stdout).toMatch(/class="tick-label[^"]*"[^>]*>(mrt|mei|okt)( 20\d\d)?<\/text>/);
        expect(dutch.stdout).toContain('>Kritiek pad</text>');
        expect(dutch.stdout).not.toContain('>Legend</text>');
        // The plan's own words are drawn as written, in whatever language the plan uses.
        expect(dutch.stdout).toContain('Gemeente Noordstad — digitale transformatie');
        expect(dutch.stdout).toContain('>Cloud landing zone');
        expect(english.stdout).toContain('>Legend</text>');
        expect(english.stdout).toContain('>Today 2027-03-03</text>');
        expect(english.stdout).not.toContain('Legenda');
    });

    it('dtp render --format md: Dutch headings and columns', async () => {
        const result = await runDtp(['render', '--lang', 'nl', '--format', 'md', noordstad]);
        expect(result.stdout).toContain('## Fasen');
        expect(result.stdout).toContain('| Id | Activiteit | Fase | Start | Laatste dag |');
        expect(result.stdout).toContain('```mermaid');
    });

    it('dtp diff: what moved, in Dutch, for a terminal and for a pull request', async () => {
        const pretty = await runDtp(['diff', '--lang', 'nl', noordstad, tracked]);
        expect(pretty.stdout).toContain('einde 42 dagen later: 2028-05-14 → 2028-06-25');
        expect(pretty.stdout).toContain('Mijlpalen (3 gewijzigd)');
        const md = await runDtp(['diff', '--lang', 'nl', '--format', 'md', noordstad, tracked]);
        expect(md.stdout).toContain('Het einde van het programma is **42 dagen later** komen te liggen');
        expect(md.stdout).toContain('| `go` | Programme approved by the council |');
    });

    it('dtp render --format html: a Dutch page', async () => {
        const result = await runDtp(['render', '--lang', 'nl', '--format', 'html', noordstad]);
        expect(result.stdout).toContain('<html lang="nl"');
        expect(result.stdout).toContain('<legend>Fasen</legend>');
        expect(result.stdout).toContain('"forecast":"prognose"');
    });
});
