// @ts-check
/**
 * Writes one entry point per SDK group of the spec, and per group that holds others:
 * src/generated/groups/beta/batch.ts is `@llamacloud-batch/client/beta/batch`, whose
 * `createLlamaCloudClient` has the `beta.batch` operations (and `beta.batch.jobItems`'s) only. It
 * imports just those rows of the operation model (`@llamacloud-batch/types/rows`), so what an app's
 * bundle carries for it does not grow with the rest of the spec. A file of a group the spec no longer
 * has is deleted; `--check` exits 1 when any file is stale.
 */
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { operationModel } from '../../types/scripts/operation-model.mjs';
import { withSpecOrExit } from '../../types/scripts/read-spec.mjs';
import { rowNames } from '../../types/scripts/row-names.mjs';
import { writeGenerated } from '../../types/scripts/write-generated.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const specPath = resolve(process.env.LLAMACLOUD_SPEC ?? resolve(here, '../../../spec/openapi.yaml'));
const generatedDir = resolve(process.env.LLAMACLOUD_GENERATED_DIR ?? resolve(here, '../src/generated'));
const groupsDir = resolve(generatedDir, 'groups');
const check = process.argv.includes('--check');

/** The package's own subpaths (package.json `exports`), which a group's entry must not shadow. */
const RESERVED_SUBPATHS = new Set(['wait', 'folders', 'package.json']);

/**
 * @param {string} group dotted (`beta.batch`)
 * @param {string[]} keys its operations and its subgroups'
 * @param {Record<string, string>} names each key's row export
 */
function groupEntry(group, keys, names) {
  const depth = group.split('.').length;
  const up = '../'.repeat(depth + 1);
  return `/**
 * generated — do not edit.
 * Source: spec/openapi.yaml. Regenerate with \`pnpm generate\`; CI fails when this file is stale.
 */
/* biome-ignore-all lint: generated code */
/**
 * \`@llamacloud-batch/client/${group.replaceAll('.', '/')}\`: \`createLlamaCloudClient\` with the
 * \`${group}\` operations only (${keys.length}), so a bundle carries no other operation of the spec.
 */
import { ${keys.map((key) => names[key]).join(', ')} } from '@llamacloud-batch/types/rows';
import { type ClientOf, type ClientOptions, createClientFor } from '${up}client.js';

const rows = [${keys.map((key) => names[key]).join(', ')}] as const;

/** The operations this entry's client has. */
export type GroupOperationKey = (typeof rows)[number]['id'];
/** ${keys
    .map((key) => `\`client.${key}\``)
    .slice(0, 3)
    .join(', ')}${keys.length > 3 ? ', …' : ''}, and \`raw\`, \`baseUrl\`. */
export type LlamaCloudClient = ClientOf<GroupOperationKey>;

/** A client with the \`${group}\` operations of the spec as methods; options as the main entry's. */
export function createLlamaCloudClient(options: ClientOptions = {}): LlamaCloudClient {
  return createClientFor(rows, options);
}

export * from '${up}errors.js';
`;
}

await withSpecOrExit(specPath, 'generate-groups', ({ document }) => {
  const model = operationModel(document);
  const keys = Object.keys(model);
  const names = rowNames(keys);
  /** @type {Map<string, string[]>} every group and every prefix of one → the keys under it */
  const groups = new Map();
  for (const key of keys) {
    const segments = (model[key].group ?? '').split('.').filter(Boolean);
    for (let length = 1; length <= segments.length; length++) {
      const group = segments.slice(0, length).join('.');
      groups.set(group, [...(groups.get(group) ?? []), key]);
    }
  }
  /** @type {Record<string, string>} */
  const outputs = {};
  for (const [group, members] of groups) {
    const subpath = group.replaceAll('.', '/');
    if (RESERVED_SUBPATHS.has(subpath)) {
      throw new Error(
        `group ${group} (${members[0]}): its entry point @llamacloud-batch/client/${subpath} is one of the package's own subpaths (${[...RESERVED_SUBPATHS].join(', ')}); rename the group`,
      );
    }
    outputs[`${subpath}.ts`] = groupEntry(group, members, names);
  }
  writeGenerated(outputs, {
    dir: groupsDir,
    check,
    source: specPath,
    what: `group entry points (${relative(process.cwd(), groupsDir)})`,
    prune: true,
  });
});
