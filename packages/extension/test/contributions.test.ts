// What package.json contributes is there and usable: files exist, snippets expand to valid DTP, commands are
// implemented, and the language configuration's patterns compile.
import { createDtpServices, type Plan } from '@dtp/language';
import { EmptyFileSystem } from 'langium';
import { validationHelper } from 'langium/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

interface Snippet { prefix: string | string[]; body: string[]; description: string }
const snippets: Record<string, Snippet> = JSON.parse(readFileSync(join(root, 'snippets/dtp.code-snippets'), 'utf8'));

/**
 * What VS Code inserts when the user accepts every default: `${1:x}` → x, `${1|a,b|}` → a, `$1` → what 1 was; the date
 * variables give `today` (a fixed day here).
 */
function expand(body: string[], today = '2027-02-15'): string {
    const values = new Map<string, string>();
    const [year, month, date] = today.split('-');
    return body.join('\n')
        .replace(/\$CURRENT_YEAR/g, year).replace(/\$CURRENT_MONTH/g, month).replace(/\$CURRENT_DATE/g, date)
        .replace(/\$\{(\d+):([^}]*)\}/g, (_, n: string, value: string) => { values.set(n, value); return value; })
        .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, n: string, choices: string) => {
            const first = choices.split(',')[0];
            values.set(n, first);
            return first;
        })
        .replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a: string | undefined, b: string | undefined) => values.get(a ?? b ?? '') ?? '');
}

const services = createDtpServices(EmptyFileSystem).Dtp;
const validate = validationHelper<Plan>(services);

async function problemsOf(text: string): Promise<string[]> {
    const { document, diagnostics } = await validate(text);
    const syntax = [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors].map(error => `syntax: ${error.message}`);
    return [...syntax, ...diagnostics.filter(d => d.severity === 1 || d.severity === 2).map(d => `${d.code}: ${d.message}`)];
}

describe('package.json contributions', () => {
    test('every file the manifest points at exists (after the build)', () => {
        const paths = [
            manifest.icon,
            ...contributes.languages.flatMap((language: { configuration: string; icon?: { light: string; dark: string } }) =>
                [language.configuration, language.icon?.light, language.icon?.dark].filter(Boolean)),
            ...contributes.grammars.map((grammar: { path: string }) => grammar.path),
            ...contributes.snippets.map((snippet: { path: string }) => snippet.path)
        ];
        expect(paths.length).toBeGreaterThanOrEqual(5);
        expect(paths.filter(path => !existsSync(join(root, path)))).toEqual([]);
    });

    test('every contributed command is implemented in src/commands.ts', () => {
        const source = readFileSync(join(root, 'src/commands.ts'), 'utf8');
        const ids: string[] = contributes.commands.map((command: { command: string }) => command.command);
        expect(ids).toContain('dtp.openPreview');
        expect(ids.filter(id => !source.includes(`id: '${id}'`))).toEqual([]);
    });

    test('the language configuration parses and its patterns compile', () => {
        const configuration = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8'));
        expect(configuration.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
        const patterns = [configuration.wordPattern, configuration.indentationRules.increaseIndentPattern, configuration.indentationRules.decreaseIndentPattern];
        for (const pattern of patterns) expect(() => new RegExp(pattern)).not.toThrow();
        const word = new RegExp(`^(?:${configuration.wordPattern})$`);
        for (const text of ['continuous-improvement', 'data-literacy', '2027-Q2', '2027-01-04', '6w', '40%']) expect(text).toMatch(word);
        expect('    phase initiation {').toMatch(new RegExp(configuration.indentationRules.increaseIndentPattern));
        expect('activity x "X" { duration 4w }').not.toMatch(new RegExp(configuration.indentationRules.increaseIndentPattern));
    });

    test('the programme snippet expands to a plan with no error and no warning', async () => {
        const programme = Object.values(snippets).find(snippet => [snippet.prefix].flat().includes('programme'));
        expect(programme).toBeDefined();
        expect(await problemsOf(expand(programme!.body))).toEqual([]);
    });

    test('the phase, activity, capability and milestone snippets expand to valid DTP where they belong', async () => {
        const body = (prefix: string) => {
            const snippet = Object.values(snippets).find(s => [s.prefix].flat().includes(prefix));
            expect(snippet, `a snippet with prefix ${prefix}`).toBeDefined();
            return expand(snippet!.body).replace(/\n/g, '\n        ');
        };
        const plan = [
            'programme p "P" {',
            '    start 2027-01',
            `    ${body('capability')}`,
            '    phase initiation {',
            '        transformation-plan predecessor "Digital Transformation Plan" { duration 4w }',
            `        ${body('activity').replace('id', 'kaders')}`,
            `        ${body('milestone').replace(/milestone id/, 'milestone go')}`,
            '    }',
            `    ${body('phase').replace('phase initiation', 'phase foundation')}`,
            '}'
        ].join('\n');
        const syntax = (await problemsOf(plan)).filter(problem => problem.startsWith('syntax'));
        expect(syntax).toEqual([]);
    });

    test('the status snippet records `started` (today) and `progress` in an activity: active, no conflict', async () => {
        const status = Object.values(snippets).find(s => [s.prefix].flat().includes('status'));
        expect(status, 'a snippet with prefix status').toBeDefined();
        const lines = expand(status!.body, '2027-02-15');
        expect(lines).toBe('started 2027-02-15\nprogress 50%');
        const plan = [
            'programme p "P" {',
            '    start 2027-01-04',
            '    status-date 2027-03-01',
            '    phase initiation {',
            '        transformation-plan dtp "DTP" {',
            '            duration 12w',
            `            ${lines.replace(/\n/g, '\n            ')}`,
            '        }',
            '    }',
            '}'
        ].join('\n');
        const { document, diagnostics } = await validate(plan);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(diagnostics.map(d => d.code)).not.toContain('status-conflict');
        const activity = document.parseResult.value.programmes[0].phases[0].activities[0];
        expect([activity.started?.value, activity.progress]).toEqual(['2027-02-15', 50]);
    });
});
