/// <reference types="node" />
/**
 * What a folder upload sends: the regular files under the folders and files given (filters,
 * hidden files and symlinks as asked), each named by its relative path and identified by the
 * SHA-256 of its content; then, against what the directory already holds, what to send and skip.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { FileSelectionError } from './errors.js';

export interface LocalFile {
  /** Where it is on disk. */
  path: string;
  /** Its path relative to the folder given (`/`-separated), or its name when given as a file: the display_name. */
  displayName: string;
  size: number;
}

export interface HashedFile extends LocalFile {
  /** `sha256:<hex of the content>`: the same bytes get the same unique_id in every run. */
  uniqueId: string;
}

export interface WalkOptions {
  /** Whether a relative path passes --include / --exclude. */
  accept: (relativePath: string) => boolean;
  /** Take files and folders whose name starts with a dot. */
  hidden: boolean;
  /** Follow symbolic links (to files and to folders); otherwise they are left out. */
  followSymlinks: boolean;
}

/** Every regular file the targets name, sorted by display name; a target that does not exist is a usage error. */
export async function collectFiles(targets: readonly string[], options: WalkOptions): Promise<LocalFile[]> {
  const files: LocalFile[] = [];
  for (const target of targets) {
    const stats = await stat(target).catch((error: NodeJS.ErrnoException) => {
      throw new FileSelectionError(
        error.code === 'ENOENT' ? `no such file or folder: ${target}` : `cannot read ${target}: ${error.code ?? error}`,
      );
    });
    if (stats.isFile()) files.push({ path: target, displayName: basename(target), size: stats.size });
    else if (stats.isDirectory()) {
      // Two folders given: their files are named under each folder's name, so they cannot clash.
      const prefix = targets.length > 1 ? `${basename(await realpath(target))}/` : '';
      await walk(target, target, prefix, options, new Set([await realpath(target)]), files);
    } else throw new FileSelectionError(`${target} is neither a regular file nor a folder`);
  }
  return files.sort((a, b) => (a.displayName < b.displayName ? -1 : a.displayName > b.displayName ? 1 : 0));
}

async function walk(
  root: string,
  folder: string,
  prefix: string,
  options: WalkOptions,
  seen: Set<string>,
  into: LocalFile[],
): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (!options.hidden && entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    let stats = await lstat(path);
    if (stats.isSymbolicLink()) {
      if (!options.followSymlinks) continue;
      stats = await stat(path).catch(() => stats);
    }
    const relativePath = relative(root, path).split(sep).join('/');
    if (stats.isDirectory()) {
      // A link back up the tree would otherwise be walked forever.
      const real = await realpath(path);
      if (seen.has(real)) continue;
      seen.add(real);
      await walk(root, path, prefix, options, seen, into);
    } else if (stats.isFile() && options.accept(relativePath)) {
      into.push({ path, displayName: `${prefix}${relativePath}`, size: stats.size });
    }
  }
}

/** The file's unique_id: its content's SHA-256, read as a stream. */
export async function hashFile(file: LocalFile, signal?: AbortSignal): Promise<HashedFile> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file.path, signal ? { signal } : {})) hash.update(chunk as Buffer);
  return { ...file, uniqueId: `sha256:${hash.digest('hex')}` };
}

export interface Skipped {
  file: HashedFile;
  /** Why it is not sent: the directory has it, or another file of this run has the same content. */
  reason: 'in directory' | 'same content';
}

export interface UploadPlan {
  upload: HashedFile[];
  skip: Skipped[];
}

/** Splits the files into what to send and what the directory (or this run) already has, by unique_id. */
export function planUploads(files: readonly HashedFile[], inDirectory: ReadonlySet<string>): UploadPlan {
  const planned = new Set<string>();
  const plan: UploadPlan = { upload: [], skip: [] };
  for (const file of files) {
    if (inDirectory.has(file.uniqueId)) plan.skip.push({ file, reason: 'in directory' });
    else if (planned.has(file.uniqueId)) plan.skip.push({ file, reason: 'same content' });
    else {
      planned.add(file.uniqueId);
      plan.upload.push(file);
    }
  }
  return plan;
}
