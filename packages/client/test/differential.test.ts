/**
 * Property-based, against Prism's own request validation: for every operation of the spec (a
 * multipart upload aside: its file part is not JSON), inputs drawn from the operation's flat input
 * schema — valid ones, and ones with one rule broken (a type, an enum, a bound, a format, a required
 * input left out) — go to the client's pre-request check and, as the same HTTP request, to Prism.
 * What one accepts the other must accept; what one refuses, the other must refuse.
 */
import { brokenValues, type Schema, validArbitrary } from '@llamacloud-batch/testing';
import { type OperationMeta, operationModel } from '@llamacloud-batch/types';
import { operationInputSchemas } from '@llamacloud-batch/types/schemas';
import fc from 'fast-check';
import { expect, inject, test } from 'vitest';
import { InvalidParameterError, validateInputs } from '../src/index.js';

// Fewer per operation for a big spec (the real-spec test runs this on 230 operations).
const VALID_PER_OPERATION = Number(process.env.DIFFERENTIAL_VALID_CASES ?? 25);
const SEED = 20_261_204;

interface Case {
  id: string;
  what: string;
  inputs: Record<string, unknown>;
}

function casesFor(id: string, operation: OperationMeta): Case[] {
  const schema = operationInputSchemas[id as keyof typeof operationInputSchemas] as unknown as Schema;
  const valid = fc.sample(validArbitrary(schema), { numRuns: VALID_PER_OPERATION, seed: SEED }) as Record<
    string,
    unknown
  >[];
  const cases: Case[] = valid.map((inputs, index) => ({ id, what: `valid #${index + 1}`, inputs }));
  const base = valid[0] ?? {};
  for (const [name, inner] of Object.entries(schema.properties ?? {})) {
    // A path, query or header value is text on the wire: a number for a string one is "7" there, not a
    // broken type (the client refuses the number anyway, as its types do).
    const inText = operation.parameters.some((parameter) => parameter.name === name);
    const allowsString = JSON.stringify(inner).includes('"string"');
    for (const { rule, value } of brokenValues(inner)) {
      if (inText && allowsString && rule === 'type') continue;
      cases.push({
        id,
        what: `${name}: ${rule} broken (${JSON.stringify(value)})`,
        inputs: { ...base, [name]: value },
      });
    }
  }
  for (const name of schema.required ?? []) {
    if ((operation.pathParams ?? []).includes(name)) continue; // a missing path segment is another URL
    const { [name]: _left, ...rest } = base;
    cases.push({ id, what: `${name}: required, left out`, inputs: rest });
  }
  return cases;
}

/** The client's verdict: does its pre-request check let the call through? */
async function clientAccepts(operation: OperationMeta, inputs: Record<string, unknown>): Promise<boolean> {
  const pathValues = (operation.pathParams ?? []).map((name) => inputs[name]);
  const params = Object.fromEntries(
    Object.entries(inputs).filter(([name]) => !(operation.pathParams ?? []).includes(name)),
  );
  try {
    await validateInputs(operation, pathValues, params);
    return true;
  } catch (error) {
    if (error instanceof InvalidParameterError) return false;
    throw error;
  }
}

/** The same inputs as one HTTP request, written out by hand (not by the client), and Prism's verdict. */
async function prismAccepts(
  url: string,
  operation: OperationMeta,
  inputs: Record<string, unknown>,
): Promise<boolean | 'no verdict'> {
  let path = operation.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = { authorization: 'Bearer llx-differential' };
  const body: Record<string, unknown> = {};
  let whole: unknown;
  for (const [name, value] of Object.entries(inputs)) {
    const parameter = operation.parameters.find((candidate) => candidate.name === name);
    const field = operation.body?.fields.find((candidate) => candidate.name === name);
    if (parameter?.in === 'path') path = path.replace(`{${name}}`, encodeURIComponent(String(value)));
    else if (parameter?.in === 'header') headers[name] = String(value);
    else if (parameter?.in === 'cookie') {
      if (value !== null && value !== undefined) headers.cookie = `${name}=${encodeURIComponent(String(value))}`;
    } else if (parameter) {
      // As openapi-fetch writes a query: null and undefined left out, an array as repeated keys.
      if (value === null || value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value])
        query.append(name, typeof item === 'object' ? JSON.stringify(item) : String(item));
    } else if (field && operation.body?.whole) whole = value;
    else if (field) body[field.wireName ?? name] = value;
  }
  const search = query.size ? `?${query}` : '';
  const sent = operation.body?.whole ? whole : body;
  const response = await fetch(`${url}${path}${search}`, {
    method: operation.method.toUpperCase(),
    headers: operation.body ? { ...headers, 'content-type': 'application/json' } : headers,
    ...(operation.body && sent !== undefined && { body: JSON.stringify(sent) }),
  });
  await response.arrayBuffer();
  if (response.ok) return true;
  if (response.status === 422 || response.status === 400) return false;
  // Prism 5.14 cannot mock an answer without a schema (`image/jpeg: {}`): 500 whatever was sent.
  if (response.status === 500 && operation.response === 'binary') return 'no verdict';
  throw new Error(`Prism answered ${response.status} to ${operation.method.toUpperCase()} ${path}${search}`);
}

test('the client’s pre-request check and Prism’s request validation agree on every generated case', async () => {
  const url = inject('prismUrl');
  const operations = (Object.entries(operationModel) as [string, OperationMeta][]).filter(
    ([, operation]) => operation.body?.mediaType !== 'multipart/form-data',
  );
  const disagreements: string[] = [];
  let count = 0;
  let noVerdict = 0;
  for (const [id, operation] of operations) {
    for (const { what, inputs } of casesFor(id, operation)) {
      count++;
      const [client, prism] = await Promise.all([
        clientAccepts(operation, inputs),
        prismAccepts(url, operation, inputs),
      ]);
      if (prism === 'no verdict') noVerdict++;
      else if (client !== prism) {
        disagreements.push(
          `${id} ${what}: client ${client ? 'accepts' : 'refuses'}, Prism ${prism ? 'accepts' : 'refuses'} — ${JSON.stringify(inputs)}`,
        );
      }
    }
  }
  const skipped = noVerdict ? `, ${noVerdict} without a verdict (Prism 500: a binary answer without a schema)` : '';
  console.log(
    `differential: ${count} cases over ${operations.length} operations, ${disagreements.length} disagreements${skipped}`,
  );
  expect(disagreements).toEqual([]);
}, 120_000);
