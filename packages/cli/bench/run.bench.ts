/**
 * `batches run` upload throughput: 1,000 small files into the stateful fake with 20 ms of latency
 * per request (a stand-in for a real API's round trip), at --concurrency 1, 4 and 8. Each run is its
 * own CLI process with --no-wait; the figure is the upload stage's own time (its `upload` JSON line),
 * so start-up and hashing do not blur it, and the ratio of each throughput to concurrency 1's.
 * The ratio lines come from an interleaved round-robin, as in cli.bench.ts.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median, roundRobin, startBatchFake } from '@llamacloud-batch/testing';
import { afterAll, bench, describe } from 'vitest';

const BIN = resolve(import.meta.dirname, '../bin/llamacloud-prod.cjs');
const FILES = 1_000;
const LATENCY_MS = 20;
const CONCURRENCY = [1, 4, 8];

const folder = mkdtempSync(join(tmpdir(), 'llamacloud-prod-run-bench-'));
mkdirSync(join(folder, 'docs'));
for (let i = 0; i < FILES; i++) writeFileSync(join(folder, 'docs', `doc-${i}.txt`), `document ${i}\n`.repeat(20));
const server = await startBatchFake({ latencyMs: LATENCY_MS });
const config = JSON.stringify({ job: { configuration_id: 'cfg-PARSE_AGENTIC', type: 'parse_v2' } });

/** One `batches run --no-wait` into a new directory; resolves to the upload stage's seconds. */
async function uploadAll(concurrency: number): Promise<number> {
  const args = ['batches', 'run', join(folder, 'docs'), '--config', config, '--concurrency', String(concurrency)];
  const child = spawn(
    process.execPath,
    [BIN, ...args, '--no-wait', '--api-key', 'bench-key', '--base-url', server.url],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const [code] = (await once(child, 'close')) as [number];
  const upload = stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { stage: string; uploaded?: number; seconds?: number })
    .find((stage) => stage.stage === 'upload');
  if (code !== 0 || upload?.uploaded !== FILES) throw new Error(`batches run exited ${code}: ${stderr}`);
  return upload.seconds ?? Number.NaN;
}

describe(`batches run: ${FILES} small files, ${LATENCY_MS} ms per request`, () => {
  for (const concurrency of CONCURRENCY) {
    bench(`--concurrency ${concurrency}`, async () => void (await uploadAll(concurrency)), {
      time: 0,
      iterations: 1,
      warmupIterations: 0,
    });
  }
});

afterAll(async () => {
  const contenders = Object.fromEntries(CONCURRENCY.map((n) => [`--concurrency ${n}`, () => uploadAll(n)]));
  const samples = await roundRobin(contenders, 2);
  const seconds = new Map([...samples].map(([name, { results }]) => [name, median(results as number[])]));
  const base = FILES / (seconds.get('--concurrency 1') ?? Number.NaN);
  const lines = [
    `\nbatches run upload throughput, ${FILES} files, ${LATENCY_MS} ms per request (medians of the upload stage)`,
  ];
  for (const [name, time] of seconds) {
    const rate = FILES / time;
    lines.push(
      `  ${name.padEnd(16)} ${time.toFixed(2).padStart(6)} s  ${rate.toFixed(0).padStart(5)} files/s  ${(rate / base).toFixed(2)}× concurrency 1`,
    );
  }
  console.log(lines.join('\n'));
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}, 300_000);
