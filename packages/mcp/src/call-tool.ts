/**
 * Runs one tool call: the flat arguments are split into path values and the one params object the
 * client's method takes, checked before anything is sent, then sent through the client (auth,
 * retries, timeouts, paging guarantees). Every failure becomes an `isError` result, never a throw.
 */
import {
  type AnyOperationMethod,
  APIConnectionError,
  APIUserAbortError,
  AuthenticationError,
  CONNECTION_CHECK,
  closest,
  InvalidParameterError,
  type LlamaCloudClient,
  LlamaCloudError,
  methodFor,
  validateInputs,
  validateValue,
} from '@llamacloud-batch/client';
import type { OperationMeta } from '@llamacloud-batch/types';
import {
  binaryResult,
  describeError,
  errorResult,
  pageResult,
  type ToolResult,
  totalOf,
  valueResult,
  type Walk,
  walkResult,
} from './results.js';
import { argumentName, MAX_ITEMS_ARGUMENT, MAX_ITEMS_LIMIT, type OperationTool } from './tools.js';

type Page = Record<string, unknown>;

export interface ToolCall {
  operation: OperationMeta;
  tool: OperationTool;
  /** Arguments named otherwise in the spec, by argument name (ToolEntry's inputNames). */
  inputNames?: Readonly<Record<string, string>>;
  /** Arguments that are local paths of files to upload (ToolEntry's fileArguments). */
  fileArguments?: readonly string[];
  /** The folder those paths must be inside (the server's --allow-files). */
  allowFiles?: string | undefined;
  arguments: Record<string, unknown> | undefined;
  /** The client, created on first use (throws ConfigurationError without a key). */
  client: () => LlamaCloudClient;
  /** Aborted when the MCP client cancels the call. */
  signal?: AbortSignal | undefined;
}

export async function callTool(call: ToolCall): Promise<ToolResult> {
  const inputNames = call.inputNames ?? {};
  try {
    const given = call.arguments ?? {};
    checkNames(call.tool, given);
    const args = call.fileArguments?.length ? await withFiles(given, call.fileArguments, call.allowFiles) : given;
    const inputs = Object.fromEntries(Object.entries(args).map(([name, value]) => [inputNames[name] ?? name, value]));
    const { pathValues, params, maxItems } = await checkInputs(call.operation, inputs, inputNames);
    const method = methodFor(call.client(), call.operation);
    const pagination = call.operation.pagination;
    if (pagination && maxItems !== undefined) {
      const walk = await walkPages(method, call.operation, pathValues, params, maxItems, call.signal);
      return walkResult(pagination, walk, maxItems);
    }
    const data = await method(...pathValues, params, { signal: call.signal });
    if (data instanceof Blob) return await binaryResult(call.tool.title, data);
    return pagination ? pageResult(call.operation, params, data as Page) : valueResult(call.tool.title, data);
  } catch (error) {
    return errorResult(describeFailure(error));
  }
}

/**
 * The inputs split and checked by the client's own rules (enums, bounds, body schema), so nothing is
 * sent when they fail; an input the client names as the spec does is named by its argument instead.
 */
async function checkInputs(
  operation: OperationMeta,
  inputs: Record<string, unknown>,
  inputNames: Readonly<Record<string, string>>,
): Promise<SplitArguments> {
  try {
    const split = splitArguments(operation, inputs);
    await validateInputs(operation, split.pathValues, split.params);
    return split;
  } catch (error) {
    const argument = Object.keys(inputNames).find(
      (name) => inputNames[name] === (error as { parameter?: unknown }).parameter,
    );
    if (!(error instanceof InvalidParameterError) || argument === undefined) throw error;
    throw new InvalidParameterError(
      argument,
      error.value,
      error.allowed,
      error.message.replace(error.parameter, argument),
    );
  }
}

/**
 * The arguments with each file path replaced by the file, opened lazily (fs.openAsBlob): only a
 * regular file inside `folder` (symlinks resolved), else an input error, and nothing is sent.
 */
async function withFiles(
  args: Record<string, unknown>,
  fileArguments: readonly string[],
  folder: string | undefined,
): Promise<Record<string, unknown>> {
  const { openLocalFile } = await import('./local-files.js');
  const out = { ...args };
  for (const name of fileArguments) {
    if (args[name] === undefined) continue;
    out[name] = await openLocalFile(name, args[name], folder);
  }
  return out;
}

interface SplitArguments {
  pathValues: unknown[];
  params: Record<string, unknown>;
  maxItems: number | undefined;
}

