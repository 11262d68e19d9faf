/** Client options: arguments first, then LLAMA_CLOUD_* environment variables, then defaults. */
import { makeJob } from '@llamacloud-batch/testing';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  ConfigurationError,
  createLlamaCloudClient,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type FetchLike,
} from '../src/index.js';
import { capturingLogger, pageOf, rejectionOf, serveEachTest } from './helpers.js';

const serve = serveEachTest();
afterEach(() => {
  vi.unstubAllEnvs();
});

function serveOnePage() {
  return serve(() => ({ body: pageOf([makeJob(0)]) }));
}

function constructionError(make: () => unknown): Error {
  try {
    make();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected construction to throw');
}

describe('defaults', () => {
  test('match the official SDK’s documented ones', () => {
    expect(DEFAULT_BASE_URL).toBe('https://api.cloud.llamaindex.ai');
    expect(DEFAULT_TIMEOUT_MS).toBe(60_000);
    expect(DEFAULT_MAX_RETRIES).toBe(2);
  });

  test('baseUrl defaults to production when neither option nor env is set', () => {
    vi.stubEnv('LLAMA_CLOUD_BASE_URL', undefined);
    expect(createLlamaCloudClient({ apiKey: 'k' }).baseUrl).toBe(DEFAULT_BASE_URL);
  });
});

describe('environment', () => {
  test('LLAMA_CLOUD_API_KEY and LLAMA_CLOUD_BASE_URL are used when no option is given', async () => {
    const s = await serveOnePage();
    vi.stubEnv('LLAMA_CLOUD_API_KEY', 'env-key');
    vi.stubEnv('LLAMA_CLOUD_BASE_URL', `${s.url}/`);
    const client = createLlamaCloudClient();
    expect(client.baseUrl).toBe(s.url);
    await client.beta.batch.list();
    expect(s.requests).toHaveLength(1);
    expect(s.requests[0]?.headers.authorization).toBe('Bearer env-key');
    expect(s.requests[0]?.url.pathname).toBe('/api/v1/beta/batch-processing');
  });

  test('options win over the environment', async () => {
    const s = await serveOnePage();
    vi.stubEnv('LLAMA_CLOUD_API_KEY', 'env-key');
    vi.stubEnv('LLAMA_CLOUD_BASE_URL', 'http://127.0.0.1:9');
    await createLlamaCloudClient({ apiKey: 'option-key', baseUrl: s.url }).beta.batch.list();
    expect(s.requests).toHaveLength(1);
    expect(s.requests[0]?.headers.authorization).toBe('Bearer option-key');
  });

  test('LLAMA_CLOUD_LOG=debug turns on debug logs (any case)', async () => {
    const s = await serveOnePage();
    vi.stubEnv('LLAMA_CLOUD_LOG', 'DEBUG');
    const logger = capturingLogger();
    await createLlamaCloudClient({ apiKey: 'k', baseUrl: s.url, logger }).beta.batch.list();
    expect(logger.lines.map((line) => line.level)).toEqual(['debug', 'debug']);
    expect(s.requests).toHaveLength(1);
  });

  test.each([
    ['env unset → warn: no debug/info lines', undefined, undefined, 0],
    ['logLevel option beats LLAMA_CLOUD_LOG', 'debug', 'off', 0],
    ['logLevel debug', undefined, 'debug', 2],
  ] as const)('%s', async (_label, env, logLevel, lines) => {
    const s = await serveOnePage();
    vi.stubEnv('LLAMA_CLOUD_LOG', env);
    const logger = capturingLogger();
    await createLlamaCloudClient({
      apiKey: 'k',
      baseUrl: s.url,
      logger,
      ...(logLevel ? { logLevel } : {}),
    }).beta.batch.list();
    expect(logger.lines).toHaveLength(lines);
    expect(s.requests).toHaveLength(1);
  });
});

describe('bad options fail at construction with ConfigurationError', () => {
  test.each([
    [
      'missing key',
      {},
      { LLAMA_CLOUD_API_KEY: undefined },
      /^Missing API key: pass `apiKey` or set LLAMA_CLOUD_API_KEY/,
    ],
    ['empty key', { apiKey: '' }, { LLAMA_CLOUD_API_KEY: undefined }, /^Missing API key/],
    ['blank env key', {}, { LLAMA_CLOUD_API_KEY: '   ' }, /^Missing API key/],
    [
      'ftp base URL',
      { apiKey: 'k', baseUrl: 'ftp://example.com' },
      {},
      /^Invalid base URL "ftp:\/\/example\.com": only http and https/,
    ],
    [
      'relative base URL',
      { apiKey: 'k', baseUrl: 'api.example.com' },
      {},
      /^Invalid base URL "api\.example\.com": expected an http\(s\) URL/,
    ],
    [
      'bad env base URL',
      { apiKey: 'k' },
      { LLAMA_CLOUD_BASE_URL: 'file:///etc' },
      /^Invalid base URL "file:\/\/\/etc"/,
    ],
    ['timeout 0', { apiKey: 'k', timeout: 0 }, {}, /^Invalid timeout: 0 \(allowed: an integer ≥ 1\)/],
    ['negative maxRetries', { apiKey: 'k', maxRetries: -1 }, {}, /^Invalid maxRetries: -1/],
    ['fractional maxRetries', { apiKey: 'k', maxRetries: 1.5 }, {}, /^Invalid maxRetries: 1\.5/],
    [
      'bad logLevel',
      { apiKey: 'k', logLevel: 'loud' },
      {},
      /^Invalid logLevel: "loud" \(allowed: debug, info, warn, error, off\)/,
    ],
    ['bad LLAMA_CLOUD_LOG', { apiKey: 'k' }, { LLAMA_CLOUD_LOG: 'verbose' }, /^Invalid LLAMA_CLOUD_LOG: "verbose"/],
  ] as [string, object, Record<string, string | undefined>, RegExp][])('%s', (_label, options, env, message) => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    const fetch = vi.fn<FetchLike>();
    const error = constructionError(() => createLlamaCloudClient({ fetch, ...options }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(message);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('bad per-request options fail before any request', () => {
  type Client = ReturnType<typeof createLlamaCloudClient>;
  test.each<[string, (client: Client) => Promise<unknown>, RegExp]>([
    ['timeout -5', (c) => c.beta.batch.list({}, { timeout: -5 }), /^Invalid timeout: -5/],
    ['timeout NaN', (c) => c.beta.batch.list({}, { timeout: Number.NaN }), /^Invalid timeout: NaN/],
    ['maxRetries 1.5', (c) => c.beta.batch.list({}, { maxRetries: 1.5 }), /^Invalid maxRetries: 1\.5/],
    ['maxItems -1', (c) => c.beta.batch.list({}, { maxItems: -1 }).pages().next(), /^Invalid maxItems: -1/],
    [
      'readAhead 0',
      (c) => c.beta.batch.list({}, { readAhead: 0 }).pages().next(),
      /^Invalid readAhead: 0 \(allowed: an integer from 1 to 8\)/,
    ],
    [
      'readAhead 9',
      (c) => c.beta.batch.list({}, { readAhead: 9 })[Symbol.asyncIterator]().next(),
      /^Invalid readAhead: 9/,
    ],
  ])('%s', async (_label, call, message) => {
    const fetch = vi.fn<FetchLike>();
    const client = createLlamaCloudClient({ apiKey: 'k', fetch });
    const error = await Promise.resolve()
      .then(() => call(client))
      .then(
        () => undefined,
        (e: unknown) => e as Error,
      );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error?.message).toMatch(message);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('transport options', () => {
  test('a custom fetch receives every request, with the auth and extra headers', async () => {
    const fetch = vi.fn<FetchLike>(async () => Response.json(pageOf([makeJob(7)])));
    const client = createLlamaCloudClient({
      apiKey: 'k',
      baseUrl: 'https://example.test/',
      fetch,
      headers: { 'X-Trace': 't1', Authorization: 'Bearer ignored' },
    });
    const page = await client.beta.batch.list({ limit: 1 });
    expect(page.items[0]?.id).toBe(makeJob(7).id);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [request, init] = fetch.mock.calls[0] ?? [];
    expect(request?.url).toBe('https://example.test/api/v1/beta/batch-processing?limit=1');
    expect(request?.method).toBe('GET');
    expect(request?.headers.get('authorization')).toBe('Bearer k');
    expect(request?.headers.get('x-trace')).toBe('t1');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  test('a custom fetch that throws is a retried APIConnectionError keeping the cause', async () => {
    const cause = new Error('socket hang up');
    const fetch = vi.fn<FetchLike>(async () => {
      throw cause;
    });
    const client = createLlamaCloudClient({ apiKey: 'k', baseUrl: 'https://example.test', fetch, maxRetries: 1 });
    const { error } = await rejectionOf(client.beta.batch.list());
    expect(error).toMatchObject({
      name: 'APIConnectionError',
      message: expect.stringMatching(
        /^Connection error: socket hang up \(GET https:\/\/example\.test\/api\/v1\/beta\/batch-processing, 2 attempts over \d+ ms\); /,
      ),
    });
    expect((error as Error).cause).toBe(cause);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('construction does not touch fetch; the first request does', async () => {
    const fetch = vi.fn<FetchLike>(async () => Response.json(pageOf([])));
    const client = createLlamaCloudClient({ apiKey: 'k', fetch });
    expect(fetch).not.toHaveBeenCalled();
    await client.beta.batch.list();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('client.raw goes through the same transport (auth, retries)', async () => {
    let calls = 0;
    const fetch = vi.fn<FetchLike>(async () =>
      ++calls === 1
        ? new Response('busy', { status: 503, headers: { 'retry-after-ms': '1' } })
        : Response.json(pageOf([makeJob(1)])),
    );
    const client = createLlamaCloudClient({ apiKey: 'k', baseUrl: 'https://example.test', fetch });
    const { data, response } = await client.raw.GET('/api/v1/beta/batch-processing', {
      params: { query: { limit: 2 } },
    });
    expect(response.status).toBe(200);
    expect(data?.items[0]?.id).toBe(makeJob(1).id);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls[1]?.[0].headers.get('authorization')).toBe('Bearer k');
  });

  test('middleware added to client.raw sees batch.list’s requests as real Requests', async () => {
    const s = await serveOnePage();
    const client = createLlamaCloudClient({ apiKey: 'k', baseUrl: s.url });
    await client.beta.batch.list({ limit: 1 });
    const seen: unknown[] = [];
    client.raw.use({
      onRequest({ request }) {
        seen.push(request);
        const traced = new Request(request);
        traced.headers.set('x-trace', 'mw');
        return traced;
      },
    });
    const page = await client.beta.batch.list({ limit: 1 });
    expect(page.items).toHaveLength(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Request);
    expect(s.requests).toHaveLength(2);
    expect(s.requests[0]?.headers['x-trace']).toBeUndefined();
    expect(s.requests[1]?.headers['x-trace']).toBe('mw');
    expect(s.requests[1]?.headers.authorization).toBe('Bearer k');
  });
});
