#!/usr/bin/env node
// Bundles the smallest real use of the client — construct, then one `client.beta.batch.list()` — the
// way an app's bundler would (ESM, browser, minified), gzips it and fails when it is over the budget.
// It also bundles the same call with an operation model holding only that operation, to print what
// each operation of the spec adds. Usage: node scripts/bundle-size.mjs [--json] [--max=<bytes>]
// (needs a built dist/: `pnpm build`). The budget is 10 kB gzip with every operation of the spec,
// including openapi-fetch, unless --max overrides it.
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const maxFlag = process.argv.find((arg) => arg.startsWith('--max='));
const BUDGET_BYTES = maxFlag ? Number(maxFlag.slice('--max='.length)) : 10 * 1024;
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(packageDir, 'dist/index.js');

const ENTRIES = {
  client: `import { createLlamaCloudClient } from ${JSON.stringify(dist)};
const client = createLlamaCloudClient({ apiKey: 'key' });
console.log(await client.beta.batch.list({ limit: 10 }));`,
  'openapi-fetch alone': `import createClient from 'openapi-fetch';
const client = createClient({ baseUrl: 'https://api.cloud.llamaindex.ai' });
console.log(await client.GET('/api/v1/beta/batch-processing', { params: { query: { limit: 10 } } }));`,
};

/**
 * Bundles `contents` with code splitting, as app bundlers do, and measures what a page loads for
 * it: the entry chunk plus the chunks it imports statically (gzipped together). Chunks behind a dynamic `import()`
 * (the opt-in response validators) are reported apart, since they load only when used.
 */
async function measure(contents, onlyOperation) {
  const virtualEntry = {
    name: 'virtual-entry',
    setup(build) {
      build.onResolve({ filter: /^virtual:entry$/ }, () => ({ path: 'entry.js', namespace: 'virtual' }));
      build.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({ contents, resolveDir: packageDir, loader: 'js' }));
    },
  };
  const result = await build({
    entryPoints: ['virtual:entry'],
    plugins: onlyOperation ? [virtualEntry, modelOf(onlyOperation)] : [virtualEntry],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: 'bundle-size-out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const codeOf = (path) => result.outputFiles.find((file) => file.path.endsWith(path))?.contents ?? new Uint8Array();
  // The entry chunk itself; chunks behind a dynamic import() name their module as entryPoint too.
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint?.startsWith('virtual:'));
  const loaded = new Set();
  const visit = (path) => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const { path: next, kind } of outputs[path].imports) if (kind === 'import-statement') visit(next);
  };
  visit(entry);
  const sizes = (paths) => {
    const code = Buffer.concat(paths.map(codeOf));
    return { chunks: paths.length, minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
  };
  const lazy = Object.keys(outputs).filter((path) => !loaded.has(path) && !path.endsWith('.map'));
  const inputs = [...loaded]
    .flatMap((path) => Object.entries(outputs[path].inputs))
    .map(([file, { bytesInOutput }]) => ({ file: shorten(file), bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  return { ...sizes([...loaded]), lazy: sizes(lazy), inputs };
}

/** …/node_modules/openapi-fetch/dist/index.mjs → openapi-fetch/dist/index.mjs; virtual:entry.js → entry.js */
function shorten(file) {
  if (file.startsWith('virtual:')) return file.slice('virtual:'.length);
  const inModules = file.split('node_modules/').pop() ?? file;
  return inModules === file ? relative(packageDir, resolve(packageDir, file)) : inModules;
}

/** Replaces the generated operation model with one holding a single operation (and its help, hints and table). */
function modelOf(key) {
  return {
    name: 'one-operation-model',
    setup(build) {
      build.onLoad({ filter: /[\\/]types[\\/]dist[\\/]generated[\\/]operations\.js$/ }, async (args) => {
        const generated = await import(pathToFileURL(args.path).href);
        const pick = (table) => JSON.stringify(key in table ? { [key]: table[key] } : {});
        const perOperation = new Set(['operationModel', 'operationHelp', 'operationHints', 'operationTables']);
        // The tables keyed by operation keep only `key`; any other export (cliReservedFlags…) as it is.
        const contents = Object.keys(generated)
          .map((name) =>
            name === 'operationKeys'
              ? `export const operationKeys = ${JSON.stringify([key])};`
              : `export const ${name} = ${perOperation.has(name) ? pick(generated[name]) : JSON.stringify(generated[name])};`,
          )
          .join('\n');
        return { contents, loader: 'js' };
      });
    },
  };
}

const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;

if (!existsSync(dist)) {
  console.error(`No ${relative(process.cwd(), dist)}: build the client first (pnpm build).`);
  process.exit(2);
}
const results = {};
for (const [name, contents] of Object.entries(ENTRIES)) results[name] = await measure(contents);
const { client } = results;
const { operationKeys } = await import(
  pathToFileURL(resolve(packageDir, '../types/dist/generated/operations.js')).href
);
const single = await measure(ENTRIES.client, 'beta.batch.list');
const growth = {
  operations: operationKeys.length,
  withOneOperation: single.gzip,
  perOperation: operationKeys.length > 1 ? (client.gzip - single.gzip) / (operationKeys.length - 1) : 0,
};
const withinBudget = client.gzip <= BUDGET_BYTES;

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ budget: BUDGET_BYTES, withinBudget, growth, ...results }));
} else {
  for (const [name, result] of Object.entries(results)) {
    const lazy = result.lazy.minified > 100 ? ` (+ ${kB(result.lazy.gzip)} gzip loaded only on demand)` : '';
    console.log(
      `${name.padEnd(20)} ${kB(result.minified).padStart(9)} minified, ${kB(result.gzip).padStart(8)} gzip${lazy}`,
    );
  }
  console.log(
    `\n${growth.operations} operations in the model; with only beta.batch.list it would be ${kB(growth.withOneOperation)} gzip: ` +
      `each other operation adds ${(growth.perOperation / 1024).toFixed(3)} kB gzip on average`,
  );
  console.log(`\nBiggest contributors to the client bundle (minified bytes):`);
  for (const { file, bytes } of client.inputs.slice(0, 8)) console.log(`  ${String(bytes).padStart(6)}  ${file}`);
  console.log(`\n${withinBudget ? '✓' : '✗'} ${kB(client.gzip)} gzip, budget ${kB(BUDGET_BYTES)}`);
}
process.exit(withinBudget ? 0 : 1);
