/**
 * Runs any operation's command: flags → path values and one params object → the client's method →
 * formatter → stdout. Paginated commands stream every page with --all / --max-items.
 */
import { type AnyOperationMethod, closest, methodFor, validateInputs } from '@llamacloud-batch/client';
import { type OperationMeta, operationTables } from '@llamacloud-batch/types';
import type { Command } from 'commander';
import { clientFor, type GlobalOptions } from './client-factory.js';
import { confirm, questionFor } from './confirm.js';
import { UsageError } from './errors.js';
import { isFileArgument, openFileArgument } from './file-argument.js';
import { flagName, inputFlag, optionKey } from './flags.js';
import type { Io } from './io.js';
import {
  commandPath,
  DEFAULT_READ_AHEAD,
  groupOperations,
  hintsOf,
  operationInputs,
  STDIN,
  sourceFlag,
  summaryOf,
} from './operation-commands.js';
import { binaryOutput, writeBinary } from './output/binary.js';
import { colorAllowed, palette } from './output/colors.js';
import { type Projection, parseFields, projectFields } from './output/fields.js';
import { createFormatter, type Formatter, tableWidth } from './output/formats.js';
import { write } from './output/writer.js';

interface CommandOptions extends GlobalOptions {
  all?: boolean;
  maxItems?: number;
  readAhead?: number;
  fields?: string;
  body?: unknown;
  yes?: boolean;
  [flag: string]: unknown;
}

export async function runOperation(operation: OperationMeta, command: Command, io: Io): Promise<void> {
  const options = command.optsWithGlobals<CommandOptions>();
  const pathValues = (operation.pathParams ?? []).map((name) => {
    // The model declares every path parameter; its flag is the model's where the name's would clash.
    const flag = inputFlag(operation.parameters.find((p) => p.in === 'path' && p.name === name) ?? { name });
    const value = options[optionKey(flag)];
    // The client would say "argument 1"; a CLI user needs the flag.
    if (typeof value === 'string' && value.trim() === '') throw new UsageError(`--${flag} needs a non-empty value`);
    return value;
  });
  const params = await paramsFromOptions(operation, options, io);
  const paging = options.all === true || options.maxItems !== undefined;
  if (!paging && options.readAhead !== undefined) {
    throw new UsageError('--read-ahead applies only when paging: add --all or --max-items <n>');
  }
  const output = binaryOutput(operation, options, io);
  // A client with this group's operations only: the rest of the spec is not read.
  const client = clientFor(
    options,
    io,
    groupOperations((group) => group === operation.group),
  );
  // Inputs are checked before asking anything, so a confirmation is never for a request that can't be sent.
  await validateInputs(operation, pathValues, params);
  if (hintsOf(operation).destructive && options.yes !== true) await confirm(questionFor(operation, pathValues), io);

  const format = options.format ?? (io.stdout.isTTY ? 'pretty' : 'json');
  const fields = options.fields === undefined ? undefined : parseFields(options.fields);
  const project: Projection = fields ? projectFields(fields) : (items) => [...items];
  const colors = palette(format === 'pretty' || format === 'table' ? colorAllowed(io.stdout, io.env) : false);
  const results = operation.pagination?.results;
  const tables = operationTables as Readonly<Record<string, readonly { name: string }[]>>;
  const formatter = await createFormatter(format, {
    colors,
    columns: fields ?? (results ? tables[operation.id ?? '']?.map((column) => column.name) : undefined),
    columnSchemas: results ? tables[operation.id ?? ''] : undefined,
    record: results === undefined,
    width: tableWidth(io.stdout, io.env),
  });
  const method = methodFor(client, operation);
  const args = [...pathValues, params, { signal: io.signal }];

  if (!paging) {
    const data = await method(...args).then(undefined, (error: unknown) => {
      throw withCheckHint(error, operation);
    });
    if (output !== undefined && data instanceof Blob) {
      await writeBinary(data, output, io);
      return;
    }
    if (data === undefined) {
      // Nothing to print (a 204); on a terminal, say it was done rather than leave a silent prompt.
      if (io.stderr.isTTY) io.stderr.write(`${summaryOf(operation)}: done (the server sent no content)\n`);
      return;
    }
    if (results === undefined) {
      const [record] = project([data]);
      await write(io.stdout, formatter.page(record as Record<string, unknown>, [record]));
      return;
    }
    const page = data as Record<string, unknown>;
    const items = project(page[results] as unknown[]);
    await write(io.stdout, formatter.page(fields ? { ...page, [results]: items } : page, items));
    return;
  }
  if (results === undefined) {
    throw new UsageError(`--all and --max-items apply only to commands that page; ${command.name()} does not`);
  }
  await streamPages(method, args, { ...options, results }, formatter, project, io);
}

