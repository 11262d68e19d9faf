/**
 * Runs `batches run`: files → plan (hash, list the directory, skip what it has) → directory →
 * uploads → batch → wait → summary. Every input is checked before the first request; a run stopped
 * anywhere can be started again and sends only what is missing.
 */
import { basename } from 'node:path';
import { type Batch, type LlamaCloudClient, validateInputs } from '@llamacloud-batch/client';
import { type OperationMeta, operationModel } from '@llamacloud-batch/types';
import type { Command } from 'commander';
import { clientFor, type GlobalOptions } from '../client-factory.js';
import { InterruptedError, JobEndedError, UsageError } from '../errors.js';
import { optionKey } from '../flags.js';
import type { Io } from '../io.js';
import { operationInputs } from '../operation-commands.js';
import { colorAllowed, palette } from '../output/colors.js';
import { createFormatter, tableWidth } from '../output/formats.js';
import { write } from '../output/writer.js';
import { DEFAULT_CONCURRENCY, RUN_CREATES, RUN_DIRECTORY_FIELD } from '../run-command.js';
import { eachConcurrently } from './concurrently.js';
import { pathFilter } from './glob.js';
import { collectFiles, type HashedFile, hashFile, planUploads, type UploadPlan } from './plan.js';
import { createProgress, formatBytes, type Progress } from './progress.js';
import { resumeCommand } from './resume.js';
import { failureOf, summarize } from './summary.js';
import { type DirectoryFile, filesInDirectory, uploadFiles } from './upload-folder.js';
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
  const files = await collectFiles(command.processedArgs[0] as string[], {
    accept: pathFilter(options.include ?? [], options.exclude ?? []),
    hidden: options.hidden === true,
    followSymlinks: options.followSymlinks === true,
  });
  if (files.length === 0) {
    throw new UsageError(
      'no files to upload: hidden files and symlinks are left out unless --hidden / --follow-symlinks, and --include / --exclude filter the rest',
    );
  }
  const hashed: HashedFile[] = new Array(files.length);
  await eachConcurrently(files, 8, io.signal, async (file, index) => {
    hashed[index] = await hashFile(file, io.signal);
  });
  if (io.signal.aborted)
    throw io.signal.reason === 'SIGINT' ? interruption('before anything was sent') : io.signal.reason;
  const existing = options.directoryId
    ? await filesInDirectory(
        context.client,
        options.directoryId,
        context.scoped('beta.directories.files.list'),
        io.signal,
      )
    : new Map<string, DirectoryFile>();
  const plan = planUploads(hashed, new Set(existing.keys()));
  const bytes = plan.upload.reduce((sum, file) => sum + file.size, 0);
  context.progress.stage(
    { stage: 'plan', files: hashed.length, upload: plan.upload.length, skip: plan.skip.length, bytes },
    `${hashed.length} files: ${plan.upload.length} to upload (${formatBytes(bytes)}), ${plan.skip.length} already there`,
  );
  if (options.dryRun) return printDryRun(plan, options.directoryId ?? null, io, options);
  const directoryId = options.directoryId ?? (await createDirectory(context, command.processedArgs[0] as string[]));
  await uploadAndRun(context, directoryId, hashed.length, plan, existing);
}

