// The preview's export formats without VS Code: the file each one is saved as, and its bytes for a model. The pictures
// (SVG, HTML) are the view shown, in concrete colours; the other formats hold the whole plan, as `dtp render --format …`
// writes them, by the same writers. The file-format writers (ExcelJS, xmlbuilder2 …) are loaded on the first export:
// the desktop bundle keeps them in a file of their own (scripts/build.mjs), so activation never parses them.
import { renderMarkdown, renderMermaid, type Locale, type RenderOptions, type RoadmapModel } from '@dtp/roadmap';
import { renderHtml, renderSvg } from '@dtp/roadmap/render';
import { EXPORT_FORMATS, type ExportFormat } from './messages.js';

export interface ExportFile {
    /** What the file name says after the plan's name: `noordstad.dtp` → `noordstad.roadmap.svg`. */
    name: string;
    /** The extensions the save dialog's filter offers; the first one names the file. */
    extensions: string[];
    /** True: the picture as the preview shows it (view, filters, folds). False: the whole plan. */
    picture: boolean;
}

export const EXPORT_FILES: Record<ExportFormat, ExportFile> = {
    svg: { name: 'roadmap', extensions: ['svg'], picture: true },
    html: { name: 'roadmap', extensions: ['html', 'htm'], picture: true },
    pdf: { name: 'roadmap', extensions: ['pdf'], picture: true },
    md: { name: 'roadmap', extensions: ['md'], picture: false },
    mermaid: { name: 'roadmap', extensions: ['mmd', 'mermaid'], picture: false },
    csv: { name: 'activities', extensions: ['csv'], picture: false },
    xlsx: { name: 'roadmap', extensions: ['xlsx'], picture: false },
    ics: { name: 'roadmap', extensions: ['ics'], picture: false },
    // Both are XML: the format's name in the file name keeps the two apart.
    msproject: { name: 'msproject', extensions: ['xml'], picture: false },
    archimate: { name: 'archimate', extensions: ['xml'], picture: false }
};

export interface ExportSettings {
    /** The day of the export (YYYY-MM-DD): the today line of the pictures, and the calendar's DTSTAMP. */
    today: string;
    /** The editor's theme, in the concrete colours a file needs (the preview's theme variables mean nothing outside VS Code). */
    theme: 'light' | 'dark';
    /** The roadmap's own words and dates (VS Code's display language); the plan's text is written as it is. */
    locale: Locale;
    /** The view, filters and folds the preview shows: for the pictures only. */
    view?: RenderOptions;
}

/**
 * The PDF writer of `dtp render --format pdf`, loaded on demand: on desktop from dist/exports.cjs; the web build has
 * none (pdfkit needs Node; scripts/build.mjs puts src/shims/no-pdf.ts in its place).
 */
async function pdfWriter() {
    return (await import('../export-writers.node.js')).renderPdf;
}

/** The formats this VS Code can write: all of them on desktop, all but PDF in the browser. */
export async function exportFormatsHere(): Promise<ExportFormat[]> {
    const pdf = (await pdfWriter()) !== undefined;
    return EXPORT_FORMATS.filter(format => format !== 'pdf' || pdf);
}

/** The file name next to the plan: `plans/noordstad.dtp` → `plans/noordstad.msproject.xml`. */
export function exportPath(planPath: string, format: ExportFormat): string {
    const { name, extensions } = EXPORT_FILES[format];
    return `${planPath.replace(/\.dtp$/i, '')}.${name}.${extensions[0]}`;
}

/** The file's bytes: text as UTF-8 (the CSV keeps its byte-order mark, which Excel needs), the workbook as it is. */
export async function exportBytes(model: RoadmapModel, format: ExportFormat, settings: ExportSettings): Promise<Uint8Array> {
    const { today, theme, locale } = settings;
    const text = (value: string) => new TextEncoder().encode(value);
    const writers = () => import('@dtp/roadmap/export');
    switch (format) {
        case 'svg': return text(renderSvg(model, { ...settings.view, today, theme, locale }));
        case 'html': return text(renderHtml(model, { ...settings.view, today, theme, locale }));
        case 'pdf': {
            const renderPdf = await pdfWriter();
            if (!renderPdf) throw new Error('PDF needs the desktop VS Code: use dtp render --format pdf, or print the HTML export');
            // Always the light theme: the file is for paper. A3 landscape, split into pages when too tall, as the CLI does.
            const { pdf } = await renderPdf(model, { ...settings.view, today, theme: 'light', locale }, 'a3');
            return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
        }
        case 'md': return text(renderMarkdown(model, { locale }));
        case 'mermaid': return text(renderMermaid(model, { locale }));
        case 'csv': return text((await writers()).renderCsv(model, { sheet: 'activities', locale }));
        case 'xlsx': return (await writers()).renderXlsx(model, { locale });
        case 'ics': return text((await writers()).renderIcal(model, { stamp: today, locale }));
        case 'msproject': return text((await writers()).renderMspdi(model, { locale }));
        case 'archimate': return text((await writers()).renderArchimate(model, { locale }));
    }
}
