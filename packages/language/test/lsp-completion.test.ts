// Completion that knows the domain: phase kinds still allowed, capabilities (imported too) with their kind,
// `after` limited to the same or earlier phases with computed end dates, snippets; fast on a 2,000-activity plan.
import { DefaultCompletionProvider, type LangiumServices } from 'langium/lsp';
import { expectCompletion } from 'langium/test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { generatePlan } from '../../cli/scripts/generate-plan.mjs';
import { DtpCompletionProvider } from '../src/lsp/completion.js';
import { buildDocuments, createTestServices, generatedPlan, positionOf, readRepoFile, resetWorkspace } from './lsp-support.js';

const services = createTestServices();
const complete = expectCompletion(services.Dtp);
const labels = (list: CompletionList) => list.items.map(item => item.label);

afterEach(() => resetWorkspace(services));

const PLAN = `programme p "P" {
    start 2027-01-04
    capability cloud "Cloud platform" facility
    phase initiation {
        transformation-plan dtp "DTP" { duration 6w }
    }
    <|>
    phase improvement {
        activity portal "Portal" { duration 3m  requires cloud }
    }
}`;

describe('phase kinds', () => {
    test('after `phase` only the kinds not used yet and in order at that spot are offered', async () => {
        await complete({
            text: PLAN.replace('<|>', 'phase <|>'),
            index: 0,
            assert: list => {
                expect(labels(list)).toContain('foundation');
                expect(labels(list)).not.toContain('initiation'); // used
                expect(labels(list)).not.toContain('improvement'); // used
                expect(labels(list)).not.toContain('continuous-improvement'); // must come after improvement
            }
        });
    });

    test('at the end of the programme only continuous-improvement fits', async () => {
        await complete({
            text: PLAN.replace('<|>', '').replace('requires cloud }\n    }\n', 'requires cloud }\n    }\n    phase <|>\n'),
            index: 0,
            assert: list => {
                const kinds = labels(list).filter(label => ['initiation', 'foundation', 'improvement', 'continuous-improvement'].includes(String(label)));
                expect(kinds).toEqual(['continuous-improvement']);
            }
        });
    });

    test('the phase snippet offers exactly the allowed kinds as a choice', async () => {
        await complete({
            text: PLAN.replace('<|>', '<|>'),
            index: 0,
            assert: list => {
                const snippet = list.items.find(item => item.label === 'phase …');
                expect(snippet?.insertText).toContain('${1|foundation|}');
            }
        });
    });
});

describe('references', () => {
    test('requires offers the capabilities of the file and its imports, with kind and label', async () => {
        await buildDocuments(services, {
            'file:///work/catalogue.dtp': 'capability data-literacy "Data literacy" competence\n'
        });
        await complete({
            text: 'import "./catalogue.dtp"\n' + PLAN.replace('requires cloud', 'requires <|>').replace('<|>\n    phase improvement', '\n    phase improvement'),
            parseOptions: { documentUri: 'file:///work/plan.dtp' },
            index: 0,
            assert: list => {
                const byLabel = new Map(list.items.map(item => [item.label, item]));
                expect(byLabel.get('cloud')?.detail).toBe('facility · Cloud platform');
                expect(byLabel.get('data-literacy')?.detail).toBe('competence · Data literacy');
                expect(byLabel.has('portal')).toBe(false);
            }
        });
    });

    test('after offers activities of the same and earlier phases only, with their computed end', async () => {
        const text = `programme p "P" {
    start 2027-01-04
    phase initiation {
        transformation-plan dtp "DTP" { duration 6w }
    }
    phase foundation {
        activity landing "Landing" { duration 2w  after dtp }
        activity gateway "Gateway" { duration 1w  after <|> }
    }
    phase improvement {
        activity portal "Portal" { duration 3m  after landing }
    }
}`;
        await complete({
            text,
            index: 0,
            assert: list => {
                const byLabel = new Map<unknown, CompletionItem>(list.items.map(item => [item.label, item]));
                expect(byLabel.has('dtp')).toBe(true);
                expect(byLabel.has('landing')).toBe(true);
                expect(byLabel.has('portal')).toBe(false); // a later phase: backward-dependency
                expect(byLabel.has('gateway')).toBe(false); // itself
                // 2027-01-04 + 6w ends (exclusive) 2027-02-15: the last day is 2027-02-14.
                expect(byLabel.get('dtp')?.detail).toBe('initiation · ends 2027-02-15 (last day 2027-02-14)');
            }
        });
    });
});

