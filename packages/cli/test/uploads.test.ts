/**
 * A file part is a flag taking @path (or -): the server receives the bytes on disk with the file's
 * name and media type; a missing file or a directory is a usage error with nothing sent; an upload
 * answered 503 is not sent again.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { formOf, type RecordedRequest, successResponse } from '@llamacloud-batch/testing';
import { afterAll, describe, expect, test } from 'vitest';
import { run } from '../src/index.js';
import { lines, runCli, SECRET_KEY, serve } from './helpers/cli.js';

const answer = { body: successResponse('beta.directories.files.upload').example };
const dir = mkdtempSync(join(tmpdir(), 'cli-uploads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const upload = (baseUrl: string, ...args: string[]) => [
  'beta:directories:files',
  'upload',
  '--directory-id',
  'dir-1',
  '--api-key',
  SECRET_KEY,
  '--base-url',
  baseUrl,
  ...args,
];

async function part(request: RecordedRequest | undefined): Promise<File> {
  const value = (await formOf(request)).get('upload_file');
  if (!(value instanceof File)) throw new Error('no upload_file part');
  return value;
}

describe('--upload-file @path', () => {
  test('sends the bytes on disk, named and typed from the path, with the other flags as form fields', async () => {
    const server = await serve([answer]);
    const path = join(dir, 'invoice-0001.pdf');
    const bytes = randomBytes(400_000);
    writeFileSync(path, bytes);
    const result = await runCli(upload(server.url, '--upload-file', `@${path}`, '--display-name', 'Invoice 1'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(answer.body);
    expect(server.requests).toHaveLength(1);
    const file = await part(server.requests[0]);
    expect(sha256(new Uint8Array(await file.arrayBuffer()))).toBe(sha256(bytes));
    expect([file.name, file.type]).toEqual(['invoice-0001.pdf', 'application/pdf']);
    expect((await formOf(server.requests[0])).get('display_name')).toBe('Invoice 1');
  });

  test(';filename= and ;type= set what the path would give', async () => {
    const server = await serve([answer]);
    const path = join(dir, 'scan.bin');
    writeFileSync(path, 'scan');
    const result = await runCli(upload(server.url, '--upload-file', `@${path};type=image/tiff;filename=page-1.tif`));
    expect(result.code).toBe(0);
    const file = await part(server.requests[0]);
    expect([file.name, file.type, await file.text()]).toEqual(['page-1.tif', 'image/tiff', 'scan']);
  });

  test('- reads the file from stdin', async () => {
    const server = await serve([answer]);
    const bytes = randomBytes(50_000);
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let errors = '';
    stderr.on('data', (chunk) => (errors += String(chunk)));
    stdout.resume();
    const code = await run(upload(server.url, '--upload-file', '-;filename=piped.txt'), {
      stdout,
      stderr,
      stdin: Readable.from([bytes.subarray(0, 20_000), bytes.subarray(20_000)]),
      env: {},
      signal: new AbortController().signal,
    });
    expect(errors).toBe('');
    expect(code).toBe(0);
    const file = await part(server.requests[0]);
    expect(sha256(new Uint8Array(await file.arrayBuffer()))).toBe(sha256(bytes));
    expect([file.name, file.type]).toEqual(['piped.txt', 'application/octet-stream']);
  });
});

describe('usage errors (exit 2, nothing sent)', () => {
  test.each([
    ['a missing file', () => `@${join(dir, 'nope.pdf')}`, /no such file: .*nope\.pdf\./],
    ['a directory', () => `@${dir}`, /is a directory: give a file\./],
    ['an unknown setting', () => `@${join(dir, 'x')};mode=fast`, /unknown setting "mode=fast": allowed are ;type=/],
  ])('%s', async (_case, value, message) => {
    writeFileSync(join(dir, 'x'), 'x');
    const server = await serve([answer]);
    const result = await runCli(upload(server.url, '--upload-file', value()));
    expect(result.code).toBe(2);
    expect(lines(result.stderr)[0]).toMatch(
      /^llamacloud-prod: option '--upload-file <file>' argument '.*' is invalid\./,
    );
    expect(result.stderr).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });

  test('the file inside --body is refused, pointing at the flag', async () => {
    const server = await serve([answer]);
    writeFileSync(join(dir, 'x'), 'x');
    const result = await runCli(
      upload(server.url, '--upload-file', `@${join(dir, 'x')}`, '--body', '{"upload_file": "invoice.pdf"}'),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--body: upload_file is a file, which JSON cannot carry: use --upload-file @path');
    expect(server.requests).toHaveLength(0);
  });

  test('without --upload-file: commander names the required flag', async () => {
    const server = await serve([answer]);
    const result = await runCli(upload(server.url));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/required option '--upload-file <file>' not specified/);
    expect(server.requests).toHaveLength(0);
  });
});

test('answered 503: sent once, exit 1, saying it may have taken effect', async () => {
  const server = await serve([{ status: 503, headers: { 'retry-after-ms': '1' }, body: { detail: 'busy' } }, answer]);
  const path = join(dir, 'once.txt');
  writeFileSync(path, 'once');
  const result = await runCli(upload(server.url, '--upload-file', `@${path}`));
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/may have taken effect/);
  expect(server.requests).toHaveLength(1);
});
