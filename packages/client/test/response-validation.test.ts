import { makeJob, nullFields, startFaultServer } from '@llamacloud-batch/testing';
import { afterEach, describe, expect, test } from 'vitest';
import { createLlamaCloudClient, ResponseValidationError } from '../src/index.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function listWith(body: unknown, validateResponses: boolean) {
  const server = await startFaultServer([{ body }]);
  close = server.close;
  const client = createLlamaCloudClient({ apiKey: 'k', baseUrl: server.url, validateResponses, maxRetries: 0 });
  const result = await client.beta.batch.list().then(
    (page) => ({ page, error: undefined }),
    (error: unknown) => ({ page: undefined, error }),
  );
  return { ...result, requests: server.requests.length };
}

const valid = makeJob(1);

describe('validateResponses', () => {
  test.each([
    ['a string total_items', { ...valid, total_items: '3' }, '/items/0/total_items', 'must be integer'],
    ['a missing id', (({ id: _id, ...rest }) => rest)(valid), '/items/0', 'is missing required field id'],
    ['an unknown status', { ...valid, status: 'paused' }, '/items/0/status', 'must be one of pending'],
    ['a null processed_items', { ...valid, processed_items: null }, '/items/0/processed_items', 'must be integer'],
    ['a bad created_at', { ...valid, created_at: '2026-13-01T00:00:00Z' }, '/items/0/created_at', 'must match format'],
  ])('rejects %s, naming the path', async (_name, job, path, message) => {
    const { error, requests } = await listWith({ items: [job] }, true);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).problems).toContainEqual({
      path,
      message: expect.stringContaining(message),
    });
    expect((error as Error).message).toContain(path);
    expect(requests).toBe(1);
  });

  test('accepts nulls in every nullable field and omitted optional fields', async () => {
    const minimal = { id: 'a', job_type: 'parse', project_id: 'p', status: 'running', total_items: 1 };
    const { page, error } = await listWith(
      { items: [{ ...valid, ...nullFields('BatchJobResponse') }, minimal], total_size: null },
      true,
    );
    expect(error).toBeUndefined();
    expect(page?.items).toHaveLength(2);
  });

  test('is off by default: a schema-breaking page passes through', async () => {
    const { page, error } = await listWith({ items: [{ ...valid, status: 'paused' }] }, false);
    expect(error).toBeUndefined();
    expect(page?.items[0]?.status).toBe('paused');
  });
});
