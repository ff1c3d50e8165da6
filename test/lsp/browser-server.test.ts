// The browser (Web Worker) entry point, bundled for the browser as the extension does, run in a sandbox whose
// `self` plays the worker: it initializes over postMessage and publishes diagnostics without any file system.
import { build } from 'esbuild';
import * as path from 'node:path';
import vm from 'node:vm';
import { describe, expect, test } from 'vitest';
import { REPO } from '../../scripts/lsp-client.mjs';

interface Message { id?: number; method?: string; params?: { diagnostics?: { code: string }[] }; result?: { capabilities?: object } }

async function startWorker() {
    const bundle = await build({
        stdin: {
            contents: "import { startBrowserLanguageServer } from './packages/language/src/server/browser.ts';\nstartBrowserLanguageServer();\n",
            resolveDir: REPO,
            loader: 'ts'
        },
        bundle: true, platform: 'browser', format: 'iife', write: false, logLevel: 'silent', absWorkingDir: REPO
    });
    const received: Message[] = [];
    const listeners: ((event: { data: unknown }) => void)[] = [];
    const self = {
        postMessage: (message: Message) => received.push(message),
        addEventListener: (type: string, listener: (event: { data: unknown }) => void) => { if (type === 'message') listeners.push(listener); },
        removeEventListener: () => undefined,
        set onmessage(listener: (event: { data: unknown }) => void) { listeners.push(listener); }
    };
    // Only what a worker has: no `require`, no `process`, no file system.
    const sandbox = vm.createContext({ self, console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder, performance, URL });
    vm.runInContext(bundle.outputFiles[0].text, sandbox, { filename: path.join(REPO, 'worker.js') });
    const send = (message: object) => { for (const listener of listeners) listener({ data: { jsonrpc: '2.0', ...message } }); };
    const next = async (match: (message: Message) => boolean, timeoutMs = 20_000): Promise<Message> => {
        const until = Date.now() + timeoutMs;
        while (Date.now() < until) {
            const found = received.find(match);
            if (found) return found;
            await new Promise(resolve => setTimeout(resolve, 20));
        }
        throw new Error(`no matching message; received: ${JSON.stringify(received.map(m => m.method ?? m.id))}`);
    };
    return { send, next };
}

describe('browser language server', () => {
    test('initializes over postMessage and publishes diagnostics with their codes', async () => {
        const worker = await startWorker();
        worker.send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
        const initialized = await worker.next(message => message.id === 1);
        expect(initialized.result?.capabilities).toHaveProperty('completionProvider');
        worker.send({ method: 'initialized', params: {} });
        worker.send({
            method: 'textDocument/didOpen',
            params: { textDocument: { uri: 'file:///plan.dtp', languageId: 'dtp', version: 1, text: 'programme p "P" {\n    phase foundation { }\n    phase initiation { }\n}\n' } }
        });
        const published = await worker.next(message => message.method === 'textDocument/publishDiagnostics');
        expect(published.params!.diagnostics!.map(diagnostic => diagnostic.code)).toContain('phase-order');
    });
});
