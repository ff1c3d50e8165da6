// The fast parser (src/parser/fast-parser.ts) against Langium's: on every plan in the repository, on generated plans
// with and without comments, and on thousands of broken variants of them, it either gives up (and Langium's parser
// reports the error) or gives exactly what Langium's parser gives: the same AST (types, properties, values, references,
// containers, and the order in which Langium's streams visit nodes) and the same CST (nodes, offsets, ranges, grammar
// elements, tokens, comments). The many small nodes get all their properties at once, in one fixed order (one hidden
// class per type): their keys are compared without order and undefined values, the other nodes' keys in order.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import {
    AstUtils, CstUtils, GrammarAST, isAstNode, isCompositeCstNode, isLeafCstNode, isReference, isRootCstNode, URI, type AstNode, type CstNode, type ParseResult, type ValueType
} from 'langium';
import { describe, expect, test } from 'vitest';
import { generatePlan } from '../../cli/scripts/generate-plan.mjs';
import { DtpValueConverter } from '../src/parser/kinds.js';
import { createTestServices, generatedPlan, REPO } from './lsp-support.js';
import { random } from './random.js';

const services = createTestServices();
const fast = services.Dtp.parser.FastParser;
const langium = services.Dtp.parser.LangiumParser;

/** Every .dtp file of the repository (examples, fixtures, test plans), with its path. */
function repositoryPlans(): [string, string][] {
    const found: [string, string][] = [];
    const walk = (dir: string) => {
        for (const name of readdirSync(dir)) {
            if (name === 'node_modules' || name.startsWith('.') || name === 'out' || name === 'dist') continue;
            const file = path.join(dir, name);
            if (statSync(file).isDirectory()) walk(file);
            else if (name.endsWith('.dtp')) found.push([path.relative(REPO, file), readFileSync(file, 'utf8')]);
        }
    };
    for (const dir of ['examples', 'test', 'packages']) walk(path.join(REPO, dir));
    return found;
}

/**
 * Everything observable about a parse result, with object identities turned into numbers: AST nodes and CST nodes
 * by the order of a walk, grammar elements and token types by a registry shared by both parsers' results.
 */
const shared = new Map<unknown, number>();
const sharedId = (object: unknown) => {
    if (object === undefined) return undefined;
    if (!shared.has(object)) shared.set(object, shared.size);
    return shared.get(object);
};

/** The types whose nodes the fast parser makes with all their properties, in one fixed order. */
const FIXED_SHAPES = new Set(['Activity', 'Capability', 'DateLiteral', 'Dependency', 'DurationLiteral', 'Import', 'Phase']);

/** Whether a node spans more than one token: only among such nodes can the order of Langium's streams be told apart. */
const manyTokens = (node: AstNode) => CstUtils.streamCst(node.$cstNode!).filter(cst => isLeafCstNode(cst) && !cst.hidden).limit(2).count() > 1;

function snapshot(result: ParseResult): unknown {
    const cstIds = new Map<CstNode, number>();
    const astIds = new Map<AstNode, number>();
    const cst: unknown[] = [];
    const walkCst = (node: CstNode): void => {
        cstIds.set(node, cstIds.size);
        const entry: Record<string, unknown> = {
            kind: isRootCstNode(node) ? 'root' : isCompositeCstNode(node) ? 'composite' : 'leaf',
            offset: node.offset, end: node.end, length: node.length, range: node.range, hidden: node.hidden, text: node.text,
            grammarSource: sharedId(node.grammarSource)
        };
        if (isLeafCstNode(node)) entry.tokenType = sharedId(node.tokenType);
        cst.push(entry);
        if (isCompositeCstNode(node)) for (const child of node.content) walkCst(child);
    };
    const root = result.value.$cstNode;
    if (root) walkCst(root.root);
    const ast: unknown[] = [];
    const value = (item: unknown): unknown => {
        if (isAstNode(item)) return { node: astIds.get(item) };
        if (isReference(item)) return { $refText: item.$refText, $refNode: item.$refNode && cstIds.get(item.$refNode) };
        if (Array.isArray(item)) return item.map(value);
        return item;
    };
    const walkAst = (node: AstNode): void => {
        astIds.set(node, astIds.size);
        const entry: [string, unknown][] = [];
        ast.push(entry);
        const entries = Object.entries(node).filter(([, item]) => item !== undefined);
        if (FIXED_SHAPES.has(node.$type)) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        for (const [key, item] of entries) {
            if (key === '$cstNode') entry.push([key, cstIds.get(item as CstNode)]);
            else if (key === '$container') entry.push([key, astIds.get(item as AstNode)]);
            else if (key === '$document') continue;
            else {
                for (const child of Array.isArray(item) ? item : [item]) if (isAstNode(child) && !astIds.has(child)) walkAst(child);
                entry.push([key, value(item)]);
            }
        }
    };
    walkAst(result.value);
    // Each CST node's AST node, as the CST's own getter finds it.
    const owners = [...cstIds.keys()].map(node => { try { return astIds.get(node.astNode); } catch { return 'none'; } });
    // The order of Langium's streams (exported symbols, folding ranges, ...) among nodes of more than one token.
    const streamed = AstUtils.streamAst(result.value).filter(manyTokens).map(node => astIds.get(node)).toArray();
    return { ast, cst, owners, streamed };
}

