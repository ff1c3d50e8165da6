// Searches of the concrete syntax tree that stop at the first match. Langium's GrammarUtils.findNodeForProperty
// collects every match of the whole subtree before it returns the first; per activity of a large plan that was a
// noticeable part of checking it.
import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';

const assignments = new WeakMap<GrammarAST.AbstractElement, GrammarAST.Assignment | null>();

function assignmentOf(element: GrammarAST.AbstractElement | undefined): GrammarAST.Assignment | null {
    if (!element) return null;
    let assignment = assignments.get(element);
    if (assignment === undefined) {
        assignment = AstUtils.getContainerOfType(element, GrammarAST.isAssignment) ?? null;
        assignments.set(element, assignment);
    }
    return assignment;
}

/** The node GrammarUtils.findNodeForProperty(node, property) returns (no index): the first in the same order. */
export function firstNodeForProperty(node: CstNode | undefined, property: string): CstNode | undefined {
    if (!node || !property) return undefined;
    return search(node, property, node.astNode, true);
}

function search(node: CstNode, property: string, element: AstNode, first: boolean): CstNode | undefined {
    if (!first && assignmentOf(node.grammarSource)?.feature === property) return node;
    if (isCompositeCstNode(node) && node.astNode === element) {
        for (const child of node.content) {
            const found = search(child, property, element, false);
            if (found) return found;
        }
    }
    return undefined;
}
