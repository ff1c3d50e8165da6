// Navigation and structure: definition (also across an import), references, rename across files, highlights,
// outline, workspace symbols, folding, semantic tokens, inlay hints and the "Open roadmap" code lens.
import { SemanticTokensDecoder } from 'langium/lsp';
import { expectFindReferences, expectFoldings, expectGoToDefinition, expectHighlight, expectSymbols, expectWorkspaceSymbols } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import type { DocumentSymbol, Location, LocationLink } from 'vscode-languageserver';
import { applyEdits, buildDocuments, createTestServices, positionOf, readRepoFile, resetWorkspace, TRACKED } from './lsp-support.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const SMALL = `programme p "P" {
    start 2027-01-04
    capability <|cloud|> "Cloud" facility
    phase initiation {
        transformation-plan <|dtp|> "DTP" { duration 6w }
    }
    phase foundation {
        activity landing "Landing" { duration 2w  after <|>dtp  provides <|>cloud }
    }
    phase improvement {
        activity portal "Portal" { duration 3m  requires <|>cloud }
    }
}`;

const CATALOGUE = 'capability data-platform "Shared data platform" facility\n';
const PLAN = `import "./catalogue.dtp"
programme p "P" {
    start 2027-01-04
    phase initiation {
        transformation-plan dtp "DTP" { duration 6w }
    }
    phase foundation {
        activity data "Data" { duration 2m  after dtp  provides data-platform }
    }
    phase improvement {
        activity dashboards "Dashboards" { duration 3m  requires data-platform }
    }
}`;

async function twoFiles() {
    const [catalogue, plan] = await buildDocuments(services, {
        'file:///work/catalogue.dtp': CATALOGUE,
        'file:///work/plan.dtp': PLAN
    });
    return { catalogue, plan };
}

describe('definition and references', () => {
    test('`after` and `provides`/`requires` go to their declaration', async () => {
        await expectGoToDefinition(services.Dtp)({ text: SMALL, index: 0, rangeIndex: 1 });
        await expectGoToDefinition(services.Dtp)({ text: SMALL, index: 1, rangeIndex: 0 });
        await expectGoToDefinition(services.Dtp)({ text: SMALL, index: 2, rangeIndex: 0 });
    });

    test('a capability of an imported catalogue: definition lands in the catalogue', async () => {
        const { plan } = await twoFiles();
        const links = await services.Dtp.lsp.DefinitionProvider!.getDefinition(plan, {
            textDocument: { uri: plan.uri.toString() },
            position: positionOf(plan, 'requires data-platform', 'requires '.length + 3)
        }) as LocationLink[];
        expect(links).toHaveLength(1);
        expect(links[0].targetUri).toBe('file:///work/catalogue.dtp');
        expect(links[0].targetSelectionRange.start).toEqual({ line: 0, character: 'capability '.length });
    });

    test('find references lists every use, with the declaration when asked', async () => {
        await expectFindReferences(services.Dtp)({
            text: `programme p "P" {
    capability <|cloud|> "Cloud" facility
    phase foundation { activity landing "Landing" { duration 2w  provides <|cl<|>oud|> } }
    phase improvement { activity portal "Portal" { duration 3m  requires <|cloud|> } }
}`,
            includeDeclaration: true
        });
    });

    test('references of an imported capability come from the importing plan', async () => {
        const { catalogue } = await twoFiles();
        const locations = await services.Dtp.lsp.ReferencesProvider!.findReferences(catalogue, {
            textDocument: { uri: catalogue.uri.toString() },
            position: positionOf(catalogue, 'data-platform', 2),
            context: { includeDeclaration: false }
        }) as Location[];
        expect(locations.map(location => location.uri)).toEqual(['file:///work/plan.dtp', 'file:///work/plan.dtp']);
    });

    test('highlights mark the declaration and the uses in the file', async () => {
        await expectHighlight(services.Dtp)({
            text: `programme p "P" {
    phase initiation {
        transformation-plan <|d<|>tp|> "DTP" { duration 6w }
        activity next "Next" { duration 1w  after <|dtp|> }
    }
}`,
            index: 0,
            rangeIndex: [0, 1]
        });
    });
});

describe('rename', () => {
    test('renaming a catalogue capability renames it in the plans that import it', async () => {
        const { catalogue, plan } = await twoFiles();
        const edit = await services.Dtp.lsp.RenameProvider!.rename(catalogue, {
            textDocument: { uri: catalogue.uri.toString() },
            position: positionOf(catalogue, 'data-platform', 1),
            newName: 'data-hub'
        });
        expect(applyEdits(catalogue, edit!.changes![catalogue.uri.toString()])).toBe(CATALOGUE.replace('data-platform', 'data-hub'));
        expect(applyEdits(plan, edit!.changes![plan.uri.toString()])).toBe(PLAN.replaceAll('data-platform', 'data-hub'));
    });

    test('renaming from a use in the importing plan renames the declaration in the catalogue too', async () => {
        const { catalogue, plan } = await twoFiles();
        const edit = await services.Dtp.lsp.RenameProvider!.rename(plan, {
            textDocument: { uri: plan.uri.toString() },
            position: positionOf(plan, 'requires data-platform', 'requires '.length),
            newName: 'data-hub'
        });
        expect(Object.keys(edit!.changes!).sort()).toEqual(['file:///work/catalogue.dtp', 'file:///work/plan.dtp']);
        expect(applyEdits(catalogue, edit!.changes![catalogue.uri.toString()])).toBe(CATALOGUE.replace('data-platform', 'data-hub'));
    });

    test('an activity rename changes its `after` uses; an invalid new name is refused with the reason', async () => {
        const { plan } = await twoFiles();
        const edit = await services.Dtp.lsp.RenameProvider!.rename(plan, {
            textDocument: { uri: plan.uri.toString() },
            position: positionOf(plan, 'dtp "DTP"'),
            newName: 'plan'
        });
        expect(applyEdits(plan, edit!.changes![plan.uri.toString()])).toBe(PLAN.replace('dtp "DTP"', 'plan "DTP"').replace('after dtp', 'after plan'));
        await expect(services.Dtp.lsp.RenameProvider!.rename(plan, {
            textDocument: { uri: plan.uri.toString() },
            position: positionOf(plan, 'dtp "DTP"'),
            newName: '2fast'
        })).rejects.toThrow(/'2fast' is not a valid name/);
    });

    test('a new name takes any letter, as names do; a keyword or a trailing `-` is refused', async () => {
        const { plan } = await twoFiles();
        const rename = (newName: string) => services.Dtp.lsp.RenameProvider!.rename(plan, {
            textDocument: { uri: plan.uri.toString() }, position: positionOf(plan, 'dtp "DTP"'), newName
        });
        const edit = await rename('patiëntplan');
        expect(applyEdits(plan, edit!.changes![plan.uri.toString()])).toBe(PLAN.replace('dtp "DTP"', 'patiëntplan "DTP"').replace('after dtp', 'after patiëntplan'));
        for (const refused of ['status-date', 'after', 'plan-', 'a b']) await expect(rename(refused)).rejects.toThrow(/is not a valid name/);
    });
});

describe('structure', () => {
    test('outline: programme › phases › activities, and capabilities', async () => {
        await expectSymbols(services.Dtp)({
            text: readRepoFile('examples/noordstad.dtp'),
            assert: (symbols: DocumentSymbol[]) => {
                expect(symbols.map(symbol => symbol.name)).toEqual(['noordstad']);
                const children = symbols[0].children!;
                expect(children.map(symbol => symbol.name)).toEqual(['iam', 'initiation', 'foundation', 'improvement', 'continuous-improvement']);
                expect(children[1].children!.map(symbol => symbol.name)).toEqual(['dtp', 'kaders', 'governance', 'go']);
                expect(children[1].detail).toBe('Initiatiefase');
            }
        });
    });

    test('workspace symbols find activities and capabilities across files', async () => {
        await twoFiles();
        await expectWorkspaceSymbols(services.shared)({
            query: 'data',
            assert: symbols => expect(symbols.map(symbol => symbol.name).sort()).toEqual(['data', 'data-platform'])
        });
    });

    test('folding ranges cover programme, phases and multi-line activities', async () => {
        await expectFoldings(services.Dtp)({
            // Langium folds up to the line before a closing brace, so the brace stays visible.
            text: `<|programme p "P" {
    <|phase initiation {
        <|transformation-plan dtp "DTP" {
            duration 6w|>
        }
        activity one "One" { duration 1w }|>
    }|>
}`
        });
    });
});

describe('decorations', () => {
    test('semantic tokens: phase kinds, declarations vs references, dates and durations', async () => {
        const [document] = await buildDocuments(services, { 'file:///work/small.dtp': SMALL.replace(/<\|>|<\||\|>/g, '') });
        const provider = services.Dtp.lsp.SemanticTokenProvider!;
        const tokens = SemanticTokensDecoder.decode(await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } }), provider.tokenTypes, document);
        const kindOf = (text: string) => tokens.filter(token => token.text === text).map(token => token.tokenType);
        expect(kindOf('initiation')).toEqual(['enumMember']);
        expect(kindOf('2027-01-04')).toEqual(['number']);
        expect(kindOf('6w')).toEqual(['number']);
        expect(kindOf('dtp')).toEqual(['function', 'function']);
        const dtp = tokens.filter(token => token.text === 'dtp');
        const declaration = 1 << Object.keys(provider.tokenModifiers).indexOf('declaration');
        expect(dtp.map(token => (token.tokenModifiers & declaration) !== 0)).toEqual([true, false]);
    });

    test('inlay hints: computed dates after each activity header, with slack or critical', async () => {
        const [document] = await buildDocuments(services, {
            'file:///work/noordstad.dtp': readRepoFile('examples/noordstad.dtp'),
            'file:///work/capabilities.dtp': readRepoFile('examples/capabilities.dtp')
        });
        const hints = await services.Dtp.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } }
        });
        const dtp = hints!.find(hint => hint.position.line === positionOf(document, 'transformation-plan dtp').line)!;
        expect(dtp.label).toBe('2027-01-04 → 2027-02-14 · critical');
        expect(dtp.position.character).toBe(document.textDocument.getText().split('\n')[dtp.position.line].indexOf('{') - 1);
        expect(hints!.some(hint => String(hint.label).startsWith('◆ '))).toBe(true); // milestones
        expect(hints!.some(hint => /every 3m$/.test(String(hint.label)))).toBe(true); // recurring
        expect(hints!.some(hint => / · slack \d+d$/.test(String(hint.label)))).toBe(true);
    });

    test('inlay hints with a status date: the forecast, the variance where it is not zero, no slack for done work', async () => {
        const hintsOf = async (uri: string, text: string) => {
            const [document] = await buildDocuments(services, { [uri]: text });
            const hints = await services.Dtp.lsp.InlayHintProvider!.getInlayHints(document, {
                textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } }
            });
            return (needle: string) => hints!.find(hint => hint.position.line === positionOf(document, needle).line)!;
        };
        const hint = await hintsOf('file:///work/tracked.dtp', TRACKED);
        // act: planned 02-01 → 02-28, forecast 02-03 → 03-21, and it drives the programme end.
        expect(hint('activity act').label).toBe('2027-02-03 → 2027-03-21 · +21d · critical');
        expect(hint('activity act').tooltip).toBe('Forecast as of the status date 2027-03-01; planned 2027-02-01 → 2027-02-28. Ends 2027-03-22 (exclusive): successors start that day');
        expect(hint('activity quick').label).toMatch(/^2027-02-01 → 2027-03-14 · 14d early · slack \d+d$/);
        expect(hint('activity kick').label).toBe('2027-01-04 → 2027-01-11 · +1d'); // done: no slack
        expect(hint('activity memo').label).toBe('2027-01-04 → 2027-01-10'); // on plan: no variance
        expect(hint('milestone go').label).toBe('◆ 2027-02-10 · +9d');

        // Without a status date: the plan, and no variance anywhere.
        const plain = await hintsOf('file:///work/untracked.dtp', TRACKED.replace('    status-date 2027-03-01\n', ''));
        expect(plain('activity act').label).toBe('2027-02-01 → 2027-02-28 · critical');
        expect(plain('activity act').tooltip).toBe('Ends 2027-03-01 (exclusive): successors start that day');
    });

    test('semantic tokens: the dates of status-date, started and finished are dates, as their siblings\' are', async () => {
        const [document] = await buildDocuments(services, { 'file:///work/tracked.dtp': TRACKED });
        const provider = services.Dtp.lsp.SemanticTokenProvider!;
        const tokens = SemanticTokensDecoder.decode(await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } }), provider.tokenTypes, document);
        const kindOf = (text: string) => tokens.filter(token => token.text === text).map(token => token.tokenType);
        expect(kindOf('2027-01-04')).toEqual(['number']); // programme start, the sibling
        expect(kindOf('2027-03-01')).toEqual(['number']); // status-date
        expect(kindOf('2027-02-03')).toEqual(['number']); // started
        expect(kindOf('2027-02-05')).toEqual(['number']); // finished
        // The keywords themselves are left to the TextMate grammar, like every other property keyword.
        expect(tokens.filter(token => ['status-date', 'started', 'finished', 'start', 'duration'].includes(token.text))).toEqual([]);
    });

    test('code lens "Open roadmap" on the programme runs dtp.openPreview with the document URI', async () => {
        const [document] = await buildDocuments(services, { 'file:///work/small.dtp': SMALL.replace(/<\|>|<\||\|>/g, '') });
        const lenses = await services.Dtp.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        expect(lenses).toEqual([{
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            command: { title: 'Open roadmap', command: 'dtp.openPreview', arguments: ['file:///work/small.dtp'] }
        }]);
    });
});
