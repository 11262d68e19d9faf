import { ConfigurationError } from '../errors.js';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'off'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Anything with console's four methods. */
export interface Logger {
  debug(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  error(message: string, ...rest: unknown[]): void;
}

/** `value` as a log level (any case); otherwise a ConfigurationError naming `source` and the allowed levels. */
export function parseLogLevel(value: string, source: string): LogLevel {
  const level = value.toLowerCase();
  if ((LOG_LEVELS as readonly string[]).includes(level)) return level as LogLevel;
  throw new ConfigurationError(`Invalid ${source}: ${JSON.stringify(value)} (allowed: ${LOG_LEVELS.join(', ')})`);
}

/** A logger that drops messages below `level`. */
export function leveledLogger(level: LogLevel, target: Logger): Logger & { readonly debugEnabled: boolean } {
  const threshold = LOG_LEVELS.indexOf(level);
  const enabled = (at: LogLevel) => LOG_LEVELS.indexOf(at) >= threshold && level !== 'off';
  const noop = () => {};
  return {
    /** Lets hot paths skip building debug details nobody will see. */
    debugEnabled: enabled('debug'),
    debug: enabled('debug') ? target.debug.bind(target) : noop,
    info: enabled('info') ? target.info.bind(target) : noop,
    warn: enabled('warn') ? target.warn.bind(target) : noop,
    error: enabled('error') ? target.error.bind(target) : noop,
  };
}

const SECRET_HEADERS = new Set(['authorization', 'cookie', 'set-cookie', 'x-api-key']);

/**
 * Headers as a plain object for logs, with credentials replaced by `***` — and `secret` (the API
 * key) wherever else it shows, as when a server echoes it back in a header.
 */
export function redactHeaders(headers: Headers, secret = ''): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = SECRET_HEADERS.has(name.toLowerCase())
      ? redact(value)
      : secret
        ? value.split(secret).join('***')
        : value;
  });
  return out;
}

function redact(value: string): string {
  const scheme = /^(\w+)\s/.exec(value)?.[1];
  return scheme ? `${scheme} ***` : '***';
}
