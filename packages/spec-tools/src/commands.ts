/** The bodies of `pnpm spec:diff` and the CI changeset check, with their output passed in so tests can read it. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkChangesets, parseChangeset } from './changesets.js';
import { compareWithBase, describeBase, SPEC_PATH } from './compare.js';
import { formatChanges, hasBreaking } from './diff.js';
import { type BaseRef, commitOf, filesAddedSince, mergeBaseWith, repoRoot } from './git.js';

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

export const CHECK_CHANGESET_USAGE = `usage: pnpm spec:check-changeset [--base <branch>] [base-ref]

A change to ${SPEC_PATH} needs a changeset bumping @llamacloud-batch/types, a major one if breaking.
The whole branch is judged: the spec is compared with the merge base of HEAD and the branch it
targets (origin/<branch>, else <branch>), and every changeset added since then counts.
The branch is --base, else $SPEC_BASE_BRANCH, else $GITHUB_BASE_REF (pull requests), else main.
On that branch itself the merge base is HEAD: uncommitted edits are judged.
A base-ref (any commit, e.g. HEAD~1) compares with that commit instead.
Exit codes: 0 announced or unchanged, 1 changeset missing or too small, 2 usage or git error.`;

type Target = { readonly branch: string; readonly from: string } | { readonly ref: string };

function parseCheckArgs(args: readonly string[], env: NodeJS.ProcessEnv): Target | undefined {
  let branch: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--base') {
      branch = args[++i];
      if (!branch) return undefined;
    } else if (arg.startsWith('--base=')) {
      branch = arg.slice('--base='.length);
      if (!branch) return undefined;
    } else if (arg.startsWith('-')) return undefined;
    else rest.push(arg);
  }
  if (rest.length > 1 || (rest.length === 1 && branch !== undefined)) return undefined;
  if (rest[0] !== undefined) return { ref: rest[0] };
  if (branch !== undefined) return { branch, from: '--base' };
  if (env.SPEC_BASE_BRANCH) return { branch: env.SPEC_BASE_BRANCH, from: '$SPEC_BASE_BRANCH' };
  if (env.GITHUB_BASE_REF) return { branch: env.GITHUB_BASE_REF, from: '$GITHUB_BASE_REF' };
  return { branch: 'main', from: 'default' };
}

/**
 * Exit code 0: announced, unchanged or nothing to compare with; 1: a changeset is missing or too
 * small; 2: usage error, or a target branch that was asked for by name is not here.
 */
export async function checkSpecChangeset(
  args: readonly string[],
  cwd: string,
  io: Io,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(CHECK_CHANGESET_USAGE);
    return 0;
  }
  const target = parseCheckArgs(args, env);
  if (!target) {
    io.err(CHECK_CHANGESET_USAGE);
    return 2;
  }
  const root = await repoRoot(cwd);
  let base: BaseRef | undefined;
  if ('ref' in target) {
    const commit = await commitOf(root, target.ref);
    if (!commit) {
      io.out(`spec changeset check: skipped, \`${target.ref}\` does not exist here (first commit or shallow clone)`);
      return 0;
    }
    base = { label: target.ref, commit };
  } else {
    base = await mergeBaseWith(root, target.branch);
    if (!base) {
      const where = `neither origin/${target.branch} nor ${target.branch} exists here`;
      if (target.from === 'default') {
        io.out(`spec changeset check: skipped, ${where} (fetch it, or pass --base <branch>)`);
        return 0;
      }
      io.err(`spec changeset check: the target branch \`${target.branch}\` (${target.from}): ${where}`);
      return 2;
    }
  }
  const comparison = await compareWithBase(root, base);
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
