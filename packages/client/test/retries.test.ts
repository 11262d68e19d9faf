/** Retries, backoff and server retry hints, against the fault-injection server. */
import { type FaultReply, type FaultServer, makeJob } from '@llamacloud-batch/testing';
import { describe, expect, test } from 'vitest';
import {
  APIConnectionError,
  APIError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../src/index.js';
import { capturingLogger, pageOf, rejectionOf, serveEachTest, testClient } from './helpers.js';

const ok: FaultReply = { body: pageOf([makeJob(0)]) };
const fail = (status: number, headers: Record<string, string> = {}): FaultReply => ({
  status,
  headers,
  body: { detail: `status ${status}` },
});

const serve = serveEachTest();

/** Milliseconds between consecutive requests the server received. */
function gaps(s: FaultServer): number[] {
  return s.requests.slice(1).map((request, i) => request.at - (s.requests[i]?.at ?? 0));
}

describe('retried, then successful', () => {
  test.each([
    ['503', fail(503)],
    ['500', fail(500)],
    ['408', fail(408)],
    ['409', fail(409)],
    ['429', fail(429)],
    ['connection reset', { reset: true }],
    ['reset mid-body', { status: 200, body: pageOf([makeJob(1), makeJob(2)]), resetMidBody: true }],
  ] satisfies [string, FaultReply][])('%s then 200: 2 requests, the page comes back', async (_label, first) => {
    const s = await serve([first, ok]);
    const page = await testClient(s.url).beta.batch.list();
    expect(page.items.map((job) => job.id)).toEqual([makeJob(0).id]);
    expect(s.requests).toHaveLength(2);
  });

  test('the retry waits a backoff of 0.375–0.5 s first, and logs it at info', async () => {
    const s = await serve([fail(503), ok]);
    const logger = capturingLogger();
    await testClient(s.url, { logger, logLevel: 'info' }).beta.batch.list();
    expect(s.requests).toHaveLength(2);
    // The scheduled delay is exact; the measured gap only has a floor (a busy machine adds time).
    expect(scheduledDelays(logger)).toEqual([expect.any(Number)]);
    expect(scheduledDelays(logger)[0]).toBeGreaterThanOrEqual(375);
    expect(scheduledDelays(logger)[0]).toBeLessThanOrEqual(500);
    expect(gaps(s)[0]).toBeGreaterThanOrEqual(370);
    expect(logger.lines.map((line) => line.level)).toEqual(['info']);
    expect(logger.lines[0]?.message).toMatch(/^retrying GET .* in \d+ ms after HTTP 503 \(retry 1 of 2\)$/);
  });
});

describe('maxRetries', () => {
  test('default 2 means exactly 3 requests, then the last error (the official SDK makes 5)', async () => {
    const s = await serve([fail(503)]);
    const { error } = await rejectionOf(testClient(s.url).beta.batch.list());
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(503);
    expect(s.requests).toHaveLength(3);
    // 0.5 s then 1 s of backoff, each minus up to 25 % jitter.
    const [first = 0, second = 0] = gaps(s);
    expect(first).toBeGreaterThanOrEqual(370);
    expect(second).toBeGreaterThanOrEqual(745);
  });

  test.each([
    [0, 1],
    [1, 2],
  ])('maxRetries %i on the client: %i requests', async (maxRetries, requests) => {
    const s = await serve([{ reset: true }]);
    const { error } = await rejectionOf(testClient(s.url, { maxRetries }).beta.batch.list());
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(s.requests).toHaveLength(requests);
  });

  test('per-request maxRetries overrides the client’s', async () => {
    const s = await serve([fail(500)]);
    await rejectionOf(testClient(s.url, { maxRetries: 5 }).beta.batch.list({}, { maxRetries: 0 }));
    expect(s.requests).toHaveLength(1);
  });
  test('a NaN per-request maxRetries (e.g. Number(undefined)) is refused before sending, not retried endlessly', async () => {
    const s = await serve([fail(503, { 'retry-after-ms': '1' })]);
    const { error } = await rejectionOf(testClient(s.url).beta.batch.list({}, { maxRetries: Number.NaN }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(s.requests).toHaveLength(0);
  });
});

describe('server retry hints', () => {
  test('Retry-After: 1 waits a second', async () => {
    const s = await serve([fail(429, { 'retry-after': '1' }), ok]);
    const logger = capturingLogger();
    await testClient(s.url, { logger, logLevel: 'info' }).beta.batch.list();
    expect(s.requests).toHaveLength(2);
    expect(scheduledDelays(logger)).toEqual([1000]);
    expect(gaps(s)[0]).toBeGreaterThanOrEqual(980);
  });

  test('retry-after-ms wins over Retry-After', async () => {
    const s = await serve([fail(429, { 'retry-after-ms': '50', 'retry-after': '30' }), ok]);
    const logger = capturingLogger();
    await testClient(s.url, { logger, logLevel: 'info' }).beta.batch.list();
    expect(s.requests).toHaveLength(2);
    expect(scheduledDelays(logger)).toEqual([50]); // the hint, not a backoff (≥ 375 ms)
    expect(gaps(s)[0]).toBeGreaterThanOrEqual(45);
  });

  test('Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 2_000).toUTCString(); // second precision: 1–2 s from now
    const s = await serve([fail(503, { 'retry-after': at }), ok]);
    const logger = capturingLogger();
    await testClient(s.url, { logger, logLevel: 'info' }).beta.batch.list();
    expect(s.requests).toHaveLength(2);
    const [delay = 0] = scheduledDelays(logger);
    expect(delay).toBeGreaterThan(500); // not a backoff: the date was honoured
    expect(delay).toBeLessThanOrEqual(2_000);
    expect(gaps(s)[0]).toBeGreaterThanOrEqual(delay - 20);
  });

  test.each(['60', '61', '3600'])('Retry-After: %s is ignored for our own backoff (no long park)', async (value) => {
    const s = await serve([fail(429, { 'retry-after': value }), ok]);
    const logger = capturingLogger();
    const { ms } = await timed(testClient(s.url, { logger, logLevel: 'info' }).beta.batch.list());
    expect(s.requests).toHaveLength(2);
    const [delay = 0] = scheduledDelays(logger);
    expect(delay).toBeGreaterThanOrEqual(375); // our own first backoff…
    expect(delay).toBeLessThanOrEqual(500);
    expect(ms).toBeLessThan(30_000); // …and nowhere near the minute the server asked for
  });

  test.each([
    ['x-should-retry: true retries a 400', 400, 'true', 2],
    ['x-should-retry: false does not retry a 503', 503, 'false', 1],
    ['x-should-retry: false does not retry a 429', 429, 'false', 1],
  ])('%s', async (_label, status, header, requests) => {
    const s = await serve([fail(status, { 'x-should-retry': header }), ok]);
    const outcome = testClient(s.url).beta.batch.list();
    if (requests === 2) await outcome;
    else expect(await rejectionOf(outcome).then((r) => (r.error as APIError).status)).toBe(status);
    expect(s.requests).toHaveLength(requests);
  });
});

describe('each status maps to its class', () => {
  test.each([
    { status: 400, ErrorClass: BadRequestError, requests: 1 },
    { status: 401, ErrorClass: AuthenticationError, requests: 1 },
    { status: 403, ErrorClass: PermissionDeniedError, requests: 1 },
    { status: 404, ErrorClass: NotFoundError, requests: 1 },
    { status: 418, ErrorClass: APIError, requests: 1 },
    { status: 422, ErrorClass: UnprocessableEntityError, requests: 1 },
    { status: 408, ErrorClass: APIError, requests: 3 },
    { status: 409, ErrorClass: ConflictError, requests: 3 },
    { status: 429, ErrorClass: RateLimitError, requests: 3 },
    { status: 500, ErrorClass: InternalServerError, requests: 3 },
    { status: 502, ErrorClass: InternalServerError, requests: 3 },
    { status: 503, ErrorClass: InternalServerError, requests: 3 },
  ])('$status → $ErrorClass.name after $requests request(s)', async ({ status, ErrorClass, requests }) => {
    const s = await serve([{ ...fail(status), headers: { 'x-request-id': 'req_123', 'retry-after-ms': '1' } }]);
    const { error } = await rejectionOf(testClient(s.url).beta.batch.list());
    expect(error).toBeInstanceOf(APIError);
    const e = error as APIError;
    expect(e.constructor).toBe(ErrorClass);
    expect(e.name).toBe(ErrorClass.name);
    expect(e.status).toBe(status);
    expect(e.requestId).toBe('req_123');
    expect(e.headers.get('x-request-id')).toBe('req_123');
    expect(e.body).toEqual({ detail: `status ${status}` });
    expect(e.message).toBe(`HTTP ${status}: status ${status} (request id req_123)`);
    expect(s.requests).toHaveLength(requests);
  });
});

async function timed<T>(promise: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await promise;
  return { value, ms: performance.now() - started };
}

/** The delays the client scheduled, from its "retrying … in N ms" info lines (exact, unlike wall time). */
function scheduledDelays(logger: ReturnType<typeof capturingLogger>): number[] {
  return logger.lines.flatMap((line) => {
    const match = /^retrying .* in (\d+) ms /.exec(line.message);
    return match ? [Number(match[1])] : [];
  });
}
