#!/usr/bin/env node
// The `dtp` executable: the bundled CLI (see scripts/bundle.mjs).
import { main } from '../dist/dtp.js';

await main();
