/** The spec at a base commit against the working copy: the step both `spec:diff` and the CI check start with. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SpecChange } from './describe.js';
import { diffSpecs } from './diff.js';
import { type BaseRef, readAtCommit, resolveBase } from './git.js';

export const SPEC_PATH = 'spec/openapi.yaml';

export type Comparison =
  | { readonly compared: true; readonly base: BaseRef; readonly changes: SpecChange[] }
  | { readonly compared: false; readonly base?: BaseRef; readonly reason: string };

/** Compares with `ref` (a commit, or the default of `resolveBase`), or with an already resolved base. */
export async function compareWithBase(root: string, ref?: string | BaseRef): Promise<Comparison> {
  const base = typeof ref === 'object' ? ref : await resolveBase(root, ref);
  if (!base) return { compared: false, reason: 'this repository has no commit yet; nothing to compare with' };
  const before = await readAtCommit(root, base.commit, SPEC_PATH);
  if (before === undefined) return { compared: false, base, reason: `${SPEC_PATH} does not exist at ${base.label}` };
  const after = await readFile(join(root, SPEC_PATH), 'utf8');
  if (before === after) return { compared: true, base, changes: [] };
  const names = { base: `${SPEC_PATH} at ${describeBase(base)}`, revision: SPEC_PATH };
  return { compared: true, base, changes: await diffSpecs(before, after, names) };
}

export const describeBase = (base: BaseRef) => `${base.label} (${base.commit.slice(0, 8)})`;
