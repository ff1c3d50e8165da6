// The export formats of `dtp render` (csv, xlsx, ics, msproject, archimate, pdf): the pure writers of
// @dtp/roadmap/export and, for PDF, the Node-side page maker. Loaded only when one of them is asked for.
import type { RenderOptions, RoadmapModel } from '@dtp/roadmap';
import type { SheetName } from '@dtp/roadmap/export';
import { UsageError } from './errors.js';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'ics', 'msproject', 'archimate', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Formats that are binary: they need `-o FILE`. */
export const BINARY_EXPORTS: readonly string[] = ['xlsx', 'pdf'];
export const SHEETS: readonly SheetName[] = ['activities', 'milestones', 'capabilities'];
export const PAGES = ['a3', 'a4'] as const;

export interface ExportSettings {
    /** The SVG options the picture formats use (today, theme, base …), for PDF. */
    picture: RenderOptions;
    /** The day of the export (YYYY-MM-DD): the calendar's DTSTAMP. */
    today: string;
    sheet?: string;
    page?: string;
    /** Where to tell the user something that is not an error (a font fallback). */
    note: (message: string) => Promise<void>;
}

export function isExportFormat(format: string): format is ExportFormat {
    return (EXPORT_FORMATS as readonly string[]).includes(format);
}

export async function renderExport(model: RoadmapModel, format: ExportFormat, settings: ExportSettings): Promise<string | Buffer> {
    const sheet = settings.sheet ?? 'activities';
    if (!(SHEETS as readonly string[]).includes(sheet)) throw new UsageError(`--sheet ${sheet}: give one of ${SHEETS.join(', ')}`);
    if (settings.sheet !== undefined && format !== 'csv') throw new UsageError(`--sheet applies to --format csv only (xlsx holds every sheet)`);
    if (settings.page !== undefined && format !== 'pdf') throw new UsageError(`--page applies to --format pdf only`);
    const exports = await import('@dtp/roadmap/export');
    // The words of the files (headers, sheet names, calendar text) follow --lang, as the pictures do.
    const locale = settings.picture.locale;
    switch (format) {
        case 'csv': return exports.renderCsv(model, { sheet: sheet as SheetName, locale });
        case 'xlsx': return Buffer.from(await exports.renderXlsx(model, { locale }));
        case 'ics': return exports.renderIcal(model, { stamp: settings.today, locale });
        case 'msproject': return exports.renderMspdi(model, { locale });
        case 'archimate': return exports.renderArchimate(model, { locale });
        case 'pdf': {
            const page = (settings.page ?? 'a3').toLowerCase();
            if (!(PAGES as readonly string[]).includes(page)) throw new UsageError(`--page ${settings.page}: give a3 or a4`);
            const { renderPdf } = await import('./pdf/pdf.js');
            const result = await renderPdf(model, settings.picture, page as 'a3' | 'a4');
            for (const warning of result.warnings) await settings.note(`dtp: ${warning}\n`);
            return result.pdf;
        }
    }
}
