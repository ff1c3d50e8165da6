// Bundles the CLI (src/main.ts with @dtp/language, @dtp/roadmap, Langium, commander …) into dist/, so `dtp`
// starts by loading a few files instead of resolving hundreds of modules. Code splitting keeps Langium in a
// chunk that `dtp --help`, `--version` and `init` never load. Everything is inlined except the package's own
// `dependencies` (only @resvg/resvg-js, native), so the packed `dtp` installs from the registry on its own; the
// workspace packages and the pure-JS libraries are devDependencies. The roadmap model's JSON Schema is copied in too.
import { build } from 'esbuild';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Langium's core imports a few names from vscode-languageserver-protocol (cancellation, events, ResponseError); the
// whole protocol then loads with every command. Those imports get scripts/langium-core-protocol.mjs instead, the same
// objects from vscode-jsonrpc. Langium's lsp/ layer and vscode-languageserver (`dtp lsp` only) keep the real protocol.
const langiumCoreProtocol = {
    name: 'langium-core-protocol',
    setup(build) {
        build.onResolve({ filter: /^vscode-languageserver-protocol$/ }, args =>
            /[\\/]node_modules[\\/]langium[\\/]lib[\\/](?!lsp[\\/])/.test(args.importer)
                ? { path: fileURLToPath(new URL('langium-core-protocol.mjs', import.meta.url)) }
                : undefined);
    }
};
// commander loads node:child_process for executable subcommands only: it gets scripts/commander-child-process.cjs,
// which loads the real module when spawn is called.
const commanderChildProcess = {
    name: 'commander-child-process',
    setup(build) {
        build.onResolve({ filter: /^(node:)?child_process$/ }, args =>
            /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
                ? { path: fileURLToPath(new URL('commander-child-process.cjs', import.meta.url)) }
                : undefined);
    }
};
const manifest = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
const dist = `${root}dist`;
// Built beside dist/ and moved in, so a `dtp` running meanwhile (tests, other builds) never sees half a bundle.
const outdir = `${root}.cache/dist-new-${process.pid}`; // .cache/ is git-ignored

await rm(outdir, { recursive: true, force: true });
try {
    await build({
        absWorkingDir: root,
        entryPoints: { dtp: 'src/main.ts' },
        outdir,
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        chunkNames: 'chunks/[name]-[hash]',
        // Native packages cannot be inlined: they are the package's real dependencies, resolved at run time.
        external: Object.keys(manifest.dependencies ?? {}),
        // CommonJS dependencies bundled into ESM call `require`; give every output file one.
        banner: { js: "import { createRequire as __dtpCreateRequire } from 'node:module'; const require = __dtpCreateRequire(import.meta.url);" },
        mainFields: ['module', 'main'],
        plugins: [langiumCoreProtocol, commanderChildProcess],
        legalComments: 'none',
        logLevel: 'warning'
    });
    await copyFile(createRequire(import.meta.url).resolve('@dtp/roadmap/schema.json'), `${outdir}/roadmap.schema.json`);
} catch (error) {
    await rm(outdir, { recursive: true, force: true });
    console.error(`bundle: ${error instanceof Error && !('errors' in error) ? error.message : 'esbuild failed (see the errors above)'}; dist/ is left as it was`);
    process.exit(1);
}
// Chunks are content-hashed: move the new ones in, then swap the entry file. A `dtp` started from the previous build
// still finds its chunks; those older than a few minutes and no longer used are removed.
await mkdir(`${dist}/chunks`, { recursive: true });
const fresh = new Set(await readdir(`${outdir}/chunks`));
for (const chunk of fresh) await rename(`${outdir}/chunks/${chunk}`, `${dist}/chunks/${chunk}`);
for (const file of await readdir(outdir)) {
    if (file !== 'chunks') await rename(`${outdir}/${file}`, `${dist}/${file}`);
}
await rm(outdir, { recursive: true, force: true });
const staleBefore = Date.now() - 10 * 60 * 1000;
for (const chunk of await readdir(`${dist}/chunks`)) {
    if (fresh.has(chunk)) continue;
    const info = await stat(`${dist}/chunks/${chunk}`).catch(() => undefined);
    if (info && info.mtimeMs < staleBefore) await rm(`${dist}/chunks/${chunk}`, { force: true });
}

console.log(`bundled dtp into dist/ (${fresh.size + 1} files)`);
