/**
 * Against the fault server, which counts requests: walking pages with max_items, bad input that
 * sends nothing, a refused key, a missing key — and the key never appearing anywhere.
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  type FaultHandler,
  type FaultServer,
  formOf,
  freePort,
  jobsHandler,
  startFaultServer,
} from '@llamacloud-batch/testing';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { BIN, type RunningMcp, SECRET_KEY, startMcp, textOf } from './helpers/mcp.js';

let server: FaultServer;
let handler: FaultHandler;
let mcp: RunningMcp;

beforeAll(async () => {
  server = await startFaultServer((request, index) => handler(request, index));
  mcp = await startMcp({
    env: { LLAMA_CLOUD_API_KEY: SECRET_KEY, LLAMA_CLOUD_BASE_URL: server.url, LLAMA_CLOUD_LOG: 'debug' },
  });
});
afterAll(async () => {
  await mcp.close();
  await server.close();
});
afterEach(() => {
  server.requests.length = 0;
});

const queries = () => server.requests.map((request) => Object.fromEntries(request.url.searchParams));

describe('walking pages with max_items', () => {
  test('stops at max_items and says where to go on; pages as large as the spec allows', async () => {
    handler = jobsHandler({ total: 2500 });
    const result = await mcp.call('beta_batch_list', { max_items: 1500 });
    expect(result.isError).toBeFalsy();
    const walk = result.structuredContent as { items: { id: string }[]; pages: number; stopped: string; next: unknown };
    expect(walk.items).toHaveLength(1500);
    expect(new Set(walk.items.map((item) => item.id)).size).toBe(1500);
    expect(walk).toMatchObject({ pages: 2, stopped: 'max_items', next: { offset: 1500 } });
    expect(queries()).toEqual([
      { limit: '1000', offset: '0' },
      { limit: '500', offset: '1000' },
    ]);
    expect(result.content[0]).toEqual({
      type: 'text',
      text: '1500 items from 2 pages; stopped at max_items=1500; to go on, call again with offset=1500',
    });
  });

  test('reaches the end of the list (no total_size) and says so', async () => {
    handler = jobsHandler({ total: 230 });
    const result = await mcp.call('beta_batch_list', { max_items: 10_000, limit: 100, status: 'running' });
    const walk = result.structuredContent as { items: unknown[]; pages: number; next: unknown; stopped: string };
    expect(walk.items).toHaveLength(230);
    expect(walk).toMatchObject({ pages: 3, stopped: 'end', next: null });
    expect(queries().map((query) => [query.offset, query.limit, query.status])).toEqual([
      ['0', '100', 'running'],
      ['100', '100', 'running'],
      ['200', '100', 'running'],
    ]);
  });

  test('continues from an offset', async () => {
    handler = jobsHandler({ total: 100 });
    const result = await mcp.call('beta_batch_list', { max_items: 30, offset: 60 });
    expect(result.structuredContent).toMatchObject({ next: { offset: 90 }, pages: 1 });
    expect((result.structuredContent as { items: { id: string }[] }).items[0]?.id).toMatch(/0{8}3c$/);
  });

  test('without max_items: one request, the page as the API sent it', async () => {
    handler = jobsHandler({ total: 500 });
    const result = await mcp.call('beta_batch_list', {});
    expect(server.requests).toHaveLength(1);
    expect((result.structuredContent as { items: unknown[] }).items).toHaveLength(50);
    expect(result.content[0]).toMatchObject({
      text: '50 items on this page; more may follow: call again with offset=50, or pass max_items to walk pages',
    });
  });
});

describe('bad input: an isError result with the client message, and nothing sent', () => {
  test.each([
    [
      { status: 'runing' },
      /^Invalid status: "runing" \(allowed: one of pending, running, dispatched, completed, failed, cancelled or null\)$/,
    ],
    [{ limit: 5000 }, /^Invalid limit: 5000 \(allowed: an integer from 1 to 1000\)/],
    [{ max_items: 0 }, /^Invalid max_items: 0 \(allowed: an integer from 1 to 10000\)/],
    [{ max_items: 20_000 }, /^Invalid max_items: 20000/],
    [
      { stauts: 'running' },
      /^Unknown argument "stauts" \(did you mean "status"\?\); allowed: directory_id, job_type, status/,
    ],
  ])('%o', async (args, message) => {
    handler = jobsHandler({ total: 10 });
    const result = await mcp.call('beta_batch_list', args);
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(message);
    expect(result.structuredContent).toBeUndefined();
    expect(server.requests).toHaveLength(0);
  });
});

describe('API errors', () => {
  test('a refused key: isError naming 401 and the server detail, with the key masked even when echoed', async () => {
    handler = (request) => ({
      status: 401,
      body: { detail: `Invalid API key: ${request.headers.authorization}` },
    });
    const result = await mcp.call('beta_batch_get_status', { job_id: 'bjb-1' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/^HTTP 401: Invalid API key: Bearer \*\*\*/);
    expect(textOf(result)).toContain('LLAMA_CLOUD_API_KEY was refused');
    expect(JSON.stringify(result)).not.toContain(SECRET_KEY);
    expect(server.requests).toHaveLength(1); // a 401 is not retried
  });

  test('a 404 names the status and detail', async () => {
    handler = () => ({ status: 404, body: { detail: 'Batch job not found' } });
    const result = await mcp.call('beta_batch_get_status', { job_id: 'bjb-missing' });
    expect(result).toMatchObject({ isError: true, content: [{ type: 'text', text: 'HTTP 404: Batch job not found' }] });
  });

  test('debug logs went to stderr, never with the key', () => {
    expect(mcp.stderr()).toContain('[llamacloud-mcp debug]');
    expect(mcp.stderr()).not.toContain(SECRET_KEY);
  });
});

