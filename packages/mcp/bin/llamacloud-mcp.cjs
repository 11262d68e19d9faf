#!/usr/bin/env node
// CommonJS on purpose: one CommonJS bundle (SDK included) starts sooner than ES modules on Node 20
// (see scripts/bundle.mjs), and an agent launches this server every session.
'use strict';

// Node ≥ 22.1 can keep the compiled bundle in a cache under the OS temp dir (NODE_DISABLE_COMPILE_CACHE=1 turns it off).
require('node:module').enableCompileCache?.();
require('../dist/bundle/main.cjs')
  .main()
  .catch((error) => {
    process.stderr.write(`[llamacloud-mcp error] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
