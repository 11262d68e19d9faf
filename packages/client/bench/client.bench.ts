/**
 * What the client costs over the bare alternatives, measured side by side in one process:
 * - per call: client.beta.batch.list vs raw fetch + json() vs bare openapi-fetch, against a local
 *   server (goal ≤ 1.05× bare openapi-fetch, with every operation of the spec in the client), and
 *   bare openapi-fetch with the abortable timeout the client gives every attempt, for reference;
 * - cold start: `node -e ''` vs loading the client and constructing it (goal ≤ 1.2×): by require()
 *   (the package's CommonJS entry), by import() (its ES module entry), and from an ES module app
 *   next to an empty ES module app (what the client adds to an app that already runs as ES modules).
 * vitest bench runs each task in turn; the explicit ratio lines come from an extra interleaved
 * round-robin whose order rotates each round, so drift in the machine hits every contender equally.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeJob, median, roundRobin, startFaultServer } from '@llamacloud-batch/testing';
import { listBatchJobsPath, type paths } from '@llamacloud-batch/types';
import createClient from 'openapi-fetch';
import { afterAll, bench, describe } from 'vitest';
import { createLlamaCloudClient } from '../src/index.js';

const PAGE_SIZE = 50;
const body = JSON.stringify({ items: Array.from({ length: PAGE_SIZE }, (_, i) => makeJob(i)), total_size: null });
const server = await startFaultServer(() => ({ body, headers: { 'content-type': 'application/json' } }));
const url = `${server.url}${listBatchJobsPath}?limit=${PAGE_SIZE}`;
const headers = { Authorization: 'Bearer bench-key' };

const client = createLlamaCloudClient({ apiKey: 'bench-key', baseUrl: server.url, logLevel: 'off' });
const bare = createClient<paths>({ baseUrl: server.url, headers });

const perCall: Record<string, () => Promise<unknown>> = {
  'raw fetch + json()': async () => (await fetch(url, { headers })).json(),
  'bare openapi-fetch': async () =>
    (await bare.GET(listBatchJobsPath, { params: { query: { limit: PAGE_SIZE } } })).data,
  // For reference: bare openapi-fetch given what the client gives every attempt, an abortable
  // timeout (its default, 60 s) — the part of a call the client cannot do without.
  'bare openapi-fetch + a timeout signal': async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 60_000);
    try {
      const query = { limit: PAGE_SIZE };
      return (await bare.GET(listBatchJobsPath, { params: { query }, signal: controller.signal })).data;
    } finally {
      clearTimeout(timer);
    }
  },
  'client.beta.batch.list': () => client.beta.batch.list({ limit: PAGE_SIZE }),
};

// Warm every contender up (JIT, connection pool) before any timing, so order doesn't decide.
for (let i = 0; i < 300; i++) for (const call of Object.values(perCall)) await call();

// The package's runtime entries (package.json exports: `require` and `default`), as an app loads them.
const packageJson = resolve(import.meta.dirname, '../package.json');
const entry = (condition: 'require' | 'import') =>
  condition === 'require'
    ? createRequire(packageJson).resolve('@llamacloud-batch/client')
    : pathToFileURL(resolve(import.meta.dirname, '../dist/bundle/index.js')).href;
const openapiFetch = import.meta.resolve('openapi-fetch');
const construct = ".createLlamaCloudClient({ apiKey: 'k' })";
// Two ES module apps, run as `node app.mjs`: one empty, one that loads and constructs the client.
const apps = mkdtempSync(join(tmpdir(), 'client-bench-'));
writeFileSync(join(apps, 'empty.mjs'), '');
writeFileSync(join(apps, 'client.mjs'), `import * as m from ${JSON.stringify(entry('import'))};\nm${construct};\n`);
const coldStart: Record<string, string[]> = {
  "node -e ''": ['-e', ''],
  'require + construct client': ['-e', `require(${JSON.stringify(entry('require'))})${construct}`],
  'import + construct client': ['-e', `import(${JSON.stringify(entry('import'))}).then((m) => m${construct})`],
  'import + construct openapi-fetch': [
    '-e',
    `import(${JSON.stringify(openapiFetch)}).then((m) => m.default({ baseUrl: 'https://api.cloud.llamaindex.ai' }))`,
  ],
  'an empty ES module app': [join(apps, 'empty.mjs')],
  'an ES module app: import + construct client': [join(apps, 'client.mjs')],
};
// NODE_EXTRA_CA_CERTS (set on some machines) adds ~38 ms to every start and would hide what we measure.
const { NODE_EXTRA_CA_CERTS: _certs, NODE_OPTIONS: _options, ...startEnv } = process.env;
const startNode = (args: string[]) => {
  const run = spawnSync(process.execPath, args, { stdio: 'ignore', env: startEnv });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}`);
};
if (!entry('require').endsWith('.cjs'))
  throw new Error(`require() resolves to ${entry('require')}, not the CommonJS build`);

describe(`per call: one page of ${PAGE_SIZE} jobs from a local server`, () => {
  for (const [name, call] of Object.entries(perCall)) {
    bench(
      name,
      async () => {
        await call();
      },
      { time: 2_000, warmupTime: 300 },
    );
  }
});

describe('cold start: a new node process', () => {
  for (const [name, args] of Object.entries(coldStart)) {
    bench(name, () => startNode(args), { time: 3_000, iterations: 20, warmupIterations: 2 });
  }
});

interface Timing {
  median: number;
  min: number;
}

/** Median and best time per run of each contender, measured in an interleaved round-robin. */
async function interleaved(contenders: Record<string, () => unknown>, rounds: number, batch: number) {
  const samples = await roundRobin(contenders, rounds, batch);
  return new Map(
    [...samples].map(([name, { times }]): [string, Timing] => [
      name,
      { median: median(times), min: Math.min(...times) },
    ]),
  );
}