test('without LLAMA_CLOUD_API_KEY: tools are listed, a call is an isError result saying what to set', async () => {
  const keyless = await startMcp({ env: { LLAMA_CLOUD_BASE_URL: server.url } });
  try {
    expect((await keyless.client.listTools()).tools.length).toBeGreaterThan(0);
    const result = await keyless.call('beta_batch_list', {});
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/^Missing API key: set LLAMA_CLOUD_API_KEY/);
    expect(keyless.stderr()).toContain('LLAMA_CLOUD_API_KEY is not set');
  } finally {
    await keyless.close();
  }
  expect(server.requests).toHaveLength(0);
});

test('nothing listening at LLAMA_CLOUD_BASE_URL: the result names the request and what to check on the server', async () => {
  const closed = `http://127.0.0.1:${await freePort()}`;
  const unreachable = await startMcp({ env: { LLAMA_CLOUD_API_KEY: SECRET_KEY, LLAMA_CLOUD_BASE_URL: closed } });
  try {
    const result = await unreachable.call('beta_batch_list', { limit: 3 });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(
      new RegExp(
        `^Connection error: ECONNREFUSED \\(GET ${closed}/api/v1/beta/batch-processing, 3 attempts over \\d\\.\\d s\\); ` +
          "check that the API is reachable from this server and that the server's LLAMA_CLOUD_BASE_URL is its URL$",
      ),
    );
    expect(JSON.stringify(result)).not.toContain(SECRET_KEY);
  } finally {
    await unreachable.close();
  }
});

describe('with --allow-writes', () => {
  let writer: RunningMcp;
  beforeAll(async () => {
    writer = await startMcp({
      args: ['--allow-writes'],
      env: { LLAMA_CLOUD_API_KEY: SECRET_KEY, LLAMA_CLOUD_BASE_URL: server.url },
    });
  });
  afterAll(() => writer.close());

  test('a header named temporal-namespace in the spec is the argument temporal_namespace, sent as the header', async () => {
    handler = () => ({ body: { id: 'bjb-1', status: 'cancelled', message: 'Batch job cancelled' } });
    const result = await writer.call('beta_batch_cancel', { job_id: 'bjb-1', temporal_namespace: 'ns-eu' });
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers['temporal-namespace']).toBe('ns-eu');
  });

  test("the spec's own spelling is an unknown argument that points to the tool's", async () => {
    const result = await writer.call('beta_batch_cancel', { job_id: 'bjb-1', 'temporal-namespace': 'ns-eu' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/^Unknown argument "temporal-namespace" \(did you mean "temporal_namespace"\?\)/);
    expect(server.requests).toHaveLength(0);
  });

  test('a bad value is named by its argument', async () => {
    const result = await writer.call('beta_batch_cancel', { job_id: 'bjb-1', temporal_namespace: 5 });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toBe('Invalid temporal_namespace: 5 (allowed: a string)');
    expect(server.requests).toHaveLength(0);
  });
});

