// The leaves of the CST the fast parser builds (fast-parser.ts) for the tokens it consumes. Langium's LeafCstNodeImpl
// keeps each token's line and columns beside its offset: ten fields per token, and a plan of 100,000 activities has
// over a million tokens. A LightLeaf keeps four (its grammar element and token type in one object that all leaves of
// that element share) and computes its range from the offsets when asked, with the same
// line ends as the lexer (`\n`, `\r\n`, `\r`: the only tokens that may hold them are white space and block
// comments, which never end inside a `\r\n`). Every other property reads as Langium's leaf. Comments (hidden leaves)
// keep Langium's class.
import { CompositeCstNodeImpl, type CompositeCstNode, type CstNode, type GrammarAST, type LeafCstNode, type RootCstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { TokenType } from 'chevrotain';

/** Offsets where lines start, per text, computed for the first range asked of it. */
const lineStarts = new WeakMap<RootCstNode, Int32Array>();

function linesOf(root: RootCstNode): Int32Array {
    let starts = lineStarts.get(root);
    if (starts) return starts;
    const text = root.fullText;
    const found = [0];
    if (!text.includes('\r')) {
        // The usual text, with `\n` line ends only: found by indexOf, many times faster than a loop over characters.
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) found.push(i + 1);
    } else {
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10) found.push(i + 1);
            else if (c === 13) {
                if (text.charCodeAt(i + 1) === 10) i++;
                found.push(i + 1);
            }
        }
    }
    starts = Int32Array.from(found);
    lineStarts.set(root, starts);
    return starts;
}

function positionIn(starts: Int32Array, offset: number): { line: number; character: number } {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset) low = middle;
        else high = middle - 1;
    }
    return { line: low, character: offset - starts[low] };
}

/** What the leaves of one grammar element have in common: the element, and the type of the token it consumes. */
export class LeafKind {
    constructor(readonly grammarSource: GrammarAST.AbstractElement, readonly tokenType: TokenType) {}
}

export class LightLeaf implements LeafCstNode {
    constructor(
        public container: CompositeCstNode | undefined,
        private readonly kind: LeafKind,
        readonly offset: number,
        readonly length: number
    ) {}

    get grammarSource(): GrammarAST.AbstractElement {
        return this.kind.grammarSource;
    }

    get tokenType(): TokenType {
        return this.kind.tokenType;
    }

    get end(): number {
        return this.offset + this.length;
    }

    get hidden(): boolean {
        return false;
    }

    get root(): RootCstNode {
        let node: CstNode = this;
        while (node.container) node = node.container;
        return node as RootCstNode;
    }

    get text(): string {
        return this.root.fullText.substring(this.offset, this.end);
    }

    get astNode() {
        const container = this.container;
        if (!container) throw new Error('This node has no associated AST element');
        return container.astNode;
    }

    get range(): Range {
        const starts = linesOf(this.root);
        return { start: positionIn(starts, this.offset), end: positionIn(starts, this.end) };
    }
}

/** What a composite node's content is until the parser closes it (never seen by anyone: see LightComposite). */
const NO_CONTENT: CstNode[] = Object.freeze([]) as unknown as CstNode[];

/**
 * The composite nodes the fast parser builds: Langium's CompositeCstNodeImpl in all but construction. Its constructor
 * spreads `arguments` into the base class and allocates a `content` array that the parser replaces when the node is
 * complete (about 80,000 of each for 10,000 activities). This one sets the same fields, in the same order, at once;
 * the methods are Langium's own, through the prototype. Until it is closed, `content` is a shared frozen empty
 * array (an open node's children wait in the parser's builder), so a stray push would fail loudly.
 */
class LightCompositeNode {
    constructor(container: CompositeCstNode | undefined, grammarSource: GrammarAST.AbstractElement) {
        const fields = this as unknown as Record<string, unknown>; // Langium's fields, some of them private there
        fields.container = container;
        fields.grammarSource = grammarSource;
        fields.content = NO_CONTENT;
        fields._astNode = undefined;
        fields._rangeCache = undefined;
    }
}
Object.setPrototypeOf(LightCompositeNode.prototype, CompositeCstNodeImpl.prototype);

export const LightComposite = LightCompositeNode as unknown as new (
    container: CompositeCstNode | undefined, grammarSource: GrammarAST.AbstractElement
) => CompositeCstNodeImpl;

/**
 * The range Langium's `range` getter gives a node of the fast parser's CST, computed from the offsets of its first and
 * last leaves (found as Langium finds them: the first and last child that is not hidden, at each level). Langium's
 * getter asks every level of the node for its range and caches one at each: for the source ranges of a plan's
 * 10,000 activities that was most of building the roadmap model. Undefined where the edges are not LightLeaves (a
 * comment at an edge, a node of Langium's parser, an empty node): then Langium's own getter answers.
 */
export function rangeFromOffsets(node: CstNode): Range | undefined {
    const first = edgeLeaf(node, true);
    const last = edgeLeaf(node, false);
    if (!(first instanceof LightLeaf) || !(last instanceof LightLeaf) || last.end < first.offset) return undefined;
    const starts = linesOf(first.root);
    return { start: positionIn(starts, first.offset), end: positionIn(starts, last.end) };
}

/** Langium's firstNonHiddenNode (or lastNonHiddenNode), level by level down to a leaf; undefined at an empty node. */
function edgeLeaf(node: CstNode, first: boolean): CstNode | undefined {
    let current: CstNode | undefined = node;
    while (current && isComposite(current)) {
        const content: readonly CstNode[] = current.content;
        let next: CstNode | undefined;
        if (first) {
            for (let i = 0; i < content.length && !next; i++) if (!content[i].hidden) next = content[i];
            next ??= content[0];
        } else {
            for (let i = content.length - 1; i >= 0 && !next; i--) if (!content[i].hidden) next = content[i];
            next ??= content[content.length - 1];
        }
        current = next;
    }
    return current;
}

function isComposite(node: CstNode): node is CompositeCstNode {
    return Array.isArray((node as CompositeCstNode).content);
}
