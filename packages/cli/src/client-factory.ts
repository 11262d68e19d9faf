/**
 * The client a command talks through: key, base URL, log level and proxies from flags or run()'s
 * `io.env` (never process.env behind the caller's back), logs as single lines on stderr.
 */
import {
  type ClientBase,
  ConfigurationError,
  createClientFor,
  createLlamaCloudClient,
  DEFAULT_BASE_URL,
  DEFAULT_LOG_LEVEL,
  INSECURE_HTTP_OPTION,
  type LlamaCloudClient,
  type Logger,
  parseLogLevel,
} from '@llamacloud-batch/client';
import type { OperationMeta } from '@llamacloud-batch/types';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { proxySettings, routingFetch } from './network/proxy.js';

/** The global flags every command has (see program.ts). */
export interface GlobalOptions {
  apiKey?: string;
  baseUrl?: string;
  format?: import('./output/formats.js').Format;
  debug?: boolean;
  timeout?: number;
  maxRetries?: number;
  allowInsecureHttp?: boolean;
}

/** A client with every operation, or with `rows` only (what a command of one group needs). */
export function clientFor(options: GlobalOptions, io: Io): LlamaCloudClient;
export function clientFor(options: GlobalOptions, io: Io, rows: readonly OperationMeta[]): ClientBase;
export function clientFor(options: GlobalOptions, io: Io, rows?: readonly OperationMeta[]): ClientBase {
  const apiKey = options.apiKey ?? io.env.LLAMA_CLOUD_API_KEY;
  if (!apiKey?.trim()) {
    throw new UsageError('Missing API key: pass --api-key <key> or set LLAMA_CLOUD_API_KEY');
  }
  const envLevel = io.env.LLAMA_CLOUD_LOG?.trim();
  const logLevel = options.debug ? 'debug' : envLevel ? parseLogLevel(envLevel, 'LLAMA_CLOUD_LOG') : DEFAULT_LOG_LEVEL;
  const logger = stderrLogger(io.stderr, apiKey);
  const proxies = proxySettings(io.env);
  try {
    const settings = {
      apiKey,
      // An empty LLAMA_CLOUD_BASE_URL means unset, as it does for the client, not an invalid URL.
      baseUrl: (options.baseUrl ?? io.env.LLAMA_CLOUD_BASE_URL)?.trim() || DEFAULT_BASE_URL,
      allowInsecureHttp: options.allowInsecureHttp === true,
      logLevel,
      timeout: options.timeout === undefined ? undefined : Math.round(options.timeout * 1000),
      maxRetries: options.maxRetries,
      logger,
      // The platform's fetch unless a proxy is set or --debug asks which route each request takes.
      fetch:
        proxies || logLevel === 'debug'
          ? routingFetch(proxies, logLevel === 'debug' ? logger.debug : undefined)
          : undefined,
    };
    return rows ? createClientFor(rows, settings) : createLlamaCloudClient(settings);
  } catch (error) {
    // The client names its option; a CLI user needs the flag.
    if (error instanceof ConfigurationError && error.message.includes(INSECURE_HTTP_OPTION)) {
      throw new UsageError(error.message.replace(INSECURE_HTTP_OPTION, 'pass --allow-insecure-http'));
    }
    throw error;
  }
}

/**
 * Debug and retry logs as single lines on stderr; structured details as compact JSON. `secret` is
 * shown as `***` wherever it appears: the client hides the request's Authorization header, but a
 * server may echo the key in a response header, which --debug prints as it came.
 */
export function stderrLogger(stderr: NodeJS.WritableStream, secret?: string): Logger {
  const hide = (text: string) => (secret ? text.split(secret).join('***') : text);
  const line =
    (level: string) =>
    (message: string, ...rest: unknown[]) => {
      const details = rest.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join(' ');
      stderr.write(hide(`[${level}] ${message}${details ? ` ${details}` : ''}\n`));
    };
  return { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
}
