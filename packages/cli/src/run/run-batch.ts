/**
 * Runs `batches run`: the client's uploadFolder (hash, list the directory, skip what it has, create
 * it, upload) → batch → wait → summary. Every input is checked before the first request; a run stopped
 * anywhere can be started again and sends only what is missing.
 */
import { type Batch, type LlamaCloudClient, validateInputs } from '@llamacloud-batch/client';
import { outcomesOf, type UploadFolderResult, type UploadPlan } from '@llamacloud-batch/client/folders';
import { type OperationMeta, operationModel } from '@llamacloud-batch/types';
import type { Command } from 'commander';
import { clientFor, type GlobalOptions } from '../client-factory.js';
import { JobEndedError, UsageError } from '../errors.js';
import { flagName, optionKey } from '../flags.js';
import type { Io } from '../io.js';
import { operationInputs } from '../operation-commands.js';
import { colorAllowed, palette } from '../output/colors.js';
import { createFormatter, type Format, tableWidth } from '../output/formats.js';
import { write } from '../output/writer.js';
import { RUN_CREATES, RUN_DIRECTORY_FIELD } from '../run-command.js';
import { createProgress, type Progress } from './progress.js';
import { resumeCommand } from './resume.js';
import { failureOf, type RunSummary, summarize } from './summary.js';
import { uploadStage } from './upload-stage.js';
import { waitForOutcome } from './wait-outcome.js';

export interface RunFlags extends GlobalOptions {
  directoryId?: string;
  include?: string[];
  exclude?: string[];
  hidden?: boolean;
  followSymlinks?: boolean;
  concurrency?: number;
  wait?: boolean;
  interval?: number;
  waitTimeout?: number;
  quiet?: boolean;
  allowFailures?: boolean;
  cancelOnInterrupt?: boolean;
  dryRun?: boolean;
  [flag: string]: unknown;
}

/** What a run needs besides its flags: the client, the progress display and the output format. */
export interface RunContext {
  client: LlamaCloudClient;
  io: Io;
  options: RunFlags;
  progress: Progress;
  /** The create's inputs from the pass-through flags (config, organization_id, …). */
  createParams: Record<string, unknown>;
  /** Sends `params` with the organization/project inputs the operation `key` also takes. */
  scoped: (key: keyof typeof operationModel) => Record<string, string>;
  resume: (directoryId: string) => string;
}

export async function runBatches(command: Command, io: Io): Promise<void> {
  const options = command.optsWithGlobals<RunFlags>();
  const context = await prepare(command, options, io);
  const uploaded = await uploadStage(context, command.processedArgs[0] as string[]);
  if (options.dryRun) return printDryRun(uploaded.plan, options.directoryId ?? null, io, options);
  await runBatch(context, uploaded);
}

/** Checks every input before anything is sent: the create's flags, the client's settings. */
async function prepare(command: Command, options: RunFlags, io: Io): Promise<RunContext> {
  const createParams: Record<string, unknown> = {};
  for (const [name, source] of operationInputs(RUN_CREATES)) {
    if (source.kind === 'path' || name === RUN_DIRECTORY_FIELD) continue;
    const value = options[optionKey(name)];
    if (typeof value === 'symbol')
      throw new UsageError(`--${flagName(name)} -: stdin is not read by batches run; give JSON or @file.json`);
    if (value !== undefined) createParams[name] = value;
  }
  if (options.directoryId !== undefined && options.directoryId.trim() === '') {
    throw new UsageError('--directory-id needs a directory id');
  }
  await validateInputs(RUN_CREATES, [], { ...createParams, [RUN_DIRECTORY_FIELD]: options.directoryId ?? 'dir-new' });
  const client = clientFor(options, io);
  const mode = options.quiet ? 'quiet' : io.stderr.isTTY ? 'terminal' : 'lines';
  const scoped = (key: keyof typeof operationModel) => {
    const taken = new Set((operationModel[key] as OperationMeta).parameters.map((parameter) => parameter.name));
    return Object.fromEntries(
      Object.entries(createParams).filter(([name, value]) => taken.has(name) && typeof value === 'string'),
    ) as Record<string, string>;
  };
  return {
    client,
    io,
    options,
    progress: createProgress(mode, io.stderr),
    createParams,
    scoped,
    resume: (directoryId) => resumeCommand(command, directoryId),
  };
}

/** The batch over the directory the uploads filled, the wait, and the summary. */
async function runBatch(context: RunContext, uploaded: UploadFolderResult): Promise<void> {
  const directoryId = uploaded.directoryId as string;
  const refused = uploaded.uploaded?.failed ?? [];
  const summaryOf = (batch: Batch | undefined) =>
    summarize({
      directoryId,
      batch,
      outcomes: batch ? outcomesOf(batch, uploaded) : [],
      total: uploaded.files.length,
      uploaded: uploaded.uploaded?.entries.size ?? 0,
      skipped: uploaded.plan.skip.length,
      refused,
    });
  // A refused file would be missing from the batch: stop and say which, before creating it.
  if (refused.length > 0) return finish(context, summaryOf(undefined));
  const batch = await createBatch(context, directoryId);
  if (context.options.wait === false) return write(context.io.stdout, `${batch.id}\n`);
  const final = await waitForOutcome(context, batch.id);
  context.progress.stage(
    { stage: 'wait', batch_id: batch.id, status: final.status },
    `Batch ${batch.id}: ${final.status}`,
  );
  return finish(context, summaryOf(final));
}

async function createBatch(context: RunContext, directoryId: string): Promise<Batch> {
  const params = { ...context.createParams, [RUN_DIRECTORY_FIELD]: directoryId };
  const batch = await context.client.batches.create(params as Parameters<LlamaCloudClient['batches']['create']>[0], {
    signal: context.io.signal,
  });
  context.progress.stage({ stage: 'batch', batch_id: batch.id, status: batch.status }, `Batch ${batch.id} created`);
  return batch;
}

async function finish(context: RunContext, summary: RunSummary): Promise<void> {
  await printRecord(summary, context.io, context.options.format);
  const failure = failureOf(summary, context.options.allowFailures === true);
  if (failure) throw new JobEndedError(failure);
}

function printDryRun(plan: UploadPlan, directoryId: string | null, io: Io, options: RunFlags): Promise<void> {
  const dry = {
    directory_id: directoryId,
    upload: plan.upload.map((file) => ({ display_name: file.displayName, bytes: file.size, unique_id: file.uniqueId })),
    skip: plan.skip.map(({ file, reason }) => ({ display_name: file.displayName, unique_id: file.uniqueId, reason })),
  };
  return printRecord(dry, io, options.format);
}

/** One record on stdout in --format (pretty on a terminal, json on a pipe). */
async function printRecord(record: object, io: Io, chosen: Format | undefined): Promise<void> {
  const format = chosen ?? (io.stdout.isTTY ? 'pretty' : 'json');
  const colors = palette(format === 'pretty' || format === 'table' ? colorAllowed(io.stdout, io.env) : false);
  const formatter = await createFormatter(format, { colors, record: true, width: tableWidth(io.stdout, io.env) });
  await write(io.stdout, formatter.page(record as Record<string, unknown>, [record]));
}
