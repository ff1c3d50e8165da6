export * from './model.js';
export { renderSvg, type RenderOptions } from './svg.js';
export { renderHtml, type HtmlOptions } from './html.js';
export { renderMarkdown } from './markdown.js';
export { renderMermaid } from './mermaid.js';
export { layoutRoadmap, type RoadmapLayout, type LayoutOptions } from './layout.js';
export { escapeXml } from './escape.js';
export type { ThemeName } from './theme.js';
export * from './locate.js';
