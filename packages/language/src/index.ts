import './polyfill.js';
export * from './core.js';
export * from './dtp-module.js';
export * from './lsp/roadmap-protocol.js';
export { formatText, type FormatResult } from './lsp/formatter.js';
export { OPEN_PREVIEW_COMMAND } from './lsp/code-lens.js';
export { registerRoadmapHandler } from './lsp/roadmap-handler.js';
