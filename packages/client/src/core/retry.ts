/** When and how long to wait before trying a request again. Pure functions; no timers here. */

/** Server-suggested waits at or above this are ignored in favour of our own backoff. */
export const MAX_RETRY_AFTER_MS = 60_000;
const INITIAL_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8_000;
const MAX_JITTER = 0.25;

/** 408, 409, 429 and every 5xx are worth another try; other statuses are the caller's to fix. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** `x-should-retry: true|false` lets the server overrule the status rule. */
export function shouldRetryResponse(response: Response): boolean {
  const override = response.headers.get('x-should-retry');
  if (override === 'true') return true;
  if (override === 'false') return false;
  return isRetryableStatus(response.status);
}

/**
 * The wait the server asks for, from `retry-after-ms`, else `Retry-After` (seconds or an HTTP date),
 * in ms; undefined when absent, unparsable, negative, or ≥ 60 s (we don't let a server park us).
 */
export function parseRetryAfter(headers: Headers, now: number = Date.now()): number | undefined {
  const candidates = [parseMs(headers.get('retry-after-ms')), parseSecondsOrDate(headers.get('retry-after'), now)];
  for (const ms of candidates) {
    if (ms !== undefined && ms >= 0 && ms < MAX_RETRY_AFTER_MS) return ms;
  }
  return undefined;
}

function parseMs(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const ms = Number(value);
  return Number.isFinite(ms) ? ms : undefined;
}

function parseSecondsOrDate(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff: 0.5 s, 1 s, 2 s … capped at 8 s, minus up to 25 % jitter. */
export function backoffDelay(retriesSoFar: number, random: () => number = Math.random): number {
  const base = Math.min(INITIAL_BACKOFF_MS * 2 ** retriesSoFar, MAX_BACKOFF_MS);
  return base * (1 - random() * MAX_JITTER);
}
