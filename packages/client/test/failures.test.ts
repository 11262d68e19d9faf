/** Bodies that are not what the spec promises, slow servers, and callers that give up. */
import { type FaultReply, makeJob, until } from '@llamacloud-batch/testing';
import { describe, expect, test } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  InternalServerError,
  LlamaCloudError,
  MalformedResponseError,
} from '../src/index.js';
import { LIST_PATH, pageOf, rejectionOf, serveEachTest, testClient } from './helpers.js';

const ok: FaultReply = { body: pageOf([makeJob(0)]) };
const HTML = '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>';

const serve = serveEachTest();

describe('bodies that are not the promised JSON', () => {
  test('an HTML 502 page: InternalServerError whose one-line message quotes it, after 3 requests', async () => {
    const s = await serve([{ status: 502, body: HTML, headers: { 'retry-after-ms': '1' } }]);
    const { error } = await rejectionOf(testClient(s.url).beta.batch.list());
    expect(error).toBeInstanceOf(InternalServerError);
    const e = error as InternalServerError;
    expect(e.status).toBe(502);
    expect(e.body).toBe(HTML);
    expect(e.message).toBe(`HTTP 502: ${HTML.replace(/\s+/g, ' ')}`);
    expect(e.message).not.toContain('\n');
    expect(s.requests).toHaveLength(3);
  });

  test('a long HTML error page is cut to a 200-character excerpt', async () => {
    const s = await serve([{ status: 500, body: `<html>${'x'.repeat(5_000)}</html>` }]);
    const { error } = await rejectionOf(testClient(s.url, { maxRetries: 0 }).beta.batch.list());
    expect((error as Error).message).toBe(`HTTP 500: <html>${'x'.repeat(194)}…`);
    expect(s.requests).toHaveLength(1);
  });

  test.each([
    ['an HTML 200 page', { status: 200, body: HTML }, 'body is not valid JSON', '<!DOCTYPE html> <html><head>'],
    ['truncated JSON', { ...ok, truncate: true }, 'body is not valid JSON', '{"items":[{"id":"bjb-'],
    ['JSON without items', { body: { jobs: [] } }, 'expected an object with an `items` array', '{"jobs":[]}'],
    ['a JSON array', { body: [makeJob(0)] }, 'expected an object with an `items` array', '[{"id":"bjb-'],
    ['an empty body', { status: 200, body: '' }, 'body is not valid JSON', ''],
  ] satisfies [string, FaultReply, string, string][])(
    '%s: MalformedResponseError with status and excerpt, not retried',
    async (_label, reply, reason, start) => {
      const s = await serve([reply]);
      const { error } = await rejectionOf(testClient(s.url).beta.batch.list());
      expect(error).toBeInstanceOf(MalformedResponseError);
      expect(error).toBeInstanceOf(LlamaCloudError);
      const e = error as MalformedResponseError;
      expect(e.status).toBe(200);
      expect(e.excerpt.startsWith(start)).toBe(true);
      expect(e.excerpt.length).toBeLessThanOrEqual(201);
      expect(e.message).toContain(`Malformed response (HTTP 200): ${reason}`);
      expect(s.requests).toHaveLength(1);
    },
  );
});

describe('timeouts', () => {
  test('a slow answer times out each attempt: APIConnectionTimeoutError after maxRetries + 1 = 3 attempts', async () => {
    const s = await serve([{ ...ok, delayMs: 20_000 }]);
    const { error, ms } = await rejectionOf(testClient(s.url, { timeout: 150 }).beta.batch.list());
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Request timed out after 150 ms \\(GET ${s.url}${LIST_PATH}, 3 attempts over \\d\\.\\d s\\); check that`,
      ),
    );
    expect(s.requests).toHaveLength(3);
    // 3 × 150 ms of attempts plus 0.375–0.5 s and 0.75–1 s of backoff.
    expect(ms).toBeGreaterThanOrEqual(3 * 150 + 375 + 750 - 20);
    expect(ms).toBeLessThan(15_000); // well short of the server's 20 s
  });

  test('a slow first attempt, then a fast one: the retry succeeds', async () => {
    const s = await serve([{ ...ok, delayMs: 2_000 }, ok]);
    const page = await testClient(s.url, { timeout: 150 }).beta.batch.list();
    expect(page.items).toHaveLength(1);
    expect(s.requests).toHaveLength(2);
  });

  test('the per-request timeout overrides the client’s', async () => {
    const s = await serve([{ ...ok, delayMs: 400 }]);
    const client = testClient(s.url, { timeout: 100, maxRetries: 0 });
    await expect(client.beta.batch.list()).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    await expect(client.beta.batch.list({}, { timeout: 2_000 })).resolves.toMatchObject({
      items: [{ id: makeJob(0).id }],
    });
    expect(s.requests).toHaveLength(2);
  });

  test('a huge timeout (≥ 2^31 ms, past what timers hold) does not fire at once', async () => {
    const s = await serve([{ ...ok, delayMs: 50 }]);
    const page = await testClient(s.url, { timeout: Number.MAX_SAFE_INTEGER, maxRetries: 0 }).beta.batch.list();
    expect(page.items).toHaveLength(1);
    expect(s.requests).toHaveLength(1);
  });

  test('the timeout covers the body too: headers sent at once, then the body stalls', async () => {
    const s = await serve([{ ...ok, stallMidBody: true }]);
    const { error } = await rejectionOf(testClient(s.url, { timeout: 150, maxRetries: 0 }).beta.batch.list());
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(s.requests).toHaveLength(1);
    await until(() => s.requests[0]?.aborted === true);
  });
});

describe('abort', () => {
  test('mid-request: APIUserAbortError at once, no retry', async () => {
    const s = await serve([{ ...ok, delayMs: 20_000 }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { error, ms } = await rejectionOf(testClient(s.url).beta.batch.list({}, { signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as Error).message).toBe('Request was aborted');
    expect(ms).toBeLessThan(10_000); // not the server's 20 s
    await until(() => s.requests[0]?.aborted === true); // the connection was really dropped
    expect(s.requests).toHaveLength(1);
  });

  test('mid-backoff: APIUserAbortError at once, the retry is never sent', async () => {
    const s = await serve([{ status: 503, body: {}, headers: { 'retry-after': '30' } }, ok]);
    const controller = new AbortController();
    const pending = rejectionOf(testClient(s.url).beta.batch.list({}, { signal: controller.signal }));
    await until(() => s.requests.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const abortedAt = performance.now();
    controller.abort();
    const { error } = await pending;
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(performance.now() - abortedAt).toBeLessThan(10_000); // not the 30 s the server asked for
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(s.requests).toHaveLength(1);
  });

  test('client.raw honours the signal given to openapi-fetch', async () => {
    const s = await serve([{ ...ok, delayMs: 5_000 }]);
    const { error, ms } = await rejectionOf(
      testClient(s.url).raw.GET('/api/v1/beta/batch-processing', { signal: AbortSignal.timeout(100) }),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(ms).toBeLessThan(1_000);
    await until(() => s.requests[0]?.aborted === true);
    expect(s.requests).toHaveLength(1);
  });

  test('an already-aborted signal sends nothing', async () => {
    const s = await serve([ok]);
    const { error } = await rejectionOf(testClient(s.url).beta.batch.list({}, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(s.requests).toHaveLength(0);
  });
});
