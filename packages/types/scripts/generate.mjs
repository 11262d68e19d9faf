// @ts-check
/**
 * Regenerates everything in src/generated/ from spec/openapi.yaml:
 *   openapi.ts     types (openapi-typescript) and runtime arrays of every enum's values
 *   operations.ts  per-operation parameter metadata (see parameter-metadata.mjs)
 *   schemas.ts     the spec's component schemas as JSON Schema, for response validators
 * `--check` writes nothing and exits 1 when a committed file differs from what the spec gives.
 * Env LLAMACLOUD_SPEC reads another spec, LLAMACLOUD_GENERATED_DIR writes elsewhere (tests, `pnpm dev` benches).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { operationsMetadata } from './parameter-metadata.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = resolve(here, '..');
const specPath = resolve(process.env.LLAMACLOUD_SPEC ?? resolve(packageDir, '../../spec/openapi.yaml'));
const outDir = resolve(process.env.LLAMACLOUD_GENERATED_DIR ?? resolve(packageDir, 'src/generated'));
const check = process.argv.includes('--check');

const HEADER = `/**
 * generated — do not edit.
 * Source: spec/openapi.yaml. Regenerate with \`pnpm generate\`; CI fails when this file is stale.
 */
/* biome-ignore-all lint: generated code */
`;

function toCamel(name) {
  return name.replace(/[^A-Za-z0-9]+(.)/g, (_, c) => c.toUpperCase()).replace(/^./, (c) => c.toLowerCase());
}

async function generateTypes(specText) {
  const ast = await openapiTS(specText, {
    enumValues: true,
    // Fields with a `default` stay optional in responses: the server may omit them.
    defaultNonNullable: false,
  });
  return HEADER + astToString(ast);
}

function generateOperations(document) {
  const operations = operationsMetadata(document);
  const ids = Object.keys(operations);
  // Constraints and help text are separate objects, so a client bundle carries no help text.
  const constraints = {};
  const help = {};
  for (const [id, { summary, description, parameters, ...operation }] of Object.entries(operations)) {
    constraints[id] = { ...operation, parameters: parameters.map(({ description: _d, ...parameter }) => parameter) };
    help[id] = {
      ...(summary === undefined ? {} : { summary }),
      ...(description === undefined ? {} : { description }),
      parameters: Object.fromEntries(
        parameters.flatMap((p) => (p.description === undefined ? [] : [[p.name, p.description]])),
      ),
    };
  }
  const json = (value) => JSON.stringify(value, null, 2);
  const byId = (suffix) => `{${ids.map((id) => `\n  ${JSON.stringify(id)}: ${toCamel(id)}${suffix},`).join('')}\n}`;
  // One const per operation, so bundlers drop what an app never imports (the CLI's help text, say).
  return `${HEADER}${ids
    .map(
      (id) => `
/** ${id}: parameter metadata (location, type, enum, bounds, format, default). */
export const ${toCamel(id)}Operation = ${json(constraints[id])} as const;

/** ${id}: the spec's help text (summary, description, each parameter's description). */
export const ${toCamel(id)}Help = ${json(help[id])} as const;
`,
    )
    .join('')}
/** Parameter metadata of every operation in the spec, keyed by operationId. */
export const operationMetadata = ${byId('Operation')} as const;

/** Help text of every operation in the spec, keyed by operationId. */
export const operationHelp = ${byId('Help')} as const;

export type OperationId = keyof typeof operationMetadata;
export const operationIds = ${JSON.stringify(ids)} as const satisfies readonly OperationId[];
`;
}

function generateSchemas(document) {
  const schemas = document.components?.schemas ?? {};
  return `${HEADER}
/** The spec's component schemas (JSON Schema 2020-12), for validators that check responses. */
export const componentSchemas = ${JSON.stringify(schemas, null, 2)} as const;

/** Every name under components.schemas. */
export type ComponentSchemaName = keyof typeof componentSchemas;
`;
}

const specText = readFileSync(specPath, 'utf8');
const document = parse(specText);
const outputs = {
  'openapi.ts': await generateTypes(specText),
  'operations.ts': generateOperations(document),
  'schemas.ts': generateSchemas(document),
};

let stale = 0;
mkdirSync(outDir, { recursive: true });
for (const [file, content] of Object.entries(outputs)) {
  const target = resolve(outDir, file);
  let current = null;
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current === content) continue;
  if (check) {
    stale++;
    console.error(
      `stale: ${relative(process.cwd(), target)} differs from what ${relative(process.cwd(), specPath)} generates`,
    );
  } else {
    writeFileSync(target, content);
    console.log(`wrote ${relative(process.cwd(), target)}`);
  }
}
if (check && stale > 0) {
  console.error('Run `pnpm generate` and commit the result.');
  process.exit(1);
}
if (check) console.log('generated files are up to date');
