/**
 * The client a command talks through: key, base URL and log level from flags or run()'s `io.env`
 * (never process.env behind the caller's back), logs as single lines on stderr.
 */
import {
  createLlamaCloudClient,
  DEFAULT_BASE_URL,
  DEFAULT_LOG_LEVEL,
  type LlamaCloudClient,
  type Logger,
  parseLogLevel,
} from '@llamacloud-batch/client';
import { UsageError } from './errors.js';
import type { Io } from './io.js';

/** The global flags every command has (see program.ts). */
export interface GlobalOptions {
  apiKey?: string;
  baseUrl?: string;
  format?: import('./output/formats.js').Format;
  debug?: boolean;
  timeout?: number;
  maxRetries?: number;
}

export function clientFor(options: GlobalOptions, io: Io): LlamaCloudClient {
  const apiKey = options.apiKey ?? io.env.LLAMA_CLOUD_API_KEY;
  if (!apiKey?.trim()) {
    throw new UsageError('Missing API key: pass --api-key <key> or set LLAMA_CLOUD_API_KEY');
  }
  const logLevel = io.env.LLAMA_CLOUD_LOG?.trim();
  return createLlamaCloudClient({
    apiKey,
    // An empty LLAMA_CLOUD_BASE_URL means unset, as it does for the client, not an invalid URL.
    baseUrl: (options.baseUrl ?? io.env.LLAMA_CLOUD_BASE_URL)?.trim() || DEFAULT_BASE_URL,
    logLevel: options.debug ? 'debug' : logLevel ? parseLogLevel(logLevel, 'LLAMA_CLOUD_LOG') : DEFAULT_LOG_LEVEL,
    timeout: options.timeout === undefined ? undefined : Math.round(options.timeout * 1000),
    maxRetries: options.maxRetries,
    logger: stderrLogger(io.stderr),
  });
}

/** Debug and retry logs as single lines on stderr; structured details as compact JSON. */
export function stderrLogger(stderr: NodeJS.WritableStream): Logger {
  const line =
    (level: string) =>
    (message: string, ...rest: unknown[]) => {
      const details = rest.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join(' ');
      stderr.write(`[${level}] ${message}${details ? ` ${details}` : ''}\n`);
    };
  return { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
}
