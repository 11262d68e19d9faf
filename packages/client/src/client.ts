/**
 * `createClientFor(rows, options)`: resolves options (arguments, then environment), wires the
 * transport and builds the methods of the given rows of the operation model. `createLlamaCloudClient`
 * (llamacloud-client.ts) passes every operation; each group's entry (`@llamacloud-batch/client/beta/batch`,
 * generated) passes its own rows only, so its bundle does not grow with the rest of the spec.
 */
import type { OperationMeta, paths } from '@llamacloud-batch/types';
import createClient, { type Client } from 'openapi-fetch';
import { INSECURE_HTTP_OPTION } from './core/advice.js';
import { readEnv } from './core/env.js';
import { type Logger, type LogLevel, leveledLogger, parseLogLevel } from './core/logger.js';
import { checkCount } from './core/options.js';
import { createTransport, type FetchLike, type Send } from './core/transport.js';
import { ConfigurationError } from './errors.js';
import { createCall } from './operations/call.js';
import { buildOperationTree } from './operations/tree.js';
import type { OperationKey, OperationTree, OperationTreeOf } from './operations/types.js';
import type { WaitMethods, WaitMethodsFor } from './resources/wait-options.js';

export const DEFAULT_BASE_URL = 'https://api.cloud.llamaindex.ai';
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_LOG_LEVEL: LogLevel = 'warn';

export interface ClientOptions {
  /** Defaults to `LLAMA_CLOUD_API_KEY`. */
  apiKey?: string | undefined;
  /** Defaults to `LLAMA_CLOUD_BASE_URL`, else the production URL. https, or http to a loopback host only. */
  baseUrl?: string | undefined;
  /**
   * Allow a plain `http://` base URL on a host that is not loopback, sending the API key there in
   * clear text. Off by default; loopback (`localhost`, 127.0.0.0/8, `[::1]`) is always allowed.
   */
  allowInsecureHttp?: boolean | undefined;
  /** Milliseconds each attempt may take (default 60 000). */
  timeout?: number | undefined;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number | undefined;
  /** A fetch to use instead of the platform's. */
  fetch?: FetchLike | undefined;
  /** Extra headers on every request. */
  headers?: Record<string, string> | undefined;
  /** Defaults to `LLAMA_CLOUD_LOG`, else `warn`. */
  logLevel?: LogLevel | undefined;
  /** Where logs go (default: console). */
  logger?: Logger | undefined;
  /**
   * Check each response body against the spec's JSON Schema and throw ResponseValidationError,
   * naming the path, when it does not match. Off by default; its code loads only when on.
   */
  validateResponses?: boolean | undefined;
}

/** Every operation of the spec as a method, nested by its SDK group: `client.beta.batch.getStatus(jobId)`. */
export type LlamaCloudClient = OperationTree & WaitMethods & ClientBase;

/** A client with the operations `K` only (a group's entry point), and the waits built on them. */
export type ClientOf<K extends OperationKey> = OperationTreeOf<K> & WaitMethodsFor<K> & ClientBase;

export interface ClientBase {
  /** The underlying openapi-fetch client, typed by the spec's `paths`, sharing auth, retries and timeouts. */
  readonly raw: Client<paths>;
  readonly baseUrl: string;
}

/**
 * A client with the methods of `rows` (the operation model's values, or a group's rows): typed by
 * their keys when they are the generated rows, else only its base (use `methodFor` to call).
 */
