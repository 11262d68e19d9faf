/// <reference types="node" />
/**
 * Uploads planned files into a directory, `concurrency` at a time, each streamed from disk. An upload
 * whose effect is unknown (5xx, a timeout, a connection lost after sending) is never sent again
 * blindly: the directory is asked for the file's unique_id first, and only a file that is not there
 * is sent again. The signal starts no new upload and aborts those in flight.
 */
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import type { LlamaCloudClient } from '../client.js';
import { APIError } from '../errors.js';
import { eachConcurrently } from './concurrently.js';
import { mediaTypeOf } from './media-types.js';
import type { HashedFile } from './plan.js';

/** Upload attempts per file, each after a listing showed the file is not there. */
const MAX_ATTEMPTS = 3;

export type DirectoryFile = Awaited<ReturnType<LlamaCloudClient['beta']['directories']['files']['upload']>>;

/** Every file the directory holds (every page), by unique_id: what a run does not send again. */
export async function filesInDirectory(
  client: LlamaCloudClient,
  directoryId: string,
  scope: Record<string, string>,
  signal: AbortSignal,
): Promise<Map<string, DirectoryFile>> {
  const files = new Map<string, DirectoryFile>();
  for await (const entry of client.beta.directories.files.list(
    directoryId,
    { ...scope, page_size: 1000 },
    { signal },
  )) {
    files.set(entry.unique_id, entry);
  }
  return files;
}

export interface UploadOptions {
  concurrency: number;
  signal: AbortSignal;
  /** organization_id / project_id, sent with every call when given. */
  scope: Record<string, string>;
  /** Called as a file's upload starts. */
  onStart?: ((file: HashedFile) => void) | undefined;
  /** Called when a file is in the directory: sent now, or found there after an uncertain answer. */
  onUploaded?: ((file: HashedFile, how: 'sent' | 'found') => void) | undefined;
}

export interface UploadFailure {
  file: HashedFile;
  message: string;
}

export interface UploadResult {
  /** The directory's entry for each file now in it, by unique_id. */
  entries: Map<string, DirectoryFile>;
  /** Files the server refused (e.g. 413, 422): the others went on. */
  failed: UploadFailure[];
  /** How many answers were uncertain and settled by a listing that found the file. */
  foundAfterUncertain: number;
}

export async function uploadFiles(
  client: LlamaCloudClient,
  directoryId: string,
  files: readonly HashedFile[],
  options: UploadOptions,
): Promise<UploadResult> {
  const result: UploadResult = { entries: new Map(), failed: [], foundAfterUncertain: 0 };
  await eachConcurrently(files, options.concurrency, options.signal, async (file) => {
    options.onStart?.(file);
    const outcome = await uploadOne(client, directoryId, file, options);
    if ('failure' in outcome) {
      result.failed.push({ file, message: outcome.failure });
      return;
    }
    result.entries.set(file.uniqueId, outcome.entry);
    if (outcome.how === 'found') result.foundAfterUncertain++;
    options.onUploaded?.(file, outcome.how);
  });
  return result;
}

type Outcome = { entry: DirectoryFile; how: 'sent' | 'found' } | { failure: string };

async function uploadOne(
  client: LlamaCloudClient,
  directoryId: string,
  file: HashedFile,
  options: UploadOptions,
): Promise<Outcome> {
  const files = client.beta.directories.files;
  for (let attempt = 1; ; attempt++) {
    const type = mediaTypeOf(file.path);
    // A File over the Blob from disk: fetch reads it as the body goes out, never whole.
    const upload_file = new File([await openAsBlob(file.path, { type })], basename(file.displayName), { type });
    try {
      const entry = await files.upload(
        directoryId,
        { ...options.scope, upload_file, display_name: file.displayName, unique_id: file.uniqueId },
        { signal: options.signal },
      );
      return { entry, how: 'sent' };
    } catch (error) {
      if (!(error instanceof Error) || (error as { mayHaveTakenEffect?: boolean }).mayHaveTakenEffect !== true) {
        // A refusal of this file (too large, invalid) is the file's; auth, 404 and the rest stop the run.
        if (error instanceof APIError && [400, 413, 415, 422].includes(error.status)) {
          return { failure: error.message };
        }
        throw error;
      }
      // It may have been stored: ask the directory before sending it again.
      const page = await files.list(
        directoryId,
        { ...options.scope, unique_id: file.uniqueId, page_size: 1 },
        { signal: options.signal },
      );
      const found = page.items.find((entry) => entry.unique_id === file.uniqueId);
      if (found) return { entry: found, how: 'found' };
      if (attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
