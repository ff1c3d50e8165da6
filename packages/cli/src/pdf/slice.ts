// A page of a split roadmap shows one horizontal slice of the picture; drawing the whole SVG for every page (and
// clipping) costs pages × picture. This serializes the SVG with only the elements whose vertical extent meets the
// slice. Extents come from the geometry attributes the roadmap's SVG uses (absolute coordinates, no transforms);
// an element whose extent cannot be told is always kept, so pruning only ever saves work.
import render from 'dom-serializer';
import { Element, type ChildNode, type Document } from 'domhandler';

type Extent = [number, number] | null;

/** Room kept around a slice for strokes, arrowheads and label halos that reach a little past their shape. */
const SLACK = 24;
const NO_GEOMETRY = new Set(['title', 'desc', 'defs', 'style', 'marker', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'pattern']);

export class SvgSlicer {
    private readonly extents = new Map<Element, Extent>();

    constructor(private readonly document: Document) {}

    /** The SVG text with what lies entirely above `top` or below `bottom` (SVG px) left out. */
    slice(top: number, bottom: number): string {
        const restore: [Element, ChildNode[]][] = [];
        const visit = (element: Element) => {
            const kept: ChildNode[] = [];
            let changed = false;
            for (const child of element.children) {
                if (!(child instanceof Element) || NO_GEOMETRY.has(child.name)) { kept.push(child); continue; }
                const extent = this.extentOf(child);
                if (extent && (extent[1] < top - SLACK || extent[0] > bottom + SLACK)) { changed = true; continue; }
                kept.push(child);
                // A group reaching past the slice may hold children that lie outside it.
                if (child.children.length > 0 && (!extent || extent[0] < top - SLACK || extent[1] > bottom + SLACK)) visit(child);
            }
            if (changed) {
                restore.push([element, element.children]);
                element.children = kept;
            }
        };
        for (const root of this.document.children) if (root instanceof Element) visit(root);
        try {
            return render(this.document, { xmlMode: true, encodeEntities: 'utf8' });
        } finally {
            for (const [element, children] of restore) element.children = children;
        }
    }

    /** The whole SVG. */
    whole(): string {
        return render(this.document, { xmlMode: true, encodeEntities: 'utf8' });
    }

    private extentOf(element: Element): Extent {
        if (this.extents.has(element)) return this.extents.get(element)!;
        const extent = this.measure(element);
        this.extents.set(element, extent);
        return extent;
    }

    private measure(element: Element): Extent {
        const a = element.attribs;
        if (a.transform) return null;
        const num = (name: string) => (a[name] === undefined ? NaN : parseFloat(a[name]));
        switch (element.name) {
            case 'rect': {
                const y = num('y') || 0, h = num('height');
                return Number.isFinite(h) ? [y, y + h] : null;
            }
            case 'line': {
                const y1 = num('y1') || 0, y2 = num('y2') || 0;
                return [Math.min(y1, y2), Math.max(y1, y2)];
            }
            case 'circle': case 'ellipse': {
                const cy = num('cy') || 0, r = element.name === 'circle' ? num('r') : num('ry');
                return Number.isFinite(r) ? [cy - r, cy + r] : null;
            }
            case 'text': {
                const y = parseFloat((a.y ?? '').split(/[\s,]+/)[0]);
                if (!Number.isFinite(y)) return null;
                const size = parseFloat(/font-size:\s*([\d.]+)/.exec(a.style ?? '')?.[1] ?? '12');
                return [y - size * 1.2, y + size * 0.4];
            }
            case 'path': return pathExtent(a.d ?? '');
            case 'polygon': case 'polyline': {
                const numbers = (a.points ?? '').trim().split(/[\s,]+/).map(Number);
                const ys = numbers.filter((_, i) => i % 2 === 1);
                return ys.length && ys.every(Number.isFinite) ? [Math.min(...ys), Math.max(...ys)] : null;
            }
            case 'g': case 'a': {
                let min = Infinity, max = -Infinity;
                for (const child of element.children) {
                    if (!(child instanceof Element) || NO_GEOMETRY.has(child.name)) continue;
                    const extent = this.extentOf(child);
                    if (!extent) return null;
                    min = Math.min(min, extent[0]);
                    max = Math.max(max, extent[1]);
                }
                return min <= max ? [min, max] : null;
            }
            default: return null;
        }
    }
}

/** The y range of a path written with absolute commands; null for relative commands or anything unexpected. */
function pathExtent(d: string): Extent {
    const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g);
    if (!tokens) return null;
    const ys: number[] = [];
    let command = '';
    let args: number[] = [];
    const flush = (): boolean => {
        if (!command) return args.length === 0;
        const per: Record<string, number> = { M: 2, L: 2, T: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, A: 7, Z: 0 };
        const size = per[command];
        if (size === undefined) return false;
        if (size === 0) return args.length === 0;
        if (args.length % size !== 0) return false;
        for (let i = 0; i < args.length; i += size) {
            const group = args.slice(i, i + size);
            if (command === 'V') ys.push(group[0]);
            else if (command === 'A') ys.push(group[6]);
            else if (command !== 'H') for (let j = 1; j < group.length; j += 2) ys.push(group[j]);
        }
        return true;
    };
    for (const token of tokens) {
        if (/[A-Za-z]/.test(token)) {
            if (!flush()) return null;
            if (token !== token.toUpperCase()) return null; // relative: would need the current point
            command = token;
            args = [];
        } else {
            args.push(Number(token));
        }
    }
    if (!flush() || ys.length === 0) return null;
    return [Math.min(...ys), Math.max(...ys)];
}
