// The PDF's page cutting and style resolution as functions: where pages end, and what svg-to-pdfkit is handed.
import { describe, expect, it } from 'vitest';
import render from 'dom-serializer';
import { inlineSvgStyles } from '../src/pdf/inline-css.js';
import { sliceRows } from '../src/pdf/pdf.js';
import { SvgSlicer } from '../src/pdf/slice.js';

/** Two lanes of rows 30 px apart: lane A 100–250 (rows at 108, 138, …), lane B 250–700. */
const layout = {
    chartTop: 100,
    rowHeight: 30,
    lanes: [
        { y: 100, height: 150, items: [108, 138, 168, 198].map(rowTop => ({ rowTop })) },
        { y: 250, height: 450, items: [] as { rowTop: number }[] }
    ],
    capabilityTop: 700,
    capabilityRows: [{ y: 730 }, { y: 752 }],
    contentBottom: 780
};

describe('sliceRows', () => {
    it('ends each page at the last row or lane boundary that fits, so no bar is cut in two', () => {
        expect(sliceRows(layout, 800, 100, 120)).toEqual([
            { top: 100, bottom: 198, header: true }, // 220 would fit 120 px only by cutting the row at 198
            { top: 198, bottom: 250, header: true },
            { top: 250, bottom: 370, header: true }, // lane B has no rows: cut where the page ends
            { top: 370, bottom: 490, header: true },
            { top: 490, bottom: 610, header: true },
            { top: 610, bottom: 730, header: true },
            { top: 730, bottom: 800, header: true }
        ]);
    });

    it('a body that fits exactly is one slice (boundary)', () => {
        expect(sliceRows(layout, 800, 100, 700)).toEqual([{ top: 100, bottom: 800, header: true }]);
        expect(sliceRows(layout, 800, 100, 699)).toHaveLength(2);
    });
});

describe('inlineSvgStyles', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><style>.bar{fill:red}.lane .bar{fill:blue}.bar.critical{stroke:black}'
        + '.label{fill:#111;paint-order:stroke;stroke:#fff;stroke-width:3px}@media print{.bar{fill:green}}.bar:hover{fill:pink}</style>'
        + '<g class="lane"><rect class="bar critical" id="a" y="10" height="5" style="fill-opacity:0.5"/></g><rect class="bar" y="40" height="5"/>'
        + '<text class="label" id="t" y="60">Label</text></svg>';
    const out = render(inlineSvgStyles(svg), { xmlMode: true });

    it('applies descendant and compound selectors by specificity, keeps the element\'s own style, drops the stylesheet', () => {
        expect(out).not.toContain('<style');
        expect(out).toContain('<rect class="bar critical" id="a" y="10" height="5" style="fill:blue;stroke:black;fill-opacity:0.5"/>');
        expect(out).toContain('<rect class="bar" y="40" height="5" style="fill:red"/>'); // not @media print, not :hover
    });

    it('draws a paint-order halo as a stroke-only copy under a fill-only original', () => {
        expect(out).toContain('<text class="label" y="60" style="fill:none;stroke:#fff;stroke-width:3px">Label</text>'
            + '<text class="label" id="t" y="60" style="fill:#111;stroke:none;stroke-width:3px">Label</text>');
    });

    it('a page\'s slice leaves out what lies wholly above or below it, and keeps what it cannot place', () => {
        const slicer = new SvgSlicer(inlineSvgStyles(svg.replace('</svg>', '<rect y="500" height="5"/><use href="#a"/></svg>')));
        const page = slicer.slice(480, 520);
        expect(page).toContain('y="500"');
        expect(page).not.toContain('y="10"');
        expect(page).not.toContain('Label');
        expect(page).toContain('<use'); // no geometry to judge by: kept
    });
});
