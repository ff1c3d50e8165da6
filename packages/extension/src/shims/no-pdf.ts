// The web build's stand-in for src/export-writers.node.ts (scripts/build.mjs): pdfkit needs Node, so the browser has
// no PDF writer, and the preview does not offer PDF there.
import type { renderPdf as RenderPdf } from '../export-writers.node.js';

export const renderPdf: typeof RenderPdf | undefined = undefined;
