/**
 * `--tools dynamic`: three tools whatever the spec's size, over the same operations, checks and
 * read-only default as the static tools; `--group` limits either mode to part of the tree.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type RunningMcp, SECRET_KEY, startMcp, textOf } from './helpers/mcp.js';

const env = () => ({ LLAMA_CLOUD_API_KEY: SECRET_KEY, LLAMA_CLOUD_BASE_URL: inject('prismUrl') });

describe('--tools dynamic (read-only)', () => {
  let mcp: RunningMcp;
  beforeAll(async () => {
    mcp = await startMcp({ args: ['--tools', 'dynamic'], env: env() });
  });
  afterAll(() => mcp.close());

  test('lists three tools, in under 3 kB', async () => {
    const { tools } = await mcp.client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(['search_operations', 'describe_operation', 'call_operation']);
    const bytes = JSON.stringify(tools).length;
    console.log(`--tools dynamic: tools/list ${bytes} bytes (≈${Math.round(bytes / 4)} tokens)`);
    expect(bytes).toBeLessThan(3 * 1024);
  });

  test('search finds operations by words, read-only ones only', async () => {
    const result = await mcp.call('search_operations', { query: 'batch status' });
    const found = result.structuredContent as { total: number; operations: { name: string; changesData: boolean }[] };
    expect(found.operations.map((operation) => operation.name)).toContain('beta_batch_get_status');
    expect(found.operations.every((operation) => !operation.changesData)).toBe(true);
    const all = (await mcp.call('search_operations', {})).structuredContent as { total: number };
    expect(all.total).toBe(10);
  });

  test('describe gives the static tool’s input schema; call runs it through the same checks', async () => {
    const described = (await mcp.call('describe_operation', { operation: 'beta_batch_list' })).structuredContent as {
      inputSchema: { properties: Record<string, unknown> };
    };
    expect(Object.keys(described.inputSchema.properties)).toContain('status');
    const page = await mcp.call('call_operation', { operation: 'beta_batch_list', arguments: { limit: 2 } });
    expect(page.isError).toBeFalsy();
    expect(page.structuredContent).toHaveProperty('items');
    const refused = await mcp.call('call_operation', { operation: 'beta_batch_list', arguments: { status: 'bogus' } });
    expect(refused.isError).toBe(true);
    expect(textOf(refused)).toMatch(/status/);
  });

  test('an operation that changes data is off without --allow-writes, and says how to offer it', async () => {
    const result = await mcp.call('call_operation', { operation: 'beta_batch_cancel', arguments: { job_id: 'bjb-1' } });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('--allow-writes');
  });
});

describe('static tools: a long property is cut short in the list, describe_operation shows it whole', () => {
  let mcp: RunningMcp;
  beforeAll(async () => {
    mcp = await startMcp({ args: ['--allow-writes'], env: env() });
  });
  afterAll(() => mcp.close());

  test('the list has job_config by its type and description, and describe_operation beside the tools', async () => {
    const { tools } = await mcp.client.listTools();
    const create = tools.find((tool) => tool.name === 'beta_batch_create');
    const jobConfig = create?.inputSchema.properties?.job_config as { type?: unknown; description?: string };
    expect(jobConfig.type).toBe('object');
    expect(jobConfig.description).toMatch(/Its schema is long: describe_operation gives it in full\.$/);
    expect(JSON.stringify(jobConfig).length).toBeLessThan(300);
    expect(tools.map((tool) => tool.name)).toContain('describe_operation');
  });

  test('describe_operation gives the whole schema; an unknown tool is an error result naming it', async () => {
    const described = (await mcp.call('describe_operation', { operation: 'beta_batch_create' })).structuredContent as {
      inputSchema: { properties: { job_config: unknown } };
    };
    const whole = JSON.stringify(described.inputSchema.properties.job_config);
    expect(whole.length).toBeGreaterThan(1_500);
    expect(whole).toContain('adaptive_long_table');
    const unknown = await mcp.call('describe_operation', { operation: 'no_such_tool' });
    expect(unknown.isError).toBe(true);
    expect(textOf(unknown)).toContain('"no_such_tool"');
  });

  test('a call is checked against the whole schema, not the list’s: a bad setting deep in job_config is refused', async () => {
    const result = await mcp.call('beta_batch_create', {
      directory_id: 'dir-1',
      job_config: { job_name: 'parse_raw_file_job', parameters: { adaptive_long_table: 'yes' } },
    });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/adaptive_long_table/);
  });
});

describe('static tools with nothing cut short', () => {
  test('list no describe_operation, and calling it is an unknown tool', async () => {
    const mcp = await startMcp({ env: env() });
    try {
      const { tools } = await mcp.client.listTools();
      expect(tools.map((tool) => tool.name)).not.toContain('describe_operation');
      await expect(mcp.call('describe_operation', { operation: 'beta_batch_list' })).rejects.toThrow(/Unknown tool/);
    } finally {
      await mcp.close();
    }
  });
});

describe('--group', () => {
  test('static tools of one group (the CLI spelling works too)', async () => {
    const mcp = await startMcp({ args: ['--group', 'beta:directories', '--allow-writes'], env: env() });
    try {
      const { tools } = await mcp.client.listTools();
      expect(tools.length).toBeGreaterThan(0);
      expect(tools.every((tool) => tool.name.startsWith('beta_directories_'))).toBe(true);
      expect(tools.map((tool) => tool.name)).toContain('beta_directories_files_list');
    } finally {
      await mcp.close();
    }
  });
});
