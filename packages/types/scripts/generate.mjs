// @ts-check
/**
 * Regenerates everything in src/generated/ from spec/openapi.yaml:
 *   openapi.ts     types (openapi-typescript) and runtime arrays of every enum's values
 *   operations.ts  per-operation parameter metadata (see parameter-metadata.mjs)
 *   schemas.ts     the spec's component schemas as JSON Schema, for response validators
 *   samples.ts     a CLI, TypeScript and curl sample per operation (see code-samples.mjs)
 * `--check` writes nothing and exits 1 when a committed file differs from what the spec gives.
 * Env LLAMACLOUD_SPEC reads another spec, LLAMACLOUD_GENERATED_DIR writes elsewhere (tests, `pnpm dev` benches).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { codeSamples, SAMPLE_FILE } from './code-samples.mjs';
import {
  CLI_RESERVED_FLAGS,
  isFileNode,
  operationModel,
  operationParameters,
  requestBodySchema,
  successSchema,
} from './operation-model.mjs';
import { parameterSchema, resolveRef, schemaMetadata } from './parameter-metadata.mjs';
import { withSpecOrExit } from './read-spec.mjs';
import { rowNames } from './row-names.mjs';
import { writeGenerated } from './write-generated.mjs';

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

/** A file (`format: binary`, or `contentMediaType` without an encoding) is a `Blob` (a `File` is one), not a string. */
const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));

async function generateTypes(specText) {
  const ast = await openapiTS(specText, {
    enumValues: true,
    // Fields with a `default` stay optional in responses: the server may omit them.
    defaultNonNullable: false,
    // Wherever such a schema is (a multipart body usually $refs a component); JSON bodies cannot have one.
    transform(schemaObject) {
      return isFileNode(schemaObject) ? BLOB : undefined;
    },
  });
  return HEADER + astToString(ast);
}

const FALSE_BY_DEFAULT = new Set(['required', 'nullable']);

function generateOperations(document, model) {
  // Constraints, help text and table views are separate objects, so a client bundle carries no help text.
  const constraints = {};
  const help = {};
  const tables = {};
  const hints = {};
  for (const [
    id,
    { summary, description, deprecated, parameters, body, operationId, hints: agentHints, ...operation },
  ] of Object.entries(model)) {
    hints[id] = agentHints;
    // `false` is what an absent `required`/`nullable` means; leaving them out keeps client bundles small.
    const strip = ({ description: _d, deprecated: _old, ...rest }) =>
      Object.fromEntries(
        Object.entries(rest).filter(([key, value]) => !(value === false && FALSE_BY_DEFAULT.has(key))),
      );
    constraints[id] = {
      ...operation,
      parameters: parameters.map(strip),
      ...(body ? { body: { ...body, fields: body.fields.map(strip) } } : {}),
    };
    // A deprecated parameter says so first, wherever its description shows (CLI help, the manual).
    const text = (p) => (p.deprecated ? `Deprecated. ${p.description ?? ''}`.trim() : p.description);
    const described = (entries) =>
      Object.fromEntries(entries.flatMap((p) => (text(p) === undefined ? [] : [[p.name, text(p)]])));
    help[id] = {
      operationId,
      ...(deprecated ? { deprecated } : {}),
      ...(summary === undefined ? {} : { summary }),
      ...(description === undefined ? {} : { description }),
      parameters: described(parameters),
      body: described(body?.fields ?? []),
    };
    const columns = tableColumns(document, id, model[id]);
    if (columns) tables[id] = columns;
  }
  const json = (value) => JSON.stringify(value, null, 2);
  const names = rowNames(Object.keys(constraints));
  const rows = `${HEADER}
/*
 * One constant per operation of the model (the same objects as \`operationModel\`'s values), so that
 * a bundle which imports a few of them (\`@llamacloud-batch/client/beta/batch\`) carries only those.
 */
${Object.entries(constraints)
  .map(([id, row]) => `/** \`${id}\` */\nexport const ${names[id]} = ${json(row)} as const;\n`)
  .join('\n')}`;
  const operations = `${HEADER}
import * as rows from './rows.js';

/** Every operation in the spec, keyed by its SDK path (\`<x-speakeasy-group>.<x-speakeasy-name-override>\`). */
export const operationModel = {
${Object.keys(constraints)
  .map((id) => `  ${JSON.stringify(id)}: rows.${names[id]},`)
  .join('\n')}
} as const;

/** The spec's words per operation: operationId (the docs' anchor), summary, description, each parameter's and body field's description. */
export const operationHelp = ${json(help)} as const;

/**
 * What an operation does to the server, for agents (MCP tool annotations) and confirmations: from
 * the method and Speakeasy's \`x-speakeasy-mcp\` hints.
 */
export const operationHints = ${json(hints)} as const;

/** Table columns for paginated operations' items (the item schema's \`x-llamacloud-table\`, else its required scalar fields). */
export const operationTables = ${json(tables)} as const;

export type OperationKey = keyof typeof operationModel;
export const operationKeys = ${JSON.stringify(Object.keys(model))} as const satisfies readonly OperationKey[];

/** The operations of each SDK group (the group's own, not its subgroups'): what a program that uses one group looks up. */
export const operationGroups = ${JSON.stringify(groupsOf(model), null, 2)} as const satisfies Readonly<Record<string, readonly OperationKey[]>>;

/**
 * The flags the CLI gives every command: an input whose flag would be one of them has its own
 * \`flag\` in the model (\`--query-version\`). The CLI takes its list of reserved flags from here.
 */
export const cliReservedFlags = ${JSON.stringify(CLI_RESERVED_FLAGS)} as const;
`;
  return { 'operations.ts': operations, 'rows.ts': rows };
}

