// `dtp render --format pdf`: the roadmap SVG drawn as vector graphics on A3 (default) or A4 landscape pages, with
// pdfkit and svg-to-pdfkit; text stays text (searchable, selectable) in an embedded system font.
//
// Filling the page: the roadmap is laid out at the width that gives it the page's proportions (its height hardly
// depends on its width), on one page while 12 px text stays legible on paper (0.45 pt per px). A roadmap too tall
// for that is split across pages between rows, as few as 0.55 pt per px allows and then drawn as large as they allow;
// every page repeats the header with the time axis, so each page reads on its own, and a footer numbers the pages.
import { existsSync } from 'node:fs';
import type { RenderOptions, RoadmapModel } from '@dtp/roadmap';
import { inlineSvgStyles } from './inline-css.js';
import { SvgSlicer } from './slice.js';

export type PageSize = 'a3' | 'a4';
export const PAGE_SIZES: readonly PageSize[] = ['a3', 'a4'];

/** Landscape page sizes in points, and the margin around the picture. */
const PAGES: Record<PageSize, { width: number; height: number; margin: number }> = {
    a3: { width: 1190.55, height: 841.89, margin: 28 },
    a4: { width: 841.89, height: 595.28, margin: 20 }
};
const FOOTER = 14;
/** Pages of a split roadmap: at least this many points per SVG px, so 12 px labels print at 6.6 pt or more. */
const MIN_SCALE = 0.55;
/** A roadmap that fits on one page at this scale or more (12 px labels at 5.4 pt) is not split. */
const ONE_PAGE_SCALE = 0.45;
/** Narrower than this, the phase gutter leaves too little room for the time axis. */
const MIN_WIDTH = 1000;

export interface PdfResult {
    pdf: Buffer;
    pages: number;
    /** Points per SVG px. */
    scale: number;
    /** Something the user should know (e.g. no system font with the plan's characters was found). */
    warnings: string[];
}

