#!/usr/bin/env node
// Bundles the smallest real use of the client — construct, then one `client.beta.batch.list()` — the
// way an app's bundler would (ESM, browser, minified), gzips every file that call loads (lazy chunks it
// imports included) and fails when it is over the budget. The call is made from the group's entry
// point, `@llamacloud-batch/client/beta/batch`, whose size does not depend on the rest of the spec;
// the same call from the main entry (every operation) is measured beside it, to print what each other
// operation adds there. Usage: node scripts/bundle-size.mjs [--json] [--max=<bytes>] (needs a built
// dist/: `pnpm build`). The budget is 10 kB gzip, including openapi-fetch, unless --max overrides it.
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const maxFlag = process.argv.find((arg) => arg.startsWith('--max='));
const BUDGET_BYTES = maxFlag ? Number(maxFlag.slice('--max='.length)) : 10 * 1024;
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(packageDir, 'dist/index.js');
const groupEntry = resolve(packageDir, 'dist/generated/groups/beta/batch.js');
const GROUP = 'beta.batch';

const listCall = (from) => `import { createLlamaCloudClient } from ${JSON.stringify(from)};
const client = createLlamaCloudClient({ apiKey: 'key' });
console.log(await client.beta.batch.list({ limit: 10 }));`;
const ENTRIES = {
  client: listCall(groupEntry),
  'client, main entry': listCall(dist),
  'openapi-fetch alone': `import createClient from 'openapi-fetch';
const client = createClient({ baseUrl: 'https://api.cloud.llamaindex.ai' });
console.log(await client.GET('/api/v1/beta/batch-processing', { params: { query: { limit: 10 } } }));`,
};

/**
 * Bundles `contents` with code splitting, as app bundlers do, and measures what a page loads for
 * it: the entry chunk plus the chunks it imports statically (gzipped together). Chunks behind a dynamic `import()`
 * (the opt-in response validators) are reported apart, since they load only when used.
 */
async function measure(contents) {
  const virtualEntry = {
    name: 'virtual-entry',
    setup(build) {
      build.onResolve({ filter: /^virtual:entry$/ }, () => ({ path: 'entry.js', namespace: 'virtual' }));
      build.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({ contents, resolveDir: packageDir, loader: 'js' }));
    },
  };
  const result = await build({
    entryPoints: ['virtual:entry'],
    plugins: [virtualEntry],
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

const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;

if (!existsSync(dist) || !existsSync(groupEntry)) {
  console.error(`No ${relative(process.cwd(), groupEntry)}: build the client first (pnpm build).`);
  process.exit(2);
}
const results = {};
for (const [name, contents] of Object.entries(ENTRIES)) results[name] = await measure(contents);
const { client } = results;
const { operationKeys } = await import(
  pathToFileURL(resolve(packageDir, '../types/dist/generated/operations.js')).href
);
const inGroup = operationKeys.filter((key) => key.startsWith(`${GROUP}.`)).length;
const others = operationKeys.length - inGroup;
const growth = {
  operations: operationKeys.length,
  inGroup,
  mainEntry: results['client, main entry'].gzip,
  perOperation: others > 0 ? (results['client, main entry'].gzip - client.gzip) / others : 0,
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
    `\n${growth.operations} operations in the spec, ${growth.inGroup} of them in ${GROUP}: the main entry's client ` +
      `carries the other ${growth.operations - growth.inGroup} too, ${(growth.perOperation / 1024).toFixed(3)} kB gzip each on average`,
  );
  console.log(`\nBiggest contributors to the client bundle (minified bytes):`);
  for (const { file, bytes } of client.inputs.slice(0, 8)) console.log(`  ${String(bytes).padStart(6)}  ${file}`);
  console.log(`\n${withinBudget ? '✓' : '✗'} ${kB(client.gzip)} gzip, budget ${kB(BUDGET_BYTES)}`);
}
process.exit(withinBudget ? 0 : 1);