/** Group → the keys of its operations, in the model's order. */
function groupsOf(model) {
  /** @type {Record<string, string[]>} */
  const groups = {};
  for (const [key, operation] of Object.entries(model)) {
    const group = operation.group ?? '';
    groups[group] = [...(groups[group] ?? []), key];
  }
  return groups;
}

/** Columns of the table view of a paginated operation's items. */
function tableColumns(document, id, operation) {
  if (!operation.pagination) return undefined;
  const success = successSchema(document, lookupOperation(document, operation));
  const page = resolveRef(document, success?.schema ?? {});
  const item = resolveRef(document, page.properties?.[operation.pagination.results]?.items ?? {});
  const properties = item.properties ?? {};
  const scalar = (name) => {
    try {
      const meta = schemaMetadata(document, properties[name]);
      return meta.type !== 'object' && meta.type !== 'array';
    } catch {
      return false;
    }
  };
  const chosen = item['x-llamacloud-table'] ?? (item.required ?? []).filter(scalar);
  return chosen.map((name) => {
    if (!(name in properties)) throw new Error(`${id}: x-llamacloud-table names ${name}, which the item schema lacks`);
    const meta = schemaMetadata(document, properties[name]);
    return { name, ...(meta.enum ? { enum: meta.enum } : {}), ...(meta.format ? { format: meta.format } : {}) };
  });
}

function lookupOperation(document, { path, method }) {
  return resolveRef(document, document.paths[path])[method];
}

/**
 * One flat JSON Schema per operation for tools that take all inputs in one object (the MCP server):
 * path, query, header and cookie parameters under their spec names, then the body's inputs as the
 * model names them (`body_<name>` for a field named like a parameter, `body` for a whole body),
 * $refs inlined — a recursive schema's cycle goes through `$defs`.
 */
