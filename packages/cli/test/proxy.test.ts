/**
 * Behind a proxy: HTTP(S)_PROXY and NO_PROXY from the environment, through a real proxy on
 * 127.0.0.1. The proxy's own record (the CONNECTs it saw) says which way each request went.
 */
import { Writable } from 'node:stream';
import { freePort, jobsHandler } from '@llamacloud-batch/testing';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { run } from '../src/main.js';
import { describeRoute, proxySettings, routeFor } from '../src/network/proxy.js';
import { type CliResult, lines, listArgs, runCli, SECRET_KEY, serve } from './helpers/cli.js';
import { startProxy } from './helpers/proxy.js';

const USER = 'proxy-user';
/** Distinctive, so a leak is unmistakable; checked against every output below. */
const PASSWORD = 'proxy-pass-9Xw2-do-not-print';

function expectNoProxyCredentials(result: CliResult): void {
  for (const text of [result.stdout, result.stderr]) {
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(`${USER}:`);
  }
}

/** The `[debug] route to …` lines. */
const LIST_PATH = '/api/v1/beta/batch-processing';
const PROXY_DOWN = 'check that the proxy is running, or list the host in NO_PROXY to go direct';
const SERVER_DOWN = 'check that the server is running and that --base-url (or LLAMA_CLOUD_BASE_URL) is its URL';

/** The error line: `failure`, then the request tried, `attempts` (with how long, past the first), and `advice`. */
function connectionLine(failure: string, request: string, attempts: number, advice: string): RegExp {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tried = attempts === 1 ? '1 attempt' : `${attempts} attempts over (\\d+ ms|\\d+\\.\\d s)`;
  return new RegExp(
    `^${literal(`llamacloud-prod: Connection error: ${failure} (${request}, `)}${tried}${literal(`); ${advice}`)}$`,
  );
}

function routeLines(stderr: string): string[] {
  return lines(stderr).filter((line) => line.startsWith('[debug] route to '));
}

describe('through the proxy', () => {
  test('HTTP_PROXY: the request goes through a CONNECT tunnel, and the page arrives', async () => {
    const server = await serve(jobsHandler({ total: 2 }));
    const proxy = await startProxy();
    const result = await runCli(listArgs(server.url, '--format', 'jsonl'), { env: { HTTP_PROXY: proxy.url } });
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toHaveLength(2);
    expect(proxy.connects.map((connect) => connect.target)).toEqual([new URL(server.url).host]);
    // The key travels inside the tunnel, to the server; the proxy never sees it.
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${SECRET_KEY}`);
    expect(JSON.stringify(proxy.connects)).not.toContain(SECRET_KEY);
    expect(proxy.requests).toEqual([]);
  });

  test('lowercase http_proxy works, and wins over HTTP_PROXY', async () => {
    const server = await serve(jobsHandler({ total: 1 }));
    const proxy = await startProxy();
    const dead = `http://127.0.0.1:${await freePort()}`;
    const result = await runCli(listArgs(server.url, '--max-retries', '0'), {
      env: { http_proxy: proxy.url, HTTP_PROXY: dead },
    });
    expect(result.code).toBe(0);
    expect(proxy.connects).toHaveLength(1);
  });

  test('user:password in the proxy URL authenticates, and never shows, also with --debug and the key from the environment', async () => {
    const server = await serve(jobsHandler({ total: 1 }));
    const proxy = await startProxy({ user: USER, password: PASSWORD });
    const result = await runCli(['beta:batch', 'list', '--base-url', server.url, '--debug'], {
      env: { HTTP_PROXY: proxy.urlWith(USER, PASSWORD), LLAMA_CLOUD_API_KEY: SECRET_KEY },
    });
    expect(result.code).toBe(0);
    expect(proxy.connects).toHaveLength(1);
    expect(proxy.connects[0]?.headers['proxy-authorization']).toMatch(/^Basic /);
    expect(routeLines(result.stderr)).toEqual([
      `[debug] route to ${server.url}: proxy http://***@127.0.0.1:${proxy.port} (HTTP_PROXY)`,
    ]);
    expectNoProxyCredentials(result);
  });
});

