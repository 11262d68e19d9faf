/** `beta:batch list`: flags → query → client → formatter → stdout. */
import {
  type ClientOptions,
  createLlamaCloudClient,
  DEFAULT_BASE_URL,
  DEFAULT_LOG_LEVEL,
  type Logger,
  parseLogLevel,
} from '@llamacloud-batch/client';
import type { Command } from 'commander';
import { UsageError } from './errors.js';
import { queryFromOptions } from './flags.js';
import { colorAllowed, palette } from './output/colors.js';
import { parseFields, projectFields } from './output/fields.js';
import { createFormatter, type Format } from './output/formats.js';
import { write } from './output/writer.js';
import { DEFAULT_READ_AHEAD, listParameters } from './program.js';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** Aborted on Ctrl-C or a closed stdout. */
  signal: AbortSignal;
}

interface GlobalOptions {
  apiKey?: string;
  baseUrl?: string;
  format?: Format;
  debug?: boolean;
  timeout?: number;
  maxRetries?: number;
  all?: boolean;
  maxItems?: number;
  readAhead?: number;
  fields?: string;
}

export async function listCommand(command: Command, io: Io): Promise<void> {
  const options = command.optsWithGlobals<GlobalOptions>();
  const query = queryFromOptions(listParameters, options as Record<string, unknown>);
  const paging = options.all === true || options.maxItems !== undefined;
  if (!paging && options.readAhead !== undefined) {
    throw new UsageError('--read-ahead applies only when paging: add --all or --max-items <n>');
  }
  const client = createLlamaCloudClient({
    ...fromEnvironment(options, io.env),
    timeout: options.timeout === undefined ? undefined : Math.round(options.timeout * 1000),
    maxRetries: options.maxRetries,
    logger: stderrLogger(io.stderr),
  });
  const format = options.format ?? (io.stdout.isTTY ? 'pretty' : 'json');
  const fields = options.fields === undefined ? undefined : parseFields(options.fields);
  const project = fields ? projectFields(fields) : (item: unknown) => item;
  const colors = palette(format === 'pretty' || format === 'table' ? colorAllowed(io.stdout, io.env) : false);
  const { fieldColumns } = fields && format === 'table' ? await import('./output/table.js') : { fieldColumns: null };
  const formatter = await createFormatter(format, {
    colors,
    columns: fields && fieldColumns ? fieldColumns(fields) : undefined,
    width: io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80,
  });

  if (!paging) {
    const page = await client.batch.list(query, { signal: io.signal });
    const items = page.items.map(project);
    await write(io.stdout, formatter.page(fields ? { ...page, items } : page, items));
    return;
  }

  const progress = io.stderr.isTTY && !io.stdout.isTTY ? io.stderr : undefined;
  let first = true;
  let pageCount = 0;
  let itemCount = 0;
  const walk = client.batch.pages(query, {
    maxItems: options.maxItems,
    readAhead: options.readAhead ?? DEFAULT_READ_AHEAD,
    signal: io.signal,
  });
  for await (const page of walk) {
    await write(io.stdout, formatter.batch(page.items.map(project), { first, last: false }));
    first = false;
    pageCount++;
    itemCount += page.items.length;
    progress?.write(`\r${pageCount} ${pageCount === 1 ? 'page' : 'pages'}, ${itemCount} jobs…`);
  }
  progress?.write('\r\u001b[K');
  await write(io.stdout, formatter.batch([], { first, last: true }));
}

/**
 * Settings that flags or LLAMA_CLOUD_* variables give, read from `env` (run()'s io.env) and passed to
 * the client explicitly, so it never falls back to process.env behind the caller's back.
 */
function fromEnvironment(options: GlobalOptions, env: Io['env']) {
  const apiKey = options.apiKey ?? env.LLAMA_CLOUD_API_KEY;
  if (!apiKey?.trim()) {
    throw new UsageError('Missing API key: pass --api-key <key> or set LLAMA_CLOUD_API_KEY');
  }
  const logLevel = env.LLAMA_CLOUD_LOG?.trim();
  return {
    apiKey,
    // An empty LLAMA_CLOUD_BASE_URL means unset, as it does for the client, not an invalid URL.
    baseUrl: (options.baseUrl ?? env.LLAMA_CLOUD_BASE_URL)?.trim() || DEFAULT_BASE_URL,
    logLevel: options.debug ? 'debug' : logLevel ? parseLogLevel(logLevel, 'LLAMA_CLOUD_LOG') : DEFAULT_LOG_LEVEL,
  } satisfies ClientOptions;
}

/** Debug and retry logs as single lines on stderr; structured details as compact JSON. */
function stderrLogger(stderr: NodeJS.WritableStream): Logger {
  const line =
    (level: string) =>
    (message: string, ...rest: unknown[]) => {
      const details = rest.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join(' ');
      stderr.write(`[${level}] ${message}${details ? ` ${details}` : ''}\n`);
    };
  return { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
}
