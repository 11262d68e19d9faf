/**
 * The upload stage of `batches run`, on the client's `uploadFolder`: the plan and the new directory
 * as stages, progress as files arrive, and on Ctrl-C what arrived and how to resume.
 */
import { APIUserAbortError } from '@llamacloud-batch/client';
import { FileSelectionError, type UploadFolderResult, uploadFolder } from '@llamacloud-batch/client/folders';
import { InterruptedError, UsageError } from '../errors.js';
import { DEFAULT_CONCURRENCY } from '../run-command.js';
import { formatBytes } from './progress.js';
import type { RunContext } from './run-batch.js';

export async function uploadStage(context: RunContext, targets: readonly string[]): Promise<UploadFolderResult> {
  const { client, io, options, progress } = context;
  const counts = { planned: 0, started: 0, done: 0, bytes: 0, totalBytes: 0 };
  let directoryId = options.directoryId;
  let startedAt = 0;
  try {
    const result = await uploadFolder(client, targets, {
      directoryId,
      directoryName: `batches-run-${new Date().toISOString().replace(/[:.]/g, '-')}`,
      include: options.include,
      exclude: options.exclude,
      hidden: options.hidden === true,
      followSymlinks: options.followSymlinks === true,
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      signal: io.signal,
      scope: context.scoped('beta.directories.files.upload'),
      dryRun: options.dryRun === true,
      onPlan: (plan) => {
        counts.planned = plan.upload.length;
        counts.totalBytes = plan.upload.reduce((sum, file) => sum + file.size, 0);
        planStage(context, plan.upload.length, plan.skip.length, counts.totalBytes);
        startedAt = Date.now();
      },
      onDirectory: (directory) => {
        directoryId = directory.id;
        const resume = context.resume(directory.id);
        progress.stage(
          { stage: 'directory', directory_id: directory.id, name: directory.name, resume },
          `Directory ${directory.id} created (to resume: ${resume})`,
        );
      },
      onStart: () => {
        counts.started++;
      },
      onUploaded: (file) => {
        counts.done++;
        counts.bytes += file.size;
        progress.uploaded(counts.done, counts.planned, counts.bytes, counts.totalBytes, Date.now() - startedAt);
      },
    });
    if (!options.dryRun) uploadedStage(context, counts.done, counts.bytes, startedAt, result);
    return result;
  } catch (error) {
    if (error instanceof FileSelectionError) throw new UsageError(error.message);
    if (io.signal.reason !== 'SIGINT' || !(error instanceof APIUserAbortError || io.signal.aborted)) throw error;
    progress.clear();
    if (directoryId === undefined) throw new InterruptedError('Interrupted: before anything was sent');
    throw interruptedUpload(context, directoryId, counts);
  }
}

function planStage(context: RunContext, upload: number, skip: number, bytes: number): void {
  if (upload + skip === 0) {
    throw new UsageError(
      'no files to upload: hidden files and symlinks are left out unless --hidden / --follow-symlinks, and --include / --exclude filter the rest',
    );
  }
  context.progress.stage(
    { stage: 'plan', files: upload + skip, upload, skip, bytes },
    `${upload + skip} files: ${upload} to upload (${formatBytes(bytes)}), ${skip} already there`,
  );
}

function uploadedStage(
  context: RunContext,
  done: number,
  bytes: number,
  startedAt: number,
  result: UploadFolderResult,
): void {
  const seconds = (Date.now() - startedAt) / 1000;
  context.progress.stage(
    {
      stage: 'upload',
      uploaded: done,
      bytes,
      seconds,
      found_after_uncertain: result.uploaded?.foundAfterUncertain ?? 0,
    },
    `Uploaded ${done} files (${formatBytes(bytes)}) in ${seconds.toFixed(1)} s`,
  );
}

/** Ctrl-C during uploads: say what arrived and how to go on (exit 130). */
function interruptedUpload(
  context: RunContext,
  directoryId: string,
  counts: { done: number; started: number; planned: number },
): InterruptedError {
  // A stopped upload may have arrived all the same: the resume's listing finds it, so it is not sent twice.
  const stopped = counts.started - counts.done;
  const inFlight = stopped > 0 ? ` (${stopped} stopped in flight may have arrived; resuming checks)` : '';
  return new InterruptedError(
    `Interrupted: ${counts.done} of ${counts.planned} files uploaded to ${directoryId}${inFlight}; the rest are not sent. ` +
      `To resume: ${context.resume(directoryId)}`,
  );
}