/**
 * Prints one line per contender: median and best time, and both as ratios to the baseline; the
 * contenders in `judged` (default: all) get a verdict against the goal, the others are for reference.
 */
function report(
  title: string,
  timings: Map<string, Timing>,
  baseline: string,
  goal: number,
  unit: 'µs' | 'ms',
  judged: (name: string) => boolean = () => true,
) {
  const base = timings.get(baseline) ?? { median: Number.NaN, min: Number.NaN };
  const scale = unit === 'µs' ? 1_000 : 1;
  const show = (ms: number) => `${(ms * scale).toFixed(unit === 'µs' ? 0 : 1).padStart(6)} ${unit}`;
  const lines = [`\n${title} (interleaved; median, then best run; baseline: ${baseline})`];
  for (const [name, { median, min }] of timings) {
    const ratio = median / base.median;
    const verdict =
      name === baseline || !judged(name) ? '' : ratio <= goal ? `  ✓ goal ≤ ${goal}×` : `  ✗ goal ≤ ${goal}×`;
    const best = `best ${show(min)} ${(min / base.min).toFixed(2)}×`;
    lines.push(`  ${name.padEnd(44)} ${show(median)} ${ratio.toFixed(2)}×   ${best}${verdict}`);
  }
  console.log(lines.join('\n'));
}

afterAll(async () => {
  report('per call', await interleaved(perCall, 30, 100), 'bare openapi-fetch', 1.05, 'µs', (name) =>
    name.startsWith('client.'),
  );
  report(
    'cold start',
    await interleaved(
      Object.fromEntries(Object.entries(coldStart).map(([name, args]) => [name, () => startNode(args)])),
      25,
      1,
    ),
    "node -e ''",
    1.2,
    'ms',
    (name) => name.endsWith('construct client'),
  );
  await server.close();
  rmSync(apps, { recursive: true, force: true });
}, 120_000);
