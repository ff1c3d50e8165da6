// The desktop build's export writers (dist/exports.cjs, scripts/build.mjs): the file-format writers of @dtp/roadmap and
// the PDF writer of `dtp render --format pdf` (pdfkit, which needs Node: the web build has no PDF). The preview finds
// out which it has by asking this module for renderPdf (src/preview/export-formats.ts).
export * from '@dtp/roadmap/export';
export { renderPdf } from '../../cli/src/pdf/pdf.js';
