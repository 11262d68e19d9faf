// An esbuild plugin for a bin that uses a few of the spec's operations per run (the CLI): the types
// package's tables keyed by operation (operationModel, operationHelp, operationHints, operationTables,
// operationSamples…) leave the bundle for one JSON file per SDK group beside it, model/<group>.json,
// read the first time one of that group's keys is looked up (lazy-table.mjs). To the code that uses
// them they are the generated objects still (lookups, `in`, Object.keys/values/entries), so a start
// that touches one group reads that group's data, whatever the size of the spec; everything else the
// generated modules export (operationKeys, operationGroups, …) stays in the bundle as it is.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GENERATED = /[\\/]types[\\/]dist[\\/]generated[\\/](operations|samples)\.js$/;
const RUNTIME = fileURLToPath(new URL('./lazy-table.mjs', import.meta.url));

/** `beta.batch.list` → `beta.batch` (an operation's key is its group, a dot, its name). */
const groupOf = (key) => key.slice(0, Math.max(0, key.lastIndexOf('.')));
/** The side file of a group, as lazy-table.mjs names it. */
export const groupFile = (group) => `${group || '_'}.json`;

/** `outdir`: where the bundle goes (the group files go in its model/ folder). */
export function lazyModel(outdir) {
  return {
    name: 'lazy-model',
    setup(build) {
      /** @type {Map<string, Record<string, Record<string, unknown>>>} group → table → key → entry */
      const groups = new Map();
      build.onLoad({ filter: GENERATED }, async (args) => {
        const generated = await import(pathToFileURL(args.path).href);
        const { operationKeys } = await import(pathToFileURL(join(dirname(args.path), 'operations.js')).href);
        const keys = new Set(operationKeys);
        const lines = [`import { table } from ${JSON.stringify(RUNTIME)};`];
        for (const [name, value] of Object.entries(generated)) {
          const entries =
            value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
          if (entries.length === 0 || !entries.every((key) => keys.has(key))) {
            lines.push(`export const ${name} = ${JSON.stringify(value)};`);
            continue;
          }
          for (const key of entries) {
            const group = groupOf(key);
            if (!groups.has(group)) groups.set(group, {});
            const tables = groups.get(group);
            tables[name] ??= {};
            tables[name][key] = value[key];
          }
          lines.push(`export const ${name} = table(${JSON.stringify(name)}, ${JSON.stringify(entries)});`);
        }
        return { contents: lines.join('\n'), loader: 'js' };
      });
      build.onEnd((result) => {
        if (result.errors.length > 0) return;
        const dir = join(outdir, 'model');
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        for (const [group, tables] of groups) writeFileSync(join(dir, groupFile(group)), JSON.stringify(tables));
      });
    },
  };
}
