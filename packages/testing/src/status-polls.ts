/** Fault-server handlers for a job (v1) or batch (v2) whose status moves on with every poll. */
import { type BatchJobStatus, type components, type OperationKey, operationModel } from '@llamacloud-batch/types';
import { makeBatch } from './batches.js';
import type { FaultHandler } from './fault-server.js';
import { makeJob } from './jobs.js';

type BatchStatus = components['schemas']['BatchStatus'];

const TOTAL_ITEMS = 10;

/** Matches `path` against the operation's template, e.g. `/api/v2/batches/{batch_id}`; its one path value, or undefined. */
function pathValueOf(key: OperationKey, path: string): string | undefined {
  const template = operationModel[key].path;
  const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`);
  const match = pattern.exec(path)?.[1];
  return match === undefined ? undefined : decodeURIComponent(match);
}

/**
 * Answers `key`'s GET for `id`: the n-th poll sees `statuses[n]` (the last one repeats), with items
 * processed in step; any other id or path is a 404 like the real API's.
 */
function statusPolls<S extends string>(
  key: OperationKey,
  id: string,
  statuses: readonly S[],
  bodyOf: (status: S, processed: number) => unknown,
): FaultHandler {
  let polls = 0;
  return (request) => {
    if (request.method !== 'GET' || pathValueOf(key, request.url.pathname) !== id) {
      return { status: 404, body: { detail: 'Not found' } };
    }
    const step = Math.min(polls++, statuses.length - 1);
    const processed = Math.round((TOTAL_ITEMS * step) / Math.max(1, statuses.length - 1));
    return { body: bodyOf(statuses[step] as S, processed) };
  };
}

/** `beta.batch.getStatus` for job `jobId`, one status per poll: e.g. pending, running, completed. */
export function jobStatusHandler(jobId: string, statuses: readonly BatchJobStatus[]): FaultHandler {
  return statusPolls('beta.batch.getStatus', jobId, statuses, (status, processed) => ({
    job: { ...makeJob(0), id: jobId, status, total_items: TOTAL_ITEMS, processed_items: processed },
    progress_percentage: (processed / TOTAL_ITEMS) * 100,
  }));
}

/** `batches.get` for batch `batchId`, one status per poll: e.g. PENDING, RUNNING, COMPLETED. */
export function batchStatusHandler(batchId: string, statuses: readonly BatchStatus[]): FaultHandler {
  return statusPolls('batches.get', batchId, statuses, (status) => ({ ...makeBatch(0), id: batchId, status }));
}
