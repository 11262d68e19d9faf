/**
 * Errors of the code that loads on demand (page walks, response validation), kept apart from it so
 * `instanceof` checks can import them without loading that code.
 */
import { LlamaCloudError } from './errors.js';

/** Paging could not go on safely (the server sent the same page again, …). */
export class PaginationError extends LlamaCloudError {
  override name = 'PaginationError';
}

/** One way a response broke the spec's schema. */
export interface SchemaProblem {
  /** JSON Pointer into the body, e.g. `/items/0/total_items`. */
  path: string;
  message: string;
}

/** `validateResponses` is on and a 2xx body does not match the spec's schema. */
export class ResponseValidationError extends LlamaCloudError {
  override name = 'ResponseValidationError';
  constructor(
    readonly status: number,
    readonly problems: SchemaProblem[],
  ) {
    const shown = problems.slice(0, 3).map((p) => `${p.path || '/'} ${p.message}`);
    const more = problems.length > 3 ? ` (+${problems.length - 3} more)` : '';
    super(`Response (HTTP ${status}) does not match the spec: ${shown.join('; ')}${more}`);
  }
}
