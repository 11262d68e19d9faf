/**
 * Every operation of the model against Prism mocks of spec/openapi.yaml: static examples, random
 * valid data, 401 without a key, and 422 for each bound, enum, format and required field — which the
 * client refuses itself before sending. Operations and cases come from the model, not from lists here.
 */
import {
  createSchemaValidator,
  describeViolation,
  formFromFields,
  minimalBody,
  parseViolations,
  successResponse,
} from '@llamacloud-batch/testing';
import type { OperationKey, SchemaMeta } from '@llamacloud-batch/types';
import { describe, expect, inject, test, vi } from 'vitest';
import { AuthenticationError, type FetchLike, InvalidParameterError } from '../src/index.js';
import { rejectionOf, testClient } from './helpers.js';
import {
  callOperation,
  countingFetch,
  methodOf,
  operationOf,
  operationsWhere,
  samplePath,
  samplePathValues,
} from './operation-calls.js';

const validator = createSchemaValidator();

describe('static Prism mock: every operation answers its spec example', () => {
  const url = inject('prismUrl');

  test.each(operationsWhere())('%s', async (key) => {
    const operation = operationOf(key);
    const fetch = countingFetch();
    const answer = await callOperation(testClient(url, { fetch }), key);
    const { schema, example } = successResponse(key);
    if (schema) expect(validator.validate(schema, answer)).toEqual([]);
    expect(answer).toStrictEqual(example);
    expect(fetch.calls.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
      `${operation.method.toUpperCase()} ${samplePath(key)}`,
    ]);
  });
});

describe('dynamic Prism mock: every operation answers data valid against its schema', () => {
  const url = inject('prismDynamicUrl');

  test.each(operationsWhere())('%s', async (key) => {
    const fetch = countingFetch();
    const answer = await callOperation(testClient(url, { fetch }), key);
    const { schema } = successResponse(key);
    if (schema) expect(validator.validate(schema, answer)).toEqual([]);
    else expect(answer).toBeUndefined();
    expect(fetch.calls).toHaveLength(1);
  });
});

describe('401 without a key', () => {
  const url = inject('prismUrl');

  test.each(operationsWhere())('%s: a raw request without Authorization', async (key) => {
    const response = await sendRaw(url, key, {}, minimalBody(key), { authorization: false });
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(validator.validate('ErrorResponse', body)).toEqual([]);
    expect(body).toEqual({ detail: 'Invalid API key' });
  });

  test.each(operationsWhere())('%s: through the client, AuthenticationError after 1 request', async (key) => {
    const withoutAuth = (request: Request) => {
      const copy = new Request(request);
      copy.headers.delete('authorization');
      return copy;
    };
    const fetch = countingFetch(withoutAuth);
    const { error } = await rejectionOf(callOperation(testClient(url, { fetch }), key));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(fetch.calls).toHaveLength(1);
  });
});

/** One input the spec forbids: a query parameter or body field set to `value`, or a required body field left out. */
interface BadInput {
  key: OperationKey;
  where: 'query' | 'body';
  name: string;
  rule: string;
  /** Left out of the body, instead of given. */
  missing?: boolean;
  value?: unknown;
}

/** Each constraint of `schema` broken once: a value outside the enum, one past each bound, a malformed format. */
function breaking(schema: SchemaMeta): { value: unknown; rule: string }[] {
  const cases: { value: unknown; rule: string }[] = [];
  if (schema.enum) cases.push({ value: 'bogus', rule: 'not in the enum' });
  if (schema.items?.enum) cases.push({ value: ['bogus'], rule: 'an item not in the enum' });
  if (schema.minimum !== undefined) cases.push({ value: schema.minimum - 1, rule: 'minimum - 1' });
  if (schema.maximum !== undefined) cases.push({ value: schema.maximum + 1, rule: 'maximum + 1' });
  if (schema.format) cases.push({ value: `not-a-${schema.format}`, rule: `not a ${schema.format}` });
  return cases;
}

