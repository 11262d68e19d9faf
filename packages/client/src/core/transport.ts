/**
 * The fetch every request goes through: one attempt per try with its own timeout, retries on
 * connection errors, timeouts and retryable statuses, honouring the server's retry hints, and
 * stopping at once when the caller's signal aborts. Returns the final Response (any status) with its
 * body already read, so a slow or broken body counts against the attempt, not after it.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from '../errors.js';
import type { Logger } from './logger.js';
import { redactHeaders } from './logger.js';
import { checkCount, MAX_TIMEOUT_MS } from './options.js';
import { backoffDelay, parseRetryAfter, shouldRetryResponse } from './retry.js';
import { sleep } from './sleep.js';

export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/**
 * What openapi-fetch builds for the client's own calls when the platform's fetch is used: just the
 * URL and init. fetch(url, init) then constructs the one Request; handing it a Request would build
 * a second (with the per-attempt signal), which is a measurable share of a call. Used only while
 * nothing else can see the request: no custom `fetch`, no middleware on `client.raw`.
 */
export class PlainRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly redirect: RequestRedirect;
  /** openapi-fetch serializes JSON bodies to a string, which (unlike a stream) can be sent again on a retry. */
  readonly body: BodyInit | null;
  readonly signal: AbortSignal | undefined = undefined;
  constructor(url: string, init: RequestInit) {
    this.url = url;
    this.method = init.method ?? 'GET';
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.redirect = init.redirect ?? 'follow';
    this.body = init.body ?? null;
  }
}

export interface RequestOptions {
  /** Cancels the request, including any backoff wait. */
  signal?: AbortSignal | undefined;
  /** Milliseconds each attempt may take. */
  timeout?: number | undefined;
  /** How many times to retry after the first attempt. */
  maxRetries?: number | undefined;
}

interface SendOptions extends RequestOptions {
  /**
   * False for a request that changes something and is not safe to repeat (a create): it is sent again
   * only where the server certainly did not act on it — the connection was never made, or 429.
   */
  idempotent?: boolean | undefined;
  /**
   * Receives a 2xx body as text, read once inside the attempt; the Response handed back is then
   * consumed (its caller must not read it, e.g. openapi-fetch with `parseAs: 'stream'`). Saves
   * copying every page into a second Response on the hot path.
   */
  onText?: ((text: string) => void) | undefined;
  /**
   * The request's body when it is a form or a file (raw bytes): each attempt sends a Request made with it, instead of a
   * clone of the one built, whose tee would hold every byte of an upload in memory until the end.
   */
  body?: FormData | Blob | undefined;
  /** The body is a stream (it can be read once): one attempt, the request sent as it is (not a copy). */
  once?: boolean | undefined;
}

export interface TransportConfig {
  timeout: number;
  maxRetries: number;
  /** Called lazily, so the platform's fetch is only loaded by the first request. */
  fetch: () => FetchLike;
  logger: Logger & { readonly debugEnabled: boolean };
  /** The API key, kept out of logged headers even where a server echoes it. */
  secret?: string | undefined;
}

export type Send = (request: Request | PlainRequest, options?: SendOptions) => Promise<Response>;

