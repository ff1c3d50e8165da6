// Renders images/icon.svg to the PNGs the manifest points at (128 px marketplace icon, 32 px file icon).
// Run by hand after changing the SVG; the PNGs are committed so that packaging needs no renderer.
import { Resvg } from '@resvg/resvg-js';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const images = join(dirname(fileURLToPath(import.meta.url)), '../images');
const svg = await readFile(join(images, 'icon.svg'), 'utf8');
for (const [file, width] of [['icon.png', 128], ['file-icon.png', 32]]) {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng();
    await writeFile(join(images, file), png);
    console.log(`${file}: ${width}x${width}, ${png.length} bytes`);
}
