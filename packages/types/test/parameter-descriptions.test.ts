/**
 * A parameter's own description is the one every surface shows: the help table (operationHelp),
 * the flat input schemas MCP tools publish (no description of a referenced enum left inside) and the
 * docs (spec/plugins/docs.js reads parameters through the same parameterSchema).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error -- plain ESM generator script without declarations
import { parameterSchema } from '../scripts/parameter-metadata.mjs';
import { type OperationKey, operationHelp, operationKeys, operationModel } from '../src/index.js';
import { operationInputSchemas } from '../src/schemas.js';

type Node = { description?: string; anyOf?: Node[]; oneOf?: Node[]; $ref?: string; type?: string };
type Parameter = { name: string; in: string; description?: string; schema?: Node };

const spec = parse(readFileSync(resolve(import.meta.dirname, '../../../spec/openapi.yaml'), 'utf8'));

/** The spec's parameters of an operation, as written (no generated code involved). */
function specParameters(key: OperationKey): Parameter[] {
  const { path, method } = operationModel[key];
  return [...(spec.paths[path].parameters ?? []), ...(spec.paths[path][method].parameters ?? [])];
}

/** Every description in a schema, down through anyOf/oneOf variants. */
function descriptions(node: Node): string[] {
  const variants = [...(node.anyOf ?? []), ...(node.oneOf ?? [])];
  return [...(node.description === undefined ? [] : [node.description]), ...variants.flatMap(descriptions)];
}

const described = operationKeys.flatMap((key) =>
  specParameters(key)
    .filter((parameter) => parameter.description !== undefined)
    .map((parameter) => [`${key} ${parameter.name}`, key, parameter] as const),
);

test('the seed’s two descriptions on the list operation are the spec’s parameter descriptions', () => {
  // The product's docs page (the seed) words job_type and status so; its referenced enums say otherwise.
  const byName = Object.fromEntries(specParameters('beta.batch.list').map((p) => [p.name, p.description]));
  expect(byName.job_type).toBe('Filter by job type (PARSE, EXTRACT, CLASSIFY)');
  expect(byName.status).toBe('Filter by job status (PENDING, RUNNING, COMPLETED, FAILED, CANCELLED)');
  const refs = ['job_type', 'status'].map((name) => {
    const schema = specParameters('beta.batch.list').find((p) => p.name === name)?.schema;
    const ref = schema?.anyOf?.find((variant) => variant.$ref)?.$ref ?? '';
    return spec.components.schemas[ref.split('/').at(-1) ?? ''].description;
  });
  // Otherwise the test below would pass without a referenced description to win over.
  expect(refs.every((text) => typeof text === 'string' && text.length > 0)).toBe(true);
});

describe.each(described)('%s', (_title, key, parameter) => {
  test('help shows the parameter’s own description', () => {
    expect((operationHelp[key].parameters as Record<string, string>)[parameter.name]).toBe(parameter.description);
  });

  test('the input schema (MCP) carries that description and no other', () => {
    const schema = (operationInputSchemas[key].properties as unknown as Record<string, Node>)[parameter.name] ?? {};
    expect(schema.description).toBe(parameter.description);
    expect(new Set(descriptions(schema))).toEqual(new Set([parameter.description]));
  });

  test('parameterSchema (the docs’ decorator) puts it beside every referenced variant', () => {
    const schema: Node = parameterSchema(spec, parameter);
    expect(schema.description).toBe(parameter.description);
    for (const variant of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
      if (variant.$ref) expect(variant.description, variant.$ref).toBe(parameter.description);
    }
  });
});

test('a parameter without a description of its own keeps its schema as written', () => {
  const schema = { $ref: '#/components/schemas/BatchJobType' };
  expect(parameterSchema(spec, { name: 'x', in: 'query', schema })).toBe(schema);
});