export function createTransport(config: TransportConfig): Send {
  const { logger } = config;
  return async function send(request, options = {}) {
    const timeout = options.timeout === undefined ? config.timeout : checkCount('timeout', options.timeout, 1);
    const maxRetries = options.once
      ? 0
      : options.maxRetries === undefined
        ? config.maxRetries
        : checkCount('maxRetries', options.maxRetries, 0);
    // client.raw callers put their signal on the Request; the per-attempt signal below would replace it.
    const signal = options.signal ?? request.signal;
    const firstStarted = Date.now();
    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) throw new APIUserAbortError();
      const started = Date.now();
      if (logger.debugEnabled) {
        logger.debug(`→ ${request.method} ${request.url}`, {
          attempt: attempt + 1,
          headers: redactHeaders(request.headers, config.secret),
        });
      }
      let outcome: Response | APIConnectionError;
      try {
        outcome = await attemptOnce(config.fetch(), request, timeout, signal, options);
      } catch (error) {
        if (error instanceof APIUserAbortError) {
          // Aborts are not retried; say so, or a debug log shows a request that never ended.
          logger.debug(`✗ ${request.method} ${request.url} cancelled after ${Date.now() - started} ms`);
        }
        if (error instanceof APIConnectionError) outcome = error;
        else throw error;
      }
      const elapsed = Date.now() - started;
      // `> 0` rather than `<= 0` below, so a NaN maxRetries (from Number(undefined), say) stops instead of looping.
      const retriesLeft = maxRetries - attempt;
      if (outcome instanceof Response) {
        if (logger.debugEnabled) {
          logger.debug(`← ${outcome.status} ${request.method} ${request.url} in ${elapsed} ms`, {
            headers: redactHeaders(outcome.headers, config.secret),
          });
        }
        if (outcome.ok || !(retriesLeft > 0) || !shouldRetryResponse(outcome)) return outcome;
        if (options.idempotent === false && !serverDidNotAct(outcome)) {
          logger.info(
            `not retrying ${request.method} ${request.url} after HTTP ${outcome.status}: it may have taken effect`,
          );
          return outcome;
        }
      } else {
        logger.debug(`✗ ${request.method} ${request.url} after ${elapsed} ms: ${outcome.message}`);
        // Its code loads only once a connection fails.
        const failure = await import('./connection-failure.js');
        const notRetried = options.idempotent === false && !failure.neverConnected(outcome);
        if (notRetried || !(retriesLeft > 0)) {
          const tried = { attempts: attempt + 1, elapsedMs: Date.now() - firstStarted, notRetried };
          throw failure.gaveUp(outcome, request, tried);
        }
      }
      const hinted = outcome instanceof Response ? parseRetryAfter(outcome.headers) : undefined;
      const delay = hinted ?? backoffDelay(attempt);
      const reason = outcome instanceof Response ? `HTTP ${outcome.status}` : outcome.name;
      logger.info(
        `retrying ${request.method} ${request.url} in ${Math.round(delay)} ms after ${reason} (retry ${attempt + 1} of ${maxRetries})`,
      );
      await sleep(delay, signal);
    }
  };
}

/** One try: resolves with a fully-read Response, or rejects with a typed connection/abort error. */
async function attemptOnce(
  fetch: FetchLike,
  request: Request | PlainRequest,
  timeout: number,
  signal: AbortSignal | undefined,
  { onText, body: form, once }: SendOptions,
): Promise<Response> {
  const controller = new AbortController();
  let timedOut = false;
  // Timers fire at once for delays ≥ 2^31 ms; clamp, so a huge timeout means "practically none".
  const timer = setTimeout(
    () => {
      timedOut = true;
      controller.abort();
    },
    Math.min(timeout, MAX_TIMEOUT_MS),
  );
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response =
      request instanceof PlainRequest
        ? await (fetch as typeof globalThis.fetch)(request.url, {
            method: request.method,
            headers: request.headers,
            redirect: request.redirect,
            body: form ?? request.body,
            // A stream body (sent once) needs it.
            ...(once && { duplex: 'half' }),
            signal: controller.signal,
          })
        : await fetch(once ? request : attemptRequest(request, form), { signal: controller.signal });
    if (onText && response.ok) {
      onText(await response.text());
      return response;
    }
    const body = await response.arrayBuffer();
    // 204, 205 and 304 take no body (the constructor refuses one, even empty). The old response is
    // the init: its status, statusText and headers are what a ResponseInit reads.
    return new Response([204, 205, 304].includes(response.status) ? null : body, response);
  } catch (error) {
    if (signal?.aborted) throw new APIUserAbortError();
    if (timedOut) throw new APIConnectionTimeoutError(timeout);
    throw new APIConnectionError(`Connection error: ${describeCause(error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** A Request's body can be read once: each attempt sends a copy, or a new Request with the form. */
function attemptRequest(request: Request, form: FormData | Blob | undefined): Request {
  if (request.body === null) return request;
  if (!form) return request.clone();
  const headers = new Headers(request.headers);
  // A form's boundary is the first encoding's; fetch writes the new one. Bytes keep their type.
  // (The request's redirect mode goes with it: an upload's is 'error', see core/multipart.ts.)
  if (form instanceof FormData) headers.delete('content-type');
  return new Request(request, { body: form, headers });
}

/** 429: the server turned the request away before doing anything (or says so with x-should-retry). */
function serverDidNotAct(response: Response): boolean {
  return response.status === 429 || response.headers.get('x-should-retry') === 'true';
}

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code) return cause.code;
  if (cause?.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}
