export * from './model.js';
// The one way to turn the model's exclusive ends into the last days people read.
export { lastDay, lastDayOfSpan } from './dates.js';
// The SVG and HTML pictures and their layout are in @dtp/roadmap/render: they load d3's time scale, which the model,
// the checks and the text renderers do not need (the CLI's `validate` loads this entry, never that one).
export type { RenderOptions } from './svg.js';
export type { HtmlOptions } from './html.js';
export { renderMarkdown, type MarkdownOptions } from './markdown.js';
export { renderMermaid } from './mermaid.js';
export type { RoadmapLayout, LayoutOptions } from './layout.js';
export { escapeXml } from './escape.js';
export type { ThemeName } from './theme.js';
export * from './locate.js';
export * from './diff.js';
export { markdownCell } from './escape.js';
export { resolveView, VIEW_NAMES, FOLD_THRESHOLD, UNASSIGNED, type ViewName, type ViewOptions, type FoldOption, type ResolvedView } from './view.js';
export type { Route } from './route.js';
export { SIZE_NAMES, SLIDE, type SizeName } from './slide.js';
export * from './i18n/index.js';