describe('plain http to a host that is not loopback', () => {
  test('is refused with the flag that allows it, and nothing is sent', async () => {
    const remote = await startMcp({
      env: { LLAMA_CLOUD_API_KEY: SECRET_KEY, LLAMA_CLOUD_BASE_URL: 'http://api.example.test:8080' },
    });
    try {
      const result = await remote.call('beta_batch_list', {});
      expect(result).toMatchObject({
        isError: true,
        content: [
          {
            type: 'text',
            text: 'Plain http to api.example.test:8080 would expose the API key: use https, or start llamacloud-mcp with --allow-insecure-http',
          },
        ],
      });
    } finally {
      await remote.close();
    }
  });

  test('is sent with --allow-insecure-http (0.0.0.0 is not loopback, yet reaches this machine on Linux)', async () => {
    handler = jobsHandler({ total: 3 });
    const anyAddress = server.url.replace('127.0.0.1', '0.0.0.0');
    const remote = await startMcp({
      args: ['--allow-insecure-http'],
      env: { LLAMA_CLOUD_API_KEY: SECRET_KEY, LLAMA_CLOUD_BASE_URL: anyAddress },
    });
    try {
      const result = await remote.call('beta_batch_list', {});
      expect(result.isError, textOf(result)).toBeFalsy();
      expect(server.requests).toHaveLength(1);
    } finally {
      await remote.close();
    }
  });
});

describe('uploads: --allow-writes --allow-files <folder>', () => {
  let folder: string;
  let uploader: RunningMcp;
  const upload = (args: Record<string, unknown>) =>
    uploader.call('beta_directories_files_upload', { directory_id: 'dir-1', ...args });
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'mcp-files-'));
    uploader = await startMcp({
      args: ['--allow-writes', '--allow-files', folder],
      env: { LLAMA_CLOUD_API_KEY: SECRET_KEY, LLAMA_CLOUD_BASE_URL: server.url },
    });
  });
  afterAll(async () => {
    await uploader.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('a file inside the folder is uploaded: the bytes on disk, under its name', async () => {
    handler = () => ({
      body: { id: 'dfl-1', directory_id: 'dir-1', display_name: 'a.txt', project_id: 'p', unique_id: 'a.txt' },
    });
    const bytes = randomBytes(100_000);
    writeFileSync(join(folder, 'a.txt'), bytes);
    const result = await upload({ upload_file: 'a.txt', display_name: 'A' });
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(server.requests).toHaveLength(1);
    const part = (await formOf(server.requests[0])).get('upload_file');
    expect(part).toBeInstanceOf(File);
    expect(
      createHash('sha256')
        .update(new Uint8Array(await (part as File).arrayBuffer()))
        .digest('hex'),
    ).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect((part as File).name).toBe('a.txt');
  });

  test.each([
    ['outside the folder', () => '/etc/hostname', /is outside the folder this server may read/],
    ['escaping with ..', () => '../outside.txt', /no such file|is outside the folder/],
    [
      'a symlink out of the folder',
      () => {
        symlinkSync('/etc/hostname', join(folder, 'link'));
        return 'link';
      },
      /is outside the folder this server may read/,
    ],
    ['missing', () => 'nope.txt', /no such file: nope\.txt/],
    ['the folder itself', () => '.', /is outside the folder|is not a regular file/],
  ])('a path %s is an isError result, and nothing is sent', async (_case, path, message) => {
    const result = await upload({ upload_file: path() });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/^Invalid upload_file: /);
    expect(textOf(result)).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });
});

test('without --allow-files the upload tool is not offered, and calling it says what to start the server with', async () => {
  const writer = await startMcp({
    args: ['--allow-writes'],
    env: { LLAMA_CLOUD_API_KEY: SECRET_KEY, LLAMA_CLOUD_BASE_URL: server.url },
  });
  try {
    const { tools } = await writer.client.listTools();
    expect(tools.map((tool) => tool.name)).not.toContain('beta_directories_files_upload');
    await expect(
      writer.call('beta_directories_files_upload', { directory_id: 'd', upload_file: 'a' }),
    ).rejects.toMatchObject({
      message: expect.stringContaining('start llamacloud-mcp with --allow-writes and --allow-files <folder>'),
    });
  } finally {
    await writer.close();
  }
  expect(server.requests).toHaveLength(0);
});

test('--allow-files needs --allow-writes and a folder: exit 2 saying so', async () => {
  const run = (args: string[]) =>
    promisify(execFile)(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '' } }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
  expect(await run(['--allow-files', tmpdir()])).toMatchObject({
    code: 2,
    stderr: expect.stringContaining('--allow-files needs --allow-writes'),
  });
  expect(await run(['--allow-writes', '--allow-files', '/no/such/folder'])).toMatchObject({
    code: 2,
    stderr: expect.stringContaining('--allow-files expects a folder'),
  });
});
