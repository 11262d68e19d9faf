/**
 * `run(argv, io)` in-process, as a program embedding the CLI would call it: LLAMA_CLOUD_* come from
 * `io.env` only. process.env is stubbed with values that would point elsewhere, or break, if read.
 */
import { Writable } from 'node:stream';
import { type FaultServer, makeJob, startFaultServer } from '@llamacloud-batch/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { run } from '../src/main.js';

const page = { items: [makeJob(0), makeJob(1)], next_page_token: null, total_size: null };
let server: FaultServer;

beforeAll(async () => {
  server = await startFaultServer(() => ({ body: page }));
});
afterAll(() => server.close());

beforeEach(() => {
  server.requests.length = 0;
  vi.stubEnv('LLAMA_CLOUD_API_KEY', 'process-env-key');
  vi.stubEnv('LLAMA_CLOUD_BASE_URL', 'http://127.0.0.1:9');
  vi.stubEnv('LLAMA_CLOUD_LOG', 'not-a-level');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

function collector() {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

async function runWith(env: Record<string, string | undefined>, argv = ['beta:batch', 'list']) {
  const stdout = collector();
  const stderr = collector();
  const code = await run(argv, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    env,
    signal: new AbortController().signal,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('run(argv, io) reads LLAMA_CLOUD_* from io.env, never from process.env', () => {
  test('the key and base URL in io.env are the ones used', async () => {
    const result = await runWith({ LLAMA_CLOUD_API_KEY: 'io-env-key', LLAMA_CLOUD_BASE_URL: server.url });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual(page);
    expect(server.requests.map((request) => request.headers.authorization)).toEqual(['Bearer io-env-key']);
  });

  test('flags beat io.env', async () => {
    const result = await runWith({ LLAMA_CLOUD_API_KEY: 'io-env-key', LLAMA_CLOUD_BASE_URL: 'http://127.0.0.1:9' }, [
      'beta:batch',
      'list',
      '--api-key',
      'flag-key',
      '--base-url',
      server.url,
    ]);
    expect(result.code).toBe(0);
    expect(server.requests.map((request) => request.headers.authorization)).toEqual(['Bearer flag-key']);
  });

  test('a key only in process.env is missing: usage error, no request', async () => {
    const result = await runWith({ LLAMA_CLOUD_BASE_URL: server.url });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^llamacloud-prod: Missing API key: pass --api-key <key> or set LLAMA_CLOUD_API_KEY\n$/,
    );
    expect(server.requests).toHaveLength(0);
  });

  test('LLAMA_CLOUD_LOG from io.env turns on debug logs, with the key redacted', async () => {
    const result = await runWith({
      LLAMA_CLOUD_API_KEY: 'io-env-key',
      LLAMA_CLOUD_BASE_URL: server.url,
      LLAMA_CLOUD_LOG: 'debug',
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^\[debug\] → GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/beta\/batch-processing /m);
    expect(result.stderr).toContain('"authorization":"Bearer ***"');
    expect(result.stderr).not.toContain('io-env-key');
  });

  test('a bad LLAMA_CLOUD_LOG in io.env is a usage error naming it', async () => {
    const result = await runWith({
      LLAMA_CLOUD_API_KEY: 'io-env-key',
      LLAMA_CLOUD_BASE_URL: server.url,
      LLAMA_CLOUD_LOG: 'loud',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'llamacloud-prod: Invalid LLAMA_CLOUD_LOG: "loud" (allowed: debug, info, warn, error, off)\n',
    );
    expect(server.requests).toHaveLength(0);
  });
});
