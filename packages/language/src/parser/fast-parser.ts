// A fast path for parsing plans without syntax errors, with the same result as Langium's parser.
//
// Why: Langium's parser runs Chevrotain's general machinery (rule stacks, adaptive lookahead, error recovery) for
// every token; on plans of 10,000 activities that was a third of `dtp validate`. The DTP grammar is LL(1), so one
// token decides every choice. This parser compiles the grammar itself (services.Grammar) into parse functions with
// that one-token lookahead, deciding on token kinds (numbers) through tables, and builds the AST and the CST with
// Langium's own CST node classes, value conversions and linker, step for step as LangiumParser and its
// CstNodeBuilder do: the same nodes, properties, references, ranges and comments, and Langium's own token types.
// One difference nobody can tell: the many small nodes (activities, ...) get all their type's properties at once,
// undefined until assigned, in one fixed order (shapeOf), so that they share one hidden class.
//
// When it is not sure, it does not guess: a lexer error, any token the grammar does not expect there, or a grammar
// that is not LL(1) (checked once, when it is compiled) makes `parse` return undefined, and the caller uses Langium's
// parser, which reports the error and recovers as before. test/fast-parser.test.ts compares both parsers, node for
// node, on every plan in the repository and on thousands of broken variants of them.
import {
    AstUtils, type CompositeCstNodeImpl, DatatypeSymbol, DefaultValueConverter, GrammarAST, GrammarUtils, LeafCstNodeImpl, RootCstNodeImpl,
    type AstNode, type CompositeCstNode, type CstNode, type LangiumCoreServices, type LeafCstNode, type Linker, type ParseResult, type ValueConverter,
    type ValueType
} from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { createScanner, EOF, LexerError, type LexToken, type TokenStream } from './scanner.js';
import { LeafKind, LightComposite, LightLeaf } from './light-leaf.js';
import { placeHiddenNodes, type HiddenNodeTarget } from './linear-cst.js';
import { DtpValueConverter } from './kinds.js';

/** Thrown where the input leaves the fast path; caught once, in parse. */
class Unexpected {}
const UNEXPECTED = new Unexpected();

/** Why the grammar cannot be parsed on the fast path (compile time). */
class Unsupported extends Error {}

/** An AST node under construction, or a datatype rule's text (DatatypeSymbol), as LangiumParser keeps them. */
type Building = Record<string, unknown> & { $type: string | symbol; $cstNode?: CstNode; value?: string };

type Parse = (state: ParseState) => void;

/** A grammar element compiled for LL(1): what token can start it, whether it can be empty, and how to parse it. */
interface Compiled {
    first: Set<string>;
    nullable: boolean;
    parse: Parse;
}

/** How a token's or a datatype rule's text becomes its value: the value converter's conversion for that place. */
type Conversion = (input: string, cstNode: CstNode) => ValueType;

/** How a value is assigned to the node being built: LangiumParser.assign for one assignment of the grammar. */
type Assign = (node: Building, value: unknown, cstNode: CstNode) => void;

interface ParseState {
    text: string;
    tokens: TokenStream;
    /** Tokens consumed so far. */
    consumed: number;
    builder: FastCstBuilder;
    /** The AST node (or datatype text) being built: LangiumParser's `current`. */
    node: Building;
}

/**
 * Builds the CST as Langium's CstNodeBuilder does, node for node, for this parser: leaves are made from the scanner's
 * tokens (which carry a length instead of their image) as light leaves (light-leaf.ts), comments as Langium's
 * leaves, placed where Langium's builder places them (linear-cst.ts).
 *
 * Langium's builder pushes each node's children into an array that V8 first gives room for 17, then copies it to
 * one of the exact size when the node is complete: on 10,000 activities, 12 MB of garbage. Here the children of
 * the open nodes wait in one shared array instead, each open node's after its parent's (of which it is the last
 * child), and each node's content is copied out once, at its exact size, when it is complete.
 */
class FastCstBuilder implements HiddenNodeTarget {
    readonly root: RootCstNodeImpl;
    /** The innermost open node: the node being built. */
    private top: CompositeCstNodeImpl;
    /** The open nodes, the root first; each is the last child of the one before. */
    private readonly open: CompositeCstNodeImpl[];
    /** Where each open node's children start in `pending`; they end where the next open node's start. */
    private readonly starts: number[] = [0];
    /**
     * The children of the open nodes: the first `size` entries (a stack that is never shrunk, as setting an
     * array's length is a slow call; what lies beyond `size` is stale and overwritten).
     */
    private readonly pending: CstNode[] = [];
    private size = 0;

    constructor(text: string) {
        this.root = this.top = new RootCstNodeImpl(text);
        this.open = [this.root];
    }

    /** The node being built; the root once the entry rule's node is complete. */
    get current(): CompositeCstNodeImpl {
        return this.top;
    }

