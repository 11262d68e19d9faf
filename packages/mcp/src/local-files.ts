/**
 * Local files an upload tool reads: only under the folder the server was started with
 * (`--allow-files`), after resolving symlinks, so an agent cannot reach the rest of the disk.
 */
import { openAsBlob } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { InvalidParameterError } from '@llamacloud-batch/client';

const ALLOWED = 'the path of a regular file inside the --allow-files folder';

export async function openLocalFile(argument: string, value: unknown, folder: string | undefined): Promise<File> {
  const refuse = (why: string) => new InvalidParameterError(argument, value, ALLOWED, `Invalid ${argument}: ${why}`);
  if (folder === undefined) throw refuse('this server reads no files (start it with --allow-files <folder>)');
  if (typeof value !== 'string' || value.trim() === '') throw refuse(`expected ${ALLOWED}, got ${typeof value}`);
  const root = await realpath(folder);
  let path: string;
  try {
    path = await realpath(isAbsolute(value) ? value : resolve(root, value));
  } catch {
    throw refuse(`no such file: ${value}`);
  }
  const inside = relative(root, path);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    throw refuse(`${value} is outside the folder this server may read (${root})`);
  }
  if (!(await stat(path)).isFile()) throw refuse(`${value} is not a regular file`);
  return new File([await openAsBlob(path)], basename(path));
}
