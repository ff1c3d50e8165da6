// The extension speaks Dutch as well as English: every manifest string has a key in package.nls.json and a Dutch
// text in package.nls.nl.json, and every message the client shows (vscode.l10n.t) has a Dutch text in the l10n bundle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;

function sources(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const file = join(folder, name);
        return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
    });
}

describe('the extension in English and Dutch', () => {
    const manifest = readFileSync(join(root, 'package.json'), 'utf8');
    const english = json('package.nls.json');
    const dutch = json('package.nls.nl.json');

    test('every %key% of the manifest has an English and a Dutch text, and no key is left over', () => {
        const keys = [...manifest.matchAll(/"%([\w.-]+)%"/g)].map(match => match[1]);
        expect(keys).toContain('command.openPreview.title');
        expect(keys.filter(key => !(key in english))).toEqual([]);
        expect(Object.keys(english).sort()).toEqual([...new Set(keys)].sort());
        expect(Object.keys(dutch).sort()).toEqual(Object.keys(english).sort());
        expect(dutch['command.openPreview.title']).toBe('Roadmapvoorbeeld openen');
        // Command titles and setting descriptions are no longer written in the manifest itself.
        expect(manifest).not.toContain('"title": "Open Roadmap Preview"');
    });

    test('every message the client shows has a Dutch text with the same placeholders', () => {
        const bundle = json('l10n/bundle.l10n.nl.json') as Record<string, string>;
        expect(json('package.json').l10n).toBe('./l10n');
        const shown = sources(join(root, 'src')).flatMap(file => [...readFileSync(file, 'utf8').matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)].map(match => match[1].replace(/\\(.)/g, '$1')));
        expect(shown.length).toBeGreaterThan(10);
        expect(shown.filter(message => !(message in bundle))).toEqual([]);
        expect(Object.keys(bundle).filter(message => !shown.includes(message))).toEqual([]);
        for (const [message, translation] of Object.entries(bundle)) {
            const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map(match => match[0]).sort();
            expect(placeholders(translation), message).toEqual(placeholders(message));
        }
    });
});
