/**
 * `@llamacloud-batch/client/folders` for library users: uploadFolder and runFolder against the
 * stateful fake — the same guarantees as `llamacloud-prod batches run` (which is built on them).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BatchFake,
  type BatchFakeOptions,
  type FakeRequest,
  startBatchFake,
  until,
} from '@llamacloud-batch/testing';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { FileSelectionError, runFolder, uploadFolder } from '../src/folders/index.js';
import { APIUserAbortError, createLlamaCloudClient } from '../src/index.js';

const root = mkdtempSync(join(tmpdir(), 'client-folders-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const fakes: BatchFake[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});
async function fake(options: BatchFakeOptions = {}) {
  const started = await startBatchFake(options);
  fakes.push(started);
  return {
    server: started,
    client: createLlamaCloudClient({ apiKey: 'llx-test', baseUrl: started.url, logLevel: 'off' }),
  };
}
let count = 0;
function folder(files: number): string {
  const path = join(root, `docs-${count++}`);
  mkdirSync(join(path, 'a'), { recursive: true });
  for (let i = 0; i < files; i++) writeFileSync(join(path, i % 2 ? 'a' : '', `f${i}.txt`), `file ${i}`);
  return path;
}
const uploads = (requests: readonly FakeRequest[]) =>
  requests.filter((request) => request.url.pathname.endsWith('/upload'));
const config = { job: { configuration_id: 'cfg-PARSE_AGENTIC', type: 'parse_v2' as const } };

describe('runFolder', () => {
  test('uploads, creates the batch, waits, and names each file’s outcome (failed first)', async () => {
    const { server, client } = await fake({
      itemError: (file) => (file.entry.display_name === 'a/f1.txt' ? 'Unreadable' : null),
    });
    const docs = folder(4);
    const result = await runFolder(client, docs, { config, wait: { interval: 10 } });
    expect(result.batch?.status).toBe('COMPLETED');
    const [first, ...rest] = result.outcomes;
    expect(first).toMatchObject({ display_name: 'a/f1.txt', error_message: 'Unreadable' });
    expect(rest.map((outcome) => [outcome.display_name, outcome.error_message]).sort()).toEqual([
      ['a/f3.txt', null],
      ['f0.txt', null],
      ['f2.txt', null],
    ]);
    for (const file of server.files) {
      const onDisk = createHash('sha256')
        .update(readFileSync(join(docs, file.entry.display_name)))
        .digest('hex');
      expect(file.sha256).toBe(onDisk);
    }
  });

  test('wait: false returns once the batch is created', async () => {
    const { server, client } = await fake();
    const result = await runFolder(client, folder(2), { config, wait: false });
    expect(result.batch?.status).toBe('PENDING');
    expect(
      server.requests.filter((request) => request.method === 'GET' && request.url.pathname.startsWith('/api/v2')),
    ).toHaveLength(0);
  });
});

describe('uploadFolder', () => {
  test('again with the same directoryId sends only what is missing; a dry run sends no POST', async () => {
    const { server, client } = await fake();
    const docs = folder(6);
    const first = await uploadFolder(client, docs, { include: ['f0.txt', 'f1.txt'] });
    expect(first.uploaded?.entries.size).toBe(2);
    const before = server.requests.length;
    const dry = await uploadFolder(client, docs, { directoryId: first.directoryId, dryRun: true });
    expect(dry.plan.upload).toHaveLength(4);
    expect(dry.plan.skip.map((skipped) => skipped.file.displayName)).toEqual(['a/f1.txt', 'f0.txt']);
    expect(server.requests.slice(before).every((request) => request.method === 'GET')).toBe(true);
    const second = await uploadFolder(client, docs, { directoryId: first.directoryId });
    expect(second.uploaded?.entries.size).toBe(4);
    expect(uploads(server.requests)).toHaveLength(6);
    expect(server.files).toHaveLength(6);
  });

  test('an upload answered 503 that the server stored is found by a listing, not sent again', async () => {
    let seen = 0;
    const { server, client } = await fake({
      intercept: (request, proceed) => {
        const answer = proceed();
        return request.url.pathname.endsWith('/upload') && ++seen === 1
          ? { status: 503, body: { detail: 'x' } }
          : answer;
      },
    });
    const result = await uploadFolder(client, folder(3), { concurrency: 1 });
    expect(result.uploaded?.foundAfterUncertain).toBe(1);
    expect(uploads(server.requests)).toHaveLength(3);
    expect(server.files).toHaveLength(3);
  });

  test('an abort stops new uploads and rejects with APIUserAbortError', async () => {
    const { server, client } = await fake({ latencyMs: 50 });
    const controller = new AbortController();
    const pending = uploadFolder(client, folder(20), { concurrency: 2, signal: controller.signal });
    await until(() => server.files.length >= 2);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    const atAbort = uploads(server.requests).length;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(uploads(server.requests)).toHaveLength(atAbort);
    expect(atAbort).toBeLessThan(20);
  });

  test('a path that does not exist: FileSelectionError, nothing sent', async () => {
    const { server, client } = await fake();
    await expect(uploadFolder(client, join(root, 'missing'))).rejects.toBeInstanceOf(FileSelectionError);
    expect(server.requests).toHaveLength(0);
  });
});
