/**
 * What a connection error tells: the request it was (origin and path, never the query or headers),
 * what the client tried, what to check; and how Node prints it when nobody catches it.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { inspect, promisify } from 'node:util';
import { freePort } from '@llamacloud-batch/testing';
import { expect, test } from 'vitest';
import { APIConnectionError, CONNECTION_CHECK } from '../src/index.js';
import { API_KEY, LIST_PATH, rejectionOf, testClient } from './helpers.js';

const CHILD = resolve(import.meta.dirname, 'children/uncaught-connection-error.mjs');

async function refused(maxRetries: number) {
  const closed = `http://127.0.0.1:${await freePort()}`;
  const client = testClient(closed, { maxRetries, headers: { 'x-tenant-token': 'hdr-SECRET' } });
  const { error } = await rejectionOf(client.beta.batch.list({ limit: 7 }));
  expect(error).toBeInstanceOf(APIConnectionError);
  return { closed, error: error as APIConnectionError };
}

test('a refused connection names the request without its query or headers, the attempts and what to check', async () => {
  const { closed, error } = await refused(2);
  const url = `${closed}${LIST_PATH}`;
  expect(error.message).toMatch(/^Connection error: ECONNREFUSED \(GET /);
  expect(error.message).toContain(`(GET ${url}, 3 attempts over `);
  expect(error.message).toMatch(/, 3 attempts over \d\.\d s\); /);
  expect(error.message.endsWith(`; ${CONNECTION_CHECK}`)).toBe(true);
  expect(CONNECTION_CHECK).toMatch(/server is running.*baseUrl.*LLAMA_CLOUD_BASE_URL/);
  for (const secret of ['?', 'limit', API_KEY, 'hdr-SECRET']) expect(error.message).not.toContain(secret);
  expect(error.attempted).toEqual({ method: 'GET', url, attempts: 3, elapsedMs: expect.any(Number) });
  // Two backoffs of 0.375–0.5 s and 0.75–1 s.
  expect(error.attempted?.elapsedMs).toBeGreaterThanOrEqual(375 + 750 - 20);
  expect(error.mayHaveTakenEffect).toBe(false);
});

test('a single attempt says so, without a duration', async () => {
  const { closed, error } = await refused(0);
  expect(error.message).toBe(
    `Connection error: ECONNREFUSED (GET ${closed}${LIST_PATH}, 1 attempt); ${CONNECTION_CHECK}`,
  );
});

test('console.log shows the message, the frames and one line per cause; the cause is still the original', async () => {
  const { error } = await refused(0);
  const shown = inspect(error).split('\n');
  expect(shown[0]).toBe(`APIConnectionError: ${error.message}`);
  expect(shown.slice(1, -2).every((line) => /^\s+at /.test(line))).toBe(true);
  expect(shown.slice(-2)).toEqual([
    '  caused by TypeError: fetch failed',
    expect.stringMatching(/^ {2}caused by Error: connect ECONNREFUSED 127\.0\.0\.1:\d+$/),
  ]);
  expect(error.cause).toBeInstanceOf(TypeError);
  expect((error.cause as Error).cause).toMatchObject({ code: 'ECONNREFUSED' });
});

// Before: 32 lines (every cause's stack, errno, syscall, address, port and the error's own fields).
// The frames are Node's (Node 20 folds two into "... 2 lines matching cause stack trace ...", Node 24
// does not), so the bound is on the other lines, and no frame may follow the first cause.
test('uncaught in a script: the message first, one stack, a short cause chain, at most 12 other lines', async () => {
  const closed = `http://127.0.0.1:${await freePort()}`;
  const failure = await promisify(execFile)(process.execPath, [CHILD, closed]).then(
    () => undefined,
    (error: { code: number; stderr: string }) => error,
  );
  expect(failure?.code).toBe(1);
  const lines = (failure?.stderr ?? '').trimEnd().split('\n');
  const first = lines.findIndex((line) => line.startsWith('APIConnectionError: '));
  expect(lines[first]).toBe(
    `APIConnectionError: Connection error: ECONNREFUSED (GET ${closed}${LIST_PATH}, 3 attempts over ${lines[first]?.match(/over (\d\.\d s)/)?.[1]}); ${CONNECTION_CHECK}`,
  );
  expect(lines.filter((line) => line.includes('caused by'))).toHaveLength(2);
  expect(failure?.stderr).not.toMatch(/errno|syscall|mayHaveTakenEffect|attempted/);
  const isFrame = (line: string) => /^\s+(at |\.\.\. \d+ lines? matching)/.test(line);
  const firstCause = lines.findIndex((line) => line.includes('caused by'));
  expect(lines.slice(firstCause).filter(isFrame)).toEqual([]);
  expect(lines.filter((line) => !isFrame(line)).length).toBeLessThanOrEqual(12);
}, 15_000);
