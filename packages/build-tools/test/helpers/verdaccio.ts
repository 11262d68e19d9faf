/**
 * A throwaway Verdaccio registry on 127.0.0.1: its own storage and config in a temp folder, no
 * uplinks (it proxies nothing, so nothing reaches the internet through it), publishing for one
 * scope by a user the caller creates. Killed by PID on close, or when the test process exits.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { freePort, stop, track } from '@llamacloud-batch/testing';

export interface RunningRegistry {
  /** e.g. http://127.0.0.1:40123 (no trailing slash). */
  url: string;
  pid: number;
  /** Creates a user (as `npm adduser` does) and returns its auth token. */
  addUser(name: string, password: string): Promise<string>;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);

function verdaccioBin(): string {
  const manifestPath = require.resolve('verdaccio/package.json');
  const { bin } = require(manifestPath) as { bin: Record<string, string> };
  return resolve(dirname(manifestPath), bin.verdaccio ?? 'bin/verdaccio');
}

/** Verdaccio's config (YAML, of which JSON is a subset): `scope` publishable by users, nothing else served. */
function configFor(dir: string, scope: string) {
  return {
    storage: join(dir, 'storage'),
    auth: { htpasswd: { file: join(dir, 'htpasswd'), max_users: 1 } },
    uplinks: {},
    packages: { [`${scope}/*`]: { access: '$all', publish: '$authenticated' } },
    web: { enable: false },
    log: { type: 'stdout', format: 'pretty', level: 'warn' },
  };
}

export async function startVerdaccio({ scope, readyTimeoutMs = 30_000 }: { scope: string; readyTimeoutMs?: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'verdaccio-'));
  const configPath = join(dir, 'config.yaml');
  writeFileSync(configPath, JSON.stringify(configFor(dir, scope), null, 2));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [verdaccioBin(), '--config', configPath, '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const close = async () => {
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPing(url, () => child.exitCode !== null, readyTimeoutMs);
  } catch (error) {
    await close();
    throw new Error(`Verdaccio did not start: ${(error as Error).message}\n${output}`);
  }
  if (child.pid === undefined) throw new Error('Verdaccio has no PID');
  return {
    url,
    pid: child.pid,
    addUser: (name: string, password: string) => addUser(url, name, password),
    close,
  } satisfies RunningRegistry;
}

async function waitForPing(url: string, exited: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited()) throw new Error('it exited');
    try {
      if ((await fetch(`${url}/-/ping`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`no answer from ${url}/-/ping within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The request `npm adduser` sends; Verdaccio answers with the new user's token. */
async function addUser(url: string, name: string, password: string): Promise<string> {
  const response = await fetch(`${url}/-/user/org.couchdb.user:${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password, type: 'user', roles: [] }),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!response.ok || !body.token) throw new Error(`adding user ${name}: ${response.status} ${body.error ?? ''}`);
  return body.token;
}
