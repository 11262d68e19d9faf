/**
 * Start-up: spawning `llamacloud-mcp` until its answer to `initialize` arrives, against a bare
 * `node -e ''` run to its end, each a new node process from the same environment — without
 * NODE_EXTRA_CA_CERTS (this machine's adds ~38 ms to every start and would hide the difference) and
 * NODE_OPTIONS. The ratio line comes from an interleaved round-robin whose order rotates each round.
 * The server runs as agents see it from their second session on, with V8's code cache of the bundle
 * (bin/load-bundle.cjs) written by a first, longer run; a third contender shows a start without it.
 * The ratios are printed for this machine's Node and, beside it, for Node 26 from the npm registry.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { median, nodeLineBinary, roundRobin } from '@llamacloud-batch/testing';
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
async function bareNode(node = process.execPath): Promise<void> {
  const child = spawn(node, ['-e', ''], { env, stdio: 'ignore' });
  const [code] = (await once(child, 'exit')) as [number];
  if (code !== 0) throw new Error(`node -e '' exited ${code}`);
}

/** The server, spawned and sent `initialize` at once; done when the answer's line is in (then killed by PID). */
async function serverUntilInitialized(extraEnv: Record<string, string> = {}, node = process.execPath): Promise<void> {
  const child = spawn(node, [BIN], { env: { ...env, ...extraEnv }, stdio: ['pipe', 'pipe', 'ignore'] });
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
async function warmCodeCache(node = process.execPath): Promise<void> {
  const child = spawn(node, [BIN], { env, stdio: ['pipe', 'ignore', 'ignore'] });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const exited = once(child, 'exit');
  child.stdin.end(); // the way a client ends a stdio session
  await exited;
}
/** The contenders on one Node binary. */
const contendersOn = (node: string): Record<string, () => Promise<void>> => ({
  "node -e ''": () => bareNode(node),
  'llamacloud-mcp until initialize is answered': () => serverUntilInitialized({}, node),
  'the same without the code cache': () => serverUntilInitialized({ NODE_DISABLE_COMPILE_CACHE: '1' }, node),
});
const contenders = contendersOn(process.execPath);
const NODE_26 = nodeLineBinary(26);
const nodeLines: Record<string, string> = {
  [`node ${process.version}`]: process.execPath,
  [`node ${execFileSync(NODE_26, ['--version'], { encoding: 'utf8', env }).trim()}`]: NODE_26,
};
for (const node of Object.values(nodeLines)) await warmCodeCache(node);

describe('start-up: a new node process', () => {
  for (const [name, run] of Object.entries(contenders)) {
    bench(name, run, { time: 3_000, iterations: 20, warmupIterations: 2 });
  }
});

afterAll(async () => {
  // One round-robin over every contender on every line, so drift in the machine hits each alike.
  const all: Record<string, () => Promise<void>> = {};
  for (const [line, node] of Object.entries(nodeLines)) {
    for (const [name, run] of Object.entries(contendersOn(node))) all[`${line}\t${name}`] = run;
  }
  const samples = await roundRobin(all, 31);
  const wall = (line: string, name: string) => median(samples.get(`${line}\t${name}`)?.times ?? []);
  const column = (text: string) => text.padEnd(24);
  const lines = [
    `\nmcp start-up (interleaved medians of 31 rounds, baseline: node -e '' on the same Node line)`,
    `  ${''.padEnd(46)} ${Object.keys(nodeLines).map(column).join('')}`.trimEnd(),
  ];
  for (const name of Object.keys(contenders)) {
    const cells = Object.keys(nodeLines).map((line) => {
      const ms = wall(line, name);
      return column(`${ms.toFixed(1).padStart(6)} ms  ${(ms / wall(line, "node -e ''")).toFixed(2)}×`);
    });
    lines.push(`  ${name.padEnd(46)} ${cells.join('')}`.trimEnd());
  }
  console.log(lines.join('\n'));
}, 300_000);