export async function renderPdf(model: RoadmapModel, options: RenderOptions, page: PageSize = 'a3'): Promise<PdfResult> {
    const roadmap = await import('@dtp/roadmap/render');
    const { width: pageWidth, height: pageHeight, margin } = PAGES[page];
    const boxWidth = pageWidth - 2 * margin;
    const boxHeight = pageHeight - 2 * margin - FOOTER;

    const picture = (width: number) => {
        const svgOptions = { ...options, width };
        const svg = roadmap.renderSvg(model, svgOptions);
        const layout = roadmap.layoutRoadmap(model, svgOptions);
        return { width, svg, layout, height: svgHeight(svg) ?? layout.contentBottom };
    };
    // One page when the picture can be read on it: laid out at the width that gives it the page's proportions (its
    // height barely depends on its width), down to ONE_PAGE_SCALE.
    const first = picture(1600);
    // Far too tall for one page (a large plan): skip laying it out again for a page it cannot fit.
    const fitted = first.height * ONE_PAGE_SCALE > boxHeight * 1.2 ? first
        : picture(Math.round(Math.min(boxWidth / ONE_PAGE_SCALE, Math.max(MIN_WIDTH, first.height * boxWidth / boxHeight))));
    const fitScale = fitted === first ? 0 : Math.min(boxWidth / fitted.width, boxHeight / fitted.height);
    let chosen = fitted;
    let scale = fitScale;
    let slices: Slice[] = [{ top: 0, bottom: fitted.height, header: false }];
    if (fitScale < ONE_PAGE_SCALE - 1e-9) {
        // Pages: as few as MIN_SCALE allows, then as large as those pages allow (up to the narrowest layout).
        const smallest = picture(Math.floor(boxWidth / MIN_SCALE));
        const smallestScale = boxWidth / smallest.width;
        const fewest = sliceRows(smallest.layout, smallest.height, smallest.layout.chartTop, boxHeight / smallestScale - smallest.layout.chartTop);
        chosen = smallest;
        scale = smallestScale;
        slices = balancedSlices(smallest.layout, smallest.height, smallest.layout.chartTop, boxHeight / smallestScale - smallest.layout.chartTop);
        const body = smallest.height - smallest.layout.chartTop;
        const target = Math.min(boxWidth / MIN_WIDTH, boxHeight / (body / fewest.length * 1.04 + smallest.layout.chartTop));
        if (target > smallestScale * 1.03) {
            const larger = picture(Math.round(boxWidth / target));
            const largerScale = boxWidth / larger.width;
            const largerSlices = balancedSlices(larger.layout, larger.height, larger.layout.chartTop, boxHeight / largerScale - larger.layout.chartTop);
            if (largerSlices.length <= fewest.length) {
                chosen = larger;
                scale = largerScale;
                slices = largerSlices;
            }
        }
    }
    const { svg, layout, height, width } = chosen;
    const headerHeight = layout.chartTop;

    const slicer = new SvgSlicer(inlineSvgStyles(svg));
    const { default: PDFDocument } = await import('pdfkit');
    const { default: SVGtoPDF } = await import('svg-to-pdfkit');
    const stamp = dateOf(model.programme.statusDate ?? model.programme.start);
    const doc = new PDFDocument({
        size: [pageWidth, pageHeight], margin: 0, autoFirstPage: false, compress: true,
        info: { Title: `${model.programme.title ?? model.programme.id} — roadmap`, Author: model.programme.owner ?? '', Creator: 'dtp', Producer: 'dtp', CreationDate: stamp, ModDate: stamp }
    });
    const fonts = registerFonts(doc);
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const finished = new Promise<void>((resolve, reject) => { doc.on('end', () => resolve()); doc.on('error', reject); });

    const draw = (top: number, sliceHeight: number, y: number) => {
        // Clip to the slice, then draw the picture (only what meets the slice) shifted so the slice lands at y.
        const part = top === 0 && sliceHeight >= height ? slicer.whole() : slicer.slice(top, top + sliceHeight);
        doc.save();
        doc.rect(margin, y, width * scale, sliceHeight * scale).clip();
        (SVGtoPDF as unknown as (d: unknown, s: string, x: number, y: number, o: object) => void)(doc, part, margin, y - top * scale, {
            width: width * scale, height: height * scale, preserveAspectRatio: 'xMinYMin meet',
            fontCallback: (_family: string, bold: boolean) => (bold ? fonts.bold : fonts.regular)
        });
        doc.restore();
    };
    slices.forEach((slice, index) => {
        doc.addPage({ size: [pageWidth, pageHeight], margin: 0 });
        if (slice.header) {
            draw(0, headerHeight, margin);
            draw(slice.top, slice.bottom - slice.top, margin + headerHeight * scale);
            // A phase lane that began on an earlier page is named again where this page takes it up.
            const lane = layout.lanes.find(candidate => candidate.y < slice.top - 1 && candidate.y + candidate.height > slice.top + 1);
            if (lane) {
                const name = `${lane.phase?.label || lane.kind} (continued)`;
                doc.font(fonts.bold).fontSize(13 * scale).fillColor(options.theme === 'dark' ? '#e6edf3' : '#1f2328')
                    .text(name, margin + 16 * scale, margin + (headerHeight + 8) * scale, { width: 200 * scale, lineBreak: false, ellipsis: true });
            }
        } else {
            draw(0, height, margin);
        }
        const footer = `${model.programme.title ?? model.programme.id}${slices.length > 1 ? `  ·  page ${index + 1} of ${slices.length}` : ''}`;
        doc.font(fonts.regular).fontSize(7).fillColor('#57606a')
            .text(footer, margin, pageHeight - margin - 8, { width: boxWidth, align: 'right', lineBreak: false });
    });
    doc.end();
    await finished;
    return { pdf: Buffer.concat(chunks), pages: slices.length, scale, warnings: fonts.warning ? [fonts.warning] : [] };
}

