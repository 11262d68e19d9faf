/** Shared pieces of the client tests: a capturing logger and a client pointed at a local server. */
import { type FaultHandler, type FaultReply, type FaultServer, startFaultServer } from '@llamacloud-batch/testing';
import { listBatchJobsPath } from '@llamacloud-batch/types';
import { afterEach } from 'vitest';
import { type ClientOptions, createLlamaCloudClient, type Logger } from '../src/index.js';

export const LIST_PATH = listBatchJobsPath;
export const API_KEY = 'llx-test-key';

export interface CapturedLog {
  level: keyof Logger;
  message: string;
  rest: unknown[];
}

/** A Logger that keeps every call, so tests can read what would have been printed. */
export function capturingLogger(): Logger & { lines: CapturedLog[]; text(): string } {
  const lines: CapturedLog[] = [];
  const at =
    (level: keyof Logger) =>
    (message: string, ...rest: unknown[]) =>
      lines.push({ level, message, rest });
  return {
    lines,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    text: () => lines.map((line) => `${line.level} ${line.message} ${JSON.stringify(line.rest)}`).join('\n'),
  };
}

/** A client for `baseUrl` with fast test defaults: no console output, short timeout. */
export function testClient(baseUrl: string, options: ClientOptions = {}) {
  return createLlamaCloudClient({ apiKey: API_KEY, baseUrl, logLevel: 'off', timeout: 5_000, ...options });
}

/** Resolves with the promise's rejection (fails the test if it resolves), plus how long it took. */
export async function rejectionOf(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  try {
    await promise;
  } catch (error) {
    return { error, ms: performance.now() - started };
  }
  throw new Error('expected a rejection, but the promise resolved');
}

/** A body the list endpoint could return: `count` jobs from `makeJob`. */
export function pageOf<T>(items: T[], totalSize: number | null = null) {
  return { items, next_page_token: null, total_size: totalSize };
}

/** `serve(…)` starts a fault server for the current test; every one started is closed after each test. */
export function serveEachTest(): (handler: FaultHandler | FaultReply[]) => Promise<FaultServer> {
  const started: FaultServer[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((server) => server.close()));
  });
  return async (handler) => {
    const server = await startFaultServer(handler);
    started.push(server);
    return server;
  };
}
