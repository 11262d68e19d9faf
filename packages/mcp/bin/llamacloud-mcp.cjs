#!/usr/bin/env node
// CommonJS on purpose: one CommonJS bundle (SDK included) starts sooner than ES modules on Node 20
// (see scripts/bundle.mjs), and an agent launches this server every session.
'use strict';

const { join } = require('node:path');
const { loadBundle } = require('../dist/bundle/load-bundle.cjs');

// V8's compiled code is kept between sessions (dist/bundle/load-bundle.cjs), written a second in.
loadBundle(join(__dirname, '../dist/bundle/main.cjs'), { name: 'llamacloud-mcp', saveAfterMs: 1000 })
  .main()
  .catch((error) => {
    process.stderr.write(`[llamacloud-mcp error] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