async function streamPages(
  method: AnyOperationMethod,
  args: unknown[],
  options: CommandOptions & { results: string },
  formatter: Formatter,
  project: Projection,
  io: Io,
): Promise<void> {
  const walkOptions = {
    maxItems: options.maxItems,
    readAhead: options.readAhead ?? DEFAULT_READ_AHEAD,
    signal: io.signal,
  };
  const walk = method(...args.slice(0, -1), walkOptions).pages?.();
  if (!walk) throw new Error('this operation does not page');
  const progress = io.stderr.isTTY && !io.stdout.isTTY ? io.stderr : undefined;
  let first = true;
  let pageCount = 0;
  let itemCount = 0;
  for await (const page of walk) {
    const items = page[options.results] as unknown[];
    await write(io.stdout, formatter.batch(project(items), { first, last: false }));
    first = false;
    pageCount++;
    itemCount += items.length;
    progress?.write(`\r${pageCount} ${pageCount === 1 ? 'page' : 'pages'}, ${itemCount} items…`);
  }
  progress?.write('\r\u001b[K');
  await write(io.stdout, formatter.batch([], { first, last: true }));
}

/** The params object from flags: `--body` first, then each input flag over it. */
async function paramsFromOptions(
  operation: OperationMeta,
  options: CommandOptions,
  io: Io,
): Promise<Record<string, unknown>> {
  const params: Record<string, unknown> = {};
  const inputs = operationInputs(operation);
  const body = options.body === STDIN ? await readStdinJson(io, '--body') : options.body;
  if (body !== undefined && operation.body?.whole) {
    // The body is not an object of fields: --body is the value itself, whatever JSON it is, or a file.
    params[operation.body.fields[0]?.name ?? 'body'] = isFileArgument(body)
      ? await openFileArgument(body, io, '--body')
      : body;
  } else if (body !== undefined) {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new UsageError('--body must be a JSON object, e.g. --body \'{"field": "value"}\'');
    }
    const fields = operation.body?.fields ?? [];
    for (const [key, value] of Object.entries(body)) {
      // --body is the request body as the API has it: fields by their names in the body.
      const field = fields.find((candidate) => (candidate.wireName ?? candidate.name) === key);
      const source = inputs.get(key);
      if (!field) {
        if (source && source.kind !== 'body') {
          throw new UsageError(
            `--body: ${key} is a ${source.kind} parameter, not a body field: use --${sourceFlag(source)}`,
          );
        }
        // The client's message would offer the query parameters too, which --body refuses.
        const names = fields.map((candidate) => candidate.wireName ?? candidate.name);
        const hint = closest(key, names);
        throw new UsageError(
          `--body: ${key} is not a field of the request body${hint ? ` (did you mean ${hint}?)` : ''}; allowed: ${names.join(', ')}`,
        );
      }
      if (field.file) {
        throw new UsageError(`--body: ${key} is a file, which JSON cannot carry: use --${inputFlag(field)} @path`);
      }
      params[field.name] = value;
    }
  }
  for (const [name, source] of inputs) {
    if (source.kind === 'path') continue;
    const flag = sourceFlag(source);
    let value = options[optionKey(flag)];
    if (value === STDIN) value = await readStdinJson(io, `--${flag}`);
    if (isFileArgument(value)) value = await openFileArgument(value, io, `--${flag}`);
    if (value !== undefined) params[name] = value;
  }
  return params;
}

async function readStdinJson(io: Io, flag: string): Promise<unknown> {
  if (!io.stdin || io.stdin.isTTY) throw new UsageError(`${flag} -: pipe the JSON into stdin`);
  let text = '';
  for await (const chunk of io.stdin) text += String(chunk);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${flag} -: stdin is not JSON (${(error as Error).message})`);
  }
}

/**
 * A request that changes something failed in a way that leaves its effect unknown (the client did
 * not send it again): say how to look, with the list command of the same group when there is one.
 */
function withCheckHint(error: unknown, operation: OperationMeta): unknown {
  if (!(error instanceof Error) || (error as { mayHaveTakenEffect?: boolean }).mayHaveTakenEffect !== true)
    return error;
  const lister = groupOperations((group) => group === operation.group).find(
    (candidate) => candidate.pagination && candidate.method === 'get',
  );
  if (!lister) return error;
  const command = `llamacloud-prod ${commandPath(lister.group ?? '')} ${flagName(lister.name ?? '')}`;
  error.message = `${error.message} (to check, list what exists: ${command})`;
  return error;
}