    /** buildLeafNode for a token, of the kind its grammar element and type make. */
    leaf(token: LexToken, kind: LeafKind): LightLeaf {
        const leaf = new LightLeaf(this.top, kind, token.startOffset, token.length);
        this.pending[this.size++] = leaf;
        return leaf;
    }

    /** buildCompositeNode: a node for a rule's call, open until `construct`. */
    composite(feature: GrammarAST.AbstractElement): CompositeCstNodeImpl {
        const node = new LightComposite(this.top, feature);
        this.pending[this.size++] = node;
        this.open.push(node);
        this.starts.push(this.size);
        this.top = node;
        return node;
    }

    /** construct: closes the open node; an empty one is removed from its parent (of which it is the last child). */
    construct(item: Building): void {
        item.$cstNode = this.top;
        this.close();
    }

    /** Closes the open node (construct without an item: a one-token datatype rule's text needs none). */
    close(): void {
        const node = this.top;
        const start = this.starts.pop()!;
        this.open.pop();
        if (this.size > start) {
            node.content = this.pending.slice(start, this.size);
            this.size = start;
        } else if (start > 0) {
            this.size = start - 1;
        }
        this.top = this.open.length > 0 ? this.open[this.open.length - 1] : this.root;
    }

    /**
     * addHiddenNodes: the comments before a token (or after the last), as Langium's leaves, where placeHiddenNodes
     * puts them: after the content of the node being built, or, while it has none, before the innermost open node
     * that is not its parent's first child (the root's start if there is none).
     */
    hidden(tokens: LexToken[]): void {
        if (tokens.length === 0) return;
        const nodes: LeafCstNode[] = tokens.map(token => new LeafCstNodeImpl(
            token.startOffset, token.length, token.startLine - 1, token.startColumn - 1, token.endLine - 1, token.endColumn, token.tokenType, true
        ));
        const open = this.open;
        if (open.length === 0) {
            placeHiddenNodes(this, nodes); // after the entry rule: the content is in the nodes
            return;
        }
        const { pending, starts } = this;
        const innermost = open.length - 1;
        if (this.size > starts[innermost]) {
            for (const node of nodes) {
                (node as { container?: CompositeCstNode }).container = this.top;
                pending[this.size++] = node;
            }
            return;
        }
        let level = innermost;
        // open[level] sits at starts[level] - 1, its index among its parent's children is counted from starts[level - 1].
        while (level > 0 && starts[level] - 1 - starts[level - 1] === 0) level--;
        const at = level > 0 ? starts[level] - 1 : 0;
        const parent = level > 0 ? open[level - 1] : this.root;
        for (const node of nodes) (node as { container?: CompositeCstNode }).container = parent;
        pending.splice(at, 0, ...nodes);
        this.size += nodes.length;
        for (let i = Math.max(level, 1); i <= innermost; i++) starts[i] += nodes.length;
    }

    appendChildren(parent: CompositeCstNode, children: CstNode[]): void {
        const target = parent as CompositeCstNodeImpl;
        for (const child of children) (child as { container?: CompositeCstNode }).container = target;
        if (target.content.length === 0) target.content = children.slice();
        else target.content.push(...children);
    }

    insertChildren(parent: CompositeCstNode, index: number, children: CstNode[]): void {
        const target = parent as CompositeCstNodeImpl;
        for (const child of children) (child as { container?: CompositeCstNode }).container = target;
        target.content.splice(index, 0, ...children);
    }
}

export class FastParser {
    private readonly services: LangiumCoreServices;
    private readonly linker: Linker;
    private readonly converter: ValueConverter;
    private compiled: CompiledGrammar | undefined;
    private scanner: ((text: string) => TokenStream) | null | undefined;
    /** Why the fast path is off for this grammar (tests read it); undefined while it is on. */
    unsupported: string | undefined;

    constructor(services: LangiumCoreServices) {
        this.services = services;
        this.linker = services.references.Linker;
        this.converter = services.parser.ValueConverter;
    }

    /** The parse result Langium's parser would give, or undefined when the text needs Langium's parser (errors). */
    parse<T extends AstNode = AstNode>(text: string): ParseResult<T> | undefined {
        const compiled = this.compile();
        if (!compiled) return undefined;
        const builder = new FastCstBuilder(text);
        let value: AstNode;
        let tokens: TokenStream;
        try {
            tokens = this.tokens(text, compiled);
            const state: ParseState = { text, tokens, consumed: 0, builder, node: undefined as unknown as Building };
            value = compiled.entry(state);
        } catch (error) {
            if (error === UNEXPECTED || error instanceof LexerError) return undefined;
            throw error;
        }
        if (tokens.type !== EOF) return undefined; // input left over: Langium reports it
        if (value.$cstNode) (value.$cstNode as CompositeCstNode & { astNode: AstNode }).astNode = value;
        builder.hidden(tokens.hidden);
        return { value: value as T, lexerErrors: [], lexerReport: this.lexerReport(text), parserErrors: [] };
    }