describe('NO_PROXY', () => {
  // Each case checks three things agree: the rules (routeFor), what --debug says, and what the proxy saw.
  test.each([
    ['the exact host', () => '127.0.0.1', 'direct'],
    ['host:port', (port: number) => `127.0.0.1:${port}`, 'direct'],
    ['host with another port', (port: number) => `127.0.0.1:${port + 1}`, 'proxy'],
    ['*', () => '*', 'direct'],
    ['* among other entries', () => 'example.com, *', 'direct'],
    ['another host only', () => 'example.com,127.0.0.2', 'proxy'],
  ])('%s', async (_label, noProxy, expected) => {
    const server = await serve(jobsHandler({ total: 1 }));
    const proxy = await startProxy();
    const port = Number(new URL(server.url).port);
    const env = { HTTP_PROXY: proxy.url, NO_PROXY: noProxy(port) };
    const route = routeFor(new URL(server.url), proxySettings(env));
    expect('proxy' in route ? 'proxy' : 'direct').toBe(expected);

    const result = await runCli(listArgs(server.url, '--debug'), { env });
    expect(result.code).toBe(0);
    expect(routeLines(result.stderr)).toEqual([`[debug] ${describeRoute(new URL(server.url), route)}`]);
    expect(proxy.connects).toHaveLength(expected === 'proxy' ? 1 : 0);
    expect(server.requests).toHaveLength(1);
  });

  test('lowercase no_proxy counts too', async () => {
    const server = await serve(jobsHandler({ total: 1 }));
    const proxy = await startProxy();
    const result = await runCli(listArgs(server.url, '--debug'), {
      env: { http_proxy: proxy.url, no_proxy: '127.0.0.1' },
    });
    expect(result.code).toBe(0);
    expect(routeLines(result.stderr)).toEqual([`[debug] route to ${server.url}: direct (no_proxy matches)`]);
    expect(proxy.connects).toEqual([]);
  });
});

test('--debug says "direct" when no proxy is set', async () => {
  const server = await serve(jobsHandler({ total: 1 }));
  const result = await runCli(listArgs(server.url, '--debug'));
  expect(result.code).toBe(0);
  expect(routeLines(result.stderr)).toEqual([`[debug] route to ${server.url}: direct (no proxy set)`]);
});

describe('a proxy that fails: exit 1, one line naming the proxy, no credentials', () => {
  test('it wants other credentials (407): said at once, not retried (a 4xx, from the proxy)', async () => {
    const server = await serve(jobsHandler({ total: 1 }));
    const proxy = await startProxy({ user: USER, password: PASSWORD });
    // Default retries: a 407 is an answer, and other credentials will not appear between attempts.
    const result = await runCli(listArgs(server.url), { env: { HTTP_PROXY: proxy.urlWith(USER, 'wrong-password') } });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      `llamacloud-prod: HTTP 407: proxy http://***@127.0.0.1:${proxy.port} (HTTP_PROXY) refused the request (Proxy Authentication Required): check the user and password in HTTP_PROXY`,
    ]);
    expect(proxy.connects).toHaveLength(1);
    expect(server.requests).toEqual([]);
    expect(result.stderr).not.toContain('wrong-password');
  });

  test('it wants credentials and got none (407), with --debug', async () => {
    const server = await serve(jobsHandler({ total: 1 }));
    const proxy = await startProxy({ user: USER, password: PASSWORD });
    const result = await runCli(listArgs(server.url, '--max-retries', '0', '--debug'), {
      env: { HTTP_PROXY: proxy.url },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `llamacloud-prod: HTTP 407: proxy http://127.0.0.1:${proxy.port} (HTTP_PROXY) refused the request (Proxy Authentication Required)`,
    );
    expect(server.requests).toEqual([]);
  });

  test('it is down: HTTPS_PROXY for an https base URL, with --debug', async () => {
    const port = await freePort();
    const result = await runCli(
      [
        'beta:batch',
        'list',
        '--api-key',
        SECRET_KEY,
        '--base-url',
        'https://api.example.test',
        '--max-retries',
        '0',
        '--debug',
      ],
      { env: { HTTPS_PROXY: `http://${USER}:${PASSWORD}@127.0.0.1:${port}` } },
    );
    expect(result.code).toBe(1);
    const failure = `cannot connect to proxy http://***@127.0.0.1:${port} (HTTPS_PROXY): ECONNREFUSED`;
    const request = `GET https://api.example.test${LIST_PATH}`;
    expect(lines(result.stderr)).toContainEqual(expect.stringMatching(connectionLine(failure, request, 1, PROXY_DOWN)));
    expect(routeLines(result.stderr)).toEqual([
      `[debug] route to https://api.example.test: proxy http://***@127.0.0.1:${port} (HTTPS_PROXY)`,
    ]);
    expectNoProxyCredentials(result);
  });

  test('it is down, without --debug: retried like any connection error, then one line', async () => {
    const server = await serve(jobsHandler({ total: 1 }));
    const port = await freePort();
    const result = await runCli(listArgs(server.url, '--max-retries', '1'), {
      env: { HTTP_PROXY: `${USER}:${PASSWORD}@127.0.0.1:${port}` },
    });
    expect(result.code).toBe(1);
    const failure = `cannot connect to proxy http://***@127.0.0.1:${port} (HTTP_PROXY): ECONNREFUSED`;
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(connectionLine(failure, `GET ${server.url}${LIST_PATH}`, 2, PROXY_DOWN)),
    ]);
    expect(server.requests).toEqual([]);
    expectNoProxyCredentials(result);
  });

  test('it is down: a create went nowhere, so it is retried and not reported as one that may have acted', async () => {
    const port = await freePort();
    const body = JSON.stringify({ job_config: { type: 'parse' }, directory_id: 'dir-1' });
    const result = await runCli(
      [
        'beta:batch',
        'create',
        '--api-key',
        SECRET_KEY,
        '--base-url',
        'https://api.example.test',
        '--body',
        body,
        '--max-retries',
        '1',
        '--debug',
      ],
      { env: { HTTPS_PROXY: `http://127.0.0.1:${port}` } },
    );
    expect(result.code).toBe(1);
    const failure = `cannot connect to proxy http://127.0.0.1:${port} (HTTPS_PROXY): ECONNREFUSED`;
    const request = `POST https://api.example.test${LIST_PATH}`;
    expect(lines(result.stderr)).toContainEqual(expect.stringMatching(connectionLine(failure, request, 2, PROXY_DOWN)));
    expect(result.stderr.match(/\[debug\] → POST /g)).toHaveLength(2);
  });

  test('it cannot reach the server: the tunnel is refused', async () => {
    const proxy = await startProxy();
    const closed = `http://127.0.0.1:${await freePort()}`;
    const result = await runCli(listArgs(closed, '--max-retries', '0'), { env: { HTTP_PROXY: proxy.url } });
    expect(result.code).toBe(1);
    const failure = `proxy http://127.0.0.1:${proxy.port} (HTTP_PROXY) could not open a tunnel to ${new URL(closed).host}: HTTP 500`;
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(connectionLine(failure, `GET ${closed}${LIST_PATH}`, 1, SERVER_DOWN)),
    ]);
    expect(proxy.connects).toHaveLength(1);
  });
});