export function createClientFor<K extends OperationKey>(
  rows: readonly (OperationMeta & { readonly id: K })[],
  options?: ClientOptions,
): ClientOf<K>;
export function createClientFor(rows: readonly OperationMeta[], options?: ClientOptions): ClientBase;
export function createClientFor(rows: readonly OperationMeta[], options: ClientOptions = {}): ClientBase {
  const apiKey = (options.apiKey ?? readEnv('LLAMA_CLOUD_API_KEY'))?.trim();
  if (!apiKey) {
    throw new ConfigurationError(
      'Missing API key: pass `apiKey` or set LLAMA_CLOUD_API_KEY (create a key in the LlamaCloud dashboard)',
    );
  }
  // Otherwise the platform's Headers would throw a TypeError that quotes the key.
  if (/[^\x21-\x7e]/.test(apiKey)) {
    throw new ConfigurationError('Invalid API key: it contains whitespace or a non-ASCII character (key not shown)');
  }
  const baseUrl = checkBaseUrl(
    options.baseUrl ?? readEnv('LLAMA_CLOUD_BASE_URL') ?? DEFAULT_BASE_URL,
    options.allowInsecureHttp === true,
  );
  const timeout = checkCount('timeout', options.timeout ?? DEFAULT_TIMEOUT_MS, 1);
  const maxRetries = checkCount('maxRetries', options.maxRetries ?? DEFAULT_MAX_RETRIES, 0);
  const envLevel = readEnv('LLAMA_CLOUD_LOG');
  const logLevel = options.logLevel ?? (envLevel ? parseLogLevel(envLevel, 'LLAMA_CLOUD_LOG') : DEFAULT_LOG_LEVEL);
  const logger = leveledLogger(parseLogLevel(logLevel, 'logLevel'), options.logger ?? console);

  const userFetch = options.fetch;
  // Reading globalThis.fetch loads Node's HTTP stack; wait for the first request to do it.
  const send: Send = createTransport({
    timeout,
    maxRetries,
    logger,
    secret: apiKey,
    fetch: () => userFetch ?? globalThis.fetch,
  });
  const raw = createClient<paths>({
    baseUrl,
    headers: { ...options.headers, Authorization: `Bearer ${apiKey}` },
    fetch: (request: Request) => send(request),
    Request: LazyRequest,
  });
  // Middleware added to client.raw sees our own calls' requests too, so from then on they are real Requests.
  let plainRequests = userFetch === undefined;
  const use = raw.use;
  raw.use = (...middleware) => {
    plainRequests = false;
    use(...middleware);
  };
  const call = createCall(raw, send, {
    validateResponses: options.validateResponses === true,
    secret: apiKey,
    plainRequests: () => plainRequests,
  });
  const tree = buildOperationTree(rows, call) as unknown as Record<string, Record<string, Record<string, unknown>>>;
  // `wait` beside the generated method it polls, where the client has it; the polling code loads with the first wait.
  const wait =
    (poll: 'waitForJob' | 'waitForBatch') =>
    async (id: string, options?: object): Promise<unknown> =>
      (await import('./resources/wait.js'))[poll](tree as unknown as OperationTree, id, options as never);
  if (tree.beta?.batch?.getStatus) Object.assign(tree.beta.batch, { wait: wait('waitForJob') });
  if (tree.batches?.get) Object.assign(tree.batches, { wait: wait('waitForBatch') });
  return Object.assign(tree, { raw, baseUrl });
}

/**
 * Constructs the platform's Request only when a request is made (see above). openapi-fetch checks
 * what middleware returns with `instanceof` this class, so that must mean the platform's Request.
 */
const LazyRequest = Object.defineProperty(
  function LazyRequest(input: RequestInfo | URL, init?: RequestInit) {
    return new globalThis.Request(input, init);
  },
  Symbol.hasInstance,
  { value: (value: unknown) => value instanceof globalThis.Request },
) as unknown as typeof Request;

function checkBaseUrl(value: string, allowInsecureHttp: boolean): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`Invalid base URL ${JSON.stringify(value)}: expected an http(s) URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(`Invalid base URL ${JSON.stringify(value)}: only http and https are allowed`);
  }
  // fetch would refuse such a URL with an error that quotes it, credentials and all.
  if (url.username || url.password) throw new ConfigurationError('Invalid base URL: it has credentials (not shown)');
  // Plain http would show the key to everyone on the path; on loopback it never leaves the machine.
  if (url.protocol === 'http:' && !allowInsecureHttp && !LOOPBACK.test(url.hostname)) {
    throw new ConfigurationError(
      `Plain http to ${url.host} would expose the API key: use https, or ${INSECURE_HTTP_OPTION}`,
    );
  }
  return value.replace(/\/+$/, '');
}

/** `localhost`, 127.0.0.0/8 and `[::1]`, as the URL parser normalises them (`127.1` → `127.0.0.1`, `[0::1]` → `[::1]`). */
const LOOPBACK = /^(localhost|\[::1\]|127(\.\d+){3})$/;
