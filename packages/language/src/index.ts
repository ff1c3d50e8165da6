import './polyfill.js';
export * from './dtp-module.js';
export * from './generated/ast.js';
export * from './validation/codes.js';
export * from './workspace/imports.js';
export * from './workspace/scope-provider.js';
export * from './scheduler/calendar.js';
export * from './validation/report.js';
