import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Io } from '../../src/commands.js';

const fixtures = resolve(import.meta.dirname, '../fixtures/diff');
export const fixture = (name: string) => readFileSync(resolve(fixtures, `${name}.yaml`), 'utf8');

const identity = {
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@localhost',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@localhost',
};

/** A throwaway git repository on branch main. */
export function tempRepo() {
  const dir = mkdtempSync(join(tmpdir(), 'spec-tools-repo-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, env: { ...process.env, ...identity }, encoding: 'utf8' });
  git('init', '--quiet', '--initial-branch=main');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const commit = (message: string) => {
    git('add', '--all');
    git('commit', '--quiet', '--allow-empty', '-m', message);
  };
  return { dir, git, write, commit, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An Io that keeps what was printed. */
export function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (line) => out.push(line), err: (line) => err.push(line) };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}