    /** The plan's tokens: from the scanner when it knows the grammar's terminals, else from Langium's lexer. */
    private tokens(text: string, compiled: CompiledGrammar): TokenStream {
        this.scanner ??= createScanner(this.services.parser.Lexer.definition as Record<string, TokenType>) ?? null;
        if (this.scanner) return this.scanner(text);
        const lexed = this.services.parser.Lexer.tokenize(text);
        if (lexed.errors.length > 0) throw UNEXPECTED;
        return arrayStream(lexed.tokens, lexed.hidden, compiled.kinds);
    }

    /** What Langium's lexer reports besides errors (nothing for DTP: its token builder keeps no report). */
    private lexerReport(text: string): ParseResult['lexerReport'] {
        const tokenBuilder = this.services.parser.TokenBuilder as { flushLexingReport?(text: string): ParseResult['lexerReport'] };
        return tokenBuilder.flushLexingReport?.(text);
    }

    private compile(): CompiledGrammar | undefined {
        if (this.compiled || this.unsupported) return this.compiled;
        try {
            this.compiled = new GrammarCompiler(this.services, this.linker, this.converter).compile();
        } catch (error) {
            if (!(error instanceof Unsupported)) throw error;
            this.unsupported = error.message;
        }
        return this.compiled;
    }
}

/** What one token kind consumes in a one-token datatype rule (GrammarCompiler.oneTokenChoices). */
interface OneTokenChoice {
    leafKind: LeafKind;
    keywordText: string | undefined;
    convert: Conversion | undefined;
}

interface CompiledGrammar {
    entry: (state: ParseState) => AstNode;
    /** Each token type's kind (its index in the lexer's definition), by name; EOF's is the definition's size. */
    kinds: Map<string, number>;
}

/** The parse function of an alternative no token starts: the input leaves the grammar there. */
const unexpected: Parse = () => { throw UNEXPECTED; };

/**
 * Compiles the grammar's parser rules into LL(1) parse functions, refusing what this parser does not handle.
 * Every decision is made here, once: which token kinds start each part (as arrays indexed by the token's kind),
 * how each assignment assigns and how each value is converted; the parse functions only follow them.
 */
class GrammarCompiler {
    private readonly grammar: GrammarAST.Grammar;
    private readonly reflection: LangiumCoreServices['shared']['AstReflection'];
    private readonly kinds = new Map<string, number>();
    private readonly definition: Record<string, TokenType>;
    private readonly rules = new Map<GrammarAST.ParserRule, { run: (state: ParseState) => unknown; compiled?: Compiled }>();
    private readonly firsts = new Map<GrammarAST.AbstractElement | GrammarAST.ParserRule, { first: Set<string>; nullable: boolean }>();
    private readonly inProgress = new Set<GrammarAST.ParserRule>();
    private readonly datatypes = new Map<GrammarAST.ParserRule, boolean>();

    constructor(services: LangiumCoreServices, private readonly linker: Linker, private readonly converter: ValueConverter) {
        this.grammar = services.Grammar;
        this.reflection = services.shared.AstReflection;
        const definition = this.definition = services.parser.Lexer.definition as Record<string, TokenType>;
        for (const tokenType of Object.values(definition)) {
            // Token categories would let one token type match another's consume: not LL(1) on names any more.
            if (tokenType.CATEGORIES?.length) throw new Unsupported(`token ${tokenType.name} has categories`);
        }
        for (const name of Object.keys(definition)) this.kinds.set(name, this.kinds.size);
        this.kinds.set(EOF, this.kinds.size);
    }

    compile(): CompiledGrammar {
        const entry = this.grammar.rules.find(rule => GrammarAST.isParserRule(rule) && rule.entry) as GrammarAST.ParserRule | undefined;
        if (!entry || this.isDataTypeRule(entry)) throw new Unsupported('no entry rule');
        const run = this.rule(entry).run;
        this.checkLL1(entry);
        return { entry: state => run(state) as AstNode, kinds: this.kinds };
    }

    /** GrammarUtils.isDataTypeRule, which walks the rule, once per rule. */
    private isDataTypeRule(rule: GrammarAST.ParserRule): boolean {
        let datatype = this.datatypes.get(rule);
        if (datatype === undefined) this.datatypes.set(rule, datatype = GrammarUtils.isDataTypeRule(rule));
        return datatype;
    }

    // ---- FIRST sets ----

    private firstOfRule(rule: GrammarAST.ParserRule): { first: Set<string>; nullable: boolean } {
        const known = this.firsts.get(rule);
        if (known) return known;
        if (this.inProgress.has(rule)) throw new Unsupported(`rule ${rule.name} is left-recursive`);
        this.inProgress.add(rule);
        const result = this.firstOf(rule.definition);
        this.inProgress.delete(rule);
        this.firsts.set(rule, result);
        return result;
    }

