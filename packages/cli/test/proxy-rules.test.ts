/** Which proxy the environment names for a URL: the rules `--debug` reports and undici's agent is configured with. */
import { describe, expect, test } from 'vitest';
import { UsageError } from '../src/errors.js';
import { bypassesProxy, normalizeNoProxy, proxySettings, redactProxyUrl, routeFor } from '../src/network/proxy.js';

describe('bypassesProxy: NO_PROXY matching (exact host, domain and subdomains, host:port, *)', () => {
  test.each([
    // [url, NO_PROXY, bypasses]
    ['https://api.example.com', '', false],
    ['https://api.example.com', '*', true],
    ['https://api.example.com', 'localhost, *', true],
    ['https://api.example.com', 'api.example.com', true],
    ['https://API.Example.COM', 'api.example.com', true],
    ['https://api.example.com', 'API.EXAMPLE.COM', true],
    ['https://api.example.com', 'example.com', true],
    ['https://api.example.com', '.example.com', true],
    ['https://api.example.com', '*.example.com', true],
    ['https://example.com', '.example.com', true],
    ['https://notexample.com', 'example.com', false],
    ['https://example.com.evil.test', 'example.com', false],
    ['https://api.example.com', 'other.test,example.com', true],
    ['https://api.example.com', 'other.test example.com', true],
    ['https://api.example.com', 'api.example.com:443', true],
    ['https://api.example.com', 'api.example.com:8443', false],
    ['https://api.example.com:8443', 'api.example.com:8443', true],
    ['http://api.example.com', 'api.example.com:80', true],
    ['http://api.example.com', 'api.example.com:443', false],
    ['http://127.0.0.1:4010', '127.0.0.1', true],
    ['http://127.0.0.1:4010', '127.0.0.1:4010', true],
    ['http://127.0.0.1:4010', '127.0.0.1:4011', false],
    ['http://127.0.0.1:4010', '127.0.0.2', false],
    ['http://localhost:4010', 'localhost', true],
    ['http://[::1]:4010', '[::1]', true],
    ['http://[::1]:4010', '::1', true],
    ['http://[::1]:4010', '[::1]:4011', false],
  ])('%s with NO_PROXY=%j → %s', (url, noProxy, bypasses) => {
    // The agent gets NO_PROXY normalised too (proxySettings does it), so both see the same entries.
    expect(bypassesProxy(new URL(url), normalizeNoProxy(noProxy))).toBe(bypasses);
  });
});

describe('normalizeNoProxy', () => {
  test.each([
    ['', ''],
    ['a.test, b.test', 'a.test,b.test'],
    ['a.test *', '*'],
    ['::1,fe80::1', '[::1],[fe80::1]'],
    ['[::1]:8080', '[::1]:8080'],
    ['host:8080', 'host:8080'],
  ])('%j → %j', (raw, normalized) => {
    expect(normalizeNoProxy(raw)).toBe(normalized);
  });
});

describe('proxySettings: which variables count', () => {
  test.each([
    ['none set', {}, undefined, undefined],
    ['HTTPS_PROXY', { HTTPS_PROXY: 'http://p:1' }, undefined, 'HTTPS_PROXY'],
    [
      'https_proxy beats HTTPS_PROXY',
      { HTTPS_PROXY: 'http://p:1', https_proxy: 'http://p:2' },
      undefined,
      'https_proxy',
    ],
    ['http_proxy beats HTTP_PROXY', { HTTP_PROXY: 'http://p:1', http_proxy: 'http://p:2' }, 'http_proxy', undefined],
    ['an empty lowercase one is unset', { https_proxy: ' ', HTTPS_PROXY: 'http://p:1' }, undefined, 'HTTPS_PROXY'],
    ['both kinds', { HTTP_PROXY: 'http://p:1', HTTPS_PROXY: 'http://p:2' }, 'HTTP_PROXY', 'HTTPS_PROXY'],
  ])('%s', (_label, env: Record<string, string>, http, https) => {
    const settings = proxySettings(env);
    expect(settings?.http?.variable).toBe(http);
    expect(settings?.https?.variable).toBe(https);
  });

  test('no_proxy beats NO_PROXY, and is normalised', () => {
    const settings = proxySettings({ HTTPS_PROXY: 'http://p:1', NO_PROXY: 'a.test', no_proxy: 'b.test *' });
    expect(settings).toMatchObject({ noProxy: '*', noProxyVariable: 'no_proxy' });
  });

  test('a proxy without a scheme is http, as curl reads it', () => {
    expect(proxySettings({ HTTPS_PROXY: 'proxy.internal:3128' })?.https?.url).toBe('http://proxy.internal:3128');
  });

  test.each([
    [
      'socks5://user:hunter2@proxy:1080',
      'Invalid HTTPS_PROXY: socks5 proxies are not supported (allowed: http, https)',
    ],
    ['http://user:hunter2@pro xy:8080', 'Invalid HTTPS_PROXY: http://***@pro xy:8080 is not a URL'],
  ])('an unusable proxy %s is a usage error that hides its credentials', (value, message) => {
    let error: unknown;
    try {
      proxySettings({ HTTPS_PROXY: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain('hunter2');
  });
});

describe('routeFor', () => {
  const settings = (env: Record<string, string>) => proxySettings(env);
  test.each([
    ['no proxy variable', {}, 'https://api.test', { direct: 'no proxy set' }],
    ['https uses HTTPS_PROXY', { HTTPS_PROXY: 'http://s:1', HTTP_PROXY: 'http://h:1' }, 'https://api.test', 's'],
    ['http uses HTTP_PROXY', { HTTPS_PROXY: 'http://s:1', HTTP_PROXY: 'http://h:1' }, 'http://api.test', 'h'],
    ['https falls back to HTTP_PROXY, as undici does', { HTTP_PROXY: 'http://h:1' }, 'https://api.test', 'h'],
    ['http does not use HTTPS_PROXY', { HTTPS_PROXY: 'http://s:1' }, 'http://api.test', { direct: 'no proxy set' }],
    [
      'NO_PROXY wins',
      { HTTPS_PROXY: 'http://s:1', NO_PROXY: 'api.test' },
      'https://api.test',
      { direct: 'NO_PROXY matches' },
    ],
    [
      'no_proxy is named',
      { HTTPS_PROXY: 'http://s:1', no_proxy: '*' },
      'https://api.test',
      { direct: 'no_proxy matches' },
    ],
  ])('%s', (_label, env, url, expected) => {
    const route = routeFor(new URL(url), settings(env));
    if (typeof expected === 'string') expect('proxy' in route && new URL(route.proxy.url).hostname).toBe(expected);
    else expect(route).toEqual(expected);
  });
});

describe('redactProxyUrl', () => {
  test.each([
    ['http://proxy:8080', 'http://proxy:8080'],
    ['http://user:pass@proxy:8080', 'http://***@proxy:8080'],
    ['http://user@proxy:8080/', 'http://***@proxy:8080'],
    ['https://:pass@proxy', 'https://***@proxy'],
    ['http://user:p%40ss@proxy:8080', 'http://***@proxy:8080'],
    ['not a url user:pass@host', '***@host'],
  ])('%s → %s', (raw, shown) => {
    expect(redactProxyUrl(raw)).toBe(shown);
  });
});
