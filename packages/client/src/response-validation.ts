/**
 * Opt-in runtime validation of response bodies (`validateResponses: true`), with validators Ajv
 * compiled from the spec at build time. Loaded by dynamic import, so bundles that never turn it on
 * don't carry it.
 */
import type { BatchJobQueryResponse } from '@llamacloud-batch/types';
import { ResponseValidationError, type SchemaProblem } from './errors.js';
import { BatchJobQueryResponse as validatePage } from './generated/response-validators.js';

interface AjvError {
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

type StandaloneValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

export function assertValidPage(status: number, body: unknown): asserts body is BatchJobQueryResponse {
  const validate = validatePage as StandaloneValidator;
  if (validate(body)) return;
  throw new ResponseValidationError(status, (validate.errors ?? []).map(toProblem));
}

function toProblem(error: AjvError): SchemaProblem {
  const missing = error.params?.missingProperty;
  const allowed = error.params?.allowedValues;
  let message = error.message ?? 'is invalid';
  if (typeof missing === 'string') message = `is missing required field ${missing}`;
  else if (Array.isArray(allowed)) message = `must be one of ${allowed.join(', ')}`;
  return { path: error.instancePath, message };
}
