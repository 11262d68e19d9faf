// The run-time half of lazy-model.mjs, bundled into the bin: a table keyed by operation whose entries
// are read from model/<group>.json beside the bundle the first time a key of that group is looked up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Group → its tables, once read. */
const loaded = new Map();

function groupTables(key) {
  const group = key.slice(0, Math.max(0, key.lastIndexOf('.')));
  let tables = loaded.get(group);
  if (tables === undefined) {
    // The bundle is CommonJS: __dirname is its folder (dist/bundle), where model/ was written.
    tables = JSON.parse(readFileSync(join(__dirname, 'model', `${group || '_'}.json`), 'utf8'));
    loaded.set(group, tables);
  }
  return tables;
}

/** A read-only object with `keys`, each entry read (with its group's) on first use. */
export function table(name, keys) {
  const known = new Set(keys);
  const entry = (key) => (typeof key === 'string' && known.has(key) ? groupTables(key)[name]?.[key] : undefined);
  return new Proxy(
    {},
    {
      get: (_target, key) => entry(key),
      has: (_target, key) => typeof key === 'string' && known.has(key),
      ownKeys: () => [...keys],
      getOwnPropertyDescriptor: (_target, key) =>
        typeof key === 'string' && known.has(key)
          ? { value: entry(key), writable: false, enumerable: true, configurable: true }
          : undefined,
      set: () => false,
      defineProperty: () => false,
      deleteProperty: () => false,
    },
  );
}
