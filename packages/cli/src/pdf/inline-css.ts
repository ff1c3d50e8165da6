// PDF needs the roadmap SVG with its stylesheet applied: svg-to-pdfkit reads presentation attributes and `style`
// but not descendant selectors (`.phase-foundation .bar`) nor `paint-order`. This resolves the SVG's own <style> into
// each element's `style` attribute with a real selector engine (css-select) and the CSS cascade (specificity, then
// order; `!important` first; an element's own style wins), and turns `paint-order: stroke` (the white halo behind
// labels) into a stroke-only copy drawn under a fill-only original.
import { selectAll } from 'css-select';
import { parse as parseSelector } from 'css-what';
import { Element, type AnyNode, type ChildNode, type Document } from 'domhandler';
import { removeElement, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import postcss from 'postcss';

const select = (query: string, root: Document): Element[] => selectAll<AnyNode, Element>(query, root, { xmlMode: true });

interface Declaration { value: string; important: boolean; specificity: number; order: number }

/** The SVG as a DOM with every element's style resolved into its `style` attribute (serialize with dom-serializer). */
export function inlineSvgStyles(svg: string): Document {
    const document = parseDocument(svg, { xmlMode: true });
    const sheets = select('style', document);
    const css = sheets.map(sheet => textContent(sheet)).join('\n');
    for (const sheet of sheets) removeElement(sheet);

    const cascade = new Map<Element, Map<string, Declaration>>();
    let order = 0;
    postcss.parse(css).walkRules(rule => {
        // Only plain rules: @media (print, colour schemes) and @keyframes do not apply to a static page.
        if (rule.parent?.type !== 'root') return;
        const declarations: { prop: string; value: string; important: boolean }[] = [];
        rule.walkDecls(decl => { declarations.push({ prop: decl.prop.toLowerCase(), value: decl.value, important: decl.important === true }); });
        for (const selector of rule.selectors) {
            let matched: Element[];
            try {
                matched = select(selector, document);
            } catch {
                continue; // a pseudo-class such as :hover has no meaning on paper
            }
            const specificity = specificityOf(selector);
            for (const element of matched) {
                let styles = cascade.get(element);
                if (!styles) cascade.set(element, styles = new Map());
                for (const d of declarations) {
                    const next = { value: d.value, important: d.important, specificity, order: order++ };
                    const current = styles.get(d.prop);
                    if (!current || wins(next, current)) styles.set(d.prop, next);
                }
            }
        }
    });
    for (const [element, styles] of cascade) {
        const own = parseStyle(element.attribs.style ?? '');
        const merged = new Map<string, string>();
        for (const [prop, d] of styles) merged.set(prop, d.value);
        for (const [prop, value] of own) merged.set(prop, value);
        element.attribs.style = serializeStyle(merged);
    }
    splitPaintOrder(document);
    return document;
}

function wins(next: Declaration, current: Declaration): boolean {
    if (next.important !== current.important) return next.important;
    if (next.specificity !== current.specificity) return next.specificity > current.specificity;
    return next.order > current.order;
}

/** (ids, classes + attributes + pseudo-classes, types) as one number; a selector list never reaches here. */
function specificityOf(selector: string): number {
    let ids = 0, classes = 0, types = 0;
    for (const tokens of parseSelector(selector)) {
        for (const token of tokens) {
            if (token.type === 'attribute') {
                if (token.name === 'id' && token.action === 'equals') ids++;
                else classes++;
            } else if (token.type === 'pseudo') classes++;
            else if (token.type === 'tag' || token.type === 'pseudo-element') types++;
        }
    }
    return ids * 10_000 + classes * 100 + types;
}

function parseStyle(style: string): Map<string, string> {
    const result = new Map<string, string>();
    for (const part of style.split(';')) {
        const colon = part.indexOf(':');
        if (colon > 0) result.set(part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).trim());
    }
    return result;
}

function serializeStyle(style: Map<string, string>): string {
    return [...style].map(([prop, value]) => `${prop}:${value}`).join(';');
}

/** `paint-order: stroke …`: a copy with the stroke and no fill goes first, the original keeps the fill only. */
function splitPaintOrder(document: Document): void {
    const halos = select('[style*="paint-order"]', document);
    const under = new Map<Element, Element>();
    for (const element of halos) {
        const style = parseStyle(element.attribs.style ?? '');
        const order = style.get('paint-order') ?? '';
        style.delete('paint-order');
        if (!order.trim().startsWith('stroke') || (style.get('stroke') ?? 'none') === 'none') {
            element.attribs.style = serializeStyle(style);
            continue;
        }
        const copy = element.cloneNode(true);
        copy.attribs.style = serializeStyle(new Map([...style, ['fill', 'none']]));
        delete copy.attribs.id; // ids stay unique
        element.attribs.style = serializeStyle(new Map([...style, ['stroke', 'none']]));
        under.set(element, copy);
    }
    // One pass per parent (a large plan has thousands of labels in one group): each copy goes just before its original.
    const parents = new Set([...under.keys()].map(element => element.parent).filter(parent => parent !== null));
    for (const parent of parents) {
        const children: ChildNode[] = [];
        for (const child of parent.children) {
            const copy = child instanceof Element ? under.get(child) : undefined;
            if (copy) children.push(copy);
            children.push(child);
        }
        children.forEach((child, i) => {
            child.parent = parent;
            child.prev = children[i - 1] ?? null;
            child.next = children[i + 1] ?? null;
        });
        parent.children = children;
    }
}
