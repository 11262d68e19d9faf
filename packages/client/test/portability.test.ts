/**
 * The client stays portable: one round trip (a list, two paged walks, a validation error) through the
 * built package against the static Prism mock gives the same summary on Node (its ES module and its
 * CommonJS entry), Bun, Deno and in headless Chromium. Bun and Deno come from npm (linux-x64 builds, optionalDependencies of the private
 * workspace root, so an install on macOS or arm64 skips them instead of failing); Chromium is
 * Debian's. In CI a missing runtime fails the test; elsewhere it is skipped.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stop, track } from '@llamacloud-batch/testing';
import { build } from 'esbuild';
import { type BrowserContext, chromium } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { CHROMIUM_PATH, pidsUsing } from '../../testing/test/helpers/chromium.js';

const clientDir = fileURLToPath(new URL('..', import.meta.url));
const roundTripModule = resolve(clientDir, 'test/portable/round-trip.mjs');
const roundTripCommand = 'test/portable/run-round-trip.mjs';
/** Each runtime gets this long before it is killed and its stderr reported; the test a little more. */
const TIME_LIMIT_MS = 60_000;
const TEST_TIMEOUT_MS = TIME_LIMIT_MS + 15_000;
const inCI = Boolean(process.env.CI);

/** What every runtime must report: the spec's examples, and exactly these requests per step. */
const expected = {
  list: { ids: ['bjb-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'], total_size: 0, requests: ['?limit=5'] },
  offsetWalk: {
    ids: ['dfl-11111111-aaaa-bbbb-cccc-000000000001', 'dfl-11111111-aaaa-bbbb-cccc-000000000002'],
    requests: ['?limit=2&offset=0'],
  },
  // The static mock answers page 2 with page 1 again: the walk yields page 1, then refuses to loop.
  cursorWalk: {
    ids: ['bat-11111111-2222-3333-4444-555555555555'],
    error: 'PaginationError',
    requests: ['?page_size=3', '?page_token=tok-page-2&page_size=2'],
  },
  validation: { error: 'InvalidParameterError', parameter: 'limit', value: 0, requests: [] },
};

interface CommandRuntime {
  name: string;
  /** Absolute path of the executable (it may be missing: see runsHere). */
  binary: string;
  args: (prismUrl: string) => string[];
}

const FROM_NPM = 'run `pnpm install` on linux-x64 (an optionalDependency of the workspace root)';

const runtimes: CommandRuntime[] = [
  { name: 'node', binary: process.execPath, args: (url) => [roundTripCommand, url] },
  {
    name: 'bun',
    binary: resolve(clientDir, '../../node_modules/@oven/bun-linux-x64/bin/bun'),
    args: (url) => [roundTripCommand, url],
  },
  {
    name: 'deno',
    binary: resolve(clientDir, '../../node_modules/@deno/linux-x64-glibc/deno'),
    // Loopback network only: no --allow-env or --allow-read, so the client must cope without them.
    args: (url) => ['run', '--no-prompt', '--no-lock', '--allow-net=127.0.0.1', roundTripCommand, url],
  },
];

/** Skips when the runtime is absent on a developer's machine; in CI the test runs and fails instead. */
function runsHere(available: boolean): boolean {
  return available || inCI;
}

function requireInstalled(name: string, path: string, hint: string): void {
  if (!existsSync(path)) throw new Error(`${name} not found at ${path}: ${hint}`);
}

describe('the built package gives the same round trip on every runtime', () => {
  const prismUrl = inject('prismUrl');

  for (const { name, binary, args } of runtimes) {
    test(name, { timeout: TEST_TIMEOUT_MS }, async ({ skip }) => {
      if (!runsHere(existsSync(binary))) skip(`${name} is not installed at ${binary}`);
      requireInstalled(name, binary, FROM_NPM);
      const summary = await runCommand(name, binary, args(prismUrl));
      expect(summary).toStrictEqual({ runtime: name, ...expected });
    });
  }

  test("node, through the package's CommonJS entry (require)", { timeout: TEST_TIMEOUT_MS }, async () => {
    const summary = await runCommand('node', process.execPath, ['test/portable/run-round-trip.cjs', prismUrl]);
    expect(summary).toStrictEqual({ runtime: 'node', ...expected, entry: 'index.cjs' });
  });

  test.skipIf(!runsHere(existsSync(CHROMIUM_PATH)))('headless Chromium', { timeout: TEST_TIMEOUT_MS }, async () => {
    requireInstalled('Chromium', CHROMIUM_PATH, '`apt-get install -y chromium` (.ci/run does), or set CHROMIUM_PATH');
    const summary = await runInChromium(prismUrl);
    expect(summary).toStrictEqual({ runtime: 'browser', ...expected });
  });
});

