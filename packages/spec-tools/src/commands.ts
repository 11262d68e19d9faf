/** The bodies of `pnpm spec:diff` and the CI changeset check, with their output passed in so tests can read it. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkChangesets, parseChangeset } from './changesets.js';
import { compareWithBase, describeBase, SPEC_PATH } from './compare.js';
import { formatChanges, hasBreaking } from './diff.js';
import { commitOf, filesAddedSince, repoRoot } from './git.js';

export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export const SPEC_DIFF_USAGE = `usage: pnpm spec:diff [base-ref]

Compares ${SPEC_PATH} at base-ref with the working copy and classifies each change as
breaking or non-breaking for clients. base-ref defaults to the merge base with main, which on
main itself is HEAD: you see your uncommitted edits. \`pnpm spec:diff HEAD~1\` shows the last commit's.
Exit codes: 0 no breaking change, 1 breaking change(s), 2 usage or git error.`;

/** Exit code 0: no breaking change, 1: breaking, 2: usage error. */
export async function specDiff(args: readonly string[], cwd: string, io: Io): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(SPEC_DIFF_USAGE);
    return 0;
  }
  if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) {
    io.err(SPEC_DIFF_USAGE);
    return 2;
  }
  const root = await repoRoot(cwd);
  const comparison = await compareWithBase(root, args[0]);
  if (!comparison.compared) {
    io.err(`spec:diff: ${comparison.reason}`);
    return 0;
  }
  io.err(`comparing ${SPEC_PATH} at ${describeBase(comparison.base)} with the working copy`);
  io.out(formatChanges(comparison.changes));
  if (comparison.changes.length === 0 && args[0] === undefined) {
    io.err('(no uncommitted spec edits; `pnpm spec:diff HEAD~1` shows what the last commit changed)');
  }
  if (!hasBreaking(comparison.changes)) return 0;
  io.err('breaking changes: release them with a major changeset (`pnpm changeset`), or keep the old shape.');
  return 1;
}

async function changesetsSince(root: string, commit: string) {
  const files = await filesAddedSince(root, commit, '.changeset');
  const markdown = files.filter((file) => file.endsWith('.md') && !file.endsWith('README.md'));
  return Promise.all(markdown.map(async (file) => parseChangeset(await readFile(join(root, file), 'utf8'))));
}

/** Exit code 0: announced, unchanged or nothing to compare with; 1: a changeset is missing or too small. */
export async function checkSpecChangeset(args: readonly string[], cwd: string, io: Io): Promise<number> {
  const ref = args[0] ?? 'HEAD~1';
  const root = await repoRoot(cwd);
  if (!(await commitOf(root, ref))) {
    io.out(`spec changeset check: skipped, \`${ref}\` does not exist here (first commit or shallow clone)`);
    return 0;
  }
  const comparison = await compareWithBase(root, ref);
  if (!comparison.compared) {
    io.out(`spec changeset check: skipped, ${comparison.reason}`);
    return 0;
  }
  if (comparison.changes.length > 0) io.out(formatChanges(comparison.changes));
  const changesets = await changesetsSince(root, comparison.base.commit);
  const verdict = checkChangesets(comparison.changes, changesets, describeBase(comparison.base));
  (verdict.ok ? io.out : io.err)(`spec changeset check: ${verdict.message}`);
  return verdict.ok ? 0 : 1;
}

/** Runs a command as a process's main: prints through console, sets the exit code, reports crashes as 2. */
export function runMain(name: string, command: (args: readonly string[], cwd: string, io: Io) => Promise<number>) {
  const io: Io = { out: (line) => console.log(line), err: (line) => console.error(line) };
  command(process.argv.slice(2), process.cwd(), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
