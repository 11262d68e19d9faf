/**
 * What the CLI costs over the bare alternatives, each run as its own node process:
 * - cold start: `llamacloud-prod --version` vs `node -e ''` (goal ≤ 1.3×), as every run after the
 *   first sees it (V8's code cache of the bundle written by that first run, dist/bundle/load-bundle.cjs),
 *   and once more without the cache (a first run, or NODE_DISABLE_COMPILE_CACHE=1) — on this
 *   machine's Node and, beside it, on Node 26 from the npm registry, each against its own `node -e ''`;
 * - streaming: `--all --format jsonl` over 100,000 jobs vs the simplest serial loop of fetch + write
 *   lines (bench/serial-loop.mjs) against the same local server (goal ≤ 0.8×: the CLI asks for the
 *   next pages, --read-ahead 3 by default, while it writes the current one).
 * vitest bench runs each task in turn; the explicit ratio lines come from an extra interleaved
 * round-robin whose order rotates each round, so drift in the machine hits every contender equally.
 * Streaming runs also report how long each contender's main thread was busy (not waiting): no run
 * can end sooner than that, so it bounds what asking ahead can win.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median, nodeLineBinary, roundRobin } from '@llamacloud-batch/testing';
import { afterAll, bench, describe } from 'vitest';

const BIN = resolve(import.meta.dirname, '../bin/llamacloud-prod.cjs');
const SERIAL_LOOP = resolve(import.meta.dirname, 'serial-loop.mjs');
const BUSY_TIME = resolve(import.meta.dirname, 'busy-time.cjs');
const TOTAL = 100_000;
const LIMIT = 1000;

/** Starts bench/jobs-server.mjs in its own process and resolves to its URL. */
async function startJobsServer(delayMs: number): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [resolve(import.meta.dirname, 'jobs-server.mjs'), String(TOTAL), String(delayMs)],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const [firstOutput] = (await once(child.stdout ?? child, 'data')) as [Buffer];
  return { url: firstOutput.toString().trim(), process: child };
}

// The first server answers at once: both contenders are then CPU-bound on the same parse and
// serialise work, which asking ahead cannot shorten. The second waits 10 ms per page, a stand-in for
// a real API's latency (far below it, in fact), which is what asking ahead hides.
const servers = { 'local server': await startJobsServer(0), 'local server, 10 ms per page': await startJobsServer(10) };

/** A new node process: its arguments, and variables added to the shared start environment. */
interface Start {
  args: string[];
  env?: Record<string, string>;
}
const coldStart: Record<string, Start> = {
  "node -e ''": { args: ['-e', ''] },
  'llamacloud-prod --version': { args: [BIN, '--version'] },
  'llamacloud-prod --version, no code cache': { args: [BIN, '--version'], env: { NODE_DISABLE_COMPILE_CACHE: '1' } },
};
// NODE_EXTRA_CA_CERTS (set on some machines) adds ~38 ms to every Node start on both sides, hiding
// what the CLI itself costs; NODE_OPTIONS could load anything. Both are left out of every start.
// The code cache goes to a folder of this run's own (on Node 20; Node ≥ 22.1 keeps its own cache).
const cacheHome = mkdtempSync(join(tmpdir(), 'llamacloud-prod-bench-cache-'));
const { NODE_EXTRA_CA_CERTS: _certs, NODE_OPTIONS: _options, ...baseEnv } = process.env;
const startEnv = { ...baseEnv, XDG_CACHE_HOME: cacheHome, NODE_COMPILE_CACHE: join(cacheHome, 'node') };
const startNode = ({ args, env = {} }: Start, node = process.execPath) => {
  const run = spawnSync(node, args, { stdio: 'ignore', env: { ...startEnv, ...env } });
  if (run.status !== 0) throw new Error(`${node} ${args.join(' ')} exited ${run.status}`);
};
/** The Node lines whose start-up is compared: this machine's, and the newest line CI tests. */
const NODE_26 = nodeLineBinary(26);
const nodeLines = { [`node ${process.version}`]: process.execPath, [`node ${nodeVersion(NODE_26)}`]: NODE_26 };
for (const node of Object.values(nodeLines)) startNode({ args: [BIN, '--version'] }, node); // the first run, which writes the code cache

const streamingContenders = (url: string): Record<string, string[]> => ({
  'serial loop: fetch + write lines': [SERIAL_LOOP, url, String(LIMIT)],
  'llamacloud-prod --all --format jsonl': [
    BIN,
    'beta:batch',
    'list',
    '--api-key',
    'bench-key',
    '--base-url',
    url,
    '--all',
    '--limit',
    String(LIMIT),
    '--format',
    'jsonl',
  ],
});

/**
 * Runs node with `args`, reading its stdout through a pipe like `| jq` would, checks every line
 * arrived and resolves to how long its main thread was busy, in ms (busy-time.cjs reports it on fd 3).
 */