function svgHeight(svg: string): number | null {
    const match = /<svg\b[^>]*?\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
    return match ? Number(match[1]) : null;
}

interface RowLayout {
    chartTop: number;
    lanes: { y: number; height: number; items: { rowTop: number }[] }[];
    rowHeight: number;
    capabilityTop: number;
    capabilityRows: { y: number }[];
    contentBottom: number;
}

/** As few pages as the room allows, with the rows spread evenly over them rather than a last page nearly empty. */
interface Slice { top: number; bottom: number; header: boolean }

function balancedSlices(layout: RowLayout, height: number, headerHeight: number, room: number): Slice[] {
    const fewest = sliceRows(layout, height, headerHeight, room);
    const even = (height - headerHeight) / fewest.length;
    for (let target = even; target < room; target += room / 50) {
        const slices = sliceRows(layout, height, headerHeight, target);
        if (slices.length <= fewest.length) return slices;
    }
    return fewest;
}

/** Cuts the body into slices of at most `room` px, each ending between rows (a bar is never cut in two) where it can. */
export function sliceRows(layout: RowLayout, height: number, headerHeight: number, room: number): { top: number; bottom: number; header: boolean }[] {
    const cuts = new Set<number>([height, layout.contentBottom, layout.capabilityTop]);
    for (const lane of layout.lanes) {
        cuts.add(lane.y);
        cuts.add(lane.y + lane.height);
        for (const item of lane.items) cuts.add(item.rowTop);
    }
    for (const row of layout.capabilityRows) cuts.add(row.y);
    const sorted = [...cuts].filter(cut => cut > headerHeight && cut <= height).sort((a, b) => a - b);
    const slices: { top: number; bottom: number; header: boolean }[] = [];
    let top = headerHeight;
    while (top < height - 0.5) {
        const limit = top + room;
        let bottom = top;
        for (const cut of sorted) {
            if (cut > limit) break;
            if (cut > top) bottom = cut;
        }
        // No boundary within reach (one lane taller than a page): cut at the page's edge.
        if (bottom <= top + room * 0.25) bottom = Math.min(height, limit);
        slices.push({ top, bottom, header: true });
        top = bottom;
    }
    return slices;
}

const dateOf = (iso: string) => new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));

/** Fonts with the characters plans use (→, —, ë, …), from the system as for PNG; else PDF's Helvetica (Latin-1 only). */
const FONT_CANDIDATES: [string, string][] = [
    ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
    ['/usr/share/fonts/dejavu/DejaVuSans.ttf', '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf'],
    ['/usr/share/fonts/TTF/DejaVuSans.ttf', '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf'],
    ['/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf', '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf'],
    ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'],
    ['/System/Library/Fonts/Supplemental/Arial.ttf', '/System/Library/Fonts/Supplemental/Arial Bold.ttf'],
    ['/Library/Fonts/Arial.ttf', '/Library/Fonts/Arial Bold.ttf'],
    ['C:\\Windows\\Fonts\\arial.ttf', 'C:\\Windows\\Fonts\\arialbd.ttf']
];

function registerFonts(doc: PDFKit.PDFDocument): { regular: string; bold: string; warning?: string } {
    const found = FONT_CANDIDATES.find(([regular, bold]) => existsSync(regular) && existsSync(bold));
    if (!found) {
        return {
            regular: 'Helvetica', bold: 'Helvetica-Bold',
            warning: 'no DejaVu Sans, Liberation Sans or Arial font found: the PDF uses Helvetica, which lacks some characters (→, non-Latin letters); install fonts-dejavu-core or fonts-liberation'
        };
    }
    doc.registerFont('dtp-regular', found[0]);
    doc.registerFont('dtp-bold', found[1]);
    return { regular: 'dtp-regular', bold: 'dtp-bold' };
}
