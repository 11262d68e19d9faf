/** Compares two versions of a spec given as text and returns the changes in our words. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describeChanges, type SpecChange } from './describe.js';
import { runEngine } from './engine.js';

export async function diffSpecs(baseText: string, revisionText: string): Promise<SpecChange[]> {
  const dir = await mkdtemp(join(tmpdir(), 'spec-diff-'));
  try {
    // The engine names files in its report; plain names keep any message that quotes them readable.
    const basePath = join(dir, 'base.yaml');
    const revisionPath = join(dir, 'revision.yaml');
    await Promise.all([writeFile(basePath, baseText), writeFile(revisionPath, revisionText)]);
    const report = await runEngine(basePath, revisionPath);
    return describeChanges(report, { base: parse(baseText), revision: parse(revisionText) });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const hasBreaking = (changes: readonly SpecChange[]) => changes.some((c) => c.severity === 'breaking');

/** One line per change: `breaking      GET /path  message`, then a count. */
export function formatChanges(changes: readonly SpecChange[]): string {
  if (changes.length === 0) return 'no changes';
  const width = Math.max(...changes.map((c) => (c.endpoint ?? '').length));
  const lines = changes.map((c) => `${c.severity.padEnd(12)}  ${(c.endpoint ?? '').padEnd(width)}  ${c.message}`);
  const breaking = changes.filter((c) => c.severity === 'breaking').length;
  lines.push('', `${breaking} breaking, ${changes.length - breaking} non-breaking`);
  return lines.join('\n');
}
