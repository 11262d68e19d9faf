import { ConfigurationError } from '../errors.js';

/** Timers overflow above this many ms (about 24.8 days) and would fire at once; longer timeouts are clamped to it. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Returns `value` when it is an integer in [min, max]; otherwise a ConfigurationError naming `name`. */
export function checkCount(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    const allowed = max === Number.MAX_SAFE_INTEGER ? `an integer ≥ ${min}` : `an integer from ${min} to ${max}`;
    throw new ConfigurationError(`Invalid ${name}: ${value} (allowed: ${allowed})`);
  }
  return value;
}
