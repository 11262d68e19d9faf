/**
 * A copy of this repository's working tree (tracked and new files, nothing git ignores) in a folder
 * of its own, installed from the store, and its build measured: what the real-spec test and the
 * spec-size benchmark build — ours, or grown by LlamaCloud's published spec (`LLAMACLOUD_SPEC`).
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './spec.js';

const run = promisify(execFile);

/** `npx` arguments that run the repository's pinned pnpm. */
export const PNPM = [
  '-y',
  `pnpm@${JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).packageManager.split('@')[1]}`,
];

/** The environment every command in a copy runs with: CI mode, telemetry off. */
export const copyEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  CI: 'true',
  REDOCLY_TELEMETRY: 'off',
  TURBO_TELEMETRY_DISABLED: '1',
});

/** Copies the working tree into a new folder under the system's temp folder and installs it; resolves to the folder. */
export async function copyWorkspace(prefix: string): Promise<string> {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repoRoot });
  execFileSync('tar', ['--null', '-T', '-', '-cf', join(copy, 'tree.tar')], { cwd: repoRoot, input: files });
  execFileSync('tar', ['-xf', 'tree.tar'], { cwd: copy });
  await run('npx', [...PNPM, 'install', '--frozen-lockfile', '--prefer-offline'], { cwd: copy, env: copyEnv() });
  return copy;
}

/** Writes our spec grown by LlamaCloud's 209 operations (scripts/real-spec.mjs) into the copy; resolves to its path. */
export async function growSpec(copy: string): Promise<string> {
  const grown = join(copy, 'grown.json');
  await run(process.execPath, ['packages/testing/scripts/real-spec.mjs', '--out', grown], {
    cwd: copy,
    env: copyEnv(),
  });
  return grown;
}

export interface MeasuredRun {
  seconds: number;
  /** The most memory the command's processes held at once (summed over them), sampled every 100 ms. */
  peakRssBytes: number;
}

/** Runs `pnpm <args>` in the copy (with `LLAMACLOUD_SPEC` when `spec` is given), measuring its wall time and peak RSS. */
export async function measuredPnpm(copy: string, args: string[], spec?: string): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn('npx', [...PNPM, ...args], {
    cwd: copy,
    env: { ...copyEnv(), ...(spec ? { LLAMACLOUD_SPEC: spec } : {}) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  let peakRssBytes = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) peakRssBytes = Math.max(peakRssBytes, treeRssBytes(child.pid));
  }, 100);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(sampler);
  if (code !== 0) throw new Error(`pnpm ${args.join(' ')} exited ${code} in ${copy}:\n${stderr}`);
  return { seconds: (performance.now() - started) / 1000, peakRssBytes };
}

/** The resident memory of `pid` and every process under it, from /proc (Linux). */
export function treeRssBytes(pid: number): number {
  const processes = new Map<number, { parent: number; rss: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // After the command's name in parentheses (which may hold spaces): state, ppid, …, rss (24th field).
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      processes.set(Number(entry), { parent: Number(fields[1]), rss: Number(fields[21]) * 4096 });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  let total = 0;
  const inTree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [id, { parent }] of processes) {
      if (!inTree.has(id) && inTree.has(parent)) {
        inTree.add(id);
        grew = true;
      }
    }
  }
  for (const id of inTree) total += processes.get(id)?.rss ?? 0;
  return total;
}
