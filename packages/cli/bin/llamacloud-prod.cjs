#!/usr/bin/env node
// CommonJS on purpose: with a single CommonJS bundle behind it, the CLI starts ~10 ms sooner than as
// ES modules on Node 20 (see scripts/bundle.mjs).
'use strict';

const { join } = require('node:path');
const bundle = join(__dirname, '../dist/bundle/main.cjs');

if (process.argv.includes('--debug')) {
  // Stack traces point into src/ through the bundle's source maps (enabled before it loads, and
  // applied by Node's own loader: this run skips the code cache).
  process.setSourceMapsEnabled(true);
  require(bundle).main();
} else {
  // V8's compiled code of the bundle is kept between runs (Node's compile cache on Node ≥ 22.1, ours
  // on Node 20; NODE_DISABLE_COMPILE_CACHE=1 turns it off), written as the first run exits.
  require('../dist/bundle/load-bundle.cjs').loadBundle(bundle, { name: 'llamacloud-prod' }).main();
}
