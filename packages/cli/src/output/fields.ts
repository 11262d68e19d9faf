/** `--fields id,status,job.name`: keeps only the named (dotted) paths of each item. */
import { closest } from '@llamacloud-batch/client';
import { getProperty, hasProperty, setProperty } from 'dot-prop';
import { UsageError } from '../errors.js';
import { leafPaths } from './paths.js';

/** Projects a batch of items (a page, or the one object of an answer). */
export type Projection = (items: readonly unknown[]) => unknown[];

export function parseFields(spec: string): string[] {
  const fields = spec
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (fields.length === 0) throw new UsageError('--fields needs at least one field name, e.g. --fields id,status');
  return fields;
}

const isObject = (item: unknown): item is object => typeof item === 'object' && item !== null;

/**
 * The first batch with items checks the names: a field none of them has is a usage error naming the
 * fields they do have (the model has no response schema to check against before the request).
 * A field only some items have is left out of the others rather than invented.
 */
export function projectFields(fields: readonly string[]): Projection {
  let checked = false;
  const projectOne = (item: unknown) => {
    if (!isObject(item)) return item;
    const out: Record<string, unknown> = {};
    for (const path of fields) {
      if (hasProperty(item, path)) setProperty(out, path, getProperty(item, path));
    }
    return out;
  };
  return (items) => {
    if (!checked && items.some(isObject)) {
      checked = true;
      checkFields(fields, items.filter(isObject));
    }
    return items.map(projectOne);
  };
}

function checkFields(fields: readonly string[], items: readonly object[]): void {
  const missing = fields.filter((path) => !items.some((item) => hasProperty(item, path)));
  if (missing.length === 0) return;
  const known = leafPaths(items);
  const hint = missing.length === 1 ? closest(missing[0] as string, known) : undefined;
  const what = missing.length === 1 ? 'is not a field' : 'are not fields';
  throw new UsageError(
    `--fields: ${missing.join(', ')} ${what} of the answer${hint ? ` (did you mean ${hint}?)` : ''}; its fields: ${known.join(', ')}`,
  );
}