describe('lists', () => {
    test('a capability already in the list is not offered again', async () => {
        await complete({
            text: 'capability iam "IAM" facility\n' + PLAN.replace('requires cloud', 'requires cloud, <|>').replace('<|>\n    phase improvement', '\n    phase improvement'),
            index: 0,
            assert: list => {
                expect(labels(list)).toContain('iam');
                expect(labels(list)).not.toContain('cloud');
            }
        });
    });

    test('an activity already in `after` is not offered again', async () => {
        await complete({
            text: PLAN.replace('{ duration 6w }', '{ duration 6w }\n        activity b "B" { duration 1w }\n        activity c "C" { after dtp, <|> }')
                .replace('<|>\n    phase improvement', '\n    phase improvement'),
            index: 0,
            assert: list => {
                expect(labels(list)).toContain('b');
                expect(labels(list)).not.toContain('dtp');
            }
        });
    });
});

describe('keywords and snippets', () => {
    test('inside an activity block the properties are offered, and no soft keyword as a name', async () => {
        await complete({
            text: PLAN.replace('{ duration 6w }', '{ duration 6w <|> }'),
            index: 0,
            assert: list => {
                for (const keyword of ['after', 'provides', 'requires', 'owner', 'status', 'progress', 'description']) {
                    expect(labels(list)).toContain(keyword);
                }
                expect(labels(list)).not.toContain('phase');
            }
        });
    });

    test('activity and capability snippets are offered where those elements may start', async () => {
        await complete({
            text: PLAN.replace('transformation-plan dtp', '<|>transformation-plan dtp'),
            index: 0,
            assert: list => expect(labels(list)).toContain('activity …')
        });
        await complete({
            text: PLAN.replace('<|>', '<|>'),
            index: 0,
            assert: list => expect(labels(list)).toContain('capability …')
        });
    });
});

const TRACKED = `programme p "P" {
    start 2027-01-04
    status-date 2027-03-01
    phase initiation {
        transformation-plan dtp "DTP" { duration 4w  started 2027-01-04 }
        milestone go "Go" { after dtp }
        activity a "A" { duration 2w  after go }
    }
}`;

