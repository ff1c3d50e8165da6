// The language without the editor features (`@dtp/language/core`): the AST, the core services, the checks' codes and
// the scheduler. What one-shot runs import; it loads neither Langium's LSP layer nor vscode-languageserver.
import './polyfill.js';
export * from './dtp-core-module.js';
export * from './generated/ast.js';
export * from './validation/codes.js';
export * from './workspace/imports.js';
export * from './workspace/scope-provider.js';
export * from './scheduler/calendar.js';
export * from './scheduler/index.js';
export * from './validation/report.js';
