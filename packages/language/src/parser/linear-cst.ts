// Targets Langium 4.4.0 (lib/parser/cst-node-builder.js); test/linear-cst.test.ts fails when another version is
// installed, so the patch is checked again, or removed once Langium's own builder is linear, on every upgrade.
//
// Why: Langium's CstNodeBuilder.addHiddenNodes runs before every consumed token, even with no hidden tokens
// (comments) to place, and when the token opens a new node it looks that node up in its parent's children with
// indexOf. The node being built is always its parent's last child, so that search walks every earlier sibling:
// quadratic in the number of activities of a phase, with or without comments. This replacement places comments
// exactly where Langium does, but skips the empty case and searches from the end, which finds the node at once.
import { createLangiumParser, type CompositeCstNode, type CstNode, type LangiumCoreServices, type LangiumParser } from 'langium';

/** The Langium version this patch was written for and checked against. */
export const TARGET_LANGIUM_VERSION = '4.4.0';

/** The parts of Langium's (internal) CstNodeBuilder the replacement uses. */
interface CstNodeBuilderInternals {
    readonly current: CompositeCstNode;
    rootNode: CompositeCstNode;
    createLeafNode(token: unknown, hidden: boolean): CstNode;
    appendChildren(parent: CompositeCstNode, children: CstNode[]): void;
    insertChildren(parent: CompositeCstNode, index: number, children: CstNode[]): void;
    addHiddenNodes(tokens: unknown[]): void;
}

/** What placing comments needs of a CST builder: its open node, its root, and how it adds children. */
export interface HiddenNodeTarget {
    readonly current: CompositeCstNode;
    readonly root: CompositeCstNode;
    appendChildren(parent: CompositeCstNode, children: CstNode[]): void;
    insertChildren(parent: CompositeCstNode, index: number, children: CstNode[]): void;
}

/**
 * Places comment leaves where Langium's builder does, in time linear in the plan: inside a node that already has
 * content they follow it; in a node just opened they go before the innermost such node that is not its parent's
 * first child, searched from the end (where the node being built always is). Shared by both parsers.
 */
export function placeHiddenNodes(target: HiddenNodeTarget, nodes: CstNode[]): void {
    let current = target.current;
    if (current.content.length > 0) {
        target.appendChildren(current, nodes);
        return;
    }
    while (current.container) {
        const index = current.container.content.lastIndexOf(current);
        if (index > 0) {
            target.insertChildren(current.container, index, nodes);
            return;
        }
        current = current.container;
    }
    target.insertChildren(target.root, 0, nodes);
}

/** Marks a builder whose addHiddenNodes is the linear one (read by the tests). */
export const LINEAR_CST = Symbol('dtp.linear-cst');

export function createLinearCstParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const builder = (parser as unknown as { nodeBuilder?: CstNodeBuilderInternals }).nodeBuilder;
    // Another Langium may have changed these internals: then its own builder stays (correct, maybe slower),
    // and the tests say so.
    if (!builder || !['addHiddenNodes', 'createLeafNode', 'appendChildren', 'insertChildren'].every(name => typeof builder[name as keyof CstNodeBuilderInternals] === 'function')) {
        return parser;
    }
    builder.addHiddenNodes = function (this: CstNodeBuilderInternals, tokens: unknown[]): void {
        if (tokens.length === 0) return;
        const nodes = tokens.map(token => this.createLeafNode(token, true));
        placeHiddenNodes({
            current: this.current, root: this.rootNode,
            appendChildren: (parent, children) => this.appendChildren(parent, children),
            insertChildren: (parent, index, children) => this.insertChildren(parent, index, children)
        }, nodes);
    };
    (builder as unknown as Record<symbol, boolean>)[LINEAR_CST] = true;
    return parser;
}
