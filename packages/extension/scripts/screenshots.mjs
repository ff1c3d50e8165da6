// Takes screenshots of VS Code for the web with the extension loaded, to look at what users see: highlighting,
// diagnostics, completion and hover. Same offline setup as the test runner. Output: test-output/vscode-screenshots/.
//   DTP_SCREENSHOT_PORT  port of the server (default: a free one)
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
    buildExtension, choosePort, ensureVSCodeWebBuild, prepareWorkspace, repoRoot, resolveLocalhostSubdomains,
    useSystemChromium, withTimeout
} from './vscode-web.mjs';
import { goTo, openFile, openWorkbench, shoot as shootInto, sleep } from './workbench-actions.mjs';

const port = await choosePort(process.env.DTP_SCREENSHOT_PORT);
const outDir = join(repoRoot, 'test-output/vscode-screenshots');

buildExtension();
await ensureVSCodeWebBuild();
const folderPath = await prepareWorkspace('vscode-screenshot-workspace');
await mkdir(outDir, { recursive: true });
resolveLocalhostSubdomains();
let browser;
useSystemChromium(launched => (browser = launched));

const session = await openWorkbench({ folderPath, port, width: 1500, height: 950 });




try {
    await withTimeout((async () => {
        const page = browser.contexts()[0].pages()[0];
        await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
        await sleep(4000);

        await openFile(page, 'examples/noordstad.dtp');
        await sleep(2500); // semantic tokens and inlay hints arrive after the first build
        await shootInto(page, outDir, '1-highlighting');

        await openFile(page, 'invalid/unmet-prerequisite.dtp');
        await page.keyboard.press('Control+Shift+M'); // Problems panel
        await sleep(1500);
        await shootInto(page, outDir, '2-diagnostics');

        await goTo(page, 14, 1); // `requires cloud, data-literacy }`: type a third capability before the `}`
        await page.keyboard.press('End');
        for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
        await page.keyboard.type(', ');
        await page.keyboard.press('Control+Space');
        await sleep(1500);
        await shootInto(page, outDir, '3-completion');
        await page.keyboard.press('Escape');

        await goTo(page, 8, 30); // on `dtp`
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        await sleep(1500);
        await shootInto(page, outDir, '4-hover');
        await page.keyboard.press('Escape');

        await openFile(page, 'invalid/phase-order.dtp');
        await goTo(page, 9, 13); // on `initiation`, written after foundation
        await page.keyboard.press('Control+.'); // quick fixes
        await sleep(1500);
        await shootInto(page, outDir, '5-quick-fix');
    })(), 180_000, 'Taking screenshots');
} finally {
    session.dispose();
}
process.exit(0);
