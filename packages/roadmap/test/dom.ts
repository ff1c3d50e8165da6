// Test helper: parse rendered markup with a real parser (htmlparser2) and query it.
import { DomUtils, parseDocument } from 'htmlparser2';

type Document = ReturnType<typeof parseDocument>;
type Node = Document['children'][number];
export type Element = ReturnType<typeof DomUtils.findAll>[number];

export function parseSvg(svg: string): Document {
    return parseDocument(svg, { xmlMode: true, decodeEntities: true });
}

export function parseHtml(html: string): Document {
    return parseDocument(html, { decodeEntities: true });
}

export function all(root: { children: Node[] }, predicate: (el: Element) => boolean): Element[] {
    return DomUtils.findAll(predicate, root.children);
}

export function byClass(root: { children: Node[] }, cls: string): Element[] {
    return all(root, el => classes(el).includes(cls));
}

export function classes(el: Element): string[] {
    return (el.attribs.class ?? '').split(/\s+/).filter(Boolean);
}

export function text(el: Element | Node): string {
    return DomUtils.textContent(el);
}

export function num(el: Element, attribute: string): number {
    const value = Number(el.attribs[attribute]);
    if (Number.isNaN(value)) throw new Error(`<${el.name}> has no numeric ${attribute}`);
    return value;
}
