/**
 * Start-up: spawning `llamacloud-mcp` until its answer to `initialize` arrives, against a bare
 * `node -e ''` run to its end, each a new node process from the same environment — without
 * NODE_EXTRA_CA_CERTS (this machine's adds ~38 ms to every start and would hide the difference) and
 * NODE_OPTIONS. The ratio line comes from an interleaved round-robin whose order rotates each round.
 * The server runs as agents see it from their second session on, with V8's code cache of the bundle
 * (bin/load-bundle.cjs) written by a first, longer run; a third contender shows a start without it.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { median, roundRobin } from '@llamacloud-batch/testing';
import { afterAll, bench, describe } from 'vitest';

const BIN = resolve(import.meta.dirname, '../bin/llamacloud-mcp.cjs');
const { NODE_EXTRA_CA_CERTS: _certs, NODE_OPTIONS: _options, ...baseEnv } = process.env;
const env = { ...baseEnv, LLAMA_CLOUD_API_KEY: 'bench-key' };
const INITIALIZE = `${JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '0' } },
})}\n`;

/** `node -e ''`, spawned and run to its end. */
async function bareNode(): Promise<void> {
  const child = spawn(process.execPath, ['-e', ''], { env, stdio: 'ignore' });
  const [code] = (await once(child, 'exit')) as [number];
  if (code !== 0) throw new Error(`node -e '' exited ${code}`);
}

/** The server, spawned and sent `initialize` at once; done when the answer's line is in (then killed by PID). */
async function serverUntilInitialized(extraEnv: Record<string, string> = {}): Promise<void> {
  const child = spawn(process.execPath, [BIN], { env: { ...env, ...extraEnv }, stdio: ['pipe', 'pipe', 'ignore'] });
  child.stdin.write(INITIALIZE);
  let output = '';
  for await (const chunk of child.stdout) {
    output += String(chunk);
    if (output.includes('\n')) break;
  }
  if (!output.includes('"serverInfo"')) throw new Error(`no initialize answer: ${output.slice(0, 200)}`);
  const exited = once(child, 'exit');
  if (child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
  await exited;
}

/** A first session long enough (> 1 s) for the loader to write the code cache of this build. */
async function warmCodeCache(): Promise<void> {
  const child = spawn(process.execPath, [BIN], { env, stdio: ['pipe', 'ignore', 'ignore'] });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const exited = once(child, 'exit');
  child.stdin.end(); // the way a client ends a stdio session
  await exited;
}
await warmCodeCache();

const contenders: Record<string, () => Promise<void>> = {
  "node -e ''": bareNode,
  'llamacloud-mcp until initialize is answered': () => serverUntilInitialized(),
  'the same without the code cache': () => serverUntilInitialized({ NODE_DISABLE_COMPILE_CACHE: '1' }),
};

describe('start-up: a new node process', () => {
  for (const [name, run] of Object.entries(contenders)) {
    bench(name, run, { time: 3_000, iterations: 20, warmupIterations: 2 });
  }
});

afterAll(async () => {
  const samples = await roundRobin(contenders, 31);
  const base = median(samples.get("node -e ''")?.times ?? []);
  const lines = [`\nmcp start-up (interleaved medians of 31 rounds, baseline: node -e '')`];
  for (const [name, { times }] of samples) {
    const wall = median(times);
    lines.push(`  ${name.padEnd(46)} ${wall.toFixed(1).padStart(7)} ms  ${(wall / base).toFixed(2)}×`);
  }
  console.log(lines.join('\n'));
}, 300_000);
