/**
 * What one call, one command and one agent session cost at our spec's size and at ~230 operations
 * (ours grown by LlamaCloud's published spec, the real-spec test's fixture), side by side in one run:
 * two copies of the working tree, each installed and built cold (`pnpm generate && pnpm build`), then
 * - build: wall time and peak RSS (all the build's processes together), generated code and validator
 *   bytes per operation;
 * - client: the minified + gzipped bundle of one `client.beta.batch.list()` (every file it loads),
 *   from the group's entry and from the main entry;
 * - CLI cold starts (`--version`, `beta:batch list --help`, `beta:batch list` against a local server,
 *   one completion TAB) in an interleaved round-robin with `node -e ''`, without NODE_EXTRA_CA_CERTS
 *   and NODE_OPTIONS on either side, each after a first run that wrote its code cache;
 * - MCP: tools/list bytes and estimated tokens (bytes / 4) per mode.
 * The ratio is the grown build's figure over ours (completion: over a bare node start).
 */
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, bench, describe } from 'vitest';
import { copyEnv, copyWorkspace, growSpec, type MeasuredRun, measuredPnpm, median, roundRobin } from '../src/index.js';

const run = promisify(execFile);
const ROUNDS = 15;

/** A copy, built cold; what its build cost. */
async function builtCopy(prefix: string, grow: boolean): Promise<{ dir: string; build: MeasuredRun; spec?: string }> {
  const dir = await copyWorkspace(prefix);
  const spec = grow ? await growSpec(dir) : undefined;
  const generate = await measuredPnpm(dir, ['generate'], spec);
  const build = await measuredPnpm(dir, ['build'], spec);
  return {
    dir,
    spec,
    build: {
      seconds: generate.seconds + build.seconds,
      peakRssBytes: Math.max(generate.peakRssBytes, build.peakRssBytes),
    },
  };
}
const ours = await builtCopy('spec-size-ours-', false);
const grown = await builtCopy('spec-size-grown-', true);
const copies = { ours, grown };

/** `node --input-type=module -e <script>` in a copy's package, its stdout parsed as JSON. */
async function inCopy(dir: string, packageDir: string, script: string): Promise<unknown> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: join(dir, packageDir),
    env: copyEnv(),
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
const bytes = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);

interface Figures {
  operations: number;
  build: MeasuredRun;
  generatedBytes: number;
  validatorBytes: number;
  bundle: { group: number; main: number };
  tools: Record<string, number>;
}

async function figuresOf({ dir, build }: { dir: string; build: MeasuredRun }): Promise<Figures> {
  const operations = (
    (await inCopy(
      dir,
      'packages/types',
      "import { operationKeys } from '@llamacloud-batch/types'; console.log(JSON.stringify(operationKeys));",
    )) as string[]
  ).length;
  const generated = readdirSync(join(dir, 'packages')).flatMap((name) => {
    try {
      return filesUnder(join(dir, 'packages', name, 'src/generated'));
    } catch {
      return [];
    }
  });
  const bundle = (await inCopy(
    dir,
    'packages/client',
    `import { execFileSync } from 'node:child_process';
     console.log(execFileSync(process.execPath, ['scripts/bundle-size.mjs', '--json', '--max=100000000'], { encoding: 'utf8' }));`,
  )) as { client: { gzip: number }; 'client, main entry': { gzip: number } };
  const tools = (await inCopy(
    dir,
    'packages/mcp',
    `import { offeredTools } from './dist/server.js';
     const size = (options) => JSON.stringify({ tools: offeredTools(options).list }).length;
     console.log(JSON.stringify({
       'static, read-only': size({}),
       'static, --allow-writes --allow-files': size({ allowWrites: true, allowFiles: '.' }),
       'static, --group beta.batch --allow-writes': size({ allowWrites: true, group: 'beta.batch' }),
       '--tools dynamic --allow-writes': size({ tools: 'dynamic', allowWrites: true }),
     }));`,
  )) as Record<string, number>;
  return {
    operations,
    build,
    generatedBytes: bytes(generated),
    validatorBytes: bytes(generated.filter((file) => /(request|response)-validators\.ts$/.test(file))),
    bundle: { group: bundle.client.gzip, main: bundle['client, main entry'].gzip },
    tools,
  };
}
const figures = { ours: await figuresOf(ours), grown: await figuresOf(grown) };

