// What Langium's core (everything but its lsp/ layer) imports from vscode-languageserver-protocol, taken from where
// the protocol itself re-exports it: vscode-jsonrpc (its node entry, which installs the runtime layer the
// cancellation timers and event errors use), so the objects are the very ones `dtp lsp` gets through the protocol.
// The one-shot commands then never evaluate the protocol's hundreds of message types. LSPErrorCodes is the
// protocol's own; test/cli/langium-core-protocol.test.ts checks this copy against it.
export { CancellationToken, CancellationTokenSource, Emitter, ResponseError } from 'vscode-jsonrpc/node';

export const LSPErrorCodes = Object.freeze({
    lspReservedErrorRangeStart: -32899,
    RequestFailed: -32803,
    ServerCancelled: -32802,
    ContentModified: -32801,
    RequestCancelled: -32800,
    lspReservedErrorRangeEnd: -32800
});
