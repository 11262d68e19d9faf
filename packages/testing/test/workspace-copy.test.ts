/** The build measurement's memory figure: a process and everything under it, summed (what a build's peak RSS adds up). */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { treeRssBytes } from '../src/workspace-copy.js';

/** `/proc/<pid>/stat`'s parent and resident size. */
function stat(pid: number): { parent: number; rss: number } {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { parent: Number(fields[1]), rss: Number(fields[21]) * 4096 };
}

test('counts the memory of the processes a command starts, not only its own', async () => {
  // A shell whose child holds 200 MB of touched memory until killed.
  const shell = spawn(
    'sh',
    [
      '-c',
      `"${process.execPath}" -e "globalThis.b = Buffer.alloc(200e6, 1); console.log('ready'); setInterval(() => {}, 1e3)"`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const pid = shell.pid as number;
  const children = () =>
    readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map(Number)
      .filter((id) => {
        try {
          return stat(id).parent === pid;
        } catch {
          return false;
        }
      });
  try {
    await once(shell.stdout, 'data');
    expect(stat(pid).rss).toBeLessThan(50e6); // the shell itself is small…
    expect(treeRssBytes(pid)).toBeGreaterThan(200e6); // …its tree holds the child's 200 MB
    expect(treeRssBytes(pid)).toBeLessThan(600e6);
  } finally {
    // The child first, by PID: killing sh does not end it.
    for (const child of children()) process.kill(child, 'SIGKILL');
    shell.kill('SIGKILL');
  }
});
