// The roadmap's pictures (`@dtp/roadmap/render`): SVG and HTML, their layout and line routing. Apart from the rest of
// the package because the layout's time axis is d3's (d3-scale, d3-time): what only checks or schedules plans never loads it.
export { renderSvg, type RenderOptions } from './svg.js';
export { renderHtml, type HtmlOptions } from './html.js';
export { layoutRoadmap, textWidth, type RoadmapLayout, type LayoutOptions } from './layout.js';
export { routeDependencies, labelSpan, type Route } from './route.js';
export { BOARD } from './board.js';
