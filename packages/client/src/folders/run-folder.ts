/// <reference types="node" />
/**
 * `runFolder(client, paths, { config })`: a folder to results — uploadFolder, then the v2 batch over
 * the directory, then a wait, then each file's outcome by name. A file the server refused means no
 * batch (it would be missing from it): the result says which, with `batch` undefined.
 */
import type { LlamaCloudClient } from '../client.js';
import type { Batch, WaitOptions } from '../resources/wait-options.js';
import { type UploadFolderOptions, type UploadFolderResult, uploadFolder } from './upload-folder.js';

export interface RunFolderOptions extends Omit<UploadFolderOptions, 'dryRun'> {
  /** The batch's settings: the job to create for each file. */
  config: Batch['config'];
  /** How to wait (interval, timeout, onProgress), or false to return once the batch is created. */
  wait?: Omit<WaitOptions<Batch>, 'signal'> | false | undefined;
}

/** One file's result, named: the file's display name beside the batch's own. */
export interface FileOutcome {
  display_name: string;
  source_directory_file_id: string;
  error_message: string | null;
}

export interface RunFolderResult extends UploadFolderResult {
  /** The batch, with its results when it was waited for; undefined when a file was refused. */
  batch: Batch | undefined;
  /** Each file's result (after a wait), failed ones first. */
  outcomes: FileOutcome[];
}

export async function runFolder(
  client: LlamaCloudClient,
  paths: string | readonly string[],
  options: RunFolderOptions,
): Promise<RunFolderResult> {
  const uploaded = await uploadFolder(client, paths, options);
  const directoryId = uploaded.directoryId as string;
  if ((uploaded.uploaded?.failed.length ?? 0) > 0) return { ...uploaded, batch: undefined, outcomes: [] };
  const scope = options.scope ?? {};
  const signal = options.signal;
  const created = await client.batches.create(
    { ...scope, config: options.config, source_directory_id: directoryId },
    { signal },
  );
  if (options.wait === false) return { ...uploaded, batch: created, outcomes: [] };
  await client.batches.wait(created.id, { ...options.wait, signal });
  const batch = await client.batches.get(created.id, { ...scope, expand: ['results'] }, { signal });
  return { ...uploaded, batch, outcomes: outcomesOf(batch, uploaded) };
}

/** The batch's results with each file's display name (from this run's uploads and the directory's listing). */
export function outcomesOf(
  batch: Batch,
  uploaded: Pick<UploadFolderResult, 'plan' | 'existing' | 'uploaded'>,
): FileOutcome[] {
  const names = new Map<string, string>();
  for (const entry of uploaded.existing.values()) names.set(entry.id, entry.display_name);
  for (const entry of uploaded.uploaded?.entries.values() ?? []) names.set(entry.id, entry.display_name);
  const outcomes = (batch.results ?? []).map((result) => ({
    display_name: names.get(result.source_directory_file_id) ?? result.source_directory_file_id,
    source_directory_file_id: result.source_directory_file_id,
    error_message: result.error_message ?? null,
  }));
  return [
    ...outcomes.filter((outcome) => outcome.error_message !== null),
    ...outcomes.filter((outcome) => outcome.error_message === null),
  ];
}
