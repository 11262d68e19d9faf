/**
 * An answer that is not JSON (an image, a file): written as bytes to the file of `--output`, or to
 * stdout with `--output -` or into a pipe; never onto a terminal.
 */
import type { OperationMeta } from '@llamacloud-batch/types';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { write } from './writer.js';

/**
 * Where a binary (non-JSON) response goes: the file of `--output`, or stdout when it is `-` or not a
 * terminal. Bytes are never written to a terminal unasked: there, without --output, it is a usage
 * error, before anything is sent.
 */
export function binaryOutput(
  operation: OperationMeta,
  options: Readonly<Record<string, unknown>>,
  io: Io,
): string | undefined {
  if (operation.response !== 'binary') return undefined;
  const output = options.output as string | undefined;
  // `--output -` asks for the bytes on stdout, a terminal included (as curl's does).
  if (output !== undefined) return output;
  if (io.stdout.isTTY) {
    throw new UsageError(
      'the response is binary (not JSON): give --output <file>, or pipe it (--output - writes to stdout)',
    );
  }
  return '-';
}

export async function writeBinary(data: Blob, output: string, io: Io): Promise<void> {
  const { Readable } = await import('node:stream');
  const { pipeline } = await import('node:stream/promises');
  const bytes = Readable.fromWeb(data.stream() as import('node:stream/web').ReadableStream);
  if (output === '-') {
    for await (const chunk of bytes) await write(io.stdout, chunk as Uint8Array);
    return;
  }
  const { createWriteStream } = await import('node:fs');
  await pipeline(bytes, createWriteStream(output));
  if (io.stderr.isTTY) io.stderr.write(`wrote ${data.size} bytes to ${output}\n`);
}
