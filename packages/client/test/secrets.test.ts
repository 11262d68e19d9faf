/** The API key never leaks: not in errors (message, stack, cause, JSON) and not in debug logs. */
import { inspect } from 'node:util';
import { type FaultReply, makeJob } from '@llamacloud-batch/testing';
import { describe, expect, test } from 'vitest';
import { ConfigurationError, createLlamaCloudClient, LlamaCloudError } from '../src/index.js';
import { capturingLogger, pageOf, rejectionOf, serveEachTest } from './helpers.js';

const SECRET = 'llx-Zq8vR3-DISTINCTIVE-5f0c2a9e7b41';

const serve = serveEachTest();

/** Everything about an error that could end up in a log or a bug report. */
function everythingAbout(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    const e = current as Error & { cause?: unknown };
    parts.push(String(e), String(e.message), String(e.stack), JSON.stringify(e) ?? '');
    parts.push(inspect(e, { showHidden: true, depth: 10 }));
    current = e.cause;
  }
  return parts.join('\n');
}

const ok: FaultReply = { body: pageOf([makeJob(0)]) };

describe.each([
  ['401', [{ status: 401, body: { detail: 'Invalid API key' } }], {}],
  ['500 after retries', [{ status: 500, body: '<html>oops</html>', headers: { 'retry-after-ms': '1' } }], {}],
  ['connection reset', [{ reset: true }], { maxRetries: 0 }],
  ['reset mid-body', [{ ...ok, resetMidBody: true }], { maxRetries: 0 }],
  ['timeout', [{ ...ok, delayMs: 2_000 }], { timeout: 50, maxRetries: 0 }],
  ['truncated JSON', [{ ...ok, truncate: true }], {}],
  ['HTML 200', [{ status: 200, body: '<html>login</html>' }], {}],
  // Servers sometimes echo what they were sent; the client scrubs the key from what it keeps.
  ['401 echoing the key', [{ status: 401, body: { detail: `Invalid API key ${SECRET}` } }], {}],
  ['HTML 200 echoing the key', [{ status: 200, body: `<html>bad token ${SECRET}</html>` }], {}],
  [
    '400 echoing the key in a response header',
    [{ status: 400, headers: { 'x-debug-token': `Bearer ${SECRET}` }, body: { detail: 'bad' } }],
    {},
  ],
] satisfies [string, FaultReply[], object][])('%s', (_label, replies, options) => {
  test('the key is in the request but nowhere in the error or the debug log', async () => {
    const server = await serve(replies);
    const logger = capturingLogger();
    const client = createLlamaCloudClient({
      apiKey: SECRET,
      baseUrl: server.url,
      logger,
      logLevel: 'debug',
      ...options,
    });
    const { error } = await rejectionOf(client.beta.batch.list());
    expect(error).toBeInstanceOf(LlamaCloudError);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(everythingAbout(error)).not.toContain(SECRET);
    expect(logger.lines.length).toBeGreaterThanOrEqual(2);
    expect(logger.text()).not.toContain(SECRET);
    expect(logger.text()).toContain('"authorization":"Bearer ***"');
  });
});

test('a successful call logs redacted request headers at debug', async () => {
  const server = await serve([ok]);
  const logger = capturingLogger();
  const client = createLlamaCloudClient({
    apiKey: SECRET,
    baseUrl: server.url,
    logger,
    logLevel: 'debug',
    headers: { 'X-Api-Key': SECRET, 'X-Trace': 'visible' },
  });
  await client.beta.batch.list();
  expect(server.requests).toHaveLength(1);
  expect(logger.lines.map((line) => line.level)).toEqual(['debug', 'debug']);
  expect(logger.lines[0]?.message).toMatch(/^→ GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/beta\/batch-processing$/);
  expect(logger.lines[0]?.rest).toEqual([
    { attempt: 1, headers: { authorization: 'Bearer ***', 'x-api-key': '***', 'x-trace': 'visible' } },
  ]);
  expect(logger.lines[1]?.message).toMatch(/^← 200 GET .* in \d+ ms$/);
  expect(logger.text()).not.toContain(SECRET);
});

test.each([
  ['a newline inside', `${SECRET}\nx`],
  ['a space inside', `${SECRET} x`],
  ['a non-ASCII character', `${SECRET}€`],
])('a key with %s is refused at construction without quoting it', (_label, apiKey) => {
  let error: unknown;
  try {
    createLlamaCloudClient({ apiKey, baseUrl: 'http://127.0.0.1:9' });
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ConfigurationError);
  expect(everythingAbout(error)).not.toContain(SECRET);
});

test('a key read with its trailing newline (from a file) still works', async () => {
  const server = await serve([ok]);
  await createLlamaCloudClient({ apiKey: `${SECRET}\n`, baseUrl: server.url }).beta.batch.list();
  expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${SECRET}`);
});
