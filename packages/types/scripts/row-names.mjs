// @ts-check
/**
 * The export name of each operation's row: its key with dots as underscores (`beta_batch_list`).
 * Two keys that would share a name are refused, naming both.
 * @param {string[]} keys
 */
export function rowNames(keys) {
  /** @type {Record<string, string>} */
  const names = {};
  const taken = new Map();
  for (const key of keys) {
    const name = key.replace(/[^A-Za-z0-9_$]/g, '_').replace(/^(?=[0-9])/, '_');
    if (taken.has(name)) {
      throw new Error(`operations ${taken.get(name)} and ${key} would both be exported as ${name}: rename one`);
    }
    taken.set(name, key);
    names[key] = name;
  }
  return names;
}