/** Checks every input before anything is sent: the create's flags, the client's settings. */
async function prepare(command: Command, options: RunFlags, io: Io): Promise<RunContext> {
  const createParams: Record<string, unknown> = {};
  for (const [name, source] of operationInputs(RUN_CREATES)) {
    if (source.kind === 'path' || name === RUN_DIRECTORY_FIELD) continue;
    const value = options[optionKey(name)];
    if (typeof value === 'symbol')
      throw new UsageError(`--${name.replace(/_/g, '-')} -: stdin is not read by batches run; give JSON or @file.json`);
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

async function createDirectory(context: RunContext, targets: readonly string[]): Promise<string> {
  const name = `batches-run-${basename(targets[0] ?? 'files')}-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  const directory = await context.client.beta.directories.create(
    { ...context.scoped('beta.directories.create'), name },
    { signal: context.io.signal },
  );
  context.progress.stage(
    { stage: 'directory', directory_id: directory.id, name: directory.name, resume: context.resume(directory.id) },
    `Directory ${directory.id} created (to resume: ${context.resume(directory.id)})`,
  );
  return directory.id;
}

async function uploadAndRun(
  context: RunContext,
  directoryId: string,
  total: number,
  plan: UploadPlan,
  existing: Map<string, DirectoryFile>,
): Promise<void> {
  const { client, io, options, progress } = context;
  const totalBytes = plan.upload.reduce((sum, file) => sum + file.size, 0);
  let done = 0;
  let doneBytes = 0;
  const started = Date.now();
  const result = await uploadFiles(client, directoryId, plan.upload, {
    concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    signal: io.signal,
    scope: context.scoped('beta.directories.files.upload'),
    onUploaded: (file) => {
      done++;
      doneBytes += file.size;
      progress.uploaded(done, plan.upload.length, doneBytes, totalBytes, Date.now() - started);
    },
  }).catch((error: unknown) => {
    throw io.signal.reason === 'SIGINT' ? interruptedUpload(context, directoryId, done, plan.upload.length) : error;
  });
  if (io.signal.aborted) throw interruptedUpload(context, directoryId, done, plan.upload.length);
  const seconds = (Date.now() - started) / 1000;
  progress.stage(
    { stage: 'upload', uploaded: done, bytes: doneBytes, seconds, found_after_uncertain: result.foundAfterUncertain },
    `Uploaded ${done} files (${formatBytes(doneBytes)}) in ${seconds.toFixed(1)} s`,
  );
  const names = new Map<string, string>();
  for (const file of plan.upload) {
    const entry = result.entries.get(file.uniqueId);
    if (entry) names.set(entry.id, file.displayName);
  }
  for (const entry of existing.values()) names.set(entry.id, entry.display_name);
  const summaryOf = (batch: Batch | undefined) =>
    summarize({ directoryId, batch, total, uploaded: done, skipped: plan.skip.length, refused: result.failed, names });
  if (result.failed.length > 0) return finish(context, summaryOf(undefined));
  const batch = await client.batches.create({ ...context.createParams, [RUN_DIRECTORY_FIELD]: directoryId } as never, {
    signal: io.signal,
  });
  progress.stage({ stage: 'batch', batch_id: batch.id, status: batch.status }, `Batch ${batch.id} created`);
  if (options.wait === false) {
    await write(io.stdout, `${batch.id}\n`);
    return;
  }
  const final = await waitForOutcome(context, batch.id);
  progress.stage({ stage: 'wait', batch_id: batch.id, status: final.status }, `Batch ${batch.id}: ${final.status}`);
  return finish(context, summaryOf(final));
}

async function finish(context: RunContext, summary: ReturnType<typeof summarize>): Promise<void> {
  const { io, options } = context;
  const format = options.format ?? (io.stdout.isTTY ? 'pretty' : 'json');
  const colors = palette(format === 'pretty' || format === 'table' ? colorAllowed(io.stdout, io.env) : false);
  const formatter = await createFormatter(format, { colors, record: true, width: tableWidth(io.stdout, io.env) });
  await write(io.stdout, formatter.page(summary as unknown as Record<string, unknown>, [summary]));
  const failure = failureOf(summary, options.allowFailures === true);
  if (failure) throw new JobEndedError(failure);
}

async function printDryRun(plan: UploadPlan, directoryId: string | null, io: Io, options: RunFlags): Promise<void> {
  const dry = {
    directory_id: directoryId,
    upload: plan.upload.map((file) => ({ display_name: file.displayName, bytes: file.size, unique_id: file.uniqueId })),
    skip: plan.skip.map(({ file, reason }) => ({ display_name: file.displayName, unique_id: file.uniqueId, reason })),
  };
  const format = options.format ?? (io.stdout.isTTY ? 'pretty' : 'json');
  const colors = palette(format === 'pretty' || format === 'table' ? colorAllowed(io.stdout, io.env) : false);
  const formatter = await createFormatter(format, { colors, record: true, width: tableWidth(io.stdout, io.env) });
  await write(io.stdout, formatter.page(dry, [dry]));
}

/** Ctrl-C during uploads: say what arrived and how to go on, then exit 130. */
function interruptedUpload(context: RunContext, directoryId: string, done: number, total: number): Error {
  context.progress.clear();
  return interruption(
    `${done} of ${total} files uploaded to ${directoryId}; the rest are not sent. To resume: ${context.resume(directoryId)}`,
  );
}

function interruption(message: string): InterruptedError {
  return new InterruptedError(`Interrupted: ${message}`);
}
