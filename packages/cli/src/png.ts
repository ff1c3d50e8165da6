// SVG → PNG for `dtp render --format png`, with resvg (no browser, no network). Fonts come from the system
// (Debian: DejaVu), so labels render the same way on every CI runner with the usual fonts.
import type { ResvgRenderOptions } from '@resvg/resvg-js';

/** Beyond this many pixels a PNG takes seconds and gigabytes to draw and no viewer shows it well. */
export const MAX_PNG_PIXELS = 24_000_000;

export class PngTooLargeError extends Error {
    override name = 'PngTooLargeError';
}

/**
 * Renders the SVG at `scale` × its size (2: sharp on high-density screens and in print), lowered as far as needed
 * to stay under MAX_PNG_PIXELS; a picture that would have to shrink below half size is refused instead.
 */
export async function svgToPng(svg: string, scale = 2): Promise<{ png: Buffer; width: number; height: number; scale: number }> {
    const size = /<svg\b[^>]*?\swidth="(\d+(?:\.\d+)?)"[^>]*?\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
    const [width, height] = size ? [Number(size[1]), Number(size[2])] : [1600, 1000];
    const fitting = Math.sqrt(MAX_PNG_PIXELS / (width * height));
    const used = Math.min(scale, fitting);
    if (used < 0.5) {
        throw new PngTooLargeError(`the roadmap is ${width} × ${height} px, too large for a readable PNG; render it as --format svg or html (zoomable) instead`);
    }
    const { Resvg } = await import('@resvg/resvg-js'); // native module: loaded only when a PNG is asked for
    const options: ResvgRenderOptions = {
        font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
        fitTo: { mode: 'zoom', value: used },
        shapeRendering: 2,
        textRendering: 1
    };
    const image = new Resvg(svg, options).render();
    return { png: image.asPng(), width: image.width, height: image.height, scale: used };
}