    private firstOf(element: GrammarAST.AbstractElement): { first: Set<string>; nullable: boolean } {
        const known = this.firsts.get(element);
        if (known) return known;
        let result: { first: Set<string>; nullable: boolean };
        if (GrammarAST.isKeyword(element)) {
            result = { first: new Set([this.token(element.value)]), nullable: false };
        } else if (GrammarAST.isAssignment(element)) {
            result = this.firstOf(element.terminal);
        } else if (GrammarAST.isCrossReference(element)) {
            if (!element.terminal) throw new Unsupported('cross-reference without terminal');
            result = this.firstOf(element.terminal);
        } else if (GrammarAST.isRuleCall(element)) {
            const rule = element.rule.ref;
            if (GrammarAST.isTerminalRule(rule)) result = { first: new Set([this.token(rule.name)]), nullable: false };
            else if (GrammarAST.isParserRule(rule)) result = this.firstOfRule(rule);
            else throw new Unsupported(`rule call ${element.rule.$refText}`);
        } else if (GrammarAST.isAlternatives(element)) {
            const first = new Set<string>();
            let nullable = false;
            for (const alternative of element.elements) {
                const inner = this.firstOf(alternative);
                for (const name of inner.first) first.add(name);
                nullable ||= inner.nullable;
            }
            result = { first, nullable };
        } else if (GrammarAST.isGroup(element) && !GrammarAST.isUnorderedGroup(element)) {
            const first = new Set<string>();
            let nullable = true;
            for (const child of element.elements) {
                const inner = this.firstOf(child);
                for (const name of inner.first) first.add(name);
                if (!inner.nullable) { nullable = false; break; }
            }
            result = { first, nullable };
        } else {
            throw new Unsupported(`grammar element ${element.$type}`);
        }
        if (element.cardinality === '?' || element.cardinality === '*') result = { first: result.first, nullable: true };
        this.firsts.set(element, result);
        return result;
    }

    private token(name: string): string {
        if (!this.kinds.has(name) || name === EOF) throw new Unsupported(`no token ${name}`);
        return name;
    }

    /** The token kinds of a FIRST set, as a table indexed by kind (1: in the set). */
    private mask(first: Set<string>): Uint8Array {
        const mask = new Uint8Array(this.kinds.size);
        for (const name of first) mask[this.kinds.get(name)!] = 1;
        return mask;
    }

    // ---- LL(1): every choice is decided by the next token ----

