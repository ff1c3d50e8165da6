// The TextMate grammar (syntaxes/dtp.tmLanguage.json): its scope assertions, and that it keeps up with the language.
import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const repoRoot = join(import.meta.dirname, '../../..');
const grammarPath = join(repoRoot, 'syntaxes/dtp.tmLanguage.json');
const require = createRequire(import.meta.url);

async function loadGrammar(): Promise<vsctm.IGrammar> {
    const wasm = await readFile(join(require.resolve('vscode-oniguruma'), '../onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
        onigLib: Promise.resolve({ createOnigScanner: patterns => new oniguruma.OnigScanner(patterns), createOnigString: text => new oniguruma.OnigString(text) }),
        loadGrammar: async () => vsctm.parseRawGrammar(await readFile(grammarPath, 'utf8'), grammarPath)
    });
    const grammar = await registry.loadGrammar('source.dtp');
    if (!grammar) throw new Error(`cannot load ${grammarPath}`);
    return grammar;
}

/** Every token of `text` with its scopes. */
function tokenize(grammar: vsctm.IGrammar, text: string): { line: number; text: string; scopes: string[] }[] {
    const tokens: { line: number; text: string; scopes: string[] }[] = [];
    let state = vsctm.INITIAL;
    text.split(/\r?\n/).forEach((line, index) => {
        const result = grammar.tokenizeLine(line, state);
        for (const token of result.tokens) tokens.push({ line: index + 1, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
        state = result.ruleStack;
    });
    return tokens;
}

describe('TextMate grammar', () => {
    test('passes its scope assertions (vscode-tmgrammar-test on syntaxes/test/*.syntax-test)', async () => {
        const bin = join(repoRoot, 'node_modules/.bin/vscode-tmgrammar-test');
        const { stdout } = await promisify(execFile)(bin, ['-g', grammarPath, 'syntaxes/test/*.syntax-test'], { cwd: repoRoot });
        expect(stdout).toContain('tokens.syntax-test run successfuly');
    });

    test('highlights every keyword of the Langium grammar', async () => {
        const langium = await readFile(join(repoRoot, 'packages/language/src/grammar/dtp.langium'), 'utf8');
        const keywords = [...new Set([...langium.matchAll(/'([a-z][a-z-]*)'/g)].map(match => match[1]))];
        expect(keywords.length, "keywords read from dtp.langium").toBeGreaterThan(20);
        const grammar = await loadGrammar();
        // Each keyword where the language expects it; the soft ones (kinds, values) need their context.
        const contexts: Record<string, string> = {
            competence: 'capability c "C" competence', facility: 'capability c "C" facility',
            low: 'intensity low', medium: 'intensity medium', high: 'intensity high',
            planned: 'status planned', active: 'status active', done: 'status done',
            initiation: 'phase initiation', foundation: 'phase foundation', improvement: 'phase improvement',
            'continuous-improvement': 'phase continuous-improvement'
        };
        const plain = keywords.filter(keyword => {
            const line = contexts[keyword] ?? keyword;
            const token = tokenize(grammar, line).find(t => t.text === keyword);
            return !token || token.scopes.length < 2 || token.scopes.some(scope => scope.startsWith('variable.') || scope.startsWith('invalid.'));
        });
        expect(plain, 'keywords the TextMate grammar does not highlight as keywords').toEqual([]);
    });

    test('finds nothing illegal in the reference plans and the invalid fixtures', async () => {
        const grammar = await loadGrammar();
        const folders = [join(repoRoot, 'examples'), join(repoRoot, 'test/fixtures/invalid')];
        const illegal: string[] = [];
        let files = 0;
        for (const folder of folders) {
            for (const name of (await readdir(folder)).filter(file => file.endsWith('.dtp'))) {
                files++;
                const text = await readFile(join(folder, name), 'utf8');
                for (const token of tokenize(grammar, text)) {
                    if (token.scopes.some(scope => scope.startsWith('invalid.'))) illegal.push(`${name}:${token.line} "${token.text}"`);
                }
            }
        }
        expect(files).toBeGreaterThan(3);
        expect(illegal).toEqual([]);
    });

    test('keeps a string with escapes on one token stream and closes it', async () => {
        const grammar = await loadGrammar();
        const tokens = tokenize(grammar, 'owner "a \\"quoted\\" \\\\ name" status done');
        const after = tokens.find(token => token.text === 'done');
        expect(after?.scopes).toContain('constant.language.status.dtp');
        expect(tokens.filter(token => token.scopes.includes('constant.character.escape.dtp')).map(t => t.text)).toEqual(['\\"', '\\"', '\\\\']);
    });
});
