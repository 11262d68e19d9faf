/**
 * Runs the built `llamacloud-prod` bin the way a user would — a child process with its own
 * environment — and checks on every run that the API key never reaches stdout or stderr.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  type FaultHandler,
  type FaultReply,
  type FaultServer,
  repoRoot,
  startFaultServer,
} from '@llamacloud-batch/testing';
import { afterEach, expect } from 'vitest';

export const BIN = join(repoRoot, 'packages/cli/bin/llamacloud-prod.cjs');

/** Distinctive, so any leak is unmistakable. Every test passes this key. */
export const SECRET_KEY = 'sk-llx-cli-test-7Qz4VbN2-do-not-print';

export interface CliResult {
  /** Exit code, or null when the process died from a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from spawn to exit. */
  elapsedMs: number;
}

export interface RunOptions {
  /** Added to a minimal environment; LLAMA_CLOUD_* from the test runner never leak in. */
  env?: Record<string, string>;
  /** Flags for node itself, e.g. `--max-old-space-size=32`. */
  nodeArgs?: string[];
  /** Kill the child (SIGKILL) if it runs longer than this. */
  killAfterMs?: number;
  /** The folder it runs in (default: the test's). */
  cwd?: string;
}

/** PATH and HOME only (plus what the test asks for): no inherited LLAMA_CLOUD_*, NO_COLOR or FORCE_COLOR. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' };
  return { ...env, ...extra };
}

export interface RunningCli {
  child: ChildProcess;
  /** Resolves when the process exits; asserts the key did not leak. */
  done: Promise<CliResult>;
  /** What the process has written to stdout so far. */
  stdoutSoFar(): string;
}

function collect(child: ChildProcess, started: number, killAfterMs: number, onStdout?: (text: string) => void) {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    onStdout?.(stdout);
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      expect(stdout, 'API key leaked to stdout').not.toContain(SECRET_KEY);
      expect(stderr, 'API key leaked to stderr').not.toContain(SECRET_KEY);
      resolve({ code, signal, stdout, stderr, elapsedMs: Date.now() - started });
    });
  });
}

/** Spawns `node bin/llamacloud-prod.cjs ...args` and returns the child as it runs. */
export function spawnCli(args: readonly string[], options: RunOptions = {}): RunningCli {
  const started = Date.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    env: cleanEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let soFar = '';
  const done = collect(child, started, options.killAfterMs ?? 25_000, (text) => {
    soFar = text;
  });
  return { child, done, stdoutSoFar: () => soFar };
}

/** Runs the CLI to completion. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return spawnCli(args, options).done;
}

/** Runs a shell command line (for pipes like `| head -n 1`); `$CLI` is the bin's path. */
export function runShell(script: string, options: RunOptions = {}): Promise<CliResult> {
  const started = Date.now();
  const child = spawn('/bin/sh', ['-c', script], {
    env: cleanEnv({ ...options.env, CLI: BIN, NODE: process.execPath }),
    ...(options.cwd && { cwd: options.cwd }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return collect(child, started, options.killAfterMs ?? 25_000);
}

/** util-linux `script`, which runs a command on a pseudo-terminal (absent on macOS and Windows). */
export const hasScript =
  spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout?.includes('util-linux') ?? false;

/**
 * Runs a shell command line on a pseudo-terminal, as if typed at a terminal: stdout and stderr are
 * TTYs unless redirected. The result's stdout is what the terminal showed (both streams, CRLF).
 */
export function runInTerminal(commandLine: string, options: RunOptions = {}): Promise<CliResult> {
  const started = Date.now();
  const child = spawn('script', ['-qec', commandLine, '/dev/null'], {
    env: cleanEnv({ ...options.env, SHELL: '/bin/sh', CLI: BIN, NODE: process.execPath }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return collect(child, started, options.killAfterMs ?? 25_000);
}

/** `beta:batch list --api-key <secret> --base-url <url> ...args`. */
export function listArgs(baseUrl: string, ...args: string[]): string[] {
  return ['beta:batch', 'list', '--api-key', SECRET_KEY, '--base-url', baseUrl, ...args];
}

const servers: FaultServer[] = [];

/** A fault server closed automatically after the test that started it. */
export async function serve(handler: FaultHandler | FaultReply[]): Promise<FaultServer> {
  const server = await startFaultServer(handler);
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A base URL on which nothing listens: a server's port right after it closed. */
export async function closedPortUrl(): Promise<string> {
  const server = await startFaultServer([{ status: 200 }]);
  await server.close();
  return server.url;
}

/** Lines of stderr, without blanks. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}