    /**
     * Computes what may follow every optional or repeated element and checks that one token always decides: the
     * alternatives of a choice start with different tokens, and an optional part never starts with a token that
     * may follow it. Then this parser and Langium's make the same choices on every input this one accepts.
     */
    private checkLL1(entry: GrammarAST.ParserRule): void {
        const ruleFollow = new Map<GrammarAST.ParserRule, Set<string>>();
        const elementFollow = new Map<GrammarAST.AbstractElement, Set<string>>();
        ruleFollow.set(entry, new Set([EOF]));
        const addAll = (target: Set<string>, source: Iterable<string>) => {
            let changed = false;
            for (const name of source) if (!target.has(name)) { target.add(name); changed = true; }
            return changed;
        };
        let changed = true;
        const visit = (element: GrammarAST.AbstractElement, follow: Set<string>): void => {
            const own = new Set(follow);
            if (element.cardinality === '*' || element.cardinality === '+') addAll(own, this.firstOf(element).first);
            // What follows the element as a whole; its repeated body is also followed by its own start.
            let known = elementFollow.get(element);
            if (!known) elementFollow.set(element, known = new Set());
            if (addAll(known, follow)) changed = true;
            if (GrammarAST.isAssignment(element)) visit(element.terminal, own);
            else if (GrammarAST.isCrossReference(element)) visit(element.terminal!, own);
            else if (GrammarAST.isAlternatives(element)) for (const alternative of element.elements) visit(alternative, own);
            else if (GrammarAST.isGroup(element)) {
                let after = own;
                for (let i = element.elements.length - 1; i >= 0; i--) {
                    const child = element.elements[i];
                    visit(child, after);
                    const inner = this.firstOf(child);
                    after = inner.nullable ? new Set([...inner.first, ...after]) : new Set(inner.first);
                }
            } else if (GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref)) {
                const rule = element.rule.ref;
                let target = ruleFollow.get(rule);
                if (!target) ruleFollow.set(rule, target = new Set());
                if (addAll(target, own)) changed = true;
            }
        };
        while (changed) {
            changed = false;
            for (const [rule, follow] of [...ruleFollow]) visit(rule.definition, follow);
        }
        for (const [element, follow] of elementFollow) {
            const { first } = this.firstOf(element);
            if (GrammarAST.isAlternatives(element)) {
                const seen = new Set<string>();
                for (const alternative of element.elements) {
                    const inner = this.firstOf(alternative);
                    if (inner.nullable) throw new Unsupported('an alternative that can be empty');
                    for (const name of inner.first) {
                        if (seen.has(name)) throw new Unsupported(`two alternatives start with ${name}`);
                        seen.add(name);
                    }
                }
            }
            if (element.cardinality === '?' || element.cardinality === '*' || element.cardinality === '+') {
                const inner = this.firstOf({ ...element, cardinality: undefined } as GrammarAST.AbstractElement);
                if (inner.nullable) throw new Unsupported('a repeated or optional part that can be empty');
                for (const name of first) if (follow.has(name)) throw new Unsupported(`${name} may start or follow an optional part`);
            }
        }
    }

    // ---- parse functions, mirroring LangiumParser step for step ----

    private rule(rule: GrammarAST.ParserRule): { run: (state: ParseState) => unknown } {
        let entry = this.rules.get(rule);
        if (entry) return entry;
        if (rule.fragment || rule.parameters.length > 0 || GrammarAST.isInfixRule(rule)) throw new Unsupported(`rule ${rule.name}`);
        const holder: { body: Parse } = { body: unexpected };
        // construct(): LangiumParser's order: the CST node is closed, then the value converted or defaults set.
        if (this.isDataTypeRule(rule)) {
            const convert = this.conversion(rule);
            entry = {
                run: state => {
                    const parent = state.node;
                    const node: Building = { $type: DatatypeSymbol, value: '' };
                    state.node = node;
                    holder.body(state);
                    state.node = parent;
                    state.builder.construct(node);
                    return convert(node.value!, node.$cstNode!);
                }
            };
        } else {
            const type = GrammarUtils.getTypeName(rule);
            // AstUtils.assignMandatoryProperties, with the type's defaults looked up once.
            const defaults = mandatoryDefaults(this.reflection, type);
            const shape = this.fixedShape(rule) ? shapeOf(this.reflection, type) : undefined;
            entry = {
                run: state => {
                    const parent = state.node;
                    const node: Building = shape ? shape() : { $type: type };
                    state.node = node;
                    holder.body(state);
                    state.node = parent;
                    state.builder.construct(node);
                    for (let i = 0; i < defaults.length; i++) {
                        const [name, value] = defaults[i];
                        if (node[name] === undefined) node[name] = Array.isArray(value) ? copyDefault(value) : value;
                    }
                    return node;
                }
            };
        }
        this.rules.set(rule, entry);
        holder.body = this.element(rule.definition).parse;
        return entry;
    }

    /**
     * Whether the rule's nodes may be made with all their properties from the start (shapeOf). That changes the order
     * of their keys, which Langium's AST streams follow; the order in which they visit a node's children can be told
     * apart (exported symbols, folding ranges) only among children of more than one token, so a rule qualifies when
     * at most one of its features holds such children. In DTP those are activities, phases, dependencies and literals
     * (the thousands of nodes), but not the plan or its programmes, which keep the source's order.
     */
    private fixedShape(rule: GrammarAST.ParserRule): boolean {
        const features = new Set<string>();
        // Whether an assignment's terminal (a rule call, or a choice of them: `x=(A | B)`) can hold such children.
        const holdsNodes = (element: GrammarAST.AbstractElement): boolean => {
            if (GrammarAST.isRuleCall(element)) {
                const called = element.rule.ref;
                return GrammarAST.isParserRule(called) && !this.isDataTypeRule(called) && !isOneToken(called);
            }
            return GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element) ? element.elements.some(holdsNodes) : false;
        };
        const visit = (element: GrammarAST.AbstractElement): void => {
            if (GrammarAST.isAssignment(element)) {
                if (holdsNodes(element.terminal)) features.add(element.feature);
            } else if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element)) {
                element.elements.forEach(visit);
            }
        };
        visit(rule.definition);
        return features.size <= 1;
    }

    private element(element: GrammarAST.AbstractElement): Compiled {
        const { first, nullable } = this.firstOf(element);
        let parse = this.single(element);
        const once = parse;
        const starts = this.mask(first);
        if (element.cardinality === '?') {
            parse = state => { if (starts[state.tokens.kind] === 1) once(state); };
        } else if (element.cardinality === '*') {
            parse = state => { while (starts[state.tokens.kind] === 1) once(state); };
        } else if (element.cardinality === '+') {
            parse = state => { do once(state); while (starts[state.tokens.kind] === 1); };
        }
        return { first, nullable, parse };
    }

    private single(element: GrammarAST.AbstractElement): Parse {
        if (GrammarAST.isKeyword(element)) return this.consume(element.value, element);
        if (GrammarAST.isAssignment(element)) return this.element(element.terminal).parse;
        if (GrammarAST.isCrossReference(element)) {
            const terminal = element.terminal!;
            if (GrammarAST.isRuleCall(terminal) && GrammarAST.isParserRule(terminal.rule.ref)) return this.subrule(terminal.rule.ref, element);
            if (GrammarAST.isRuleCall(terminal) && GrammarAST.isTerminalRule(terminal.rule.ref)) return this.consume(terminal.rule.ref.name, element);
            if (GrammarAST.isKeyword(terminal)) return this.consume(terminal.value, element);
            throw new Unsupported('cross-reference terminal');
        }
        if (GrammarAST.isRuleCall(element)) {
            const rule = element.rule.ref;
            if (element.arguments.length > 0) throw new Unsupported('rule arguments');
            if (GrammarAST.isTerminalRule(rule)) return this.consume(rule.name, element);
            if (GrammarAST.isParserRule(rule)) return this.subrule(rule, element);
            throw new Unsupported(`rule call ${element.rule.$refText}`);
        }
        if (GrammarAST.isAlternatives(element)) {
            const choices: Parse[] = new Array<Parse>(this.kinds.size).fill(unexpected);
            for (const alternative of element.elements) {
                const compiled = this.element(alternative);
                for (const name of compiled.first) choices[this.kinds.get(name)!] = compiled.parse;
            }
            return state => choices[state.tokens.kind](state);
        }
        if (GrammarAST.isGroup(element) && !GrammarAST.isUnorderedGroup(element) && !element.guardCondition) {
            const parts = element.elements.map(child => this.element(child).parse);
            if (parts.length === 1) return parts[0];
            if (parts.length === 2) {
                const [a, b] = parts;
                return state => { a(state); b(state); };
            }
            return state => { for (let i = 0; i < parts.length; i++) parts[i](state); };
        }
        throw new Unsupported(`grammar element ${element.$type}`);
    }

    /** LangiumParser.consume: the hidden tokens before the token, its leaf, and its assignment or datatype text. */
    private consume(tokenName: string, feature: GrammarAST.AbstractElement): Parse {
        const kind = this.kinds.get(this.token(tokenName))!;
        // The token matched is always of this type (the scanner's and Langium's tokens carry the lexer's types).
        const leafKind = new LeafKind(feature, this.definition[tokenName]);
        const assign = this.assignment(feature, 'value');
        // A keyword's text is the keyword itself: one shared string instead of a copy per occurrence.
        const keywordText = GrammarAST.isKeyword(feature) ? feature.value : undefined;
        const convert = keywordText === undefined ? this.conversion(feature) : undefined;
        const accept = (state: ParseState): LightLeaf => {
            const tokens = state.tokens;
            if (tokens.kind !== kind) throw UNEXPECTED;
            if (tokens.hidden.length > 0) {
                state.builder.hidden(tokens.hidden);
                tokens.hidden = [];
            }
            return state.builder.leaf(tokens.token, leafKind);
        };
        const next = (state: ParseState): void => {
            state.consumed++;
            state.tokens.advance();
        };
        if (assign && keywordText !== undefined) {
            return state => {
                const leaf = accept(state);
                assign(state.node, keywordText, leaf);
                next(state);
            };
        }
        if (assign) {
            return state => {
                const leaf = accept(state);
                assign(state.node, convert!(state.text.substring(leaf.offset, leaf.offset + leaf.length), leaf), leaf);
                next(state);
            };
        }
        return state => {
            const leaf = accept(state);
            const current = state.node;
            if (current.$type === DatatypeSymbol) {
                current.value += keywordText ?? String(convert!(state.text.substring(leaf.offset, leaf.offset + leaf.length), leaf));
            }
            next(state);
        };
    }

    /** LangiumParser.subrule: a composite CST node for the rule's own AST node (or datatype text), then its assignment. */
    private subrule(rule: GrammarAST.ParserRule, feature: GrammarAST.AbstractElement): Parse {
        const datatype = this.isDataTypeRule(rule);
        const assign = this.assignment(feature, datatype ? 'value' : 'node');
        const target = this.rule(rule);
        if (!assign && !datatype) throw new Unsupported(`unassigned call of ${rule.name}`);
        const oneToken = datatype ? this.oneTokenChoices(rule) : undefined;
        if (oneToken) {
            // A datatype rule that is one token (`Id: ID | 'low' | …`), most names and references in a plan: what
            // the general path below does through the rule's body, in one step. The same composite with the same
            // leaf, and the same text converted the same way, without the DatatypeSymbol node it builds the text in.
            const convertRule = this.conversion(rule);
            return state => {
                const builder = state.builder;
                const cstNode = builder.composite(feature);
                const tokens = state.tokens;
                const choice = oneToken[tokens.kind];
                if (choice === undefined) throw UNEXPECTED;
                if (tokens.hidden.length > 0) {
                    builder.hidden(tokens.hidden);
                    tokens.hidden = [];
                }
                const leaf = builder.leaf(tokens.token, choice.leafKind);
                const text = choice.keywordText ?? String(choice.convert!(state.text.substring(leaf.offset, leaf.offset + leaf.length), leaf));
                state.consumed++;
                tokens.advance();
                builder.close();
                const result = convertRule(text, cstNode);
                if (result === undefined) return;
                const current = state.node;
                if (assign) assign(current, result, cstNode);
                else if (current.$type === DatatypeSymbol) current.value += String(result);
                else throw UNEXPECTED;
            };
        }
        return state => {
            const cstNode = state.builder.composite(feature);
            const start = state.consumed;
            const result = target.run(state);
            if (result === undefined || state.consumed === start) return;
            const current = state.node;
            if (assign) assign(current, result, cstNode);
            else if (current.$type === DatatypeSymbol) current.value += String(result);
            else throw UNEXPECTED; // a datatype rule called unassigned inside a rule with an AST node: not in the grammar (compile check)
        };
    }

    /**
     * For a datatype rule whose every alternative is one token (a keyword or a terminal, each exactly once), what
     * each token kind consumes: the leaf's kind and the token's text or conversion, as consume() would. Else undefined.
     */
    private oneTokenChoices(rule: GrammarAST.ParserRule): (OneTokenChoice | undefined)[] | undefined {
        const definition = rule.definition;
        const alternatives = GrammarAST.isAlternatives(definition) && !definition.cardinality ? definition.elements : [definition];
        const choices = new Array<OneTokenChoice | undefined>(this.kinds.size + 1).fill(undefined);
        for (const element of alternatives) {
            if (element.cardinality) return undefined;
            let tokenName: string;
            if (GrammarAST.isKeyword(element)) tokenName = element.value;
            else if (GrammarAST.isRuleCall(element) && GrammarAST.isTerminalRule(element.rule.ref) && element.arguments.length === 0) tokenName = element.rule.ref.name;
            else return undefined;
            const kind = this.kinds.get(this.token(tokenName))!;
            if (choices[kind]) return undefined; // not LL(1): left to the general path, whose check reports it
            const keywordText = GrammarAST.isKeyword(element) ? element.value : undefined;
            choices[kind] = {
                leafKind: new LeafKind(element, this.definition[tokenName]),
                keywordText,
                convert: keywordText === undefined ? this.conversion(element) : undefined
            };
        }
        return choices;
    }

    /**
     * LangiumParser.assign for the assignment (if any) that contains this element, plus the container links its
     * parse sets afterwards with linkContentToContainer: the assigned node is complete here, so they are set now,
     * in the same order on the node. `what` says what is assigned: an AST node (from a rule call) or a value.
     */
    private assignment(element: GrammarAST.AbstractElement, what: 'node' | 'value'): Assign | undefined {
        const assignment = AstUtils.getContainerOfType(element, GrammarAST.isAssignment);
        if (!assignment) return undefined;
        if (assignment.operator === '?=') throw new Unsupported('boolean assignment');
        const crossRef = GrammarAST.isCrossReference(assignment.terminal);
        if (crossRef && (assignment.terminal as GrammarAST.CrossReference).isMulti) throw new Unsupported('multi-reference');
        const feature = assignment.feature;
        const single = assignment.operator === '=';
        const linker = this.linker;
        if (what === 'node') {
            // A rule's node: its CST node now knows it, and it knows its container.
            return (node, value, _cstNode) => {
                const child = value as Building;
                if (child.$cstNode) (child.$cstNode as CompositeCstNode & { astNode: AstNode }).astNode = child as unknown as AstNode;
                if (single) {
                    node[feature] = child;
                    child.$container = node;
                    child.$containerProperty = feature;
                } else {
                    const list = listOf(node, feature);
                    list.push(child);
                    child.$container = node;
                    child.$containerProperty = feature;
                    child.$containerIndex = list.length - 1;
                }
            };
        }
        const item = crossRef
            ? (node: Building, value: unknown, cstNode: CstNode) => typeof value === 'string'
                ? linker.buildReference(node as unknown as AstNode, feature, cstNode, value)
                : value
            : (_node: Building, value: unknown) => value;
        if (single) return (node, value, cstNode) => { node[feature] = item(node, value, cstNode); };
        return (node, value, cstNode) => { listOf(node, feature).push(item(node, value, cstNode)); };
    }

    /**
     * The value converter's conversion for a token consumed by this grammar element or a datatype rule's text:
     * the rule its convert() would look up, with DtpValueConverter's conversion for that rule chosen once; any
     * other converter is asked per value, as Langium's parser asks it.
     */
    private conversion(source: GrammarAST.AbstractElement | GrammarAST.ParserRule): Conversion {
        const converter = this.converter;
        let rule: GrammarAST.AbstractRule | undefined;
        if (GrammarAST.isParserRule(source)) rule = source;
        else {
            const feature = GrammarAST.isCrossReference(source) ? GrammarUtils.getCrossReferenceTerminal(source) : source;
            if (!GrammarAST.isRuleCall(feature)) return input => input; // convert() returns keywords as they are
            rule = feature.rule.ref;
        }
        const known = converter instanceof DtpValueConverter
            && converter.convert === DefaultValueConverter.prototype.convert
            && (converter as unknown as { runConverter: unknown }).runConverter === (DtpValueConverter.prototype as unknown as { runConverter: unknown }).runConverter;
        if (!known || !rule) return (input, cstNode) => converter.convert(input, cstNode);
        return converter.converterFor(rule);
    }
}

