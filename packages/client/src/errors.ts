/**
 * Every error the client throws is a `LlamaCloudError`. HTTP failures are `APIError`s whose class
 * names the status; `makeAPIError` is the one place that maps a status to its class.
 * No error ever carries the API key: requests are not stored, only response data.
 */
import type { ValidationError } from '@llamacloud-batch/types';

export class LlamaCloudError extends Error {
  override name = 'LlamaCloudError';
}

/** The client was constructed with an unusable option (missing key, bad base URL, …). */
export class ConfigurationError extends LlamaCloudError {
  override name = 'ConfigurationError';
}

/** A request parameter broke the spec's constraints; no request was sent. */
export class InvalidParameterError extends LlamaCloudError {
  override name = 'InvalidParameterError';
  constructor(
    /** The parameter's name in the spec, e.g. `limit`. */
    readonly parameter: string,
    /** The value that was given. */
    readonly value: unknown,
    /** What the spec allows, in words, e.g. `an integer from 1 to 1000`. */
    readonly allowed: string,
    message = `Invalid ${parameter}: ${formatValue(value)} (allowed: ${allowed})`,
  ) {
    super(message);
  }
}

export interface APIErrorInit {
  status: number;
  headers: Headers;
  body: unknown;
  message?: string;
  /** The request changes something and was not sent again: say that it may have taken effect. */
  notRetried?: boolean;
}

/** The server answered with a non-2xx status. */
export class APIError extends LlamaCloudError {
  override name = 'APIError';
  readonly status: number;
  readonly headers: Headers;
  /** The response body: parsed JSON when it was JSON, else the text. */
  readonly body: unknown;
  /** The server's `x-request-id`, to quote when asking for support. */
  readonly requestId: string | undefined;
  /** A request that changes something failed in a way that leaves its effect unknown; it was not sent again. */
  readonly mayHaveTakenEffect: boolean;

  constructor({ status, headers, body, message, notRetried }: APIErrorInit) {
    const requestId = headers.get('x-request-id') ?? undefined;
    const described = message ?? describeAPIError(status, body, requestId);
    // 4xx answers other than 408/409/429 say the server refused the request, so it took no effect.
    const uncertain = notRetried === true && (status >= 500 || status === 408 || status === 409);
    super(uncertain ? `${described}; ${NOT_RETRIED_NOTE}` : described);
    this.mayHaveTakenEffect = uncertain;
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.requestId = requestId;
  }

  /** Keeps `JSON.stringify(error)` useful: Headers objects stringify to `{}`. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      requestId: this.requestId,
      headers: Object.fromEntries(this.headers),
      body: this.body,
    };
  }
}

export class BadRequestError extends APIError {
  override name = 'BadRequestError';
}
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
}
export class NotFoundError extends APIError {
  override name = 'NotFoundError';
}
export class ConflictError extends APIError {
  override name = 'ConflictError';
}
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
}
export class InternalServerError extends APIError {
  override name = 'InternalServerError';
}

/** 422: the server rejected the request's parameters; `detail` is the spec's `HTTPValidationError`. */
export class UnprocessableEntityError extends APIError {
  override name = 'UnprocessableEntityError';
  get detail(): ValidationError[] {
    const detail = (this.body as { detail?: unknown } | null)?.detail;
    return Array.isArray(detail) ? (detail as ValidationError[]) : [];
  }
}

/** The response was 2xx but its body is not the JSON the spec promises (HTML, truncated JSON, …). */
export class MalformedResponseError extends LlamaCloudError {
  override name = 'MalformedResponseError';
  constructor(
    readonly status: number,
    /** The first characters of the body, to see what came instead. */
    readonly excerpt: string,
    reason: string,
  ) {
    super(`Malformed response (HTTP ${status}): ${reason}; body starts with ${JSON.stringify(excerpt)}`);
  }
}

/** A connection error's request and what the client tried before giving up. */
export interface ConnectionAttempts {
  method: string;
  /** Origin and path only: a query string may carry secrets. */
  url: string;
  attempts: number;
  /** From the first attempt's start to the last one's failure. */
  elapsedMs: number;
}

/** The request never got an HTTP answer (DNS, refused, reset, …). */
export class APIConnectionError extends LlamaCloudError {
  override name = 'APIConnectionError';
  /** A request that changes something may have reached the server before the failure; it was not sent again. */
  mayHaveTakenEffect = false;
  /** Set when the client gives up: which request, how many attempts, how long. */
  declare attempted?: ConnectionAttempts;
  constructor(message = 'Connection error', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** An attempt took longer than `timeout`. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = 'APIConnectionTimeoutError';
  constructor(timeoutMs: number) {
    super(`Request timed out after ${timeoutMs} ms`);
  }
}

/** The caller's AbortSignal fired. */
export class APIUserAbortError extends LlamaCloudError {
  override name = 'APIUserAbortError';
  constructor() {
    super('Request was aborted');
  }
}

const STATUS_CLASSES: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** Maps a non-2xx response to the APIError subclass for its status. */
export function makeAPIError(init: APIErrorInit): APIError {
  const ErrorClass = STATUS_CLASSES[init.status] ?? (init.status >= 500 ? InternalServerError : APIError);
  return new ErrorClass(init);
}

/** Said of a request that changes something and failed in a way that leaves its effect unknown. */
export const NOT_RETRIED_NOTE =
  'the request was not retried because it may have taken effect on the server: check whether it did before sending it again';

const EXCERPT_LENGTH = 200;

/** The start of a body, on one line, for error messages. */
export function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > EXCERPT_LENGTH ? `${oneLine.slice(0, EXCERPT_LENGTH)}…` : oneLine;
}

function describeAPIError(status: number, body: unknown, requestId: string | undefined): string {
  const parts = [`HTTP ${status}`];
  const detail = (body as { detail?: unknown } | null)?.detail;
  if (typeof detail === 'string') parts.push(excerpt(detail));
  else if (Array.isArray(detail)) parts.push(detail.map(describeValidationError).join('; '));
  else if (typeof body === 'string' && body.trim()) parts.push(excerpt(body));
  const message = parts.join(': ');
  return requestId ? `${message} (request id ${requestId})` : message;
}

function describeValidationError(entry: unknown): string {
  const { loc, msg } = (entry ?? {}) as Partial<ValidationError>;
  const where = Array.isArray(loc) ? loc.join('.') : '?';
  return `${where}: ${msg ?? 'invalid'}`;
}

function formatValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** `value` with every occurrence of `secret` in its strings replaced by `***` (servers may echo a key). */
export function redactSecret<T>(value: T, secret: string): T {
  if (!secret) return value;
  if (typeof value === 'string') return value.split(secret).join('***') as T;
  if (value instanceof Headers) {
    return new Headers([...value].map(([name, v]): [string, string] => [name, redactSecret(v, secret)])) as T;
  }
  if (Array.isArray(value)) return value.map((item) => redactSecret(item, secret)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactSecret(v, secret)])) as T;
  }
  return value;
}
