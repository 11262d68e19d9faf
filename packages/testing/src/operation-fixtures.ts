/**
 * What tests need per operation that the operation model leaves out: the spec's success response
 * (its schema and example, read from the spec) and the smallest body the spec accepts.
 */
import { readFileSync } from 'node:fs';
import { type OperationKey, operationModel } from '@llamacloud-batch/types';
import { type ComponentSchemaName, operationInputSchemas } from '@llamacloud-batch/types/schemas';
import { parse } from 'yaml';
import { specPath } from './spec.js';

/** An operation's 2xx answer as the spec documents it. */
export interface SuccessResponse {
  status: number;
  /** The component schema the body follows, for `createSchemaValidator().validate`; undefined for an answer without content (204). */
  schema: ComponentSchemaName | undefined;
  /** The spec's example: what Prism's static mock answers. */
  example: unknown;
}

type Example = { value?: unknown; $ref?: string };
type Media = { schema?: { $ref?: string }; example?: unknown; examples?: Record<string, Example> };
type Response = { $ref?: string; content?: Record<string, Media> };
type SpecDocument = {
  paths: Record<string, Record<string, { responses: Record<string, Response> }>>;
  components: { responses?: Record<string, Response>; examples?: Record<string, Example> };
};

let spec: SpecDocument | undefined;
const lastSegment = (ref: string) => ref.split('/').pop() ?? '';

/** The operation's success status, schema and example, from spec/openapi.yaml (the model carries no examples). */
export function successResponse(key: OperationKey): SuccessResponse {
  spec ??= parse(readFileSync(specPath, 'utf8')) as SpecDocument;
  const { path, method } = operationModel[key];
  const responses = spec.paths[path]?.[method]?.responses ?? {};
  const [status, declared] = Object.entries(responses).find(([code]) => /^2\d\d$/.test(code)) ?? [];
  const response = declared?.$ref ? spec.components.responses?.[lastSegment(declared.$ref)] : declared;
  if (status !== undefined && response && !response.content)
    return { status: Number(status), schema: undefined, example: undefined };
  const media = response?.content?.['application/json'];
  if (status === undefined || !media?.schema?.$ref) throw new Error(`${key}: no JSON 2xx response with a $ref schema`);
  return {
    status: Number(status),
    schema: lastSegment(media.schema.$ref) as ComponentSchemaName,
    example: media.example ?? exampleValue(spec, Object.values(media.examples ?? {})[0]),
  };
}

/** A named example's value, following a `$ref` to components.examples. */
function exampleValue(document: SpecDocument, example: Example | undefined): unknown {
  if (example?.$ref) return document.components.examples?.[lastSegment(example.$ref)]?.value;
  return example?.value;
}

/** The parts of a JSON Schema the fixtures read. */
export type JsonSchema = {
  type?: string | readonly string[];
  enum?: readonly unknown[];
  const?: unknown;
  default?: unknown;
  examples?: readonly unknown[];
  format?: string;
  minimum?: number;
  minLength?: number;
  minItems?: number;
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  items?: JsonSchema;
};

/** What a required file part gets: a small text file. */
export const SAMPLE_FILE_TEXT = 'hello from a test\n';

/**
 * The operation's required body fields, each with the smallest value its schema accepts (a file
 * part gets a small File); undefined without a body.
 */
export function minimalBody(key: OperationKey): Record<string, unknown> | undefined {
  const operation = operationModel[key] as {
    body?: { fields: readonly { name: string; required?: boolean; file?: boolean }[] };
  };
  if (!operation.body) return undefined;
  const { properties = {} } = operationInputSchemas[key] as JsonSchema;
  const required = operation.body.fields.filter((field) => field.required);
  return Object.fromEntries(
    required.map((field) => [
      field.name,
      field.file
        ? new File([SAMPLE_FILE_TEXT], 'sample.txt', { type: 'text/plain' })
        : minimalValue(properties[field.name] ?? {}),
    ]),
  );
}

/** The smallest value `schema` accepts: its own example, const, default or first enum value, else the first non-null option, required properties only. */
export function minimalValue(schema: JsonSchema): unknown {
  for (const own of [schema.examples?.[0], schema.const, schema.default, schema.enum?.[0]]) {
    if (own !== undefined) return own;
  }
  const option = (schema.anyOf ?? schema.oneOf)?.find((s) => s.type !== 'null');
  if (option) return minimalValue(option);
  const type = (Array.isArray(schema.type) ? schema.type : [schema.type]).find((t) => t !== 'null');
  if (type === 'object' || schema.properties) {
    return Object.fromEntries(
      (schema.required ?? []).map((name) => [name, minimalValue(schema.properties?.[name] ?? {})]),
    );
  }
  if (type === 'array') return Array.from({ length: schema.minItems ?? 0 }, () => minimalValue(schema.items ?? {}));
  if (type === 'integer' || type === 'number') return schema.minimum ?? 0;
  if (type === 'boolean') return false;
  if (schema.format === 'uuid') return '00000000-0000-0000-0000-000000000000';
  if (schema.format === 'date-time') return '2025-01-01T00:00:00Z';
  return 'fixture'.padEnd(schema.minLength ?? 0, 'x');
}