describe('an unusable proxy variable is a usage error (exit 2) that hides its credentials', () => {
  test.each([
    [
      'socks5',
      `socks5://${USER}:${PASSWORD}@127.0.0.1:1080`,
      'Invalid HTTPS_PROXY: socks5 proxies are not supported (allowed: http, https)',
    ],
    ['not a URL', `http://${USER}:${PASSWORD}@pro xy:8080`, 'Invalid HTTPS_PROXY: http://***@pro xy:8080 is not a URL'],
  ])('%s', async (_label, value, message) => {
    const server = await serve(jobsHandler({ total: 1 }));
    const result = await runCli(listArgs(server.url), { env: { HTTPS_PROXY: value } });
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain(`llamacloud-prod: ${message}`);
    expect(server.requests).toEqual([]);
    expectNoProxyCredentials(result);
  });
});

describe('run(argv, io): proxy variables come from io.env only', () => {
  function sink() {
    let text = '';
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        done();
      },
    });
    return { stream, text: () => text };
  }

  async function runIn(env: Record<string, string>, baseUrl: string) {
    const stdout = sink();
    const stderr = sink();
    const code = await run(['beta:batch', 'list', '--api-key', SECRET_KEY, '--base-url', baseUrl, '--debug'], {
      stdout: stdout.stream,
      stderr: stderr.stream,
      env,
      signal: new AbortController().signal,
    });
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  }

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  test('a proxy in process.env is ignored; the one in io.env is used', async () => {
    const server = await serve(jobsHandler({ total: 1 }));
    const proxy = await startProxy();
    const dead = `http://127.0.0.1:${await freePort()}`;
    for (const name of ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy']) vi.stubEnv(name, dead);
    vi.stubEnv('NO_PROXY', '');

    const direct = await runIn({}, server.url);
    expect(direct.code).toBe(0);
    expect(routeLines(direct.stderr)).toEqual([`[debug] route to ${server.url}: direct (no proxy set)`]);

    const proxied = await runIn({ HTTP_PROXY: proxy.url }, server.url);
    expect(proxied.code).toBe(0);
    expect(proxy.connects).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });
});
