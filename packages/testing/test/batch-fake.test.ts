/** The stateful fake of directories, files and batches, and the streaming multipart reader under it. */
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BatchFake, readMultipart, startBatchFake } from '../src/index.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('readMultipart', () => {
  const bytes = randomBytes(100_000);
  const form = new FormData();
  form.append('display_name', 'a/b.pdf');
  form.append('upload_file', new File([bytes], 'b.pdf'));
  form.append('unique_id', 'sha256:1');

  test.each([1, 7, 64, 4096, 1 << 20])(
    'splits of %i bytes: the same parts, file hashed, fields as text',
    async (size) => {
      const request = new Request('http://x', { method: 'POST', body: form });
      const body = Buffer.from(await request.arrayBuffer());
      const boundary = /boundary=(.+)$/.exec(request.headers.get('content-type') ?? '')?.[1] as string;
      async function* chunks() {
        for (let at = 0; at < body.length; at += size) yield body.subarray(at, at + size);
      }
      const parts = await readMultipart(chunks(), boundary);
      expect(parts.map((part) => [part.name, part.text, part.filename])).toEqual([
        ['display_name', 'a/b.pdf', undefined],
        ['upload_file', undefined, 'b.pdf'],
        ['unique_id', 'sha256:1', undefined],
      ]);
      expect(parts[1]).toMatchObject({ bytes: bytes.length, sha256: sha256(bytes) });
    },
  );
});

describe('startBatchFake', () => {
  let fake: BatchFake;
  beforeAll(async () => {
    fake = await startBatchFake({
      pollsUntilDone: 1,
      itemError: (file) => (file.entry.unique_id === 'u3' ? 'Unreadable' : null),
    });
  });
  afterAll(() => fake.close());
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${fake.url}${path}`, {
      method,
      ...(body instanceof FormData
        ? { body }
        : body === undefined
          ? {}
          : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    }).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as Record<string, unknown>,
    }));
  const upload = (dir: string, content: string, uniqueId: string) => {
    const form = new FormData();
    form.append('upload_file', new File([content], `${uniqueId}.txt`));
    form.append('unique_id', uniqueId);
    form.append('display_name', `docs/${uniqueId}.txt`);
    return call('POST', `/api/v1/beta/directories/${dir}/files/upload`, form);
  };

  test('a directory, its files (listed by page and by unique_id), a batch that ends with per-file results', async () => {
    const dir = (await call('POST', '/api/v1/beta/directories', { name: 'run' })).body.id as string;
    expect((await upload(dir, 'one', 'u1')).status).toBe(200);
    expect((await upload(dir, 'two', 'u2')).status).toBe(200);
    expect((await upload(dir, 'bad', 'u3')).status).toBe(200);
    expect((await upload(dir, 'again', 'u1')).status).toBe(409);
    expect(fake.files.map((file) => file.sha256)).toEqual(
      ['one', 'two', 'bad'].map((text) => sha256(Buffer.from(text))),
    );

    const first = await call('GET', `/api/v1/beta/directories/${dir}/files?page_size=2`);
    expect(first.body.items).toHaveLength(2);
    const second = await call(
      'GET',
      `/api/v1/beta/directories/${dir}/files?page_size=2&page_token=${first.body.next_page_token}`,
    );
    expect(second.body).toMatchObject({ items: [{ unique_id: 'u3' }], next_page_token: null });
    const one = await call('GET', `/api/v1/beta/directories/${dir}/files?unique_id=u2`);
    expect(one.body.items).toMatchObject([{ unique_id: 'u2', display_name: 'docs/u2.txt' }]);

    const config = { job: { configuration_id: 'cfg-PARSE_AGENTIC', type: 'parse_v2' } };
    const batch = (await call('POST', '/api/v2/batches', { config, source_directory_id: dir })).body;
    expect(batch.status).toBe('PENDING');
    expect((await call('GET', `/api/v2/batches/${batch.id}`)).body.status).toBe('RUNNING');
    const done = (await call('GET', `/api/v2/batches/${batch.id}?expand=results`)).body;
    expect(done.status).toBe('COMPLETED');
    expect((done.results as { error_message: string | null }[]).map((result) => result.error_message)).toEqual([
      null,
      null,
      'Unreadable',
    ]);
    expect((await call('POST', `/api/v2/batches/${batch.id}/cancel`)).status).toBe(409);
  });

  test('an unknown directory is 404, a bad page size 422', async () => {
    expect((await call('GET', '/api/v1/beta/directories/dir-nope/files')).status).toBe(404);
    const dir = (await call('POST', '/api/v1/beta/directories', { name: 'x' })).body.id as string;
    expect((await call('GET', `/api/v1/beta/directories/${dir}/files?page_size=5000`)).status).toBe(422);
  });
});
