// What Langium's core (everything but its lsp/ layer) imports from vscode-languageserver-protocol, taken from where
// the protocol itself re-exports it: vscode-jsonrpc, so the objects are the very ones `dtp lsp` gets through the
// protocol. The one-shot commands then never evaluate the protocol's hundreds of message types. LSPErrorCodes is the
// protocol's own; test/cli/langium-core-protocol.test.ts checks this copy against it.
//
// vscode-jsonrpc's common code, not its node entry: the node entry loads `net`, `crypto` and `os` and its message
// transports at start-up (about 10 ms), which only `dtp lsp` needs, and that command loads it anyway. The common
// code asks a runtime layer for two things here: timers (a cancelled token's late listeners) and a console (an
// event listener's error). Until the node entry installs its full layer, a minimal one gives exactly those.
//
// The four modules themselves, not the common entry that evaluates all of vscode-jsonrpc (connections, readers,
// writers: about 3 ms more). Its `exports` map hides them, so they are named by path; esbuild then bundles the very
// files the common entry would load, and `dtp lsp` gets the same module objects (test/cli/startup.test.ts counts one
// copy). A moved file fails test/cli/langium-core-protocol.test.ts, which imports this module.
import { CancellationToken, CancellationTokenSource } from '../../../node_modules/vscode-jsonrpc/lib/common/cancellation.js';
import { Emitter } from '../../../node_modules/vscode-jsonrpc/lib/common/events.js';
import { ResponseError } from '../../../node_modules/vscode-jsonrpc/lib/common/messages.js';
import RALModule from '../../../node_modules/vscode-jsonrpc/lib/common/ral.js';

// A CommonJS default export: esbuild hands over `exports.default`, Node the whole `exports` object.
const RAL = typeof RALModule === 'function' ? RALModule : RALModule.default;

function installed() {
    try {
        return RAL() !== undefined;
    } catch {
        return false; // vscode-jsonrpc throws while no layer is installed
    }
}

if (!installed()) {
    RAL.install(Object.freeze({
        console,
        timer: Object.freeze({
            setTimeout(callback, ms, ...args) {
                const handle = setTimeout(callback, ms, ...args);
                return { dispose: () => clearTimeout(handle) };
            },
            setImmediate(callback, ...args) {
                const handle = setImmediate(callback, ...args);
                return { dispose: () => clearImmediate(handle) };
            },
            setInterval(callback, ms, ...args) {
                const handle = setInterval(callback, ms, ...args);
                return { dispose: () => clearInterval(handle) };
            }
        })
    }));
}

export { CancellationToken, CancellationTokenSource, Emitter, ResponseError };

export const LSPErrorCodes = Object.freeze({
    lspReservedErrorRangeStart: -32899,
    RequestFailed: -32803,
    ServerCancelled: -32802,
    ContentModified: -32801,
    RequestCancelled: -32800,
    lspReservedErrorRangeEnd: -32800
});
