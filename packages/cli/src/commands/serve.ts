// `dtp serve [DIR]`: the site of `dtp build`, served from memory on the loopback interface; it is rebuilt when a
// plan is saved and the open pages reload themselves (server-sent events on /events). See docs/cli.md#dtp-serve.
import { Command } from 'commander';
import { watch, type FSWatcher } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { SiteFiles } from '../site/pages.js';
import { describeError, UsageError } from '../errors.js';
import { displayPath } from '../files.js';
import { plural } from '../diagnostics.js';
import { checkedDateOption, STATUS_DATE_DESCRIPTION } from '../options.js';
import { write } from '../terminal.js';
import { dtpVersion } from '../version.js';
import { cliLocale } from '../locale.js';

interface ServeOptions {
    port: string;
    host: string;
    statusDate?: string;
    today?: string;
    base?: string;
}

/** Saves come in bursts (an editor writes, renames, touches): one rebuild after the last event. */
const DEBOUNCE_MS = 120;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

const CONTENT_TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8'
};

export function serveCommand(): Command {
    return new Command('serve')
        .description('serve the roadmap site of DIR on this computer, rebuilt and reloaded in the browser when a plan is saved')
        .argument('[dir]', 'the folder with the plans (every .dtp below it; node_modules skipped)', '.')
        .option('-p, --port <port>', 'the port to listen on (0: any free port)', '4173')
        .option('--host <host>', 'the address to listen on; the default is reachable from this computer only', '127.0.0.1')
        .option('--status-date <date>', STATUS_DATE_DESCRIPTION)
        .option('--today <date>', 'the date of the today line (YYYY-MM-DD); default: the system date')
        .option('--base <revision>', 'add "what moved" to each plan\'s page: compare with its version at this git revision')
        .addHelpText('after', `
Prints the address, then serves until Ctrl-C. Nothing is written to disk; the pages are those of dtp build.
Exit codes: 0 stopped with Ctrl-C or SIGTERM, 2 usage error (no such folder, the port is taken, an unknown revision).

Examples:
  dtp serve plans
  dtp serve plans --port 8080 --status-date 2027-09-01`)
        .action(async (dir: string, options: ServeOptions) => {
            process.exitCode = await runServe(dir, options);
        });
}

