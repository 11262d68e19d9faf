#!/usr/bin/env node
// With --debug, stack traces point into src/ through the bundle's source maps (enabled before it loads).
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
const { main } = await import('../dist/bundle/main.js');

await main();
