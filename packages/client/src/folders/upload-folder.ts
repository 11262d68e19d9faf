/// <reference types="node" />
/**
 * `uploadFolder(client, paths, options)`: every file under the folders given into a directory, once.
 * Files are named by their relative path and identified by the SHA-256 of their content; the
 * directory is listed first and what it holds is skipped, so a run stopped anywhere and started again
 * (with the same `directoryId`) sends only what is missing, and an uncertain upload is looked up
 * before it is sent again (upload-files.ts).
 */
import { basename } from 'node:path';
import type { LlamaCloudClient } from '../client.js';
import { APIUserAbortError } from '../errors.js';
import { eachConcurrently } from './concurrently.js';
import { pathFilter } from './glob.js';
import { collectFiles, type HashedFile, hashFile, planUploads, type UploadPlan } from './plan.js';
import { type DirectoryFile, filesInDirectory, type UploadResult, uploadFiles } from './upload-files.js';

export const DEFAULT_UPLOAD_CONCURRENCY = 4;
/** Files read and hashed at once while planning: enough to keep a disk busy. */
const HASHES_AT_ONCE = 8;

export interface UploadFolderOptions {
  /** Upload into this directory (to resume); without it a new one is created. */
  directoryId?: string | undefined;
  /** The name of the directory created when there is no `directoryId` (default: from the first path and the time). */
  directoryName?: string | undefined;
  /** Globs a file's relative path must match (any of them); `*.pdf`, `docs/**\/*.pdf`, `*.{doc,docx}`. */
  include?: readonly string[] | undefined;
  /** Globs that leave a file out. */
  exclude?: readonly string[] | undefined;
  /** Take files and folders whose name starts with a dot (default: left out). */
  hidden?: boolean | undefined;
  /** Follow symbolic links (default: left out). */
  followSymlinks?: boolean | undefined;
  /** Uploads at once (default 4). */
  concurrency?: number | undefined;
  /** Stops new uploads and aborts those in flight; the call then rejects with APIUserAbortError. */
  signal?: AbortSignal | undefined;
  /** Query parameters sent with every call, e.g. `{ project_id }`. */
  scope?: Record<string, string> | undefined;
  /** Plan only: list and compare, create nothing, upload nothing. */
  dryRun?: boolean | undefined;
  /** Called once the plan is known, before anything is written. */
  onPlan?: ((plan: UploadPlan) => void) | undefined;
  /** Called when a new directory was created, before the first upload. */
  onDirectory?: ((directory: { id: string; name: string }) => void) | undefined;
  onStart?: ((file: HashedFile) => void) | undefined;
  onUploaded?: ((file: HashedFile, how: 'sent' | 'found') => void) | undefined;
}

export interface UploadFolderResult {
  /** Undefined only for a dry run without `directoryId`. */
  directoryId: string | undefined;
  files: HashedFile[];
  plan: UploadPlan;
  /** What the directory held before, by unique_id. */
  existing: Map<string, DirectoryFile>;
  /** Undefined for a dry run. */
  uploaded: UploadResult | undefined;
}

export async function uploadFolder(
  client: LlamaCloudClient,
  paths: string | readonly string[],
  options: UploadFolderOptions = {},
): Promise<UploadFolderResult> {
  const targets = typeof paths === 'string' ? [paths] : [...paths];
  const signal = options.signal ?? new AbortController().signal;
  const scope = options.scope ?? {};
  const files = await hashedFiles(targets, options, signal);
  const existing = options.directoryId
    ? await filesInDirectory(client, options.directoryId, scope, signal)
    : new Map<string, DirectoryFile>();
  const plan = planUploads(files, new Set(existing.keys()));
  options.onPlan?.(plan);
  if (options.dryRun) return { directoryId: options.directoryId, files, plan, existing, uploaded: undefined };
  let directoryId = options.directoryId;
  if (directoryId === undefined) {
    const name =
      options.directoryName ?? `${basename(targets[0] ?? 'files')}-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    const directory = await client.beta.directories.create({ ...scope, name }, { signal });
    options.onDirectory?.(directory);
    directoryId = directory.id;
  }
  const uploaded = await uploadFiles(client, directoryId, plan.upload, {
    concurrency: options.concurrency ?? DEFAULT_UPLOAD_CONCURRENCY,
    signal,
    scope,
    onStart: options.onStart,
    onUploaded: options.onUploaded,
  });
  // Uploads stopped by the signal end the workers quietly: the caller must still hear of it.
  if (signal.aborted) throw new APIUserAbortError();
  return { directoryId, files, plan, existing, uploaded };
}

async function hashedFiles(
  targets: string[],
  options: UploadFolderOptions,
  signal: AbortSignal,
): Promise<HashedFile[]> {
  const files = await collectFiles(targets, {
    accept: pathFilter(options.include ?? [], options.exclude ?? []),
    hidden: options.hidden === true,
    followSymlinks: options.followSymlinks === true,
  });
  const hashed: HashedFile[] = new Array(files.length);
  await eachConcurrently(files, HASHES_AT_ONCE, signal, async (file, index) => {
    hashed[index] = await hashFile(file, signal);
  }).catch((error: unknown) => {
    throw signal.aborted ? new APIUserAbortError() : error;
  });
  if (signal.aborted) throw new APIUserAbortError();
  return hashed;
}
