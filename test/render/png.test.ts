// The PNG adapter: real pixels from resvg, and a size limit so a huge plan cannot eat gigabytes.
import { describe, expect, it } from 'vitest';
import { MAX_PNG_PIXELS, PngTooLargeError, svgToPng } from '../../packages/cli/src/png.js';

const svg = (width: number, height: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#1f6feb"/><text x="10" y="20">Label</text></svg>`;

describe('svgToPng', () => {
    it('draws at the asked scale', async () => {
        const image = await svgToPng(svg(400, 200), 2);
        expect([image.width, image.height, image.scale]).toEqual([800, 400, 2]);
        expect(image.png.subarray(1, 4).toString('latin1')).toBe('PNG');
        expect(image.png.readUInt32BE(16)).toBe(800);
    });

    it('lowers the scale of a large picture to stay under the pixel limit', async () => {
        const image = await svgToPng(svg(1600, 9000), 2);
        expect(image.scale).toBeLessThan(2);
        expect(image.width * image.height).toBeLessThanOrEqual(MAX_PNG_PIXELS * 1.01);
    });

    it('refuses a picture that would have to shrink below half size, naming the alternatives', async () => {
        await expect(svgToPng(svg(1600, 141_182), 2)).rejects.toThrow(PngTooLargeError);
        await expect(svgToPng(svg(1600, 141_182), 2)).rejects.toThrow(/--format svg or html/);
    });
});
