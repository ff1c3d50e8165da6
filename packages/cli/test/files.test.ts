// File discovery and the starter plan's programme id: the parts of the CLI that need no Langium.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverPlanFiles, displayPath } from '../src/files.js';
import { programmeIdFrom } from '../src/starter-plan.js';

let dir: string;
beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dtp-files-'));
    mkdirSync(path.join(dir, 'a/node_modules/x'), { recursive: true });
    writeFileSync(path.join(dir, 'b.dtp'), '');
    writeFileSync(path.join(dir, 'a/a.dtp'), '');
    writeFileSync(path.join(dir, 'a/node_modules/x/skip.dtp'), '');
    writeFileSync(path.join(dir, 'a/readme.md'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('discoverPlanFiles', () => {
    it('expands directories, skips node_modules, keeps each file once', async () => {
        const files = await discoverPlanFiles(['.', 'b.dtp', 'a'], dir);
        expect(files.map(file => path.relative(dir, file))).toEqual(['a/a.dtp', 'b.dtp']);
    });

    it('takes an explicit file whatever its extension', async () => {
        expect(await discoverPlanFiles(['a/readme.md'], dir)).toEqual([path.join(dir, 'a/readme.md')]);
    });

    it('names the operand that matches nothing', async () => {
        await expect(discoverPlanFiles(['missing.dtp'], dir)).rejects.toThrow('missing.dtp: no such file or directory');
        await expect(discoverPlanFiles(['**/*.plan'], dir)).rejects.toThrow('**/*.plan: no files match this pattern');
        mkdirSync(path.join(dir, 'empty'), { recursive: true });
        await expect(discoverPlanFiles(['empty'], dir)).rejects.toThrow('empty: no .dtp plans in this directory');
    });

    it('searches a node_modules directory named explicitly', async () => {
        expect(await discoverPlanFiles(['a/node_modules'], dir)).toEqual([path.join(dir, 'a/node_modules/x/skip.dtp')]);
    });
});

describe('displayPath', () => {
    it('is relative inside the working directory and absolute outside it', () => {
        expect(displayPath('/work/x/plan.dtp', '/work')).toBe('x/plan.dtp');
        expect(displayPath('/elsewhere/plan.dtp', '/work')).toBe('/elsewhere/plan.dtp');
    });
});

describe('programmeIdFrom', () => {
    it.each([
        ['My Town 2030', 'my-town-2030'],
        ['Gemeente Noordstad', 'gemeente-noordstad'],
        ['Zürich—Süd', 'zurich-sud'],
        ['2030', 'plan-2030'],
        ['---', 'transformation'],
        ['phase', 'phase-programme']
    ])('%s → %s', (name, id) => {
        expect(programmeIdFrom(name)).toBe(id);
    });
});