/** The list a `+=` assignment adds to, made on the first. */
function listOf(node: Building, feature: string): unknown[] {
    let list = node[feature] as unknown[] | undefined;
    if (!Array.isArray(list)) node[feature] = list = [];
    return list;
}

/** The properties with a default value of an AST type, in the order assignMandatoryProperties sets them. */
function mandatoryDefaults(reflection: LangiumCoreServices['shared']['AstReflection'], type: string): [string, unknown][] {
    const defaults: [string, unknown][] = [];
    for (const property of Object.values(reflection.getTypeMetaData(type).properties)) {
        if (property.defaultValue !== undefined) defaults.push([property.name, property.defaultValue]);
    }
    return defaults;
}

/**
 * A node of the type with every property of it present (undefined until assigned), in one fixed order, to be copied
 * for each node: all nodes of the type then share one hidden class, where the source's order of parts and which
 * parts it has gave activities several, and every read of their properties in the checks, the linker and the
 * scheduler went through a polymorphic lookup (about 10% of `dtp validate` on 10,000 activities). Nothing reads
 * keys with undefined values: Langium's streams and serializer skip them, the checks read values.
 */
function shapeOf(reflection: LangiumCoreServices['shared']['AstReflection'], type: string): () => Building {
    const names = ['$container', '$containerProperty', '$containerIndex', '$cstNode', ...Object.keys(reflection.getTypeMetaData(type).properties)];
    try {
        // An object literal keeps all the fields inside the object (copies of one node keep 4 there, the rest apart).
        const fields = names.map(name => `${JSON.stringify(name)}: undefined`);
        return new Function('type', `return () => ({ $type: type, ${fields.join(', ')} });`)(type) as () => Building;
    } catch {
        // Where no code may be made at run time (a content security policy): copies of one node, the same keys.
        const template: Building = { $type: type };
        for (const name of names) template[name] = undefined;
        return () => Object.assign({}, template);
    }
}

