/**
 * A file part's flag: `@path` (or a bare path), `-` for stdin, each optionally followed by
 * `;type=<media type>` and `;filename=<name>` as with curl's `-F`. The file is checked when the flag
 * is parsed — a missing file or a directory is a usage error before anything is sent — and opened
 * lazily (`fs.openAsBlob`), so an upload streams from disk instead of being read into memory.
 */
import { openAsBlob, statSync } from 'node:fs';
import { basename } from 'node:path';
import { mediaTypeOf } from '@llamacloud-batch/client';
import { InvalidArgumentError } from 'commander';
import { UsageError } from './errors.js';
import type { Io } from './io.js';

/** A file flag's value until the command runs. */
export interface FileArgument {
  readonly kind: 'file';
  /** The path, or undefined for stdin. */
  readonly path: string | undefined;
  readonly filename: string;
  readonly type: string;
}

export const FILE_FLAG_HELP = '@path, or - for stdin; add ;type=<media type> or ;filename=<name> to set those';

/** Parses and checks a file flag's value (commander's argParser): throws InvalidArgumentError saying what is wrong. */
export function parseFileArgument(raw: string): FileArgument {
  const [target = '', ...settings] = raw.split(';');
  const options: Record<string, string> = {};
  for (const setting of settings) {
    const match = /^(type|filename)=(.+)$/.exec(setting.trim());
    if (!match?.[1] || !match[2]) {
      throw new InvalidArgumentError(
        `unknown setting ${JSON.stringify(setting)}: allowed are ;type=<media type> and ;filename=<name>.`,
      );
    }
    options[match[1]] = match[2];
  }
  if (target === '-') {
    return {
      kind: 'file',
      path: undefined,
      filename: options.filename ?? 'stdin',
      type: options.type ?? 'application/octet-stream',
    };
  }
  const path = target.startsWith('@') ? target.slice(1) : target;
  if (path === '') throw new InvalidArgumentError('Allowed: @path, or - for stdin.');
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InvalidArgumentError(
      code === 'ENOENT' ? `no such file: ${path}.` : `cannot read ${path}: ${code ?? error}.`,
    );
  }
  if (stats.isDirectory()) throw new InvalidArgumentError(`${path} is a directory: give a file.`);
  if (!stats.isFile()) throw new InvalidArgumentError(`${path} is not a regular file.`);
  return { kind: 'file', path, filename: options.filename ?? basename(path), type: options.type ?? mediaTypeOf(path) };
}

export function isFileArgument(value: unknown): value is FileArgument {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'file';
}

/** The File to send: from disk without reading it (fs.openAsBlob), or stdin read whole. */
export async function openFileArgument(argument: FileArgument, io: Io, flag: string): Promise<File> {
  if (argument.path !== undefined) {
    const blob = await openAsBlob(argument.path, { type: argument.type });
    return new File([blob], argument.filename, { type: argument.type });
  }
  if (!io.stdin || io.stdin.isTTY) throw new UsageError(`${flag} -: pipe the file into stdin`);
  const chunks: Uint8Array[] = [];
  for await (const chunk of io.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array));
  return new File(chunks as BlobPart[], argument.filename, { type: argument.type });
}
