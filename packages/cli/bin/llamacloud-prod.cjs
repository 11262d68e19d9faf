#!/usr/bin/env node
// CommonJS on purpose: with a single CommonJS bundle behind it, the CLI starts ~10 ms sooner than as
// ES modules on Node 20 (see scripts/bundle.mjs).
'use strict';

const { join } = require('node:path');
const dir = join(__dirname, '../dist/bundle');
const bundle = join(dir, 'main.cjs');

function program() {
  if (process.argv.includes('--debug')) {
    // Stack traces point into src/ through the bundle's source maps (enabled before it loads, and
    // applied by Node's own loader: this run skips the code cache).
    process.setSourceMapsEnabled(true);
    require(bundle).main();
  } else {
    // V8's compiled code of the bundle is kept between runs (Node's compile cache on Node ≥ 22.1, ours
    // on Node 20; NODE_DISABLE_COMPILE_CACHE=1 turns it off), written as the first run exits.
    require(join(dir, 'load-bundle.cjs')).loadBundle(bundle, { name: 'llamacloud-prod' }).main();
  }
}

if (process.argv[2] === 'complete' && process.argv[3] === '--') {
  // One TAB is one process: answered from the completion data beside the bundle, without building
  // the program (src/complete-main.ts); a small file, so a plain require() beats the code cache.
  // Without that data (a build that has none), the program answers, as it always can.
  let answer;
  try {
    answer = require(join(dir, 'complete.cjs')).complete(process.argv.slice(4), join(dir, 'completion'));
  } catch (error) {
    answer = Promise.reject(error);
  }
  answer.then(writeOut, program);
} else {
  program();
}

/**
 * Writes `text` to stdout with write(2) itself: setting up process.stdout costs a TAB ~2 ms. A pipe
 * that takes only part of it, or would block, gets the rest through process.stdout.
 */
function writeOut(text) {
  const bytes = Buffer.from(text);
  let written = 0;
  try {
    while (written < bytes.length) written += require('node:fs').writeSync(1, bytes, written);
  } catch {
    process.stdout.write(bytes.subarray(written));
  }
}
