// CSV export: one table of the spreadsheet export per file (RFC 4180: comma-separated, CRLF line ends, a field
// quoted when it holds a comma, a quote or a line break, quotes doubled), UTF-8 with a byte-order mark so Excel
// reads accented and other non-ASCII labels correctly. Dates are `YYYY-MM-DD`, booleans `true`/`false`.
//
// Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula,
// so a plan label like `=HYPERLINK(…)` could act when the file is opened. Such text cells get a leading apostrophe,
// which spreadsheets show as text (OWASP's advice). Only text columns: a negative number (a variance of -3) is a number.
import { stringify } from 'csv-stringify/sync';
import type { Locale } from '../i18n/index.js';
import type { RoadmapModel } from '../model.js';
import { exportTable, type Cell, type Column, type SheetName } from './tables.js';

export interface CsvOptions {
    /** Which table; default `activities`. */
    sheet?: SheetName;
    /** Start with a UTF-8 byte-order mark (default true: Excel needs it to read UTF-8). */
    bom?: boolean;
    /** The language of the header row (default English); the cells are the plan's values whatever it is. */
    locale?: Locale;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function renderCsv(model: RoadmapModel, options: CsvOptions = {}): string {
    const table = exportTable(model, options.sheet ?? 'activities', options.locale);
    const records = [table.columns.map(column => column.header), ...table.rows.map(row => row.map((cell, i) => csvCell(cell, table.columns[i])))];
    // csv-stringify quotes a field holding the record delimiter (CRLF) but not a bare LF or CR; RFC 4180 wants both quoted.
    const body = stringify(records, { record_delimiter: 'windows', eof: true, quoted_match: /[\r\n]/ });
    return (options.bom === false ? '' : '\uFEFF') + body;
}

function csvCell(cell: Cell, column: Column): string {
    if (cell === null) return '';
    if (typeof cell === 'boolean') return cell ? 'true' : 'false';
    if (typeof cell === 'number') return String(cell);
    return column.type === 'text' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}
