/**
 * `client.beta.batch.wait(jobId)` and `client.batches.wait(batchId)`: ours, on top of the generated
 * methods — poll the job's status until it reaches a terminal state, a timeout, or an abort. Each
 * poll is an ordinary call (transient errors are retried as usual; a 404 ends the wait at once).
 * Loaded by the first wait; also the package's `@llamacloud-batch/client/wait` entry (WaitTimeoutError,
 * the terminal states), so apps that never wait don't carry it.
 */

import type { components } from '@llamacloud-batch/types';
import { sleep } from '../core/sleep.js';
import { ConfigurationError, LlamaCloudError } from '../errors.js';
import type { OperationTree } from '../operations/types.js';

import type { Batch, JobStatusResponse, WaitOptions } from './wait-options.js';

type Schemas = components['schemas'];
type JobStatus = Schemas['BatchJobStatus'];
type BatchStatus = Schemas['BatchStatus'];

/** States a v1 batch job never leaves (checked against the spec's enum by the compiler). */
export const JOB_TERMINAL_STATES = ['completed', 'failed', 'cancelled'] as const satisfies readonly JobStatus[];
/** States a v2 batch never leaves (checked against the spec's enum by the compiler). */
export const BATCH_TERMINAL_STATES = ['COMPLETED', 'FAILED', 'CANCELLED'] as const satisfies readonly BatchStatus[];

export const DEFAULT_WAIT_INTERVAL_MS = 2_000;

/** The wait's deadline passed before the job reached a terminal state; `last` is what it saw last. */
export class WaitTimeoutError extends LlamaCloudError {
  override name = 'WaitTimeoutError';
  constructor(
    readonly timeoutMs: number,
    readonly last: unknown,
    state: string | undefined,
  ) {
    super(`Still ${state ?? 'not finished'} after waiting ${timeoutMs / 1000} s`);
  }
}

/** `client.beta.batch.wait`: polls `getStatus` until the job is completed, failed or cancelled. */
export function waitForJob(
  tree: OperationTree,
  jobId: string,
  options: WaitOptions<JobStatusResponse> = {},
): Promise<JobStatusResponse> {
  return pollUntilDone(
    (signal) => tree.beta.batch.getStatus(jobId, {}, { ...options.request, signal }),
    (status) => status.job.status,
    JOB_TERMINAL_STATES,
    options,
  );
}

/** `client.batches.wait`: polls `get` until the batch is COMPLETED, FAILED or CANCELLED. */
export function waitForBatch(tree: OperationTree, batchId: string, options: WaitOptions<Batch> = {}): Promise<Batch> {
  return pollUntilDone(
    (signal) => tree.batches.get(batchId, {}, { ...options.request, signal }),
    (batch) => batch.status,
    BATCH_TERMINAL_STATES,
    options,
  );
}

async function pollUntilDone<Status>(
  poll: (signal: AbortSignal | undefined) => Promise<Status>,
  stateOf: (status: Status) => string,
  terminal: readonly string[],
  options: WaitOptions<Status>,
): Promise<Status> {
  const interval = options.interval ?? DEFAULT_WAIT_INTERVAL_MS;
  if (!Number.isFinite(interval) || interval < 0) {
    throw new ConfigurationError(`Invalid interval: ${interval} (allowed: a number of milliseconds ≥ 0)`);
  }
  const { timeout, signal } = options;
  if (timeout !== undefined && (!Number.isFinite(timeout) || timeout <= 0)) {
    throw new ConfigurationError(`Invalid timeout: ${timeout} (allowed: a number of milliseconds > 0)`);
  }
  const deadline = timeout === undefined ? undefined : Date.now() + timeout;
  // One controller for the poll in flight, so the deadline can stop it too.
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort, { once: true });
  if (signal?.aborted) controller.abort();
  const timer = deadline === undefined ? undefined : setTimeout(abort, Math.min(timeout ?? 0, 2 ** 31 - 1));
  let last: Status | undefined;
  try {
    for (;;) {
      try {
        last = await poll(controller.signal);
      } catch (error) {
        if (deadline !== undefined && Date.now() >= deadline && !signal?.aborted) {
          throw new WaitTimeoutError(timeout ?? 0, last, last === undefined ? undefined : stateOf(last));
        }
        throw error;
      }
      options.onProgress?.(last);
      if (terminal.includes(stateOf(last))) return last;
      const timedOut = () => new WaitTimeoutError(timeout ?? 0, last, stateOf(last as Status));
      if (deadline !== undefined && Date.now() >= deadline) throw timedOut();
      await sleep(deadline === undefined ? interval : Math.min(interval, deadline - Date.now()), signal);
      if (deadline !== undefined && Date.now() >= deadline) throw timedOut();
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}