const badInputs: BadInput[] = operationsWhere().flatMap((key) => {
  const { parameters, body } = operationOf(key);
  const query = parameters
    .filter((parameter) => parameter.in === 'query')
    .flatMap((parameter) => breaking(parameter).map((broken) => ({ name: parameter.name, ...broken })));
  const fields = (body?.fields ?? []).flatMap((field) => [
    ...breaking(field).map((broken) => ({ name: field.name, ...broken })),
    ...(field.required ? [{ name: field.name, rule: 'missing', missing: true }] : []),
  ]);
  return [
    ...query.map((input) => ({ key, where: 'query' as const, ...input })),
    ...fields.map((input) => ({ key, where: 'body' as const, ...input })),
  ];
});
/** `[title, input]` rows: `beta.batch.list: query limit maximum + 1`. */
const badInputRows = badInputs.map(
  (input) => [`${input.key}: ${input.where} ${input.name} ${input.rule}`, input] as const,
);

/** The query and body that carry `input`, around the operation's minimal valid body. */
function requestFor(input: BadInput): { query: Record<string, unknown>; body: Record<string, unknown> | undefined } {
  const body = minimalBody(input.key);
  if (input.where === 'query') return { query: { [input.name]: input.value }, body };
  const { [input.name]: _dropped, ...rest } = body ?? {};
  return { query: {}, body: input.missing ? rest : { ...rest, [input.name]: input.value } };
}

describe('request validation: each enum, bound, format and required body field of the model', () => {
  test('the model yields cases of every kind', () => {
    const rules = new Set(badInputs.map((input) => input.rule));
    for (const rule of ['not in the enum', 'an item not in the enum', 'minimum - 1', 'maximum + 1', 'missing']) {
      expect(rules).toContain(rule);
    }
  });

  const url = inject('prismUrl');

  test.each(badInputRows)('%s → Prism answers 422 naming it', async (_title, input) => {
    const { query, body } = requestFor(input);
    const response = await sendRaw(url, input.key, query, body);
    expect(response.status).toBe(422);
    expect(validator.validate('HTTPValidationError', await response.json())).toEqual([]);
    const named = parseViolations(response.headers.get('sl-violations')).map(
      (violation) => describeViolation(violation).split(':')[0] ?? '',
    );
    const field = `request ${input.where} ${input.name}`;
    expect(named.filter((where) => where === field || where.startsWith(`${field}[`))).not.toEqual([]);
  });

  test.each(badInputRows)('%s → InvalidParameterError before sending', async (_title, input) => {
    const fetch = vi.fn<FetchLike>(async () => Response.json(successResponse(input.key).example));
    const client = testClient('http://127.0.0.1:9', { fetch });
    const { query, body } = requestFor(input);
    const call = methodOf(client, input.key)(...samplePathValues(input.key), { ...body, ...query });
    const { error } = await rejectionOf(Promise.resolve(call));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as InvalidParameterError).parameter).toBe(input.name);
    expect((error as Error).message).toContain(input.name);
    expect(fetch).not.toHaveBeenCalled();
  });
});

/** A request straight to the server, past every client-side check. */
function sendRaw(
  baseUrl: string,
  key: OperationKey,
  query: Record<string, unknown>,
  body: Record<string, unknown> | undefined,
  { authorization = true } = {},
): Promise<Response> {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  }
  const headers: Record<string, string> = authorization ? { authorization: 'Bearer llx-test-key' } : {};
  const form = operationOf(key).body?.mediaType === 'multipart/form-data';
  if (body !== undefined && !form) headers['content-type'] = 'application/json';
  return fetch(`${baseUrl}${samplePath(key)}${search.size ? `?${search}` : ''}`, {
    method: operationOf(key).method.toUpperCase(),
    headers,
    ...(body !== undefined && { body: form ? formFromFields(body) : JSON.stringify(body) }),
  });
}
