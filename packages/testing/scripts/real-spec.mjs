#!/usr/bin/env node
// @ts-check
/**
 * LlamaCloud's own published API description (the openapi.json inside the pinned @llamaindex/cloud
 * devDependency, 209 operations written by FastAPI), given SDK names by the committed OpenAPI Overlay
 * (fixtures/llamacloud-4.1.3.overlay.yaml, applied with openapi-format), and our spec grown by it:
 * the fixture for "a real spec builds" (`LLAMACLOUD_SPEC=<file> pnpm build`).
 *
 *   node packages/testing/scripts/real-spec.mjs --out grown.json            ours + theirs
 *   node packages/testing/scripts/real-spec.mjs --out theirs.json --theirs  theirs alone, named
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
export const OVERLAY_PATH = resolve(here, '../fixtures/llamacloud-4.1.3.overlay.yaml');
export const OURS_PATH = resolve(here, '../../../spec/openapi.yaml');
/** A clashing component of theirs that differs from ours is renamed with this prefix. */
export const RENAME_PREFIX = 'LlamaCloud';

/** @typedef {Record<string, any>} Document */

/** Their document as published, read from the installed package (never copied into this repository). */
export function publishedSpec() {
  return /** @type {Document} */ (JSON.parse(readFileSync(require.resolve('@llamaindex/cloud/openapi.json'), 'utf8')));
}

/** Their document with the overlay's SDK names; throws when an action of the overlay matched nothing (a stale overlay). */
export async function namedSpec() {
  const { openapiOverlay } = require('openapi-format');
  const overlaySet = parse(readFileSync(OVERLAY_PATH, 'utf8'));
  const { data, resultData } = await openapiOverlay(publishedSpec(), { overlaySet });
  if (resultData.totalUnusedActions > 0) {
    const targets = resultData.unusedActions.map((/** @type {{ target: string }} */ action) => action.target);
    throw new Error(`${OVERLAY_PATH}: ${targets.length} action(s) matched nothing: ${targets.slice(0, 5).join(', ')}`);
  }
  return /** @type {Document} */ (data);
}

function sameJson(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Replaces every `$ref` of `node` (deeply) through `rename`. */
function renameRefs(node, rename) {
  if (Array.isArray(node)) return node.map((item) => renameRefs(item, rename));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' ? rename(value) : renameRefs(value, rename),
    ]),
  );
}

/**
 * Our document with their paths and components added, as our spec would grow toward the whole API.
 * A path in both is an error; a component name in both is shared when the two are equal, else theirs
 * is renamed `LlamaCloud<Name>` (and every `$ref` of theirs to it follows).
 * @param {Document} ours
 * @param {Document} theirs
 */
export function growSpec(ours, theirs) {
  /** @type {Map<string, string>} */
  const renames = new Map();
  for (const [section, entries] of Object.entries(theirs.components ?? {})) {
    for (const [name, value] of Object.entries(entries)) {
      const existing = ours.components?.[section]?.[name];
      if (existing !== undefined && !sameJson(existing, value)) {
        renames.set(`#/components/${section}/${name}`, `#/components/${section}/${RENAME_PREFIX}${name}`);
      }
    }
  }
  const renamed = renameRefs(theirs, (ref) => renames.get(ref) ?? ref);
  const components = structuredClone(ours.components ?? {});
  for (const [section, entries] of Object.entries(renamed.components ?? {})) {
    components[section] ??= {};
    for (const [name, value] of Object.entries(entries)) {
      const target = renames.has(`#/components/${section}/${name}`) ? `${RENAME_PREFIX}${name}` : name;
      components[section][target] ??= value;
    }
  }
  const paths = { ...ours.paths };
  for (const [path, item] of Object.entries(renamed.paths ?? {})) {
    if (paths[path] !== undefined) throw new Error(`${path} is in both documents`);
    paths[path] = item;
  }
  const tagNames = new Set((ours.tags ?? []).map((/** @type {{ name: string }} */ tag) => tag.name));
  const tags = [...(ours.tags ?? []), ...(renamed.tags ?? []).filter((tag) => !tagNames.has(tag.name))];
  return { ...ours, tags, paths, components };
}

/** Ours grown by theirs (named). */
export async function grownSpec() {
  return growSpec(parse(readFileSync(OURS_PATH, 'utf8')), await namedSpec());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const out = at === -1 ? undefined : process.argv[at + 1];
  if (!out) {
    console.error('usage: real-spec.mjs --out <file.json> [--theirs]');
    process.exit(2);
  }
  const document = process.argv.includes('--theirs') ? await namedSpec() : await grownSpec();
  writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
  const operations = Object.values(document.paths).flatMap((item) => Object.keys(item)).length;
  console.error(`${out}: ${Object.keys(document.paths).length} paths, about ${operations} operations`);
}
