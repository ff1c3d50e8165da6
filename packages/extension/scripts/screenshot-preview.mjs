// Screenshots of the roadmap preview in VS Code for the web, in a light and a dark theme, to look at what users
// see: the picture beside the plan, then the banner while the text has a syntax error. Same offline setup as the
// test runner. Output: test-output/vscode-screenshots/preview-<theme>-*.png (not committed).
//   DTP_SCREENSHOT_PORT  first port to use (default 3172; each theme takes the next one)
//   DTP_SCREENSHOT_PLAN  the plan to open, relative to the repository (default examples/noordstad.dtp; plans in
//                        examples/ only), e.g. examples/noordstad-tracked.dtp; its name is added to the file names
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
    buildExtension, ensureVSCodeWebBuild, prepareWorkspace, repoRoot, resolveLocalhostSubdomains,
    useSystemChromium, withTimeout
} from './vscode-web.mjs';
import { goTo, openFile, openWorkbench, shoot as shootInto, sleep } from './workbench-actions.mjs';

const firstPort = Number(process.env.DTP_SCREENSHOT_PORT ?? 3172);
const outDir = join(repoRoot, 'test-output/vscode-screenshots');
const plan = process.env.DTP_SCREENSHOT_PLAN ?? 'examples/noordstad.dtp';
const planTag = plan === 'examples/noordstad.dtp' ? '' : `-${basename(plan, '.dtp')}`;
const THEMES = [
    { name: 'light', colorTheme: 'Default Light Modern' },
    { name: 'dark', colorTheme: 'Default Dark Modern' }
];

buildExtension();
await ensureVSCodeWebBuild();
await mkdir(outDir, { recursive: true });
resolveLocalhostSubdomains();
let browser;
useSystemChromium(launched => (browser = launched));

for (const [index, theme] of THEMES.entries()) {
    const folderPath = await prepareWorkspace(`vscode-preview-screenshots-${theme.name}`);
    // A fixed today line, so the pictures do not change with the calendar; no welcome page in front of the plan.
    await mkdir(join(folderPath, '.vscode'), { recursive: true });
    await writeFile(join(folderPath, '.vscode/settings.json'), JSON.stringify({
        'workbench.colorTheme': theme.colorTheme,
        'workbench.startupEditor': 'none',
        'dtp.preview.today': '2027-09-01'
    }, null, 2));
    const session = await openWorkbench({ folderPath, port: firstPort + index, width: 1600, height: 950 });
    try {
        await withTimeout(shootTheme(theme.name), 180_000, `Screenshots in the ${theme.name} theme`);
    } finally {
        session.dispose();
    }
}
process.exit(0);

async function shootTheme(name) {
    const page = browser.contexts()[0].pages()[0];
    await page.setViewportSize({ width: 1600, height: 950 });
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await sleep(3000);
    await runCommand(page, 'workbench.action.closeSidebar', 'View: Close Primary Side Bar');
    await openFile(page, plan);
    await runCommand(page, 'dtp.openPreview', 'DTP: Open Roadmap Preview');
    await sleep(6000); // server build, request, webview boot and first drawing
    await shootInto(page, outDir, `preview-${name}${planTag}`);
    await shootWebview(page, `preview-${name}${planTag}-webview`);

    // The cursor on an activity marks its bar; zoom in twice with the toolbar buttons.
    await goTo(page, 72, 20);
    const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    for (let i = 0; i < 2; i++) await preview.locator('button[data-action="zoom-in"]').click();
    await sleep(1500);
    await shootWebview(page, `preview-${name}${planTag}-zoom-highlight`);
    await preview.locator('button[data-action="zoom-reset"]').click();
    // Back to the editor (the toolbar click gave the webview the focus): Ctrl+1 focuses the first editor group.
    await page.keyboard.press('Control+1');
    await sleep(800);

    // Break the syntax at the top of the plan: the preview keeps its picture and says why in a banner.
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('programme {{ ');
    await sleep(3000);
    await shootInto(page, outDir, `preview-${name}${planTag}-syntax-error`);
    await page.keyboard.press('Control+Z');
}

async function runCommand(page, id, title) {
    await page.keyboard.press('F1');
    await sleep(700);
    await page.keyboard.type(title);
    await sleep(1200);
    await page.keyboard.press('Enter');
    await sleep(1500);
    console.log(`ran ${id}`);
}




/** Only the webview's frame: the picture at full resolution, without the workbench around it. */
async function shootWebview(page, name) {
    const frame = page.locator('iframe.webview.ready').first();
    if ((await frame.count()) === 0) {
        console.warn('No webview frame found: is the preview open?');
        return;
    }
    const file = join(outDir, `${name}.png`);
    await frame.screenshot({ path: file });
    console.log(`wrote ${file}`);
}