/** An argument the tool does not take is an input error that lists those it does. */
function checkNames(tool: OperationTool, args: Record<string, unknown>): void {
  const known = Object.keys(tool.inputSchema.properties);
  for (const name of Object.keys(args)) {
    if (known.includes(name)) continue;
    const hint = closest(name, known);
    throw new InvalidParameterError(
      name,
      args[name],
      known.join(', '),
      `Unknown argument ${JSON.stringify(name)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}; allowed: ${known.join(', ') || 'none'}`,
    );
  }
}

/** The inputs (by their names in the spec) as the client's method takes them; a bad max_items is an input error. */
function splitArguments(operation: OperationMeta, args: Record<string, unknown>): SplitArguments {
  const pathParams = operation.pathParams ?? [];
  const pathValues = pathParams.map((name) => {
    const value = args[name];
    if (typeof value !== 'string' || value.trim() === '') {
      throw new InvalidParameterError(
        name,
        value,
        'a non-empty string',
        `Missing ${name}: a non-empty string is required`,
      );
    }
    return value;
  });
  const maxItems = args[MAX_ITEMS_ARGUMENT];
  if (maxItems !== undefined) {
    validateValue(MAX_ITEMS_ARGUMENT, { type: 'integer', minimum: 1, maximum: MAX_ITEMS_LIMIT }, maxItems);
  }
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(args)) {
    if (value !== undefined && name !== MAX_ITEMS_ARGUMENT && !pathParams.includes(name)) params[name] = value;
  }
  return { pathValues, params, maxItems: maxItems as number | undefined };
}

async function walkPages(
  method: AnyOperationMethod,
  operation: OperationMeta,
  pathValues: unknown[],
  params: Record<string, unknown>,
  maxItems: number,
  signal: AbortSignal | undefined,
): Promise<Walk> {
  const pagination = operation.pagination;
  if (!pagination) throw new Error(`${operation.id} does not page`);
  const query = { ...params };
  const limit = pagination.limit;
  if (limit !== undefined && query[limit] === undefined) {
    // Unless the agent chose a page size, ask for pages as large as the spec allows: fewer round trips.
    const largest = operation.parameters.find((parameter) => parameter.name === limit)?.maximum;
    if (largest !== undefined) query[limit] = Math.min(largest, maxItems);
  }
  const pages = method(...pathValues, query, { maxItems, signal }).pages?.();
  if (!pages) throw new Error(`${operation.id} does not page`);
  const items: unknown[] = [];
  let count = 0;
  let last: Page | undefined;
  for await (const page of pages) {
    items.push(...((page[pagination.results] as unknown[] | undefined) ?? []));
    count++;
    last = page;
  }
  return { items, pages: count, next: continuation(pagination, params, items.length, maxItems, last) };
}

/** Where a walk stopped, as the arguments to send to go on; undefined when it reached the end. */
function continuation(
  pagination: NonNullable<OperationMeta['pagination']>,
  params: Record<string, unknown>,
  collected: number,
  maxItems: number,
  last: Page | undefined,
): Record<string, unknown> | undefined {
  if (pagination.type === 'cursor') {
    const cursor = last?.[pagination.nextCursor];
    return typeof cursor === 'string' && cursor !== '' ? { [argumentName(pagination.cursor)]: cursor } : undefined;
  }
  if (collected < maxItems) return undefined; // a short or empty page ended the walk
  const start = typeof params[pagination.offset] === 'number' ? (params[pagination.offset] as number) : 0;
  const total = totalOf(last, start + collected);
  if (total !== undefined && start + collected >= total) return undefined;
  return { [argumentName(pagination.offset)]: start + collected };
}

/** One line saying what went wrong, for the agent: the client's own words, with a hint where one helps. */
function describeFailure(error: unknown): string {
  if (error instanceof APIUserAbortError) return 'Cancelled by the client';
  if (error instanceof AuthenticationError) {
    return `${error.message} — the API key in the server's LLAMA_CLOUD_API_KEY was refused`;
  }
  if (error instanceof APIConnectionError) {
    const advice =
      "check that the API is reachable from this server and that the server's LLAMA_CLOUD_BASE_URL is its URL";
    return error.message.replace(CONNECTION_CHECK, advice);
  }
  // Input errors, configuration (key, base URL), API and paging errors: the client's own words.
  if (error instanceof LlamaCloudError) return error.message;
  return describeError(error);
}