function generateInputSchemas(document, model) {
  const out = {};
  for (const [id, operation] of Object.entries(model)) {
    const pathItem = resolveRef(document, document.paths[operation.path]);
    const raw = pathItem[operation.method];
    const flat = flattener(document);
    const properties = {};
    const required = [];
    for (const parameter of operationParameters(document, pathItem, raw)) {
      // The parameter's own description is the schema's only one (not a referenced enum's).
      properties[parameter.name] = flat(parameterSchema(document, parameter));
      if (parameter.required === true) required.push(parameter.name);
    }
    const bodySchema = requestBodySchema(document, raw, id);
    const body = bodySchema && resolveRef(document, bodySchema);
    for (const field of operation.body?.fields ?? []) {
      const schema = operation.body.whole ? bodySchema : body.properties[field.wireName ?? field.name];
      properties[field.name] = flat(schema);
      if (field.required) required.push(field.name);
    }
    out[id] = {
      type: 'object',
      properties,
      ...(required.length ? { required } : {}),
      additionalProperties: false,
      ...(Object.keys(flat.defs).length ? { $defs: flat.defs } : {}),
    };
  }
  return out;
}

/**
 * A function giving a schema with every local $ref replaced by what it points at (siblings of a $ref
 * win); a $ref met again inside its own expansion (a recursive schema) points into `defs` instead.
 */
function flattener(document) {
  /** @type {Record<string, unknown>} */
  const defs = {};
  const names = new Map();
  const defName = (ref) => {
    if (!names.has(ref)) {
      const base = ref.split('/').pop() ?? 'def';
      let name = base;
      for (let n = 2; [...names.values()].includes(name); n++) name = `${base}${n}`;
      names.set(ref, name);
    }
    return names.get(ref);
  };
  const inline = (schema, stack) => {
    if (Array.isArray(schema)) return schema.map((item) => inline(item, stack));
    if (typeof schema !== 'object' || schema === null) return schema;
    if (typeof schema.$ref === 'string') {
      const { $ref, ...siblings } = schema;
      if (stack.includes($ref)) {
        const name = defName($ref);
        if (!(name in defs)) {
          defs[name] = {};
          defs[name] = inline(resolveRef(document, { $ref }), [$ref]);
        }
        return { $ref: `#/$defs/${name}`, ...inline(siblings, stack) };
      }
      return inline({ ...resolveRef(document, { $ref }), ...siblings }, [...stack, $ref]);
    }
    return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, inline(value, stack)]));
  };
  const flat = (schema) => inline(schema, []);
  flat.defs = defs;
  return flat;
}

function generateSchemas(document, model) {
  const schemas = document.components?.schemas ?? {};
  return `${HEADER}
/** The spec's component schemas (JSON Schema 2020-12), for validators that check responses. */
export const componentSchemas = ${JSON.stringify(schemas, null, 2)} as const;

/** Every name under components.schemas. */
export type ComponentSchemaName = keyof typeof componentSchemas;

/** Each operation's inputs (path, query, header, body) as one flat JSON Schema object, $refs inlined. */
export const operationInputSchemas = ${JSON.stringify(generateInputSchemas(document, model), null, 2)} as const;
`;
}

function generateSamples(document, model) {
  return `${HEADER}
/**
 * A CLI, a TypeScript and a curl sample per operation, from the operation model and the spec's
 * examples (packages/types/scripts/code-samples.mjs): the docs' x-codeSamples, the CLI's Examples.
 */
export const operationSamples = ${JSON.stringify(codeSamples(document, model), null, 2)} as const;

/** The file an upload's samples name, in the folder they run in. */
export const SAMPLE_FILE = ${JSON.stringify(SAMPLE_FILE)};
`;
}

await withSpecOrExit(specPath, 'generate', async ({ text: specText, document }) => {
  // One reading of the operations serves every output.
  const model = operationModel(document);
  const outputs = {
    'openapi.ts': await generateTypes(specText),
    ...generateOperations(document, model),
    'schemas.ts': generateSchemas(document, model),
    'samples.ts': generateSamples(document, model),
  };
  writeGenerated(outputs, { dir: outDir, check, source: specPath, what: 'generated files' });
});