describe('tracking', () => {
    const byLabel = (list: CompletionList) => new Map(list.items.map(item => [String(item.label), item]));

    test('status-date is offered in a programme body until it is given', async () => {
        await complete({
            text: TRACKED.replace('    status-date 2027-03-01\n', '    <|>\n'),
            index: 0,
            assert: list => {
                expect(labels(list)).toContain('status-date');
                expect(labels(list)).not.toContain('started'); // an activity property
            }
        });
        await complete({
            text: TRACKED.replace('    phase initiation', '    <|>\n    phase initiation'),
            index: 0,
            assert: list => {
                expect(labels(list)).toContain('owner'); // the programme's other properties still are
                expect(labels(list)).not.toContain('status-date');
            }
        });
    });

    test('started and finished are offered in activity and milestone bodies, each until it is given', async () => {
        await complete({
            text: TRACKED.replace('started 2027-01-04 }', 'started 2027-01-04 <|> }'),
            index: 0,
            assert: list => {
                expect(labels(list)).toContain('finished');
                expect(labels(list)).toContain('progress');
                expect(labels(list)).not.toContain('started');
            }
        });
        await complete({
            text: TRACKED.replace('{ after dtp }', '{ after dtp  <|> }'),
            index: 0,
            assert: list => {
                expect(labels(list)).toContain('started');
                expect(labels(list)).toContain('finished');
                expect(labels(list)).not.toContain('status-date'); // a programme property
            }
        });
        // Typing the keyword of the property that is there already still completes it.
        await complete({
            text: TRACKED.replace('started 2027-01-04', 'star<|>ted 2027-01-04'),
            index: 0,
            assert: list => expect(labels(list)).toContain('started')
        });
    });

    test('after `status` the three states, and nothing else', async () => {
        await complete({
            text: TRACKED.replace('{ duration 2w  after go }', '{ duration 2w  after go  status <|> }'),
            index: 0,
            assert: list => {
                expect(labels(list).sort()).toEqual(['active', 'done', 'planned']);
            }
        });
    });

    test('after `started` the planned start and the day before the status date', async () => {
        await complete({
            text: TRACKED.replace('{ duration 2w  after go }', '{ duration 2w  after go  started <|> }'),
            index: 0,
            assert: list => {
                // a follows go (2027-01-04 + 4w = 2027-02-01); the status date is 2027-03-01.
                expect(labels(list)).toEqual(['2027-02-01', '2027-02-28']);
                expect(byLabel(list).get('2027-02-01')?.detail).toBe('planned start');
                expect(byLabel(list).get('2027-02-28')?.detail).toBe('the day before the status date 2027-03-01');
            }
        });
    });

    test('after `finished` the planned last day (a milestone: its date); a typed prefix filters', async () => {
        await complete({
            text: TRACKED.replace('{ duration 2w  after go }', '{ duration 2w  after go  finished <|> }'),
            index: 0,
            assert: list => {
                // 2027-02-01 + 2w ends 2027-02-15 (exclusive): the last day is 2027-02-14.
                expect(labels(list)).toEqual(['2027-02-14', '2027-02-28']);
                expect(byLabel(list).get('2027-02-14')?.detail).toBe('planned last day');
            }
        });
        await complete({
            text: TRACKED.replace('{ after dtp }', '{ after dtp  finished <|> }'),
            index: 0,
            assert: list => expect(byLabel(list).get('2027-02-01')?.detail).toBe('planned date')
        });
        await complete({
            text: TRACKED.replace('{ duration 2w  after go }', '{ duration 2w  after go  finished 2027-02-2<|> }'),
            index: 0,
            assert: list => {
                expect(labels(list)).toContain('2027-02-28');
                expect(labels(list)).not.toContain('2027-02-14');
            }
        });
    });

    test('without a status date: only the planned date, never a day derived from one', async () => {
        await complete({
            text: TRACKED.replace('    status-date 2027-03-01\n', '').replace('{ duration 2w  after go }', '{ duration 2w  after go  started <|> }'),
            index: 0,
            assert: list => expect(labels(list)).toEqual(['2027-02-01'])
        });
    });

    test('after `status-date` today\'s date', async () => {
        const local = (now: Date) => `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
        const before = local(new Date());
        await complete({
            text: TRACKED.replace('status-date 2027-03-01', 'status-date <|>'),
            index: 0,
            assert: list => {
                expect(list.items).toHaveLength(1);
                expect([before, local(new Date())]).toContain(list.items[0].label);
                expect(list.items[0].detail).toBe('today');
            }
        });
    });
});

/** The same provider, answering every name that matches, as it did before lists were bounded. */
class UnboundedCompletionProvider extends DtpCompletionProvider {
    protected override maxReferenceItems = Number.POSITIVE_INFINITY;
}

describe('bounded lists of names', () => {
    // In the benchmark's plan (the one `npm run bench` measures): a978 is a foundation activity whose `after` names a964; a980 an improvement activity that requires cap0.
    const AFTER = 'activity a978 "Foundation activity 878" { duration 4w after a964';
    const REQUIRES = 'activity a980 "Improvement activity 0" { duration 8w after a950 requires cap0';
    test.each([
        [AFTER, ''], [AFTER, 'a'], [AFTER, 'a1'], [AFTER, 'a19'], [AFTER, 'A19'], [AFTER, 'a199'], [AFTER, 'a97'],
        [AFTER, 'a9x'], [AFTER, 'a1y2'], [AFTER, 'a980'], [AFTER, 'z'],
        [REQUIRES, ''], [REQUIRES, 'cap'], [REQUIRES, 'cap2'], [REQUIRES, 'cap217'], [REQUIRES, 'c1']
    ])('the best 100 of every name that matches, or all of them when fewer (%#: `%s`)', async (line, typed) => {
        const name = line.slice(line.lastIndexOf(' ') + 1);
        const text = generatePlan(2000).replace(line, line.slice(0, -name.length) + (typed || name));
        const [document] = await buildDocuments(services, { 'file:///work/big.dtp': text });
        const position = positionOf(document, line.slice(0, -name.length), line.length - name.length + typed.length);
        const params = { textDocument: { uri: document.uri.toString() }, position };
        const bounded = (await services.Dtp.lsp.CompletionProvider!.getCompletion(document, params))!;
        const all = (await new UnboundedCompletionProvider(services.Dtp).getCompletion(document, params))!;
        const everything = new Map(all.items.map(item => [item.label, item]));
        expect(bounded.isIncomplete).toBe(true);
        // Nothing that the whole list would not offer, each item as it would offer it but for its place.
        for (const item of bounded.items) expect({ ...item, sortText: undefined }).toEqual({ ...everything.get(item.label), sortText: undefined });
        if (all.items.length <= 100) expect(bounded.items.map(item => item.label).sort()).toEqual([...everything.keys()].sort());
        else expect(bounded.items).toHaveLength(100);
        if (everything.has(typed)) expect(bounded.items.map(item => item.label)).toContain(typed);
        // Ranked: exact, then starting with the text, then the other matches; each group nearest the cursor first.
        const labels = [...bounded.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map(item => item.label);
        const group = (label: string) => label === typed ? 0 : label.startsWith(typed) ? 1 : label.toLowerCase().startsWith(typed.toLowerCase()) ? 2 : 3;
        expect(labels.map(group)).toEqual(labels.map(group).sort());
    }, 60_000);
});

/** The same provider, but reading the whole text before the cursor, as Langium does by default. */
class WholeTextCompletionProvider extends DtpCompletionProvider {
    protected override findFeaturesAt(...args: Parameters<DefaultCompletionProvider['findFeaturesAt']>) {
        return DefaultCompletionProvider.prototype['findFeaturesAt'].apply(this, args);
    }
    protected override backtrackToAnyToken(text: string, offset: number) {
        return DefaultCompletionProvider.prototype['backtrackToAnyToken'].call(this, text, offset);
    }
}

describe('speed', () => {
    test.each(['examples/noordstad.dtp', 'test/fixtures/invalid/half-typed.dtp', 'test/fixtures/invalid/phase-order.dtp'])(
        'reading only the text that matters offers exactly what reading the whole text offers (%s)', async file => {
        const text = readRepoFile(file);
        const [document] = await buildDocuments(services, {
            'file:///work/plan.dtp': text,
            'file:///work/capabilities.dtp': readRepoFile('examples/capabilities.dtp')
        });
        const fast = services.Dtp.lsp.CompletionProvider!;
        const reference = new WholeTextCompletionProvider(services.Dtp as LangiumServices);
        let compared = 0;
        for (let offset = 0; offset <= text.length; offset += 7) {
            const params = { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) };
            const expected = (await reference.getCompletion(document, params))?.items.map(item => item.label).sort();
            const actual = (await fast.getCompletion(document, params))?.items.map(item => item.label).sort();
            expect(actual, `at offset ${offset}: …${JSON.stringify(text.slice(Math.max(0, offset - 30), offset))}`).toEqual(expected);
            compared++;
        }
        expect(compared).toBeGreaterThan(text.length / 7 - 1);
    });

    test('a typed prefix still finds the capability', async () => {
        await complete({
            text: PLAN.replace('requires cloud', 'requires cl<|>').replace('<|>\n    phase improvement', '\n    phase improvement'),
            index: 0,
            assert: list => expect(labels(list)).toContain('cloud')
        });
    });

    test('completion on a 2,000-activity plan (printed, not asserted)', async () => {
        const text = generatedPlan(2000);
        const [document] = await buildDocuments(services, { 'file:///work/big.dtp': text });
        const provider = services.Dtp.lsp.CompletionProvider!;
        const position = positionOf(document, 'after a1998, a1996', 'after '.length);
        const params = { textDocument: { uri: document.uri.toString() }, position };
        await provider.getCompletion(document, params); // warm up
        const times: number[] = [];
        let list: CompletionList | undefined;
        for (let i = 0; i < 5; i++) {
            const started = performance.now();
            list = await provider.getCompletion(document, params);
            times.push(performance.now() - started);
        }
        times.sort((a, b) => a - b);
        console.log(`completion in \`after\` on 2,000 activities: median ${times[2].toFixed(1)} ms (${list?.items.length} items)`);
        expect(list?.items.some(item => item.label === 'a1998')).toBe(true);
    }, 180_000); // a big plan on a loaded machine: generous, since the figure is printed, not asserted
});
