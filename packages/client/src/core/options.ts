import { ConfigurationError } from '../errors.js';
import { describeAllowed } from '../validation.js';

/** Timers overflow above this many ms (about 24.8 days) and would fire at once; longer timeouts are clamped to it. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Returns `value` when it is an integer in [min, max] (max: the largest safe integer); otherwise a ConfigurationError naming `name`. */
export function checkCount(name: string, value: number, min: number, max?: number): number {
  if (!Number.isInteger(value) || value < min || value > (max ?? Number.MAX_SAFE_INTEGER)) {
    const allowed = describeAllowed({
      type: 'integer',
      nullable: false,
      minimum: min,
      ...(max !== undefined && { maximum: max }),
    });
    throw new ConfigurationError(`Invalid ${name}: ${value} (allowed: ${allowed})`);
  }
  return value;
}
