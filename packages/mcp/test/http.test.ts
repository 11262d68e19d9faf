/** `--http <port>`: streamable HTTP on 127.0.0.1, for clients that connect instead of spawning. */
import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { stop, track, until } from '@llamacloud-batch/testing';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { BIN, SECRET_KEY } from './helpers/mcp.js';

let child: ChildProcess;
let url: URL;
let stderr = '';

beforeAll(async () => {
  child = spawn(process.execPath, [BIN, '--http', '0'], {
    env: { PATH: process.env.PATH ?? '', LLAMA_CLOUD_API_KEY: SECRET_KEY, LLAMA_CLOUD_BASE_URL: inject('prismUrl') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await until(() => /at (http:\/\/\S+)/.test(stderr), 10_000);
  url = new URL(/at (http:\/\/\S+)/.exec(stderr)?.[1] ?? '');
});
afterAll(() => stop(child));

test('listens on 127.0.0.1 only and serves the tools at /mcp', async () => {
  expect(url.hostname).toBe('127.0.0.1');
  expect(url.pathname).toBe('/mcp');
  const client = new Client({ name: 'http-test', version: '0.0.0' });
  await client.connect(new StreamableHTTPClientTransport(url));
  try {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toContain('beta_batch_list');
    const result = await client.callTool({ name: 'beta_batch_get_status', arguments: { job_id: 'bjb-1' } });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ progress_percentage: 50 });
  } finally {
    await client.close();
  }
});

test('refuses a request whose Host is not its own (DNS rebinding)', async () => {
  const status = await new Promise<number | undefined>((resolve, reject) => {
    request(
      url,
      { method: 'POST', headers: { host: 'attacker.example', 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        resolve(res.statusCode);
      },
    )
      .on('error', reject)
      .end('{}');
  });
  expect(status).toBe(403);
  expect(stderr).not.toContain(SECRET_KEY);
});
