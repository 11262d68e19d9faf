/** The upload stage of `batches run`: progress as files arrive, and on Ctrl-C what arrived and how to resume. */

import { InterruptedError } from '../errors.js';
import { DEFAULT_CONCURRENCY } from '../run-command.js';
import type { UploadPlan } from './plan.js';
import { formatBytes } from './progress.js';
import type { RunContext } from './run-batch.js';
import { type UploadResult, uploadFiles } from './upload-folder.js';

export async function uploadStage(context: RunContext, directoryId: string, plan: UploadPlan): Promise<UploadResult> {
  const { client, io, options, progress } = context;
  const totalBytes = plan.upload.reduce((sum, file) => sum + file.size, 0);
  let started = 0;
  let done = 0;
  let doneBytes = 0;
  const startedAt = Date.now();
  const stopped = () =>
    interruptedUpload(context, directoryId, { done, inFlight: started - done, total: plan.upload.length });
  const result = await uploadFiles(client, directoryId, plan.upload, {
    concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    signal: io.signal,
    scope: context.scoped('beta.directories.files.upload'),
    onStart: () => {
      started++;
    },
    onUploaded: (file) => {
      done++;
      doneBytes += file.size;
      progress.uploaded(done, plan.upload.length, doneBytes, totalBytes, Date.now() - startedAt);
    },
  }).catch((error: unknown) => {
    throw io.signal.reason === 'SIGINT' ? stopped() : error;
  });
  if (io.signal.aborted) throw stopped();
  const seconds = (Date.now() - startedAt) / 1000;
  progress.stage(
    { stage: 'upload', uploaded: done, bytes: doneBytes, seconds, found_after_uncertain: result.foundAfterUncertain },
    `Uploaded ${done} files (${formatBytes(doneBytes)}) in ${seconds.toFixed(1)} s`,
  );
  return result;
}

/** Ctrl-C during uploads: say what arrived and how to go on (exit 130). */
function interruptedUpload(
  context: RunContext,
  directoryId: string,
  counts: { done: number; inFlight: number; total: number },
): InterruptedError {
  context.progress.clear();
  // A stopped upload may have arrived all the same: the resume's listing finds it, so it is not sent twice.
  const inFlight =
    counts.inFlight > 0 ? ` (${counts.inFlight} stopped in flight may have arrived; resuming checks)` : '';
  return new InterruptedError(
    `Interrupted: ${counts.done} of ${counts.total} files uploaded to ${directoryId}${inFlight}; the rest are not sent. ` +
      `To resume: ${context.resume(directoryId)}`,
  );
}
