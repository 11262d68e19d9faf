/**
 * Connection errors, loaded only once a connection fails: whether to retry, and what the error says
 * when the client gives up. Node prints an uncaught error with its own fields and every cause's
 * whole stack (about 30 lines here), ignoring `util.inspect.custom`: so the fields become
 * non-enumerable, the cause sits behind a getter, and the stack ends with one line per cause.
 */
import { type APIConnectionError, APIConnectionTimeoutError, NOT_RETRIED_NOTE } from '../errors.js';
// A module of its own, so that the one-call bundle does not carry it (see scripts/bundle-size.mjs).
import { CONNECTION_CHECK } from './advice.js';

const MAX_CAUSES = 5;
/** Node's key for a custom `util.inspect`, spelled as a registered symbol so the client imports no Node module. */
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

/** Failures that happen before a connection exists, so no byte of the request reached the server. */
const NOT_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export function neverConnected(error: APIConnectionError): boolean {
  if (error instanceof APIConnectionTimeoutError) return false;
  // Any of the first causes: a custom fetch (a proxy layer, say) may wrap the platform's error.
  let cause: { cause?: unknown; code?: string } | undefined = error;
  for (let depth = 5; depth--; ) {
    cause = cause?.cause as typeof cause;
    if (NOT_CONNECTED.has(cause?.code as string)) return true;
  }
  return false;
}

export interface GaveUp {
  attempts: number;
  elapsedMs: number;
  /** A request that changes something, not sent again since it may have reached the server. */
  notRetried: boolean;
}

/**
 * Keeps the error's class (a timeout stays a timeout) and says which request failed (origin and
 * path: a query may carry secrets), what was tried, whether it may have taken effect, what to check.
 */
export function gaveUp(
  error: APIConnectionError,
  request: { method: string; url: string },
  { attempts, elapsedMs, notRetried }: GaveUp,
): APIConnectionError {
  const { origin, pathname } = new URL(request.url);
  const url = `${origin}${pathname}`;
  const cause = error.cause;
  const hidden = (value: unknown) => ({ value, writable: true, configurable: true, enumerable: false });
  Object.defineProperties(error, {
    attempted: hidden({ method: request.method, url, attempts, elapsedMs }),
    mayHaveTakenEffect: hidden(notRetried),
    ...(cause !== undefined && { cause: { get: () => cause, configurable: true, enumerable: false } }),
    // console.log and util.inspect: the stack, without the `[cause]: [Getter]` the getter adds.
    [inspectCustom]: hidden(() => error.stack),
  });
  const tried = attempts === 1 ? '1 attempt' : `${attempts} attempts over ${formatDuration(elapsedMs)}`;
  // fetch's words for a redirect it was told not to follow (an upload: see EncodedBody in multipart.ts).
  if (error.message === 'Connection error: unexpected redirect') {
    error.message = 'Connection error: the server answered the upload with a redirect, which uploads do not follow';
  }
  const note = notRetried ? `; ${NOT_RETRIED_NOTE}` : '';
  describeAs(error, `${error.message} (${request.method} ${url}, ${tried})${note}; ${CONNECTION_CHECK}`);
  return error;
}

/** Sets the message, the stack's first line to match, and one line per cause under the stack's frames. */
function describeAs(error: APIConnectionError, message: string): void {
  error.message = message;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const causes: string[] = [];
  let cause = error.cause;
  for (let depth = 0; cause !== undefined && depth < MAX_CAUSES; depth++) {
    causes.push(`  caused by ${describeCauseLine(cause)}`);
    if (!(cause instanceof Error)) break;
    cause = cause.cause;
  }
  error.stack = [`${error.name}: ${message}`, ...frames, ...causes].join('\n');
}

function describeCauseLine(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const code = (cause as { code?: unknown }).code;
  const line = `${cause.name}: ${cause.message}`;
  return typeof code === 'string' && !cause.message.includes(code) ? `${line} (${code})` : line;
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
