/** Maps anything thrown to an exit code and one line on stderr. */
import {
  APIConnectionError,
  APIUserAbortError,
  AuthenticationError,
  CONNECTION_CHECK,
  ConfigurationError,
  InvalidParameterError,
} from '@llamacloud-batch/client';

export const EXIT = { ok: 0, apiError: 1, usage: 2, waitTimedOut: 124, interrupted: 130 } as const;

/** A problem with how the command was called (bad flag value, missing key): exit 2, nothing sent. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `wait` saw the job end in failure or cancellation: exit 1, the message names the state and the error. */
export class JobEndedError extends Error {
  override name = 'JobEndedError';
}

/** `wait --wait-timeout` passed before the job ended: exit 124, as timeout(1) does. */
export class WaitTimedOutError extends Error {
  override name = 'WaitTimedOutError';
}

/** Ctrl-C stopped a workflow of ours part-way: exit 130, the message says where it stopped and how to go on. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
}

export interface Failure {
  code: number;
  message: string;
}

export function describeFailure(error: unknown): Failure {
  if (error instanceof InterruptedError) return { code: EXIT.interrupted, message: error.message };
  if (error instanceof APIUserAbortError) return { code: EXIT.interrupted, message: 'Interrupted' };
  if (error instanceof UsageError || error instanceof ConfigurationError || error instanceof InvalidParameterError) {
    return { code: EXIT.usage, message: error.message };
  }
  if (error instanceof WaitTimedOutError) return { code: EXIT.waitTimedOut, message: error.message };
  if (error instanceof AuthenticationError) {
    return {
      code: EXIT.apiError,
      message: `${error.message} — check --api-key or LLAMA_CLOUD_API_KEY`,
    };
  }
  if (error instanceof APIConnectionError) {
    return { code: EXIT.apiError, message: error.message.replace(CONNECTION_CHECK, connectionAdvice(error.message)) };
  }
  // API, network and response errors (every other LlamaCloudError) and anything unexpected.
  return { code: EXIT.apiError, message: error instanceof Error ? error.message : String(error) };
}

/** The client's advice in the CLI's own names: the flag and variable, or the proxy that could not be reached. */
function connectionAdvice(message: string): string {
  if (message.includes('cannot connect to proxy'))
    return 'check that the proxy is running, or list the host in NO_PROXY to go direct';
  return 'check that the server is running and that --base-url (or LLAMA_CLOUD_BASE_URL) is its URL';
}
