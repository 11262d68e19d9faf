/**
 * Which requests may be sent again. A create (not idempotent in the model) is retried only where the
 * server certainly did not act on it — 429, or a connection that was never made — and never after a
 * 5xx, a timeout or a reset, which may have created the job. Idempotent writes (cancel, retryable by
 * its x-speakeasy-retries) and reads are retried as usual. Operations come from the model.
 */
import { type FaultReply, freePort } from '@llamacloud-batch/testing';
import { describe, expect, test, vi } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  type FetchLike,
  InternalServerError,
  type LlamaCloudError,
} from '../src/index.js';
import { rejectionOf, serveEachTest, testClient } from './helpers.js';
import { callOperation, exampleReply, operationOf, operationsWhere, samplePath } from './operation-calls.js';

const serve = serveEachTest();

const creates = operationsWhere((operation) => operation.idempotent === false);
const idempotentWrites = operationsWhere((operation) => operation.method !== 'get' && operation.idempotent !== false);
const reads = operationsWhere((operation) => operation.method === 'get');

/** A retry after this would come at once, so a wrong retry shows up in the count rather than as a slow test. */
const QUICK = { 'retry-after-ms': '1' };
const MAY_HAVE_TAKEN_EFFECT = /was not retried because it may have taken effect on the server/;

test('the model has creates, idempotent writes and reads to check', () => {
  expect(creates).toEqual(expect.arrayContaining(['beta.batch.create', 'batches.create']));
  expect(idempotentWrites).toContain('beta.batch.cancel');
  expect(reads.length).toBeGreaterThan(0);
});

describe.each(creates)('%s: never re-sent where it may have acted', (key) => {
  const sent = `${operationOf(key).method.toUpperCase()} ${samplePath(key)}`;

  test.each([500, 503])('answered %i: sent exactly once; the error says it may have taken effect', async (status) => {
    const s = await serve([{ status, headers: QUICK, body: { detail: 'Internal Server Error' } }, exampleReply(key)]);
    const { error } = await rejectionOf(callOperation(testClient(s.url), key));
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(status);
    expect((error as InternalServerError).mayHaveTakenEffect).toBe(true);
    expect((error as Error).message).toMatch(MAY_HAVE_TAKEN_EFFECT);
    expect(s.requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([sent]);
  });

  test.each([
    ['times out', { delayMs: 5_000 }, APIConnectionTimeoutError],
    ['is reset after it was sent', { reset: true }, APIConnectionError],
  ] satisfies [string, FaultReply, abstract new (...args: never[]) => APIConnectionError][])(
    '%s: sent exactly once; the error says it may have taken effect',
    async (_label, reply, ErrorClass) => {
      const s = await serve([{ ...exampleReply(key), ...reply }, exampleReply(key)]);
      const { error } = await rejectionOf(callOperation(testClient(s.url), key, undefined, { timeout: 150 }));
      expect(error).toBeInstanceOf(ErrorClass);
      expect((error as APIConnectionError).mayHaveTakenEffect).toBe(true);
      expect((error as Error).message).toMatch(MAY_HAVE_TAKEN_EFFECT);
      expect(s.requests).toHaveLength(1);
    },
  );

  test.each([
    ['429 (turned away before acting)', { status: 429, headers: QUICK, body: { detail: 'Rate limit exceeded' } }],
    ['503 with x-should-retry: true', { status: 503, headers: { ...QUICK, 'x-should-retry': 'true' }, body: {} }],
  ] satisfies [string, FaultReply][])('%s: retried, then created', async (_label, first) => {
    const s = await serve([first, exampleReply(key)]);
    expect(await callOperation(testClient(s.url), key)).toStrictEqual(exampleReply(key).body);
    expect(s.requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([sent, sent]);
  });

  test('connection refused (nothing listening): retried, and the error does not claim it may have acted', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const fetch = vi.fn<FetchLike>((request, init) => globalThis.fetch(request, init));
    const { error } = await rejectionOf(callOperation(testClient(closed, { fetch, maxRetries: 1 }), key));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as LlamaCloudError).message).toMatch(
      new RegExp(
        `^Connection error: ECONNREFUSED \\(${operationOf(key).method.toUpperCase()} http:.*, 2 attempts over `,
      ),
    );
    expect((error as APIConnectionError).mayHaveTakenEffect).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('connection refused under a custom fetch that wraps the error (a proxy layer): the same', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    // What the CLI's proxy layer throws: fetch's shape, with its own message over the platform's error.
    const fetch = vi.fn<FetchLike>(async (request, init) => {
      try {
        return await globalThis.fetch(request, init);
      } catch (error) {
        throw new TypeError('fetch failed', { cause: new Error('cannot connect to proxy', { cause: error }) });
      }
    });
    const { error } = await rejectionOf(callOperation(testClient(closed, { fetch, maxRetries: 1 }), key));
    expect((error as LlamaCloudError).message).toMatch(
      new RegExp(
        `^Connection error: cannot connect to proxy \\(${operationOf(key).method.toUpperCase()} http:.*, 2 attempts `,
      ),
    );
    expect((error as APIConnectionError).mayHaveTakenEffect).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('a cause chain that loops is looked through a few levels, not forever', async () => {
    const looped = new TypeError('fetch failed');
    looped.cause = looped;
    const fetch = vi.fn<FetchLike>(() => Promise.reject(looped));
    const { error } = await rejectionOf(callOperation(testClient('http://127.0.0.1:9', { fetch, maxRetries: 1 }), key));
    expect((error as APIConnectionError).mayHaveTakenEffect).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe.each(idempotentWrites)('%s: idempotent, so retried like a read', (key) => {
  test.each([
    ['503', { status: 503, headers: QUICK, body: { detail: 'Service Unavailable' } }],
    ['a reset', { reset: true }],
  ] satisfies [string, FaultReply][])('%s, then 200: 2 requests, the answer comes back', async (_label, first) => {
    const s = await serve([first, exampleReply(key)]);
    expect(await callOperation(testClient(s.url), key)).toStrictEqual(exampleReply(key).body);
    expect(s.requests).toHaveLength(2);
  });
});

describe('reads: retried after a 503 as before', () => {
  test.each(reads)('%s', async (key) => {
    const s = await serve([{ status: 503, headers: QUICK, body: { detail: 'busy' } }, exampleReply(key)]);
    expect(await callOperation(testClient(s.url), key)).toStrictEqual(exampleReply(key).body);
    expect(s.requests).toHaveLength(2);
  });
});
