/**
 * What the CLI costs over the bare alternatives, each run as its own node process:
 * - cold start: `llamacloud-prod --version` vs `node -e ''` (goal ≤ 1.3×);
 * - streaming: `--all --format jsonl` over 100,000 jobs vs the simplest serial loop of fetch + write
 *   lines (bench/serial-loop.mjs) against the same local server (goal ≤ 0.8×: the CLI asks for the
 *   next pages, --read-ahead 3 by default, while it writes the current one).
 * vitest bench runs each task in turn; the explicit ratio lines come from an extra interleaved
 * round-robin (A, B, A, B, …) so drift in the machine hits every contender equally.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { afterAll, bench, describe } from 'vitest';

const BIN = resolve(import.meta.dirname, '../bin/llamacloud-prod.cjs');
const SERIAL_LOOP = resolve(import.meta.dirname, 'serial-loop.mjs');
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

const coldStart: Record<string, string[]> = {
  "node -e ''": ['-e', ''],
  'llamacloud-prod --version': [BIN, '--version'],
};
const startNode = (args: string[]) => {
  const run = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}`);
};

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

/** Runs node with `args`, reading its stdout through a pipe like `| jq` would, and checks every line arrived. */
async function streamJobs(args: string[]): Promise<void> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let newlines = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++;
  });
  const [code] = (await once(child, 'close')) as [number];
  if (code !== 0 || newlines !== TOTAL) throw new Error(`${args[0]} exited ${code} after ${newlines} lines`);
}

describe('cold start: a new node process', () => {
  for (const [name, args] of Object.entries(coldStart)) {
    bench(name, () => startNode(args), { time: 3_000, iterations: 20, warmupIterations: 2 });
  }
});

for (const [setting, server] of Object.entries(servers)) {
  describe(`streaming ${TOTAL.toLocaleString('en')} jobs as JSON lines (pages of ${LIMIT}), ${setting}`, () => {
    for (const [name, args] of Object.entries(streamingContenders(server.url))) {
      bench(name, () => streamJobs(args), { time: 3_000, iterations: 3, warmupIterations: 1 });
    }
  });
}

/** Median time per run of each contender, measured round-robin in `rounds` rounds. */
async function interleaved(contenders: Record<string, () => unknown>, rounds: number) {
  const samples = new Map(Object.keys(contenders).map((name) => [name, [] as number[]]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(contenders)) {
      const started = performance.now();
      await run();
      samples.get(name)?.push(performance.now() - started);
    }
  }
  return new Map([...samples].map(([name, times]) => [name, median(times)]));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function report(title: string, medians: Map<string, number>, baseline: string, goal: number) {
  const base = medians.get(baseline) ?? Number.NaN;
  const lines = [`\n${title} (interleaved medians, baseline: ${baseline})`];
  for (const [name, ms] of medians) {
    const ratio = ms / base;
    const verdict = name === baseline ? '' : ratio <= goal ? `  ✓ goal ≤ ${goal}×` : `  ✗ goal ≤ ${goal}×`;
    lines.push(`  ${name.padEnd(38)} ${ms.toFixed(1).padStart(8)} ms  ${ratio.toFixed(2)}×${verdict}`);
  }
  console.log(lines.join('\n'));
}

afterAll(async () => {
  const toRun = <T>(table: Record<string, T>, run: (value: T) => unknown) =>
    Object.fromEntries(Object.entries(table).map(([name, value]) => [name, () => run(value)]));
  report('cli cold start', await interleaved(toRun(coldStart, startNode), 21), "node -e ''", 1.3);
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
}, 300_000);