async function runServe(dir: string, options: ServeOptions): Promise<number> {
    const port = parsePort(options.port);
    const host = options.host;
    const statusDate = await checkedDateOption('--status-date', options.statusDate);
    const today = await checkedDateOption('--today', options.today);
    const [{ collectSite }, { renderSite }, { siteWords }] = await Promise.all([import('../site/collect.js'), import('../site/pages.js'), import('../site/words.js')]);
    const root = path.resolve(dir);

    const build = async (): Promise<{ files: SiteFiles; plans: number; imports: string[] }> => {
        const data = await collectSite(root, { statusDate, today, base: options.base, allowEmpty: true });
        for (const problem of data.unreadable) await write(process.stderr, `dtp: ${problem}\n`);
        return { files: renderSite(data, { words: siteWords(cliLocale()), live: true, version: dtpVersion() }), plans: data.plans.length, imports: data.files };
    };
    let site = await build(); // a usage error here (no such folder, unknown revision) ends the command

    const clients = new Set<ServerResponse>();
    const { createServer } = await import('node:http'); // here, not at the top: every other command starts without it
    const server = createServer((request, response) => handle(request, response, site.files, clients, host));
    await listen(server, port, host);
    const address = server.address() as AddressInfo;
    const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}/`;
    await write(process.stdout, `dtp serve: ${url} — ${plural(site.plans, 'plan')} from ${displayPath(root) || '.'}; rebuilt when a plan is saved; Ctrl-C stops\n`);
    if (!LOOPBACK.has(host)) await write(process.stderr, `dtp: note: listening on ${host}: other computers that can reach it can read your plans\n`);

    // Rebuilds run one at a time; a save during a rebuild asks for one more.
    let timer: NodeJS.Timeout | undefined;
    let running = false;
    let again = false;
    const rebuild = async () => {
        if (running) {
            again = true;
            return;
        }
        running = true;
        try {
            do {
                again = false;
                const next = await build().catch(async error => {
                    await write(process.stderr, `dtp: ${describeError(error)}; still serving the last build\n`);
                    return undefined;
                });
                if (!next) continue;
                const changed = changedPaths(site.files, next.files);
                site = next;
                watchImports(next.imports);
                if (changed.length > 0) {
                    notify(clients, changed);
                    await write(process.stdout, `rebuilt: ${plural(changed.length, 'page')} changed\n`);
                }
            } while (again);
        } finally {
            running = false;
        }
    };
    const schedule = (file: string | null) => {
        // Plans matter, and folders (a folder of plans removed or renamed); an editor's swap or backup file does not.
        if (file !== null && !file.toLowerCase().endsWith('.dtp') && path.extname(file) !== '') return;
        clearTimeout(timer);
        timer = setTimeout(() => void rebuild(), DEBOUNCE_MS);
    };

    const watchers: FSWatcher[] = [];
    watchers.push(watch(root, { recursive: true }, (_event, file) => schedule(file === null ? null : String(file))));
    // Imports from outside DIR (a shared catalogue one folder up): their folders are watched too.
    const outside = new Map<string, FSWatcher>();
    const watchImports = (files: readonly string[]) => {
        const folders = new Set(files.map(file => path.dirname(file)).filter(folder => folder !== root && !folder.startsWith(root + path.sep)));
        for (const [folder, watcher] of outside) if (!folders.has(folder)) { watcher.close(); outside.delete(folder); }
        for (const folder of folders) {
            if (outside.has(folder)) continue;
            try {
                outside.set(folder, watch(folder, (_event, file) => schedule(file === null ? null : String(file))));
            } catch { /* a folder that vanished: its import is reported by the checker */ }
        }
    };
    watchImports(site.imports);
    for (const watcher of watchers) watcher.on('error', () => undefined);

    await new Promise<void>(resolve => {
        const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            clearTimeout(timer);
            for (const watcher of [...watchers, ...outside.values()]) watcher.close();
            for (const client of clients) client.end();
            server.close(() => resolve());
            server.closeAllConnections();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
    await write(process.stdout, 'dtp serve: stopped\n');
    return 0;
}

function parsePort(text: string): number {
    if (!/^\d+$/.test(text) || Number(text) > 65_535) throw new UsageError(`--port ${text}: give a port number from 0 to 65535 (0: any free port)`);
    return Number(text);
}

function listen(server: Server, port: number, host: string): Promise<void> {
    return new Promise((resolve, reject) => {
        const failed = (error: NodeJS.ErrnoException) => {
            if (error.code === 'EADDRINUSE') reject(new UsageError(`port ${port} on ${host} is in use; pass another with --port (--port 0 takes any free one)`));
            else if (error.code === 'EACCES') reject(new UsageError(`port ${port} on ${host} needs privileges; pass a port above 1023 with --port`));
            else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') reject(new UsageError(`--host ${host}: this computer has no such address; the default 127.0.0.1 is reachable from this computer only`));
            else reject(error);
        };
        server.once('error', failed);
        server.listen(port, host, () => {
            server.off('error', failed);
            resolve();
        });
    });
}

/** The URL paths (`/index.html`, `/plans/x/index.html`) whose content differs between two builds. */
function changedPaths(before: SiteFiles, after: SiteFiles): string[] {
    const changed: string[] = [];
    for (const [file, content] of after) if (before.get(file) !== content) changed.push(`/${file}`);
    for (const file of before.keys()) if (!after.has(file)) changed.push(`/${file}`);
    return changed.map(file => file.split('/').map(encodeURIComponent).join('/'));
}

function notify(clients: Set<ServerResponse>, paths: string[]): void {
    const message = `event: change\ndata: ${JSON.stringify({ paths })}\n\n`;
    for (const client of clients) client.write(message);
}

function handle(request: IncomingMessage, response: ServerResponse, files: SiteFiles, clients: Set<ServerResponse>, host: string): void {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('Cache-Control', 'no-store');
    // Bound to this computer only, the site answers only to this computer's names: a web page elsewhere cannot read
    // the plans by pointing a name of its own at 127.0.0.1 (DNS rebinding).
    if (LOOPBACK.has(host) && !LOOPBACK.has(hostName(request.headers.host))) {
        plain(response, 403, 'dtp serve answers to 127.0.0.1 and localhost only\n');
        return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.setHeader('Allow', 'GET, HEAD');
        plain(response, 405, 'dtp serve only reads\n');
        return;
    }
    let pathname: string;
    try {
        pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
        plain(response, 400, 'bad address\n');
        return;
    }
    if (pathname === '/events') {
        response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
        response.write('retry: 1000\n\n');
        clients.add(response);
        request.on('close', () => clients.delete(response));
        return;
    }
    const file = (pathname.endsWith('/') ? `${pathname}index.html` : pathname).slice(1);
    const content = files.get(file);
    if (content === undefined) {
        plain(response, 404, `not found: ${pathname}\n`);
        return;
    }
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': Buffer.byteLength(content) });
    response.end(request.method === 'HEAD' ? undefined : content);
}

function hostName(header: string | undefined): string {
    if (!header) return '';
    const match = /^(\[[^\]]*\]|[^:]*)(?::\d+)?$/.exec(header);
    return match ? match[1].toLowerCase() : '';
}

function plain(response: ServerResponse, status: number, text: string): void {
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(text);
}
