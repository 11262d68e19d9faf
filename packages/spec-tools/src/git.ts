/** The few git questions the spec tools ask: which base, what the spec was there, which files changed. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function git(cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch {
    return undefined;
  }
}

/** The commit id a ref names, or undefined when it names nothing (e.g. HEAD~1 in a one-commit clone). */
export async function commitOf(cwd: string, ref: string): Promise<string | undefined> {
  return (await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]))?.trim() || undefined;
}

export interface BaseRef {
  /** What to show the user: the ref they gave, or how the default was chosen. */
  readonly label: string;
  readonly commit: string;
}

/** The branch refs that may stand for a target branch, best first: the remote's copy, then the local one. */
const candidates = (branch: string) => (branch.startsWith('origin/') ? [branch] : [`origin/${branch}`, branch]);

/**
 * The merge base of HEAD with the target branch (`origin/<branch>`, else `<branch>`), or undefined
 * when neither exists here. On the branch itself that is HEAD, so the diff shows uncommitted edits.
 */
export async function mergeBaseWith(cwd: string, branch: string): Promise<BaseRef | undefined> {
  for (const name of candidates(branch)) {
    if (!(await commitOf(cwd, name))) continue;
    const commit = (await git(cwd, ['merge-base', 'HEAD', name]))?.trim();
    if (commit) return { label: `merge base with ${name}`, commit };
  }
  return undefined;
}

/**
 * The ref given, else the merge base of HEAD with `main` (see `mergeBaseWith`); HEAD when there is no
 * main branch here; undefined when there is no commit to compare with.
 */
export async function resolveBase(cwd: string, ref?: string): Promise<BaseRef | undefined> {
  if (ref !== undefined) {
    const commit = await commitOf(cwd, ref);
    if (!commit) throw new Error(`git cannot find the ref \`${ref}\``);
    return { label: ref, commit };
  }
  const merged = await mergeBaseWith(cwd, 'main');
  if (merged) return merged;
  const head = await commitOf(cwd, 'HEAD');
  return head ? { label: 'HEAD (no main branch here)', commit: head } : undefined;
}

/** A file's text at a commit, or undefined when it did not exist there. */
export async function readAtCommit(cwd: string, commit: string, repoPath: string): Promise<string | undefined> {
  return git(cwd, ['show', `${commit}:${repoPath}`]);
}

/** Files (repo-relative) under `dir` added or modified since `commit`, in the working tree, untracked included. */
export async function filesAddedSince(cwd: string, commit: string, dir: string): Promise<string[]> {
  const changed = await git(cwd, ['diff', '--name-only', '--diff-filter=AMR', commit, '--', dir]);
  const untracked = await git(cwd, ['ls-files', '--others', '--exclude-standard', '--', dir]);
  const names = `${changed ?? ''}\n${untracked ?? ''}`.split('\n').filter((name) => name !== '');
  return [...new Set(names)];
}

/** The repository's top directory. */
export async function repoRoot(cwd: string): Promise<string> {
  const top = (await git(cwd, ['rev-parse', '--show-toplevel']))?.trim();
  if (!top) throw new Error(`${cwd} is not inside a git repository`);
  return top;
}
