import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { freePort } from './free-port.js';
import { stop, track } from './processes.js';
import { specPath as defaultSpecPath } from './spec.js';

export interface PrismOptions {
  /** Serve random schema-valid data (`prism mock -d`) instead of the spec's examples. */
  dynamic?: boolean;
  /** Spec to serve; defaults to this repository's spec/openapi.yaml. */
  specPath?: string;
  /** Port on 127.0.0.1; a free one when omitted. */
  port?: number;
  /** How long to wait for Prism to answer, in ms. */
  readyTimeoutMs?: number;
  /** Forward requests to this server and validate its answers (`prism proxy`) instead of mocking. */
  upstream?: string;
  /** Receives Prism's log output as it arrives (otherwise it is kept only for startup errors). */
  onOutput?: (text: string) => void;
  /**
   * The request that tells Prism is up (default `GET /`, which Prism logs as a NO_PATH_MATCHED error);
   * a real operation's path and headers keep its log free of that.
   */
  probe?: { path: string; headers?: Record<string, string> };
}

export interface RunningPrism extends RunningServer {
  pid: number;
  /** Settles with the exit code when Prism's process ends, asked to or not. */
  exited: Promise<number | null>;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4010 (no trailing slash). */
  url: string;
  /** The server's own process, when it runs in one (Prism does; the in-process fault server does not). */
  pid?: number;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);

function prismBin(): string {
  const pkgPath = require.resolve('@stoplight/prism-cli/package.json');
  const pkg = require(pkgPath) as { bin: Record<string, string> | string };
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.prism;
  if (!bin) throw new Error('@stoplight/prism-cli has no prism bin');
  return resolve(dirname(pkgPath), bin);
}

/**
 * Starts `prism mock` (or `prism proxy` when `upstream` is given) on 127.0.0.1, waits until it
 * answers HTTP, and returns its URL.
 */
export async function startPrism(options: PrismOptions = {}): Promise<RunningPrism> {
  const port = options.port ?? (await freePort());
  const spec = options.specPath ?? defaultSpecPath;
  const mode = options.upstream === undefined ? ['mock', spec] : ['proxy', spec, options.upstream];
  const args = [prismBin(), ...mode, '-h', '127.0.0.1', '-p', String(port)];
  if (options.dynamic) args.push('-d');
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  track(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
    options.onOutput?.(chunk.toString());
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(url, child, options.readyTimeoutMs ?? 30_000, options.probe);
  } catch (error) {
    await stop(child);
    throw new Error(`Prism did not start: ${(error as Error).message}\n${output}`);
  }
  if (child.pid === undefined) throw new Error('Prism has no PID');
  return { url, pid: child.pid, exited, close: () => stop(child) };
}

async function waitUntilAnswering(
  url: string,
  child: import('node:child_process').ChildProcess,
  timeoutMs: number,
  probe: PrismOptions['probe'] = { path: '/' },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      // Any HTTP answer (even 401/404) means the server is up.
      await fetch(`${url}${probe.path}`, { headers: probe.headers ?? {}, signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
}
