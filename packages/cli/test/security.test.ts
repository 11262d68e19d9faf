/**
 * Keys stay secret: no plain http to a host that is not loopback without --allow-insecure-http,
 * and no key in --debug output, errors or --help, wherever it came from (flag, environment, a
 * proxy URL, the base URL). runCli itself fails any run whose output contains SECRET_KEY.
 */
import { jobsHandler } from '@llamacloud-batch/testing';
import { describe, expect, test } from 'vitest';
import { type CliResult, lines, listArgs, runCli, SECRET_KEY, serve } from './helpers/cli.js';

/** Another distinctive secret, for credentials that are not the API key. */
const PASSWORD = 'pw-cli-test-4Kd8-do-not-print';

function expectNoPassword(result: CliResult): void {
  expect(result.stdout).not.toContain(PASSWORD);
  expect(result.stderr).not.toContain(PASSWORD);
}

describe('plain http to a host that is not loopback', () => {
  test.each([
    ['--base-url', listArgs('http://api.example.test:8080'), {}],
    [
      'LLAMA_CLOUD_BASE_URL',
      ['beta:batch', 'list', '--api-key', SECRET_KEY],
      { LLAMA_CLOUD_BASE_URL: 'http://api.example.test:8080' },
    ],
  ])('is refused from %s: exit 2, naming the host and the flag', async (_label, args, env) => {
    const result = await runCli(args, { env });
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([
      'llamacloud-prod: Plain http to api.example.test:8080 would expose the API key: use https, or pass --allow-insecure-http',
    ]);
    expect(result.stdout).toBe('');
  });

  test('is sent with --allow-insecure-http (0.0.0.0 is not loopback, yet reaches this machine on Linux)', async () => {
    const server = await serve(jobsHandler({ total: 1 }));
    const anyAddress = server.url.replace('127.0.0.1', '0.0.0.0');
    const refused = await runCli(listArgs(anyAddress));
    expect(refused.code).toBe(2);
    expect(server.requests).toEqual([]);
    const sent = await runCli(listArgs(anyAddress, '--allow-insecure-http'));
    expect(sent.code).toBe(0);
    expect(server.requests).toHaveLength(1);
  });

  test('loopback needs no flag', async () => {
    const server = await serve(jobsHandler({ total: 1 }));
    const localhost = server.url.replace('127.0.0.1', 'localhost');
    for (const url of [server.url, localhost]) {
      const result = await runCli(listArgs(url));
      expect(result.code).toBe(0);
    }
  });

  test('--allow-insecure-http is a global flag: it may come after the command, and help lists it', async () => {
    const help = await runCli(['beta:batch', 'list', '--help']);
    expect(help.stdout).toMatch(/--allow-insecure-http\s+Send the API key over plain http/);
    const result = await runCli([...listArgs('http://api.example.test'), '--allow-insecure-http', '--limit', '0']);
    // Past the http check, the invalid --limit is what stops it.
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--limit/);
  });
});

describe('the key never shows', () => {
  test('--debug with the key from the environment, through a failure and a retry', async () => {
    const server = await serve([
      { status: 503, body: { detail: 'down' } },
      { status: 401, body: { detail: 'no' } },
    ]);
    const result = await runCli(['beta:batch', 'list', '--base-url', server.url, '--debug'], {
      env: { LLAMA_CLOUD_API_KEY: SECRET_KEY },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"authorization":"Bearer ***"');
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      `Bearer ${SECRET_KEY}`,
      `Bearer ${SECRET_KEY}`,
    ]);
  });

  test.each([
    ['the key in the environment', ['--help'], { LLAMA_CLOUD_API_KEY: SECRET_KEY }],
    ['the key as a flag', ['--api-key', SECRET_KEY, 'beta:batch', 'list', '--help'], {}],
    [
      'a proxy URL with credentials',
      ['beta:batch', 'list', '--help'],
      { HTTPS_PROXY: `http://u:${PASSWORD}@proxy:8080` },
    ],
    ['a base URL with credentials', ['--base-url', `https://u:${PASSWORD}@api.example.test`, '--help'], {}],
  ])('--help with %s', async (_label, args, env) => {
    const result = await runCli(args, { env });
    expect(result.code).toBe(0);
    expectNoPassword(result);
  });

  test('a base URL with credentials is refused without showing them (fetch would quote the whole URL)', async () => {
    const result = await runCli(listArgs(`https://user:${PASSWORD}@api.example.test`, '--debug'));
    expect(result.code).toBe(2);
    expect(lines(result.stderr)[0]).toBe('llamacloud-prod: Invalid base URL: it has credentials (not shown)');
    expectNoPassword(result);
  });

  test('a mistyped flag carrying the key is not echoed', async () => {
    const result = await runCli(['beta:batch', 'list', `--api-kye=${SECRET_KEY}`]);
    expect(result.code).toBe(2);
  });
});
