// XLSX export (ExcelJS): a workbook with the sheets activities, milestones and capabilities, named and headed in the
// reader's language. Dates are real date cells (Excel serial numbers with a `yyyy-mm-dd` format), numbers are numbers,
// booleans booleans; the header row is bold and frozen with a filter on it, and columns have widths that fit their content.
// Deterministic: the workbook's created/modified stamps come from the model (the status date, else the programme
// start) and the zip entries carry that date too, so the same model gives the same bytes whatever the clock says.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { toUtc } from '../dates.js';
import type { Locale } from '../i18n/index.js';
import type { IsoDate, RoadmapModel } from '../model.js';
import { exportTables, type Table } from './tables.js';

export interface XlsxOptions {
    /** When the workbook says it was made; default the status date, else the programme start. */
    created?: IsoDate;
    /** The language of the sheet names and header rows (default English). */
    locale?: Locale;
}

const DATE_FORMAT = 'yyyy-mm-dd';

export async function renderXlsx(model: RoadmapModel, options: XlsxOptions = {}): Promise<Uint8Array> {
    const stamp = toUtc(options.created ?? model.programme.statusDate ?? model.programme.start);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'dtp';
    workbook.title = model.programme.title ?? model.programme.id;
    workbook.created = stamp;
    workbook.modified = stamp;
    for (const table of exportTables(model, options.locale)) addSheet(workbook, table);
    const written = await workbook.xlsx.writeBuffer();
    return fixedZipDates(new Uint8Array(written as ArrayBuffer), stamp);
}

function addSheet(workbook: ExcelJS.Workbook, table: Table): void {
    const sheet = workbook.addWorksheet(table.title, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    sheet.columns = table.columns.map((column, i) => ({
        key: String(i),
        header: column.header,
        width: Math.max(column.width, column.header.length + 2, ...table.rows.slice(0, 2000).map(row => widthOf(row[i]))),
        style: column.type === 'date' ? { numFmt: DATE_FORMAT } : {}
    }));
    for (const row of table.rows) {
        sheet.addRow(row.map((cell, i) => (cell !== null && table.columns[i].type === 'date' ? toUtc(cell as string) : cell)));
    }
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle' };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
}

/** Characters a cell needs, capped so one long description does not make a column a screen wide. */
function widthOf(cell: unknown): number {
    if (cell === null || cell === undefined) return 0;
    return Math.min(60, String(cell).length + 2);
}

/** The zip again with every entry dated `stamp` (ExcelJS dates them with the clock). */
async function fixedZipDates(xlsx: Uint8Array, stamp: Date): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(xlsx);
    const out = new JSZip();
    for (const [name, entry] of Object.entries(zip.files)) {
        if (entry.dir) continue;
        out.file(name, await entry.async('uint8array'), { date: stamp, createFolders: false });
    }
    return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }});
}
