// Exports of the roadmap model into the formats other tools read: CSV and XLSX (spreadsheets), iCalendar
// (calendars), Microsoft Project XML (MSPDI) and the ArchiMate exchange format. Pure: model in, text or bytes out.
// A separate entry point (`@dtp/roadmap/export`) so the preview's bundle never carries the file-format libraries.
export { exportTable, exportTables, SHEET_NAMES, type SheetName, type Table, type Column, type Cell } from './tables.js';
export { renderCsv, type CsvOptions } from './csv.js';
export { renderXlsx, type XlsxOptions } from './xlsx.js';
export { renderIcal, eventUid, type IcalOptions } from './ical.js';
export { renderMspdi, type MspdiOptions } from './mspdi.js';
export { renderArchimate, type ArchimateOptions } from './archimate.js';
