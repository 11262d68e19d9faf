/** Ajv's errors from the generated standalone validators, as short problems that name a JSON path. */
import type { SchemaProblem } from './on-demand-errors.js';
export interface AjvError {
  instancePath: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

export type StandaloneValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

export function schemaProblems(errors: readonly AjvError[] | null | undefined): SchemaProblem[] {
  return (errors ?? []).map(toProblem);
}

function toProblem(error: AjvError): SchemaProblem {
  const missing = error.params?.missingProperty;
  const allowed = error.params?.allowedValues;
  let message = error.message ?? 'is invalid';
  if (typeof missing === 'string') message = `is missing required field ${missing}`;
  else if (Array.isArray(allowed)) message = `must be one of ${allowed.join(', ')}`;
  return { path: error.instancePath, message };
}

/**
 * The problem most worth reporting: the deepest one that is not just "matched no branch of a
 * union" (a union's own branch errors say what actually went wrong).
 */
export function mainProblem(errors: readonly AjvError[]): AjvError | undefined {
  const specific = errors.filter((error) => error.keyword !== 'anyOf' && error.keyword !== 'oneOf');
  const pool = specific.length ? specific : errors;
  return pool.reduce<AjvError | undefined>(
    (best, error) => (best === undefined || depth(error) > depth(best) ? error : best),
    undefined,
  );
}

function depth(error: AjvError): number {
  const missing = typeof error.params?.missingProperty === 'string' ? 1 : 0;
  return error.instancePath.split('/').length + missing;
}
