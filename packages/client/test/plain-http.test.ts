/** The key never goes out in clear text: plain http only to loopback, unless allowInsecureHttp says otherwise. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ConfigurationError, createLlamaCloudClient, type FetchLike } from '../src/index.js';
import { API_KEY, pageOf } from './helpers.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A fetch that answers an empty page and remembers every URL it was asked for. */
function recordingFetch(): FetchLike & { urls: string[] } {
  const urls: string[] = [];
  const fetch = async (request: Request) => {
    urls.push(request.url);
    return Response.json(pageOf([]));
  };
  return Object.assign(fetch, { urls });
}

function constructionError(make: () => unknown): Error {
  try {
    make();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected construction to throw');
}

describe('an http:// base URL on a host that is not loopback', () => {
  test.each([
    ['a name', 'http://api.example.com', 'api.example.com'],
    ['a name and port', 'http://api.example.com:8080/', 'api.example.com:8080'],
    ['a private IPv4 address', 'http://10.0.0.7', '10.0.0.7'],
    ['0.0.0.0', 'http://0.0.0.0:4010', '0.0.0.0:4010'],
    ['an IPv6 address', 'http://[2001:db8::1]:4010', '[2001:db8::1]:4010'],
    ['a name that only starts like loopback', 'http://127.0.0.1.example.com', '127.0.0.1.example.com'],
    ['localhost as a subdomain', 'http://localhost.example.com', 'localhost.example.com'],
  ])('is refused at construction: %s', (_label, baseUrl, host) => {
    const fetch = recordingFetch();
    const error = constructionError(() => createLlamaCloudClient({ apiKey: API_KEY, baseUrl, fetch }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(
      `Plain http to ${host} would expose the API key: use https, or pass allowInsecureHttp: true`,
    );
    expect(error.message).not.toContain(API_KEY);
    expect(fetch.urls).toEqual([]);
  });

  test('is refused when it comes from LLAMA_CLOUD_BASE_URL too', () => {
    vi.stubEnv('LLAMA_CLOUD_BASE_URL', 'http://api.example.com');
    const error = constructionError(() => createLlamaCloudClient({ apiKey: API_KEY, fetch: recordingFetch() }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/^Plain http to api\.example\.com would expose the API key/);
  });

  test('is used with allowInsecureHttp: true', async () => {
    const fetch = recordingFetch();
    const client = createLlamaCloudClient({
      apiKey: API_KEY,
      baseUrl: 'http://api.example.com',
      allowInsecureHttp: true,
      fetch,
    });
    await client.beta.batch.list();
    expect(fetch.urls).toEqual(['http://api.example.com/api/v1/beta/batch-processing']);
  });
});

describe('loopback and https are allowed without the option', () => {
  test.each([
    'http://localhost:4010',
    'http://LOCALHOST:4010',
    'http://127.0.0.1:4010',
    'http://127.1.2.3',
    'http://127.1',
    'http://[::1]:4010',
    'http://[0:0:0:0:0:0:0:1]:4010',
    'https://api.example.com',
    'https://10.0.0.7:8443',
  ])('%s', async (baseUrl) => {
    const fetch = recordingFetch();
    await createLlamaCloudClient({ apiKey: API_KEY, baseUrl, fetch }).beta.batch.list();
    expect(fetch.urls).toHaveLength(1);
  });
});

describe('credentials in the base URL', () => {
  test.each(['https://user:s3cret-pass@api.example.com', 'http://s3cret-pass@127.0.0.1:4010'])(
    'are refused without being shown: %s',
    (baseUrl) => {
      const fetch = recordingFetch();
      const error = constructionError(() => createLlamaCloudClient({ apiKey: API_KEY, baseUrl, fetch }));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.message).toMatch(/^Invalid base URL: it has credentials \(not shown\)$/);
      expect(error.message).not.toContain('s3cret-pass');
      expect(fetch.urls).toEqual([]);
    },
  );
});
