/**
 * A user's machine in a temp folder: its own HOME, npm cache and user npmrc, which takes one scope
 * from a given registry (with a token) and everything else from the default registry — the setup
 * of someone installing from a private registry. No npm_* variable or NODE_OPTIONS of the test run
 * reaches its commands, and no node_modules/.bin of this repository is on their PATH.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { track } from '@llamacloud-batch/testing';

const BIN_FOLDER = join('node_modules', '.bin');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface NpmSandbox {
  dir: string;
  env: NodeJS.ProcessEnv;
  /** A new empty folder in the sandbox. */
  folder(name: string): string;
  /** Runs a command to its end in its own process group (killed by PID on timeout). */
  run(command: string, args: readonly string[], options?: RunOptions): Promise<RunResult>;
  /** Starts a command with piped stdio in its own process group; stop it with `killGroup`. */
  start(command: string, args: readonly string[], options?: RunOptions): ChildProcess;
  remove(): void;
}

/** A setting as this machine's npm config has it (the default registry, a mirror; the CA file its TLS needs). */
const machineSetting = (key: string) => execFileSync('npm', ['config', 'get', key], { encoding: 'utf8' }).trim();

function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_)/i.test(key) || key === 'NODE_OPTIONS' || key === 'INIT_CWD') continue;
    env[key] = value;
  }
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => !entry.includes(BIN_FOLDER))
    .join(delimiter);
  return env;
}

export function npmSandbox({ scope, registry, token }: { scope: string; registry: string; token: string }): NpmSandbox {
  const dir = mkdtempSync(join(tmpdir(), 'npm-sandbox-'));
  const home = join(dir, 'home');
  mkdirSync(home);
  const npmrc = join(dir, 'npmrc');
  const host = registry.replace(/^https?:/, '');
  // `npm install -g --prefix` reads <prefix>/etc/npmrc instead of the machine's global npmrc, so what
  // reaching the default registry needs (its CA file, where one is set there) is carried over here.
  const cafile = machineSetting('cafile');
  writeFileSync(
    npmrc,
    [
      `registry=${machineSetting('registry')}`,
      ...(cafile && cafile !== 'null' && cafile !== 'undefined' ? [`cafile=${cafile}`] : []),
      `${scope}:registry=${registry}/`,
      `${host}/:_authToken=${token}`,
      'update-notifier=false',
      'fund=false',
      'audit=false',
      '',
    ].join('\n'),
  );
  const env: NodeJS.ProcessEnv = {
    ...cleanEnv(),
    HOME: home,
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_CONFIG_HOME: join(home, '.config'),
    npm_config_userconfig: npmrc,
    npm_config_cache: join(dir, 'npm-cache'),
  };
  const start = (command: string, args: readonly string[], options: RunOptions = {}) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? dir,
      env: { ...env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    track(child);
    return child;
  };
  return {
    dir,
    env,
    folder(name) {
      const folder = join(dir, name);
      mkdirSync(folder, { recursive: true });
      return folder;
    },
    start,
    run(command, args, options = {}) {
      const child = start(command, args, options);
      child.stdin?.end();
      let stdout = '';
      let stderr = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const timeoutMs = options.timeoutMs ?? 120_000;
      const timer = setTimeout(() => {
        stderr += `\n[${command} killed after ${timeoutMs} ms]`;
        killGroup(child);
      }, timeoutMs);
      return new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('close', (code) => {
          clearTimeout(timer);
          resolve({ code, stdout, stderr });
        });
      });
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Ends a child started by `start` and everything it started (its process group, by the child's PID). */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}