// A local server for `beta:batch list`: one page of jobs, as the API shapes it.
const page = readFileSync(join(ours.dir, 'packages/testing/test/fixtures/seed-example.json'), 'utf8');
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' }).end(page);
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const { NODE_EXTRA_CA_CERTS: _certs, NODE_OPTIONS: _options, ...startEnv } = process.env;
/** Spawns node with `args` and waits for its exit (a non-zero exit fails the bench). */
async function start(args: string[]): Promise<void> {
  const child = spawn(process.execPath, args, { env: startEnv, stdio: 'ignore' });
  const [code] = (await once(child, 'exit')) as [number];
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited ${code}`);
}
const commands: Record<string, string[]> = {
  '--version': ['--version'],
  'beta:batch list --help': ['beta:batch', 'list', '--help'],
  'beta:batch list': ['beta:batch', 'list', '--base-url', baseUrl, '--api-key', 'bench', '--format', 'json'],
  'complete -- beta:batch li': ['complete', '--', 'beta:batch', 'li'],
};
const contenders: Record<string, () => Promise<void>> = { "node -e ''": () => start(['-e', '']) };
for (const [build, { dir }] of Object.entries(copies)) {
  const bin = join(dir, 'packages/cli/bin/llamacloud-prod.cjs');
  for (const [name, args] of Object.entries(commands)) contenders[`${build}: ${name}`] = () => start([bin, ...args]);
}
// First runs: each writes its code cache, as a user's first run does.
for (const contender of Object.values(contenders)) await contender();

describe('CLI cold start at our size and at ~230 operations', () => {
  for (const name of ["node -e ''", 'ours: --version', 'grown: --version']) {
    bench(name, contenders[name] as () => Promise<void>, { time: 2_000, iterations: 10, warmupIterations: 1 });
  }
});

afterAll(async () => {
  const samples = await roundRobin(contenders, ROUNDS);
  const ms = (name: string) => median(samples.get(name)?.times ?? []);
  const node = ms("node -e ''");
  const { ours: a, grown: b } = figures;
  const row = (what: string, x: number, y: number, unit: string, digits = 1) =>
    `  ${what.padEnd(52)} ${x.toFixed(digits).padStart(9)} ${y.toFixed(digits).padStart(9)} ${unit.padEnd(6)} ${(y / x).toFixed(2)}×`;
  const lines = [
    `\nCosts at ${a.operations} and at ${b.operations} operations (${ROUNDS} interleaved rounds for times)`,
    `  ${''.padEnd(52)} ${String(a.operations).padStart(9)} ${String(b.operations).padStart(9)}        ratio`,
    row('pnpm generate && pnpm build, wall', a.build.seconds, b.build.seconds, 's'),
    row('… peak RSS, all processes', a.build.peakRssBytes / 2 ** 20, b.build.peakRssBytes / 2 ** 20, 'MB', 0),
    row('generated code', a.generatedBytes / 1024, b.generatedBytes / 1024, 'kB', 0),
    row(
      '… validators per operation',
      a.validatorBytes / a.operations / 1024,
      b.validatorBytes / b.operations / 1024,
      'kB',
    ),
    row('client.beta.batch.list bundle, group entry (gzip)', a.bundle.group / 1024, b.bundle.group / 1024, 'kB', 2),
    row('… from the main entry (gzip)', a.bundle.main / 1024, b.bundle.main / 1024, 'kB', 2),
    ...Object.keys(commands).map((name) =>
      row(`llamacloud-prod ${name}`, ms(`ours: ${name}`), ms(`grown: ${name}`), 'ms'),
    ),
    ...Object.keys(a.tools).map((mode) =>
      row(`MCP tools/list, ${mode}`, (a.tools[mode] ?? 0) / 1024, (b.tools[mode] ?? 0) / 1024, 'kB'),
    ),
    `  node -e '' ${node.toFixed(1)} ms; one completion TAB: ${(ms('ours: complete -- beta:batch li') / node).toFixed(2)}× it at ${a.operations} operations, ${(ms('grown: complete -- beta:batch li') / node).toFixed(2)}× at ${b.operations}`,
    `  MCP tokens (bytes / 4), static with writes and uploads: ${Math.round((a.tools['static, --allow-writes --allow-files'] ?? 0) / 4)} and ${Math.round((b.tools['static, --allow-writes --allow-files'] ?? 0) / 4)}; dynamic: ${Math.round((a.tools['--tools dynamic --allow-writes'] ?? 0) / 4)} and ${Math.round((b.tools['--tools dynamic --allow-writes'] ?? 0) / 4)}`,
  ];
  console.log(lines.join('\n'));
  server.close();
  for (const { dir } of Object.values(copies)) rmSync(dir, { recursive: true, force: true });
}, 600_000);
