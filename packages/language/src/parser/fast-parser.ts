// A fast path for parsing plans without syntax errors, with the same result as Langium's parser.
//
// Why: Langium's parser runs Chevrotain's general machinery (rule stacks, adaptive lookahead, error recovery) for
// every token; on plans of 10,000 activities that was a third of `dtp validate`. The DTP grammar is LL(1), so one
// token decides every choice. This parser walks the grammar itself (services.Grammar) with that one-token lookahead
// and builds the AST and the CST through Langium's own CstNodeBuilder, value converter and linker, step for step as
// LangiumParser does: the same nodes, properties, references, ranges and comments. It reads Langium's own tokens.
//
// When it is not sure, it does not guess: a lexer error, any token the grammar does not expect there, or a grammar
// that is not LL(1) (checked once, when it is compiled) makes `parse` return undefined, and the caller uses Langium's
// parser, which reports the error and recovers as before. test/fast-parser.test.ts compares both parsers, node for
// node, on every plan in the repository and on thousands of broken variants of them.
import {
    AstUtils, CstNodeBuilder, DatatypeSymbol, GrammarAST, GrammarUtils, LeafCstNodeImpl,
    type AstNode, type CompositeCstNode, type CstNode, type LangiumCoreServices, type LeafCstNode, type Linker, type ParseResult, type ValueConverter
} from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { createScanner, EOF, LexerError, type LexToken, type TokenStream } from './scanner.js';
import { LightLeaf } from './light-leaf.js';
import { placeHiddenNodes } from './linear-cst.js';

/** Thrown where the input leaves the fast path; caught once, in parse. */
class Unexpected {}
const UNEXPECTED = new Unexpected();

/** Why the grammar cannot be parsed on the fast path (compile time). */
class Unsupported extends Error {}

/** An AST node under construction, or a datatype rule's text (DatatypeSymbol), as LangiumParser keeps them. */
type Building = Record<string, unknown> & { $type: string | symbol; $cstNode?: CstNode; value?: string };

interface Assignment {
    feature: string;
    operator: string;
    crossRef: boolean;
}

/** A grammar element compiled for LL(1): what token can start it, whether it can be empty, and how to parse it. */
interface Compiled {
    first: Set<string>;
    nullable: boolean;
    parse: (state: ParseState) => void;
}

interface ParseState {
    text: string;
    tokens: TokenStream;
    /** Tokens consumed so far. */
    consumed: number;
    builder: LinearCstNodeBuilder;
    stack: Building[];
}

/**
 * CstNodeBuilder with Langium's placement of comments, searching from the end: the node being built is always the
 * last child of its parent, so Langium's indexOf from the start would make commented plans quadratic.
 */
class LinearCstNodeBuilder extends CstNodeBuilder {
    root!: CompositeCstNode;

    override buildRootNode(input: string) {
        const root = super.buildRootNode(input);
        this.root = root;
        return root;
    }

    /**
     * Leaves from the scanner's tokens, which carry a length instead of their image (Langium's builder takes the
     * image's): light leaves for the tokens (light-leaf.ts), Langium's for comments.
     */
    protected override createLeafNode(token: IToken | LexToken, hidden: boolean): LeafCstNodeImpl {
        const { startOffset, length, startLine, startColumn, endLine, endColumn } = token as LexToken;
        if (!hidden) return new LightLeaf(startOffset, length, token.tokenType) as unknown as LeafCstNodeImpl;
        return new LeafCstNodeImpl(startOffset, length, startLine - 1, startColumn - 1, endLine - 1, endColumn, token.tokenType, hidden);
    }

    override addHiddenNodes(tokens: IToken[] | LexToken[]): void {
        if (tokens.length === 0) return;
        const nodes: LeafCstNode[] = (tokens as LexToken[]).map(token => this.createLeafNode(token, true));
        placeHiddenNodes(this, nodes);
    }
}

