#!/usr/bin/env node
// The `dtp` executable: the bundled CLI (see scripts/bundle.mjs).
import module from 'node:module';

// Node 22.1 and later keep compiled code in a disk cache, so later runs skip most of compiling the bundle; the bundle
// is imported after this call for it to count. Node 20 has no such function: it compiles every time.
module.enableCompileCache?.();
const { main } = await import('../dist/dtp.js');
await main();