/** A rule of one token, such as `DateLiteral: value=DATE`: its node never spans lines and has no name. */
function isOneToken(rule: GrammarAST.ParserRule): boolean {
    const definition = rule.definition;
    return GrammarAST.isAssignment(definition) && !definition.cardinality
        && (GrammarAST.isKeyword(definition.terminal) || (GrammarAST.isRuleCall(definition.terminal) && GrammarAST.isTerminalRule(definition.terminal.rule.ref)));
}

/** A fresh copy of an array default, as Langium's copyDefaultValue makes one. */
function copyDefault(value: unknown[]): unknown[] {
    return value.map(item => Array.isArray(item) ? copyDefault(item) : item);
}

/** Langium's tokens as a stream: each token with the hidden ones (comments) that come before it. */
function arrayStream(tokens: IToken[], hidden: IToken[], kinds: Map<string, number>): TokenStream {
    let index = -1;
    let hiddenIndex = 0;
    const eof = kinds.get(EOF)!;
    const stream: TokenStream = {
        type: EOF,
        kind: eof,
        token: undefined as unknown as LexToken,
        hidden: [],
        advance() {
            index++;
            const token = tokens[index];
            const limit = token ? token.startOffset : Infinity;
            const start = hiddenIndex;
            while (hiddenIndex < hidden.length && hidden[hiddenIndex].startOffset <= limit) hiddenIndex++;
            if (hiddenIndex > start) stream.hidden = stream.hidden.concat(hidden.slice(start, hiddenIndex).map(lexToken));
            stream.type = token ? token.tokenType.name : EOF;
            stream.kind = token ? kinds.get(token.tokenType.name) ?? eof : eof;
            stream.token = token ? lexToken(token) : stream.token;
        }
    };
    stream.advance();
    return stream;
}

function lexToken(token: IToken): LexToken {
    return {
        tokenType: token.tokenType, startOffset: token.startOffset, length: token.image.length,
        startLine: token.startLine!, startColumn: token.startColumn!, endLine: token.endLine!, endColumn: token.endColumn!
    };
}
