/** A real MCP client spawns the built server over stdio and calls tools against Prism (the spec's examples). */
import { type OperationMeta, operationHelp, operationHints, operationModel } from '@llamacloud-batch/types';
import { operationInputSchemas } from '@llamacloud-batch/types/schemas';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { toolsFor } from '../src/index.js';
import { type RunningMcp, SECRET_KEY, startMcp, textOf } from './helpers/mcp.js';

const packageVersion = packageJson.version;

describe('read-only server (no flags)', () => {
  let mcp: RunningMcp;
  beforeAll(async () => {
    mcp = await startMcp({ env: { LLAMA_CLOUD_API_KEY: SECRET_KEY, LLAMA_CLOUD_BASE_URL: inject('prismUrl') } });
  });
  afterAll(() => mcp.close());

  test("introduces itself as llamacloud-mcp, at its package's version, with tools", () => {
    expect(mcp.client.getServerVersion()).toMatchObject({ name: 'llamacloud-mcp', version: packageVersion });
    expect(packageVersion).not.toBe('0.0.0');
    expect(mcp.client.getServerCapabilities()).toMatchObject({ tools: {} });
  });

  test('lists one tool per read-only operation, exactly as toolsFor computes them from the model', async () => {
    const { tools } = await mcp.client.listTools();
    expect(tools).toEqual(toolsFor(operationModel, operationHelp, operationHints, operationInputSchemas));
    expect(tools.map((tool) => tool.name)).toEqual([
      'beta_batch_list',
      'beta_batch_get_status',
      'beta_batch_job_items_list',
      'beta_batch_job_items_get_processing_results',
      'batches_list',
      'batches_get',
      'beta_directories_list',
      'beta_directories_get',
      'beta_directories_files_list',
      'beta_directories_files_get',
    ]);
    for (const tool of tools) {
      const key = Object.keys(operationModel).find(
        (k) => tool.title === operationHelp[k as keyof typeof operationHelp].summary,
      );
      expect(key, tool.name).toBeDefined();
      expect(tool.annotations?.readOnlyHint).toBe(true);
    }
  });

  test('beta_batch_list answers with the page Prism sent, as structured content and a summary', async () => {
    const result = await mcp.call('beta_batch_list', { status: 'pending', limit: 10 });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({
      items: [{ id: 'bjb-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', status: 'pending' }],
      next_page_token: 'next_page_token',
    });
    expect(result.content[0]).toEqual({
      type: 'text',
      text: '1 item on this page (total_size 0 is fewer than that, so not used)',
    });
    // The same answer as JSON text, for clients that read only text content.
    expect(JSON.parse((result.content[1] as { text: string }).text)).toEqual(result.structuredContent);
  });

  test('beta_batch_get_status takes the path parameter by its spec name', async () => {
    const result = await mcp.call('beta_batch_get_status', { job_id: 'bjb-11111111-2222-3333-4444-555555555555' });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({
      job: { id: 'bjb-11111111-2222-3333-4444-555555555555', status: 'running' },
      progress_percentage: 50,
    });
    expect(textOf(result)).toMatch(/^Get Batch Job Status: an object with job, progress_percentage/);
  });

  test('a cursor-paged tool says how to get the next page', async () => {
    const result = await mcp.call('batches_list', {});
    expect(result.isError).toBeFalsy();
    expect(result.content[0]).toMatchObject({
      text: expect.stringContaining('call again with page_token="tok-page-2"'),
    });
  });

  test('a missing path parameter is an isError result naming it', async () => {
    const result = await mcp.call('beta_batch_get_status', {});
    expect(result.isError).toBe(true);
    expect(textOf(result)).toBe('Missing job_id: a non-empty string is required');
  });

  test('a write tool is not offered: calling it is a protocol error that names --allow-writes', async () => {
    const error = await mcp.call('beta_batch_cancel', { job_id: 'bjb-1' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(McpError);
    // The code is said once: the SDK's client prefixes it to the message the server sent.
    expect(error).toMatchObject({
      code: ErrorCode.InvalidParams,
      message:
        'MCP error -32602: Tool beta_batch_cancel changes data and is off: start llamacloud-mcp with --allow-writes to offer it',
    });
  });

  test('an unknown tool is a protocol error that says so once', async () => {
    await expect(mcp.call('beta_batch_delete_everything')).rejects.toMatchObject({
      code: ErrorCode.InvalidParams,
      message: 'MCP error -32602: Unknown tool "beta_batch_delete_everything"',
    });
  });

  test('stderr never shows the key', () => {
    expect(mcp.stderr()).not.toContain(SECRET_KEY);
  });
});

describe('with --allow-writes', () => {
  let mcp: RunningMcp;
  beforeAll(async () => {
    mcp = await startMcp({
      args: ['--allow-writes'],
      env: { LLAMA_CLOUD_API_KEY: SECRET_KEY, LLAMA_CLOUD_BASE_URL: inject('prismUrl') },
    });
  });
  afterAll(() => mcp.close());

  test('every operation is a tool, the writes annotated as such', async () => {
    const { tools } = await mcp.client.listTools();
    // Every operation but the uploads, which also need --allow-files.
    const uploads = Object.values(operationModel).filter((operation) =>
      ((operation as OperationMeta).body?.fields ?? []).some((field) => field.file),
    );
    expect(uploads.length).toBeGreaterThan(0);
    // …and describe_operation, since the list cuts beta_batch_create's job_config short.
    expect(tools.filter((tool) => tool.name !== 'describe_operation')).toHaveLength(
      Object.keys(operationModel).length - uploads.length,
    );
    expect(tools.map((tool) => tool.name)).toContain('describe_operation');
    expect(tools.map((tool) => tool.name)).not.toContain('beta_directories_files_upload');
    expect(tools.find((tool) => tool.name === 'beta_batch_cancel')?.annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: true,
      idempotentHint: true,
    });
  });

  test('beta_batch_cancel cancels', async () => {
    const result = await mcp.call('beta_batch_cancel', { job_id: 'bjb-11111111-2222-3333-4444-555555555555' });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ status: 'cancelled', message: 'Batch job cancelled' });
  });

  test('a body is checked against the spec before sending: batches_create without its config', async () => {
    const result = await mcp.call('batches_create', { source_directory_id: 'dir-1' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toBe('Invalid body: config is required');
  });

  test('batches_create sends its body fields', async () => {
    const result = await mcp.call('batches_create', {
      source_directory_id: 'dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
      config: { job: { type: 'parse_v2', configuration_id: 'cfg-PARSE_AGENTIC' } },
    });
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ id: expect.stringMatching(/^bat-/) });
  });
});