/** Runs `binary args…` in the client package (so npm packages resolve) and parses its JSON line. */
async function runCommand(name: string, binary: string, args: string[]): Promise<unknown> {
  const child = spawn(binary, args, {
    cwd: clientDir,
    env: { ...withoutClientSettings(process.env), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  const { code, stdout, stderr, timedOut } = await collect(child, TIME_LIMIT_MS);
  if (timedOut) throw new Error(`${name} took over ${TIME_LIMIT_MS / 1000} s; stderr:\n${stderr}`);
  if (code !== 0) throw new Error(`${name} exited with ${code}; stderr:\n${stderr}`);
  try {
    return JSON.parse(stdout);
  } catch {
    throw new Error(`${name} printed no JSON summary; stdout:\n${stdout}\nstderr:\n${stderr}`);
  }
}

/** The client reads LLAMA_CLOUD_* variables; a developer's own must not change what it does here. */
function withoutClientSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('LLAMA_CLOUD_')));
}

function collect(
  child: ChildProcess,
  timeLimitMs: number,
): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => {
    timedOut = true;
    void stop(child);
  }, timeLimitMs);
  return new Promise((done, fail) => {
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr, timedOut });
    });
  });
}

/**
 * Bundles the round trip for the browser, serves it from 127.0.0.1 (so Prism, on another port, is a
 * cross-origin call that its CORS answers allow) and runs it in a page of headless Chromium.
 */
async function runInChromium(prismUrl: string): Promise<unknown> {
  const work = mkdtempSync(join(tmpdir(), 'llamacloud-portability-'));
  const profile = join(work, 'profile');
  const bundleDir = join(work, 'www');
  let server: Server | undefined;
  try {
    // platform 'browser' fails the build on any Node built-in the client might have started to import.
    await build({
      entryPoints: { 'round-trip': roundTripModule },
      outdir: bundleDir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'silent',
    });
    server = await serveDirectory(bundleDir);
    const pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    return await withChromium(profile, async (context) => {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      // Nothing but the page's own server and Prism may be asked for anything.
      page.on('request', (request) => {
        const origin = new URL(request.url()).origin;
        if (origin !== new URL(pageUrl).origin && origin !== prismUrl)
          problems.push(`unexpected request ${request.url()}`);
      });
      await page.goto(pageUrl);
      const roundTrip = page.evaluate((baseUrl) => (window as unknown as PortablePage).roundTrip(baseUrl), prismUrl);
      const summary = await within(TIME_LIMIT_MS, 'Chromium', roundTrip).catch((error: unknown) => {
        throw new Error(`${String(error)}\npage problems:\n${problems.join('\n')}`);
      });
      expect(problems).toEqual([]);
      return summary;
    });
  } finally {
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    rmSync(work, { recursive: true, force: true });
  }
}

/** Headless Chromium on a fresh profile; every process on that profile is killed by PID afterwards. */
async function withChromium<T>(profile: string, use: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
  try {
    return await use(context);
  } finally {
    await context.close().catch(() => {});
    for (const pid of pidsUsing(profile)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
}

/** `promise`, or a rejection naming `what` once `ms` have passed. */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} took over ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The page loads the bundle as a module and hands its entry to the test through `window`. */
const PAGE = `<!doctype html><link rel="icon" href="data:,"><title>portability</title>
<script type="module">import { roundTrip } from './round-trip.js'; window.roundTrip = roundTrip;</script>`;

interface PortablePage {
  roundTrip(baseUrl: string): Promise<unknown>;
}

const contentTypes: Record<string, string> = { '.js': 'text/javascript', '.map': 'application/json' };

/** A static server for the bundle on 127.0.0.1: `/` is PAGE, anything else a file of `dir`. */
function serveDirectory(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      return;
    }
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}
