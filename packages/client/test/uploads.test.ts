/**
 * File uploads (multipart/form-data bodies, from the model): the bytes the server receives are the
 * bytes given, a file is checked before anything is sent, an upload is never re-sent where it may
 * have acted, and a file streamed from disk does not sit in memory.
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, openAsBlob, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { formOf, successResponse } from '@llamacloud-batch/testing';
import { afterAll, describe, expect, test } from 'vitest';
import { type FetchLike, InternalServerError, InvalidParameterError } from '../src/index.js';
import { rejectionOf, serveEachTest, testClient } from './helpers.js';

const serve = serveEachTest();
const UPLOAD = '/api/v1/beta/directories/dir-1/files/upload';
const answer = { body: successResponse('beta.directories.files.upload').example };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const dir = mkdtempSync(join(tmpdir(), 'uploads-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function uploadedPart(request: Parameters<typeof formOf>[0]): Promise<File> {
  const part = (await formOf(request)).get('upload_file');
  if (!(part instanceof File)) throw new Error('no upload_file part in the form');
  return part;
}

describe('what the server receives', () => {
  test('a File: its bytes, name and type, the other fields as form fields, query parameters in the URL', async () => {
    const server = await serve([answer]);
    const bytes = randomBytes(300_000);
    const result = await testClient(server.url).beta.directories.files.upload('dir-1', {
      upload_file: new File([bytes], 'invoice 1.pdf', { type: 'application/pdf' }),
      display_name: 'Invoice 1',
      unique_id: null,
      project_id: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
    });
    expect(result).toEqual(answer.body);
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url.pathname).toBe(UPLOAD);
    expect(request?.url.searchParams.get('project_id')).toBe('3fa85f64-5717-4562-b3fc-2c963f66afa6');
    expect(request?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const form = await formOf(request);
    const part = await uploadedPart(request);
    expect(sha256(new Uint8Array(await part.arrayBuffer()))).toBe(sha256(bytes));
    expect([part.name, part.type]).toEqual(['invoice 1.pdf', 'application/pdf']);
    expect(form.get('display_name')).toBe('Invoice 1');
    expect(form.has('unique_id')).toBe(false); // null: a form has no null, so the field is left out
  });

  test.each([
    ['a Uint8Array', (bytes: Uint8Array<ArrayBuffer>) => bytes],
    ['an ArrayBuffer', (bytes: Uint8Array<ArrayBuffer>) => bytes.slice().buffer],
    ['a Blob without a name', (bytes: Uint8Array<ArrayBuffer>) => new Blob([bytes])],
  ])('%s: the same bytes', async (_kind, wrap) => {
    const server = await serve([answer]);
    const bytes = new Uint8Array(randomBytes(10_000));
    await testClient(server.url).beta.directories.files.upload('dir-1', { upload_file: wrap(bytes) as Blob });
    const part = await uploadedPart(server.requests[0]);
    expect(sha256(new Uint8Array(await part.arrayBuffer()))).toBe(sha256(bytes));
  });

  test('a file on disk through fs.openAsBlob: the bytes on disk', async () => {
    const server = await serve([answer]);
    const path = join(dir, 'on-disk.bin');
    const bytes = randomBytes(2_000_000);
    writeFileSync(path, bytes);
    await testClient(server.url).beta.directories.files.upload('dir-1', { upload_file: await openAsBlob(path) });
    const part = await uploadedPart(server.requests[0]);
    expect(sha256(new Uint8Array(await part.arrayBuffer()))).toBe(sha256(bytes));
  });
});

describe('checked before sending: an error naming the part, and no request', () => {
  test.each([
    ['missing', {}, 'Invalid upload_file: expected the file as a Blob or File'],
    ['a string', { upload_file: 'invoice.pdf' }, 'Invalid upload_file: expected the file as a Blob or File'],
    ['a plain object', { upload_file: { path: 'x' } }, 'got object'],
  ])('the file %s', async (_case, params, message) => {
    const server = await serve([answer]);
    const upload = testClient(server.url).beta.directories.files.upload as (...args: unknown[]) => Promise<unknown>;
    const { error } = await rejectionOf(upload('dir-1', params));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as Error).message).toContain(message);
    expect(server.requests).toHaveLength(0);
  });

  test('another field with a wrong type', async () => {
    const server = await serve([answer]);
    const upload = testClient(server.url).beta.directories.files.upload as (...args: unknown[]) => Promise<unknown>;
    const { error } = await rejectionOf(upload('dir-1', { upload_file: new Blob(['x']), display_name: 5 }));
    expect((error as Error).message).toMatch(/^Invalid body: display_name/);
    expect(server.requests).toHaveLength(0);
  });
});

describe('retries', () => {
  test('answered 503: sent once, and the error says it may have taken effect', async () => {
    const server = await serve([{ status: 503, headers: { 'retry-after-ms': '1' }, body: { detail: 'busy' } }, answer]);
    const { error } = await rejectionOf(
      testClient(server.url).beta.directories.files.upload('dir-1', { upload_file: new Blob(['x']) }),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toMatch(/may have taken effect/);
    expect(server.requests).toHaveLength(1);
  });

  test.each([
    ['the platform fetch', undefined],
    [
      'a custom fetch (a Request per attempt)',
      ((request: Request, init?: RequestInit) => fetch(request, init)) as FetchLike,
    ],
  ])('turned away with 429 (%s): sent again, the whole file each time', async (_how, customFetch) => {
    const server = await serve([{ status: 429, headers: { 'retry-after-ms': '1' } }, answer]);
    const bytes = randomBytes(500_000);
    const client = testClient(server.url, customFetch ? { fetch: customFetch } : {});
    await client.beta.directories.files.upload('dir-1', { upload_file: new File([bytes], 'a.bin') });
    expect(server.requests).toHaveLength(2);
    for (const request of server.requests) {
      const part = await uploadedPart(request);
      expect(sha256(new Uint8Array(await part.arrayBuffer()))).toBe(sha256(bytes));
    }
  });
});

/**
 * undici's fetch — Node's — keeps every byte of a request body it may have to send to a redirect's
 * target (nodejs/undici#4058): measured here, a 512 MiB upload then peaked at ~600 MB RSS. Uploads
 * follow no redirect, so a file streams from disk. Measured: 96 MB for 256 MiB, 1 GiB or 2 GiB on
 * Node 20; 143–182 MB on Node 24, whose fetch buffers more but still a bounded amount.
 */
