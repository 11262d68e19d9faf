/** `--fields id,status,job.name`: keeps only the named (dotted) paths of each item. */
import { getProperty, hasProperty, setProperty } from 'dot-prop';
import { UsageError } from '../errors.js';

export type Projection = (item: unknown) => unknown;

export function parseFields(spec: string): string[] {
  const fields = spec
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (fields.length === 0) throw new UsageError('--fields needs at least one field name, e.g. --fields id,status');
  return fields;
}

export function projectFields(fields: readonly string[]): Projection {
  return (item) => {
    if (typeof item !== 'object' || item === null) return item;
    const out: Record<string, unknown> = {};
    for (const path of fields) {
      if (hasProperty(item, path)) setProperty(out, path, getProperty(item, path));
    }
    return out;
  };
}
