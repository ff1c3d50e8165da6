// Test entry for the web workbench (@vscode/test-web): mocha's browser build, the suites registered after setup.
import 'mocha/mocha.js';

export function run(): Promise<void> {
    return new Promise((resolve, reject) => {
        // reporter undefined: test-web forwards the console; mocha's HTML reporter would need a DOM of its own.
        mocha.setup({ ui: 'tdd', reporter: undefined, timeout: 30_000 });
        registerSuites();
        mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} VS Code test(s) failed`)) : resolve()));
    });
}

function registerSuites(): void {
    // `require`, not `import`: imports are hoisted above mocha.setup, and `suite` would not exist yet.
    require('./activation.suite');
    require('./diagnostics.suite');
    require('./language-features.suite');
    require('./preview.suite');
    require('./tracking.suite');
}
