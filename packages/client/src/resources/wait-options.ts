/** The types of waiting for a job (the polling itself, its constants and WaitTimeoutError are in wait.ts, loaded by the first wait). */
import type { components } from '@llamacloud-batch/types';
import type { RequestOptions } from '../core/transport.js';

type Schemas = components['schemas'];

export interface WaitOptions<Status> {
  /** Milliseconds between polls (default 2 000, DEFAULT_WAIT_INTERVAL_MS). */
  interval?: number | undefined;
  /** Give up after this many milliseconds with a WaitTimeoutError (default: wait as long as it takes). */
  timeout?: number | undefined;
  /** Stops the wait (and the poll in flight) with APIUserAbortError. */
  signal?: AbortSignal | undefined;
  /** Called with every status the wait sees, the last one included. */
  onProgress?: ((status: Status) => void) | undefined;
  /** Per-poll request options. */
  request?: Omit<RequestOptions, 'signal'> | undefined;
}

export type JobStatusResponse = Schemas['BatchJobStatusResponse'];
export type Batch = Schemas['Batch'];

/** `client.beta.batch.wait(jobId)`, on `beta.batch.getStatus`. */
export interface JobWaitMethod {
  readonly beta: {
    readonly batch: {
      /** Polls `getStatus` until the job is completed, failed or cancelled; resolves with the last status. */
      wait(jobId: string, options?: WaitOptions<JobStatusResponse>): Promise<JobStatusResponse>;
    };
  };
}

/** `client.batches.wait(batchId)`, on `batches.get`. */
export interface BatchWaitMethod {
  readonly batches: {
    /** Polls `get` until the batch is COMPLETED, FAILED or CANCELLED; resolves with the last batch. */
    wait(batchId: string, options?: WaitOptions<Batch>): Promise<Batch>;
  };
}

export interface WaitMethods extends JobWaitMethod, BatchWaitMethod {}

// biome-ignore lint/complexity/noBannedTypes: `{}` adds nothing to an intersection
type Nothing = {};
/** The waits of a client whose operations are `K`: each one where the operation it polls is there. */
export type WaitMethodsFor<K extends string> = ('beta.batch.getStatus' extends K ? JobWaitMethod : Nothing) &
  ('batches.get' extends K ? BatchWaitMethod : Nothing);