function compare(text: string): 'same' | 'fallback' {
    const expected = langium.parse(text);
    const actual = fast.parse(text);
    const clean = expected.lexerErrors.length === 0 && expected.parserErrors.length === 0;
    if (!actual) {
        // Giving up is right only where Langium finds an error.
        expect(clean, 'the fast parser gave up on a plan without syntax errors').toBe(false);
        return 'fallback';
    }
    expect(clean, 'the fast parser accepted a plan with syntax errors').toBe(true);
    expect(snapshot(actual)).toEqual(snapshot(expected));
    expect(actual.lexerErrors).toEqual([]);
    expect(actual.parserErrors).toEqual([]);
    return 'same';
}

const PIECES = ['{', '}', ',', '+', '-', '%', '"x"', 'activity', 'milestone', 'phase', 'programme', 'capability', 'after', 'requires',
    'provides', 'start', 'duration', 'every', 'status', 'done', 'low', 'initiation', 'foundation', '2027-01-04', '3w', '12', 'x1',
    '// c\n', '/* c */', 'import', '"a.dtp"', 'status-date', 'started', 'finished', 'progress', 'owner', 'description', 'facility', '\n'];

/** Broken (and sometimes still valid) variants: a word deleted, duplicated, swapped or replaced, a piece inserted. */
function variants(text: string, count: number, seed: number): string[] {
    const next = random(seed);
    const words = [...text.matchAll(/"(?:\\.|[^"\\\n])*"|\/\/[^\n]*|\/\*[\s\S]*?\*\/|[^\s{},%+]+|[{},%+]/g)];
    const result: string[] = [];
    for (let i = 0; i < count && words.length > 0; i++) {
        const word = words[Math.floor(next() * words.length)];
        const at = word.index!;
        const end = at + word[0].length;
        const piece = PIECES[Math.floor(next() * PIECES.length)];
        switch (Math.floor(next() * 4)) {
            case 0: result.push(text.slice(0, at) + text.slice(end)); break;
            case 1: result.push(text.slice(0, end) + ' ' + word[0] + text.slice(end)); break;
            case 2: result.push(text.slice(0, at) + piece + text.slice(end)); break;
            default: result.push(text.slice(0, at) + piece + ' ' + text.slice(at)); break;
        }
    }
    return result;
}