async function streamJobs(args: string[]): Promise<number> {
  const child = spawn(process.execPath, ['-r', BUSY_TIME, ...args], { stdio: ['ignore', 'pipe', 'inherit', 'pipe'] });
  let newlines = 0;
  child.stdout?.on('data', (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++;
  });
  let busy = '';
  child.stdio[3]?.on('data', (chunk: Buffer) => {
    busy += chunk.toString();
  });
  const [code] = (await once(child, 'close')) as [number];
  if (code !== 0 || newlines !== TOTAL) throw new Error(`${args[0]} exited ${code} after ${newlines} lines`);
  return Number(busy);
}

describe('cold start: a new node process', () => {
  for (const [name, start] of Object.entries(coldStart)) {
    bench(name, () => startNode(start), { time: 3_000, iterations: 20, warmupIterations: 2 });
  }
});

for (const [setting, server] of Object.entries(servers)) {
  describe(`streaming ${TOTAL.toLocaleString('en')} jobs as JSON lines (pages of ${LIMIT}), ${setting}`, () => {
    for (const [name, args] of Object.entries(streamingContenders(server.url))) {
      bench(name, async () => void (await streamJobs(args)), { time: 3_000, iterations: 3, warmupIterations: 1 });
    }
  });
}

interface Timing {
  /** Median wall-clock time per run, ms. */
  wall: number;
  /** Median time its main thread was busy per run, ms, when the contender reports it. */
  busy: number | undefined;
}

/** Median time per run of each contender (and busy time, where reported), in an interleaved round-robin. */
async function interleaved(contenders: Record<string, () => unknown>, rounds: number) {
  const samples = await roundRobin(contenders, rounds);
  return new Map(
    [...samples].map(([name, { times, results }]): [string, Timing] => {
      const busy = results.filter((result) => typeof result === 'number');
      return [name, { wall: median(times), busy: busy.length ? median(busy) : undefined }];
    }),
  );
}

/**
 * One line per contender: wall time and its ratio to the baseline's; with busy times, also each
 * contender's busy time as a share of the baseline's wall time, the least its ratio could ever be.
 */
function nodeVersion(node: string): string {
  return spawnSync(node, ['--version'], { encoding: 'utf8', env: startEnv }).stdout.trim();
}

function report(title: string, timings: Map<string, Timing>, baseline: string, goal: number) {
  const base = timings.get(baseline)?.wall ?? Number.NaN;
  const lines = [`\n${title} (interleaved medians, baseline: ${baseline})`];
  for (const [name, { wall, busy }] of timings) {
    const ratio = wall / base;
    const verdict = name === baseline ? '' : ratio <= goal ? `  ✓ goal ≤ ${goal}×` : `  ✗ goal ≤ ${goal}×`;
    const busyNote =
      busy === undefined ? '' : `   busy ${busy.toFixed(1).padStart(7)} ms, floor ${(busy / base).toFixed(2)}×`;
    lines.push(`  ${name.padEnd(38)} ${wall.toFixed(1).padStart(8)} ms  ${ratio.toFixed(2)}×${busyNote}${verdict}`);
  }
  console.log(lines.join('\n'));
}

/**
 * Cold start on each Node line, interleaved in one round-robin (so drift hits every line alike): one
 * column per line, each contender's median and its ratio to that line's own `node -e ''`.
 */
async function coldStartByLine(rounds: number) {
  const contenders: Record<string, () => unknown> = {};
  for (const [line, node] of Object.entries(nodeLines)) {
    for (const [name, start] of Object.entries(coldStart))
      contenders[`${line}\t${name}`] = () => startNode(start, node);
  }
  const samples = await roundRobin(contenders, rounds);
  const wall = (line: string, name: string) => median(samples.get(`${line}\t${name}`)?.times ?? []);
  const column = (text: string) => text.padEnd(24);
  const lines = [
    `\ncli cold start by Node line (interleaved medians of ${rounds} rounds, baseline: node -e '' on the same line)`,
    `  ${''.padEnd(42)} ${Object.keys(nodeLines).map(column).join('')}`.trimEnd(),
  ];
  for (const name of Object.keys(coldStart)) {
    const cells = Object.keys(nodeLines).map((line) => {
      const ms = wall(line, name);
      return column(`${ms.toFixed(1).padStart(6)} ms  ${(ms / wall(line, "node -e ''")).toFixed(2)}×`);
    });
    lines.push(`  ${name.padEnd(42)} ${cells.join('')}`.trimEnd());
  }
  console.log(lines.join('\n'));
}

afterAll(async () => {
  await coldStartByLine(21);
  const toRun = <T>(table: Record<string, T>, run: (value: T) => unknown) =>
    Object.fromEntries(Object.entries(table).map(([name, value]) => [name, () => run(value)]));
  report(
    'cli cold start',
    await interleaved(
      toRun(coldStart, (start) => startNode(start)),
      21,
    ),
    "node -e ''",
    1.3,
  );
  for (const [setting, server] of Object.entries(servers)) {
    report(
      `cli streaming ${TOTAL} jobs, ${setting}`,
      await interleaved(toRun(streamingContenders(server.url), streamJobs), 5),
      'serial loop: fetch + write lines',
      0.8,
    );
  }
  for (const server of Object.values(servers)) {
    server.process.stdin?.end();
    await once(server.process, 'close');
  }
  rmSync(cacheHome, { recursive: true, force: true });
}, 300_000);
