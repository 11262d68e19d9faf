/** Maps anything thrown to an exit code and one line on stderr. */
import {
  APIUserAbortError,
  AuthenticationError,
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

export interface Failure {
  code: number;
  message: string;
}

export function describeFailure(error: unknown): Failure {
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
  // API, network and response errors (every other LlamaCloudError) and anything unexpected.
  return { code: EXIT.apiError, message: error instanceof Error ? error.message : String(error) };
}