describe('the fast parser', () => {
    test('is on for the DTP grammar (it is LL(1))', () => {
        expect(fast.parse('programme p { }')).toBeDefined();
        expect(fast.unsupported).toBeUndefined();
    });

    const plans = repositoryPlans();

    test('the repository has plans to compare on', () => {
        expect(plans.length).toBeGreaterThan(30);
    });

    test.each(plans)('parses %s exactly as Langium does, or leaves it to Langium', (_file, text) => {
        compare(text);
    });

    test.each([
        ['a generated plan', generatePlan(300)],
        ['a generated plan with descriptions', generatePlan(60, { descriptionLength: 40 })],
        ['the test plan', generatedPlan(200)],
        ['a plan with a comment on every line', generatePlan(120).replace(/\n/g, ' // note\n')],
        ['a plan with block comments between tokens', generatePlan(60).replace(/ \{ /g, ' /* open */ { /* in */ ')],
        ['a plan with CRLF line ends and comments', generatePlan(80).replace(/\n/g, ' // c\r\n')],
        ['a plan with CR line ends and block comments across lines', generatePlan(40).replace(/\n/g, '\r').replace(/ \{ /g, ' /* a\r\nb\rc */ { ')],
        ['comments only', '// one\n/* two */\n'],
        ['nothing', ''],
        ['whitespace', '  \n\t\n'],
        ['soft keywords as names', 'programme low { phase initiation "I" { activity done "D" { after planned } activity planned { } } capability facility "F" competence }'],
        ['an activity without a body', 'programme p { phase initiation { activity a activity b "B" milestone m } }'],
        ['every property', `import "lib.dtp"
capability cat "Catalogue" facility
programme p "P" { start 2027-01-04 status-date 2027-03-01 owner "O" description "D"
  capability c "C" competence
  phase initiation "I" { start 2027-01-04 duration 3m intensity high
    transformation-plan dtp "DTP" { duration 6w owner "me" status active progress 40 % started 2027-01-05 }
    milestone m "M" { after dtp + 2w, dtp - 1d start 2027-02-01 finished 2027-02-02 provides c, cat requires cat every 1m description "x\\"y" }
  }
  phase continuous-improvement { activity r { every 3m } }
  phase initiatie { activty a { } }
}`]
    ])('parses %s exactly as Langium does', (_name, text) => {
        expect(compare(text)).toBe('same');
    });

    test('on broken variants of plans: the same result, or Langium\'s parser with its errors', () => {
        const sources = [
            ...plans.filter(([file]) => file.startsWith('examples/')).map(([, text]) => text),
            generatePlan(40), generatePlan(30).replace(/\n/g, ' // c\n')
        ];
        const outcomes = { same: 0, fallback: 0 };
        sources.forEach((text, i) => {
            for (const variant of variants(text, 150, i + 1)) outcomes[compare(variant)]++;
        });
        // Both outcomes occur: some variants stay valid (a word duplicated in a list), most break.
        expect(outcomes.same).toBeGreaterThan(50);
        expect(outcomes.fallback).toBeGreaterThan(500);
    });

    test('places comments exactly as Langium does wherever they stand between tokens, at every depth of the tree', () => {
        // The fast path keeps the children of open nodes in one shared stack and places comments in it: a comment
        // before a node's first token goes before the innermost open node that is not its parent's first child.
        const text = generatePlan(12);
        // The ends of tokens (and of the comment on the first line): every place where a comment may stand.
        const gaps = [0, ...[...text.matchAll(/"(?:\\.|[^"\\\n])*"|\/\/[^\n]*|[{},%+]|[^\s"{},%+]+/g)].map(match => match.index! + match[0].length)];
        const next = random(11);
        for (let i = 0; i < 200; i++) {
            let variant = text;
            // One to three comments, inserted from the end so the earlier gaps stay where they were.
            const picks = Array.from({ length: 1 + Math.floor(next() * 3) }, () => gaps[Math.floor(next() * gaps.length)]).sort((a, b) => b - a);
            for (const at of picks) variant = variant.slice(0, at) + (next() < 0.5 ? ' /* c */ ' : ' // c\n') + variant.slice(at);
            expect(compare(variant)).toBe('same');
        }
        expect(compare('/* first */ programme p { } // last')).toBe('same');
    });

    test('converts every rule\'s values as the value converter does, with the conversion chosen once per rule', () => {
        const converter = services.Dtp.parser.ValueConverter;
        expect(converter).toBeInstanceOf(DtpValueConverter);
        const dtp = converter as DtpValueConverter;
        const runConverter = (rule: GrammarAST.AbstractRule, input: string) =>
            (dtp as unknown as { runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType }).runConverter(rule, input, undefined as unknown as CstNode);
        const inputs = ['"plain label"', '""', '"a \\"quoted\\" word"', '"tab\\tand\\nline\\\\"', '"ü \\u0041"', '12', '007', 'abc', '^abc',
            'initiation', 'initiatie', 'continuous-improvement', 'zzz', 'activity', 'activty', 'milestone', '2027-01-04', '3w', 'high'];
        const rules = services.Dtp.Grammar.rules.filter(rule => GrammarAST.isTerminalRule(rule) || GrammarAST.isParserRule(rule));
        expect(rules.map(rule => rule.name)).toEqual(expect.arrayContaining(['STRING', 'INT', 'ID', 'Id', 'PhaseKind', 'ActivityKind', 'DATE']));
        for (const rule of rules) {
            const convert = dtp.converterFor(rule);
            for (const input of inputs) expect(convert(input), `${rule.name} ${input}`).toStrictEqual(runConverter(rule, input));
        }
    });

    test('gives all nodes of a type one shape, except the plan\'s and programmes\' (their children\'s order shows)', () => {
        const text = 'import "a.dtp"\nimport "b.dtp"\n' + generatePlan(300, { descriptionLength: 20 }) + '\nprogramme q { phase initiation { activity x { start 2027-01-04 after y } activity y { every 1m } } capability c "C" competence }';
        const keysByType = new Map<string, Set<string>>();
        for (const node of AstUtils.streamAst(fast.parse(text)!.value)) {
            let keys = keysByType.get(node.$type);
            if (!keys) keysByType.set(node.$type, keys = new Set());
            keys.add(Object.keys(node).filter(key => key !== '$document').join());
        }
        const uniform = [...keysByType].filter(([type, keys]) => keys.size === 1 && type !== 'Plan').map(([type]) => type).sort();
        expect(uniform).toEqual([...FIXED_SHAPES].sort());
        expect(keysByType.get('Programme')!.size).toBeGreaterThan(1);
    });

    test('documents are parsed on the fast path; the result is the fast parser\'s', () => {
        const text = generatePlan(50);
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('memory:///fast.dtp'));
        expect(snapshot(document.parseResult)).toEqual(snapshot(fast.parse(text)!));
        // A plan with a syntax error goes to Langium's parser, which reports it.
        const broken = services.shared.workspace.LangiumDocumentFactory.fromString(text.replace('duration', 'duraton'), URI.parse('memory:///broken.dtp'));
        expect(broken.parseResult.parserErrors.length).toBeGreaterThan(0);
    });
});
