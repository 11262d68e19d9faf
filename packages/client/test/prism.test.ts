/** The client against Prism mocks of spec/openapi.yaml: examples, random data, 422 and 401. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSchemaValidator, repoRoot } from '@llamacloud-batch/testing';
import { describe, expect, inject, test } from 'vitest';
import { AuthenticationError, type FetchLike, InvalidParameterError, UnprocessableEntityError } from '../src/index.js';
import { LIST_PATH, rejectionOf, testClient } from './helpers.js';

const seedExample: unknown = JSON.parse(
  readFileSync(resolve(repoRoot, 'packages/testing/test/fixtures/seed-example.json'), 'utf8'),
);
const validator = createSchemaValidator();

/** Wraps fetch to count requests (Prism is shared, so its own logs can't be used to count). */
function countingFetch(rewrite: (request: Request) => Request = (r) => r): FetchLike & { calls: Request[] } {
  const calls: Request[] = [];
  const wrapped = (request: Request, init?: RequestInit) => {
    calls.push(request);
    return fetch(rewrite(request), init);
  };
  return Object.assign(wrapped, { calls });
}

describe('static Prism mock', () => {
  const url = inject('prismUrl');

  test('list() returns the spec example, equal as JSON, in one request', async () => {
    const fetch = countingFetch();
    const page = await testClient(url, { fetch }).beta.batch.list();
    expect(page).toStrictEqual(seedExample);
    expect(fetch.calls).toHaveLength(1);
    expect(fetch.calls[0]?.headers.get('authorization')).toBe('Bearer llx-test-key');
  });

  test('sends filters as query parameters and drops nulls', async () => {
    const fetch = countingFetch();
    await testClient(url, { fetch }).beta.batch.list({ status: 'running', job_type: null, limit: 1000, offset: 0 });
    expect(fetch.calls).toHaveLength(1);
    expect(new URL(fetch.calls[0]?.url ?? '').search).toBe('?status=running&limit=1000&offset=0');
  });

  test('a 422 becomes UnprocessableEntityError with the typed `detail` (1 request, not retried)', async () => {
    // The client refuses limit=0 itself, so ask Prism for its 422 example the documented way.
    const fetch = countingFetch();
    const client = testClient(url, { fetch, headers: { Prefer: 'code=422' } });
    const { error } = await rejectionOf(client.beta.batch.list({ limit: 10 }));
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    const e = error as UnprocessableEntityError;
    expect(e.status).toBe(422);
    expect(e.detail).toEqual([
      { loc: ['query', 'limit'], msg: 'Input should be less than or equal to 1000', type: 'less_than_equal' },
    ]);
    expect(validator.validate('HTTPValidationError', e.body)).toEqual([]);
    expect(e.message).toBe('HTTP 422: query.limit: Input should be less than or equal to 1000');
    expect(fetch.calls).toHaveLength(1);
  });

  test('a query Prism would reject with 422 is refused by the client before sending (0 requests)', async () => {
    const fetch = countingFetch();
    const { error } = await rejectionOf(testClient(url, { fetch }).beta.batch.list({ limit: 0 }));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(fetch.calls).toHaveLength(0);
  });

  test('client.raw reaches Prism validation: limit=0 answers 422, untouched by the client', async () => {
    const fetch = countingFetch();
    const { data, error, response } = await testClient(url, { fetch }).raw.GET(LIST_PATH, {
      params: { query: { limit: 0 } },
    });
    expect(response.status).toBe(422);
    expect(data).toBeUndefined();
    expect(validator.validate('HTTPValidationError', error)).toEqual([]);
    expect(fetch.calls).toHaveLength(1);
  });

  test('a missing bearer key: 401 becomes AuthenticationError (1 request, not retried)', async () => {
    const withoutAuth = (request: Request) => {
      const copy = new Request(request);
      copy.headers.delete('authorization');
      return copy;
    };
    const fetch = countingFetch(withoutAuth);
    const { error } = await rejectionOf(testClient(url, { fetch }).beta.batch.list());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).status).toBe(401);
    expect((error as AuthenticationError).message).toBe('HTTP 401: Invalid API key');
    expect(fetch.calls).toHaveLength(1);
  });

  test('client.raw with a wrong Authorization scheme gets a typed 401 body', async () => {
    const fetch = countingFetch();
    const { error, response } = await testClient(url, { fetch }).raw.GET(LIST_PATH, {
      headers: { Authorization: 'Basic nope' },
    });
    expect(response.status).toBe(401);
    expect(error).toEqual({ detail: 'Invalid API key' });
    expect(fetch.calls).toHaveLength(1);
  });
});

describe('dynamic Prism mock', () => {
  const url = inject('prismDynamicUrl');

  test('20 random pages all match the spec schema, one request each', async () => {
    const fetch = countingFetch();
    const client = testClient(url, { fetch });
    const pages = await Promise.all(Array.from({ length: 20 }, () => client.beta.batch.list({ limit: 5 })));
    for (const page of pages) expect(validator.validate('BatchJobQueryResponse', page)).toEqual([]);
    expect(new Set(pages.map((page) => JSON.stringify(page))).size).toBeGreaterThan(1);
    expect(fetch.calls).toHaveLength(20);
  });
});
