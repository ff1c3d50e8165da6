// Test entry for desktop VS Code (@vscode/test-electron): the same suites under mocha's Node runner.
import Mocha from 'mocha';

export function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 30_000 });
    // Defines suite/test/setup/teardown globally, as `mocha.addFile` would before requiring a file.
    mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'dtp-suite', mocha);
    require('./activation.suite');
    require('./diagnostics.suite');
    require('./language-features.suite');
    require('./preview.suite');
    require('./tracking.suite');
    return new Promise((resolve, reject) => {
        mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} VS Code test(s) failed`)) : resolve()));
    });
}
