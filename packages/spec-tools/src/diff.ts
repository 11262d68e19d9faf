/** Compares two versions of a spec given as text and returns the changes in our words. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSpec } from '../../types/scripts/read-spec.mjs';
import { describeChanges, type SpecChange } from './describe.js';
import { runEngine } from './engine.js';

/** The names a broken spec's one-line error shows for each side, e.g. `spec/openapi.yaml`. */
export interface SpecNames {
  readonly base: string;
  readonly revision: string;
}

export async function diffSpecs(
  baseText: string,
  revisionText: string,
  names: SpecNames = { base: 'base spec', revision: 'revised spec' },
): Promise<SpecChange[]> {
  // Parsed first: the engine answers a broken spec with a stack trace; this says file:line:col and what.
  const documents = { base: parseSpec(baseText, names.base), revision: parseSpec(revisionText, names.revision) };
  const dir = await mkdtemp(join(tmpdir(), 'spec-diff-'));
  try {
    // The engine names files in its report; plain names keep any message that quotes them readable.
    const basePath = join(dir, 'base.yaml');
    const revisionPath = join(dir, 'revision.yaml');
    await Promise.all([writeFile(basePath, baseText), writeFile(revisionPath, revisionText)]);
    const report = await runEngine(basePath, revisionPath);
    return describeChanges(report, documents);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const hasBreaking = (changes: readonly SpecChange[]) => changes.some((c) => c.severity === 'breaking');

/** One line per change: `breaking      GET /path  message`, then a count. */
export function formatChanges(changes: readonly SpecChange[]): string {
  if (changes.length === 0) return 'no changes';
  const where = (c: SpecChange) => `${c.endpoint ?? ''}${c.sdkMethod ? ` (${c.sdkMethod})` : ''}`;
  const width = Math.max(...changes.map((c) => where(c).length));
  const lines = changes.map((c) => `${c.severity.padEnd(12)}  ${where(c).padEnd(width)}  ${c.message}`);
  const breaking = changes.filter((c) => c.severity === 'breaking').length;
  lines.push('', `${breaking} breaking, ${changes.length - breaking} non-breaking`);
  return lines.join('\n');
}