export class FastParser {
    private readonly services: LangiumCoreServices;
    private readonly linker: Linker;
    private readonly converter: ValueConverter;
    private compiled: { entry: (state: ParseState) => AstNode } | undefined;
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
        const builder = new LinearCstNodeBuilder();
        builder.buildRootNode(text);
        let value: AstNode;
        let tokens: TokenStream;
        try {
            tokens = this.tokens(text);
            const state: ParseState = { text, tokens, consumed: 0, builder, stack: [] };
            value = compiled.entry(state);
        } catch (error) {
            if (error === UNEXPECTED || error instanceof LexerError) return undefined;
            throw error;
        }
        if (tokens.type !== EOF) return undefined; // input left over: Langium reports it
        if (value.$cstNode) (value.$cstNode as CompositeCstNode & { astNode: AstNode }).astNode = value;
        builder.addHiddenNodes(tokens.hidden);
        return { value: value as T, lexerErrors: [], lexerReport: this.lexerReport(text), parserErrors: [] };
    }

    /** The plan's tokens: from the scanner when it knows the grammar's terminals, else from Langium's lexer. */
    private tokens(text: string): TokenStream {
        this.scanner ??= createScanner(this.services.parser.Lexer.definition as Record<string, TokenType>) ?? null;
        if (this.scanner) return this.scanner(text);
        const lexed = this.services.parser.Lexer.tokenize(text);
        if (lexed.errors.length > 0) throw UNEXPECTED;
        return arrayStream(lexed.tokens, lexed.hidden);
    }

    /** What Langium's lexer reports besides errors (nothing for DTP: its token builder keeps no report). */
    private lexerReport(text: string): ParseResult['lexerReport'] {
        const tokenBuilder = this.services.parser.TokenBuilder as { flushLexingReport?(text: string): ParseResult['lexerReport'] };
        return tokenBuilder.flushLexingReport?.(text);
    }

    private compile(): { entry: (state: ParseState) => AstNode } | undefined {
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

/** Compiles the grammar's parser rules into LL(1) parse functions, refusing what this parser does not handle. */
class GrammarCompiler {
    private readonly grammar: GrammarAST.Grammar;
    private readonly reflection: LangiumCoreServices['shared']['AstReflection'];
    private readonly tokenNames: Set<string>;
    private readonly rules = new Map<GrammarAST.ParserRule, { run: (state: ParseState) => unknown; compiled?: Compiled }>();
    private readonly firsts = new Map<GrammarAST.AbstractElement | GrammarAST.ParserRule, { first: Set<string>; nullable: boolean }>();
    private readonly inProgress = new Set<GrammarAST.ParserRule>();

    constructor(services: LangiumCoreServices, private readonly linker: Linker, private readonly converter: ValueConverter) {
        this.grammar = services.Grammar;
        this.reflection = services.shared.AstReflection;
        const definition = services.parser.Lexer.definition;
        for (const tokenType of Object.values(definition)) {
            // Token categories would let one token type match another's consume: not LL(1) on names any more.
            if (tokenType.CATEGORIES?.length) throw new Unsupported(`token ${tokenType.name} has categories`);
        }
        this.tokenNames = new Set(Object.keys(definition));
    }

    compile(): { entry: (state: ParseState) => AstNode } {
        const entry = this.grammar.rules.find(rule => GrammarAST.isParserRule(rule) && rule.entry) as GrammarAST.ParserRule | undefined;
        if (!entry || GrammarUtils.isDataTypeRule(entry)) throw new Unsupported('no entry rule');
        const run = this.rule(entry).run;
        this.checkLL1(entry);
        return { entry: state => run(state) as AstNode };
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
        if (!this.tokenNames.has(name)) throw new Unsupported(`no token ${name}`);
        return name;
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
        const datatype = GrammarUtils.isDataTypeRule(rule);
        const type = datatype ? undefined : GrammarUtils.getTypeName(rule);
        const holder: { body?: Compiled } = {};
        const reflection = this.reflection;
        const converter = this.converter;
        let defaults: [string, unknown][] | undefined;
        const run = (state: ParseState): unknown => {
            const node: Building = datatype ? { $type: DatatypeSymbol, value: '' } : { $type: type! };
            state.stack.push(node);
            holder.body!.parse(state);
            // construct(): LangiumParser's order: the CST node is closed, then the value converted or defaults set.
            state.stack.pop();
            state.builder.construct(node as Building & { $cstNode: CstNode; $type: string | symbol });
            if (datatype) return converter.convert(node.value!, node.$cstNode!);
            // AstUtils.assignMandatoryProperties, with the type's defaults looked up once.
            for (const [name, value] of (defaults ??= mandatoryDefaults(reflection, type!))) {
                if (node[name] === undefined) node[name] = Array.isArray(value) ? copyDefault(value) : value;
            }
            return node;
        };
        entry = { run };
        this.rules.set(rule, entry);
        holder.body = this.element(rule.definition);
        return entry;
    }

    private element(element: GrammarAST.AbstractElement): Compiled {
        const { first, nullable } = this.firstOf(element);
        let parse = this.single(element);
        const once = parse;
        if (element.cardinality === '?') {
            parse = state => { if (first.has(lookahead(state))) once(state); };
        } else if (element.cardinality === '*') {
            parse = state => { while (first.has(lookahead(state))) once(state); };
        } else if (element.cardinality === '+') {
            parse = state => { do once(state); while (first.has(lookahead(state))); };
        }
        return { first, nullable, parse };
    }

    private single(element: GrammarAST.AbstractElement): (state: ParseState) => void {
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
            const choices = new Map<string, (state: ParseState) => void>();
            for (const alternative of element.elements) {
                const compiled = this.element(alternative);
                for (const name of compiled.first) choices.set(name, compiled.parse);
            }
            return state => {
                const choice = choices.get(lookahead(state));
                if (!choice) throw UNEXPECTED;
                choice(state);
            };
        }
        if (GrammarAST.isGroup(element) && !GrammarAST.isUnorderedGroup(element) && !element.guardCondition) {
            const parts = element.elements.map(child => this.element(child).parse);
            return state => { for (const part of parts) part(state); };
        }
        throw new Unsupported(`grammar element ${element.$type}`);
    }

    /** LangiumParser.consume: the hidden tokens before the token, its leaf, and its assignment or datatype text. */
    private consume(tokenName: string, feature: GrammarAST.AbstractElement): (state: ParseState) => void {
        const assignment = this.assignmentOf(feature);
        // A keyword's text is the keyword itself: one shared string instead of a copy per occurrence.
        const keywordText = GrammarAST.isKeyword(feature) ? feature.value : undefined;
        const converter = this.converter;
        return state => {
            const tokens = state.tokens;
            if (tokens.type !== tokenName) throw UNEXPECTED;
            const token = tokens.token;
            if (tokens.hidden.length > 0) {
                state.builder.addHiddenNodes(tokens.hidden);
                tokens.hidden = [];
            }
            const leaf = state.builder.buildLeafNode(token as unknown as IToken, feature);
            const current = state.stack[state.stack.length - 1];
            if (assignment) {
                const value = keywordText ?? converter.convert(state.text.substring(token.startOffset, token.startOffset + token.length), leaf);
                this.assign(current, assignment, value, leaf);
            } else if (current.$type === DatatypeSymbol) {
                current.value += keywordText ?? String(converter.convert(state.text.substring(token.startOffset, token.startOffset + token.length), leaf));
            }
            state.consumed++;
            tokens.advance();
        };
    }

    /** LangiumParser.subrule: a composite CST node for the rule's own AST node (or datatype text), then its assignment. */
    private subrule(rule: GrammarAST.ParserRule, feature: GrammarAST.AbstractElement): (state: ParseState) => void {
        const assignment = this.assignmentOf(feature);
        const target = this.rule(rule);
        if (!assignment && !GrammarUtils.isDataTypeRule(rule)) throw new Unsupported(`unassigned call of ${rule.name}`);
        return state => {
            const cstNode = state.builder.buildCompositeNode(feature);
            const start = state.consumed;
            const result = target.run(state);
            if (result === undefined || state.consumed === start) return;
            const current = state.stack[state.stack.length - 1];
            if (assignment) this.assign(current, assignment, result, cstNode);
            else if (current.$type === DatatypeSymbol) current.value += String(result);
            else throw UNEXPECTED; // a datatype rule called unassigned inside a rule with an AST node: not in the grammar (compile check)
        };
    }

    private assignmentOf(feature: GrammarAST.AbstractElement): Assignment | undefined {
        const assignment = AstUtils.getContainerOfType(feature, GrammarAST.isAssignment);
        if (!assignment) return undefined;
        if (assignment.operator === '?=') throw new Unsupported('boolean assignment');
        const crossRef = GrammarAST.isCrossReference(assignment.terminal);
        if (crossRef && (assignment.terminal as GrammarAST.CrossReference).isMulti) throw new Unsupported('multi-reference');
        return { feature: assignment.feature, operator: assignment.operator, crossRef };
    }

    /**
     * LangiumParser.assign, plus the container links its parse sets afterwards with linkContentToContainer: the
     * assigned node is complete here, so they are set now, in the same order on the node.
     */
    private assign(node: Building, assignment: Assignment, value: unknown, cstNode: CstNode): void {
        const item = assignment.crossRef && typeof value === 'string'
            ? this.linker.buildReference(node as unknown as AstNode, assignment.feature, cstNode, value)
            : value;
        const child = isBuilding(item) ? item : undefined;
        if (child?.$cstNode) (child.$cstNode as CompositeCstNode & { astNode: AstNode }).astNode = child as unknown as AstNode;
        if (assignment.operator === '=') {
            node[assignment.feature] = item;
            if (child) { child.$container = node; child.$containerProperty = assignment.feature; }
        } else {
            let list = node[assignment.feature] as unknown[] | undefined;
            if (!Array.isArray(list)) node[assignment.feature] = list = [];
            list.push(item);
            if (child) { child.$container = node; child.$containerProperty = assignment.feature; child.$containerIndex = list.length - 1; }
        }
    }
}

/** The properties with a default value of an AST type, in the order assignMandatoryProperties sets them. */
function mandatoryDefaults(reflection: LangiumCoreServices['shared']['AstReflection'], type: string): [string, unknown][] {
    const defaults: [string, unknown][] = [];
    for (const property of Object.values(reflection.getTypeMetaData(type).properties)) {
        if (property.defaultValue !== undefined) defaults.push([property.name, property.defaultValue]);
    }
    return defaults;
}

/** A fresh copy of an array default, as Langium's copyDefaultValue makes one. */
function copyDefault(value: unknown[]): unknown[] {
    return value.map(item => Array.isArray(item) ? copyDefault(item) : item);
}

function lookahead(state: ParseState): string {
    return state.tokens.type;
}

/** Langium's tokens as a stream: each token with the hidden ones (comments) that come before it. */
function arrayStream(tokens: IToken[], hidden: IToken[]): TokenStream {
    let index = -1;
    let hiddenIndex = 0;
    const stream: TokenStream = {
        type: EOF,
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

function isBuilding(value: unknown): value is Building {
    return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}
