// The CLI bundle gives Langium's core packages/cli/scripts/langium-core-protocol.mjs in place of
// vscode-languageserver-protocol (see scripts/bundle.mjs). It must hand out the protocol's very objects: a
// cancelled request in `dtp lsp` is answered as an error only when Langium's ResponseError is the connection's.
import * as protocol from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import * as core from '../../packages/cli/scripts/langium-core-protocol.mjs';

describe("Langium core's slice of the protocol", () => {
    test('the same cancellation, events and ResponseError as the protocol', () => {
        expect(core.CancellationToken).toBe(protocol.CancellationToken);
        expect(core.CancellationTokenSource).toBe(protocol.CancellationTokenSource);
        expect(core.Emitter).toBe(protocol.Emitter);
        expect(core.ResponseError).toBe(protocol.ResponseError);
    });

    test("the protocol's LSP error codes, every one", () => {
        expect({ ...core.LSPErrorCodes }).toEqual({ ...protocol.LSPErrorCodes });
    });
});
