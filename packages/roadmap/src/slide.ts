// `size: 'slide'`: any view as a 16:9 picture of 1920 × 1080 (a full-HD slide), the roadmap scaled to fit and
// centred on the background. The roadmap keeps its own SVG (nested), so its styles, ids and tooltips stay as they are.
import { escapeXml } from './escape.js';
import type { RoadmapModel } from './model.js';

export type SizeName = 'default' | 'slide';
export const SIZE_NAMES: readonly SizeName[] = ['default', 'slide'];

export const SLIDE = { width: 1920, height: 1080 } as const;

export function slide(svg: string, width: number, height: number, model: RoadmapModel, view: string): string {
    const scale = Math.min(SLIDE.width / width, SLIDE.height / height);
    const w = Math.round(width * scale * 10) / 10;
    const h = Math.round(height * scale * 10) / 10;
    const x = Math.round(((SLIDE.width - w) / 2) * 10) / 10;
    const y = Math.round(((SLIDE.height - h) / 2) * 10) / 10;
    // The inner picture's own background fills the margins too: it is the first rect the inner SVG draws.
    const background = /<rect class="background"[^>]*>/.exec(svg)?.[0].replace(/x="[^"]*" y="[^"]*" width="[^"]*" height="[^"]*"/, `x="0" y="0" width="${SLIDE.width}" height="${SLIDE.height}"`) ?? '';
    const inner = svg.replace(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="([^"]*)" width="[^"]*" height="[^"]*"/,
        (_, cls: string) => `<svg class="${cls}" x="${x}" y="${y}" width="${w}" height="${h}" preserveAspectRatio="xMidYMid meet"`);
    return `<svg xmlns="http://www.w3.org/2000/svg" class="dtp-slide" width="${SLIDE.width}" height="${SLIDE.height}" viewBox="0 0 ${SLIDE.width} ${SLIDE.height}"` +
        ` data-size="slide" data-view="${escapeXml(view)}" data-scale="${Math.round(scale * 1000) / 1000}" role="img" aria-label="${escapeXml(`${model.programme.title ?? model.programme.id} — roadmap`)}">\n` +
        // The background rect's fill comes from the inner stylesheet, which applies to the whole document.
        `${background.replace('<rect class="background"', '<rect class="background slide-background"')}\n${inner}</svg>\n`;
}
