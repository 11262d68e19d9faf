/** A binary (non-JSON) answer: to --output's file, or stdout when piped or `-`; never onto a terminal unasked. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { OperationMeta } from '@llamacloud-batch/types';
import { afterAll, expect, test } from 'vitest';
import { UsageError } from '../src/errors.js';
import type { Io } from '../src/io.js';
import { binaryOutput, writeBinary } from '../src/output/binary.js';

const dir = mkdtempSync(join(tmpdir(), 'cli-binary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const image = { method: 'get', path: '/image', parameters: [], response: 'binary' } as OperationMeta;
const json = { method: 'get', path: '/json', parameters: [] } as OperationMeta;

function io(tty: boolean): Io & { written: () => Buffer } {
  const stdout = Object.assign(new PassThrough(), { isTTY: tty });
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  return { stdout, stderr, env: {}, signal: new AbortController().signal, written: () => Buffer.concat(chunks) };
}

test('a JSON answer has no binary output', () => {
  expect(binaryOutput(json, {}, io(true))).toBeUndefined();
});

test('on a terminal without --output: a usage error (before any request), naming --output', () => {
  expect(() => binaryOutput(image, {}, io(true))).toThrow(UsageError);
  expect(() => binaryOutput(image, {}, io(true))).toThrow(/give --output <file>/);
  expect(binaryOutput(image, { output: '-' }, io(true))).toBe('-');
});

test('into a pipe: the bytes on stdout, as they are', async () => {
  const pipe = io(false);
  expect(binaryOutput(image, {}, pipe)).toBe('-');
  const bytes = new Uint8Array([0, 255, 10, 13, 137, 80, 78, 71]);
  await writeBinary(new Blob([bytes]), '-', pipe);
  expect([...pipe.written()]).toEqual([...bytes]);
});

test('--output <file>: the bytes in the file, nothing on stdout', async () => {
  const out = io(true);
  const path = join(dir, 'page.jpg');
  expect(binaryOutput(image, { output: path }, out)).toBe(path);
  const bytes = new Uint8Array(300_000).map((_, index) => index % 251);
  await writeBinary(new Blob([bytes]), path, out);
  expect(readFileSync(path).equals(Buffer.from(bytes))).toBe(true);
  expect(out.written()).toHaveLength(0);
});
