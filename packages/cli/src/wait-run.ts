/** Runs `wait`: polls through the client, shows progress on a terminal, prints the final job. */
import type { JobStatusResponse, LlamaCloudClient } from '@llamacloud-batch/client';
import type { Command } from 'commander';
import { clientFor, type GlobalOptions } from './client-factory.js';
import { JobEndedError, UsageError, WaitTimedOutError } from './errors.js';
import { optionKey } from './flags.js';
import type { Io } from './io.js';
import { groupOperations } from './operation-commands.js';
import { colorAllowed, palette } from './output/colors.js';
import { createFormatter, tableWidth } from './output/formats.js';
import { write } from './output/writer.js';
import type { WaitKind } from './wait-command.js';

interface WaitFlags extends GlobalOptions {
  interval?: number;
  waitTimeout?: number;
  [flag: string]: unknown;
}

/** A v1 job's status answer, or a v2 batch: the two things `wait` returns. */
type Polled = JobStatusResponse | { id: string; status: string };

export async function runWait(kind: WaitKind, command: Command, io: Io): Promise<void> {
  const options = command.optsWithGlobals<WaitFlags>();
  const id = options[optionKey(kind.flag)];
  if (typeof id !== 'string' || id.trim() === '') throw new UsageError(`--${kind.flag} needs a ${kind.noun} id`);
  // The group's operations only (the one `wait` polls is among them): the rest of the spec is not read.
  const client = clientFor(
    options,
    io,
    groupOperations((group) => group === kind.group),
  ) as LlamaCloudClient;
  const progress = io.stderr.isTTY ? io.stderr : undefined;
  const waitOptions = {
    interval: options.interval === undefined ? undefined : Math.round(options.interval * 1000),
    timeout: options.waitTimeout === undefined ? undefined : Math.round(options.waitTimeout * 1000),
    signal: io.signal,
    onProgress: (status: Polled) => progress?.write(`\r\u001b[K${describeProgress(status)}`),
  };
  let final: Polled;
  try {
    final = await waitFor(client, kind, id, waitOptions);
  } catch (error) {
    if ((error as Error)?.name === 'WaitTimeoutError') {
      progress?.write('\n');
      throw new WaitTimedOutError(`${kind.noun} ${id}: ${(error as Error).message}`);
    }
    throw error;
  } finally {
    if (progress && io.signal.aborted) progress.write('\n');
  }
  progress?.write('\n');
  const format = options.format ?? (io.stdout.isTTY ? 'pretty' : 'json');
  const colors = palette(format === 'pretty' || format === 'table' ? colorAllowed(io.stdout, io.env) : false);
  const formatter = await createFormatter(format, { colors, record: true, width: tableWidth(io.stdout, io.env) });
  await write(io.stdout, formatter.page(final as Record<string, unknown>, [final]));
  const { state, error } = outcome(final);
  if (!/^completed$/i.test(state)) {
    throw new JobEndedError(`${kind.noun} ${id} ${state.toLowerCase()}${error ? `: ${error}` : ''}`);
  }
}

function waitFor(client: LlamaCloudClient, kind: WaitKind, id: string, options: object): Promise<Polled> {
  return kind.group === 'batches'
    ? (client.batches.wait(id, options) as Promise<Polled>)
    : (client.beta.batch.wait(id, options) as Promise<Polled>);
}

/** The state and error message of what a wait returned (a v1 status answer wraps the job). */
function outcome(polled: Polled): { state: string; error?: string | null | undefined } {
  if ('job' in polled) return { state: polled.job.status, error: polled.job.error_message };
  return { state: polled.status };
}

/** `running 45% — 9/20 processed, 1 failed, 0 skipped`, or just the state when there are no counts. */
export function describeProgress(polled: Polled): string {
  if (!('job' in polled)) return polled.status;
  const { job, progress_percentage } = polled;
  const counts = `${job.processed_items ?? 0}/${job.total_items} processed, ${job.failed_items ?? 0} failed, ${job.skipped_items ?? 0} skipped`;
  return `${job.status} ${Math.round(progress_percentage)}% — ${counts}`;
}