test('a file from disk streams: the uploading process’s peak RSS stays flat from 256 MiB to 1 GiB', async () => {
  const peak = async (size: number) => {
    const server = await serve([answer]);
    const path = join(dir, `big-${size}.bin`);
    writeFileSync(path, '');
    truncateSync(path, size); // sparse: takes no disk, reads as zeros
    const child = resolve(import.meta.dirname, 'children/upload-file.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [child, server.url, path], { timeout: 120_000 });
    const result = JSON.parse(stdout) as { id: string; maxRssMb: number };
    expect(result.id).toBe((answer.body as { id: string }).id);
    expect(server.requests[0]?.bodyBytes).toBeGreaterThan(size);
    rmSync(path);
    return result.maxRssMb;
  };
  const small = await peak(256 * 1024 ** 2);
  const large = await peak(1024 ** 3);
  console.log(`upload peak RSS (${process.version}): 256 MiB ${small} MB, 1 GiB ${large} MB`);
  expect(large).toBeLessThan(small + 50);
  expect(large).toBeLessThan(200);
}, 240_000);

test('an upload answered with a redirect is an error that says so, and the file is not sent again', async () => {
  const server = await serve([{ status: 307, headers: { location: '/elsewhere' } }, answer]);
  const client = testClient(server.url, { maxRetries: 2 });
  const upload_file = new File(['hello'], 'hello.txt', { type: 'text/plain' });
  const { error } = await rejectionOf(client.beta.directories.files.upload('dir-1', { upload_file }));
  expect((error as Error).message).toContain(
    'the server answered the upload with a redirect, which uploads do not follow',
  );
  expect(server.requests).toHaveLength(1);
});
