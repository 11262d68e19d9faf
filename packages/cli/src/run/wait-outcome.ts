/**
 * `batches run`'s wait: as `batches wait` polls, then the batch with its per-file results. Ctrl-C
 * leaves the batch running and says so; with --cancel-on-interrupt it cancels it (asking on a terminal).
 */
import type { Batch } from '@llamacloud-batch/client';
import { confirm } from '../confirm.js';
import { InterruptedError, UsageError, WaitTimedOutError } from '../errors.js';
import type { RunContext } from './run-batch.js';

export async function waitForOutcome(context: RunContext, batchId: string): Promise<Batch> {
  const { client, io, options, progress } = context;
  try {
    await client.batches.wait(batchId, {
      interval: options.interval === undefined ? undefined : Math.round(options.interval * 1000),
      timeout: options.waitTimeout === undefined ? undefined : Math.round(options.waitTimeout * 1000),
      signal: io.signal,
      onProgress: (batch) => progress.polled(batch.status),
    });
  } catch (error) {
    progress.clear();
    if ((error as Error)?.name === 'WaitTimeoutError') {
      throw new WaitTimedOutError(
        `batch ${batchId}: ${(error as Error).message}; it runs on (llamacloud-prod batches wait --batch-id ${batchId})`,
      );
    }
    if (io.signal.reason === 'SIGINT') throw await interruptedWait(context, batchId);
    throw error;
  }
  progress.clear();
  return client.batches.get(batchId, { ...context.scoped('batches.get'), expand: ['results'] }, { signal: io.signal });
}

async function interruptedWait(context: RunContext, batchId: string): Promise<Error> {
  const running = `batch ${batchId} is still running (wait again: llamacloud-prod batches wait --batch-id ${batchId}; stop it: llamacloud-prod batches cancel --batch-id ${batchId})`;
  if (!context.options.cancelOnInterrupt) return interruption(running);
  // The run's signal is spent; the question and the cancel get their own (a second Ctrl-C still exits).
  const io = { ...context.io, signal: new AbortController().signal };
  if (io.stdin?.isTTY && io.stderr.isTTY) {
    try {
      await confirm(`Cancel batch ${batchId}?`, io);
    } catch (error) {
      if (error instanceof UsageError) return interruption(running);
      throw error;
    }
  }
  await context.client.batches.cancel(batchId, context.scoped('batches.cancel'));
  return interruption(`batch ${batchId} cancelled`);
}

function interruption(message: string): InterruptedError {
  return new InterruptedError(`Interrupted: ${message}`);
}
