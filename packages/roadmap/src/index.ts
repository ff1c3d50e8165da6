export * from './model.js';
// The one way to turn the model's exclusive ends into the last days people read.
export { lastDay, lastDayOfSpan } from './dates.js';
export { renderSvg, type RenderOptions } from './svg.js';
export { renderHtml, type HtmlOptions } from './html.js';
export { renderMarkdown, type MarkdownOptions } from './markdown.js';
export { renderMermaid } from './mermaid.js';
export { layoutRoadmap, type RoadmapLayout, type LayoutOptions } from './layout.js';
export { escapeXml } from './escape.js';
export type { ThemeName } from './theme.js';
export * from './locate.js';
export * from './diff.js';
export { markdownCell } from './escape.js';
export { resolveView, VIEW_NAMES, FOLD_THRESHOLD, UNASSIGNED, type ViewName, type ViewOptions, type FoldOption, type ResolvedView } from './view.js';
export { routeDependencies, labelSpan, type Route } from './route.js';
export { SIZE_NAMES, SLIDE, type SizeName } from './slide.js';
export { BOARD } from './board.js';
export { textWidth } from './layout.js';
export * from './i18n/index.js';
