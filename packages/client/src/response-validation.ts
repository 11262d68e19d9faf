/**
 * Opt-in runtime validation of response bodies (`validateResponses: true`), with validators Ajv
 * compiled from the spec at build time. Loaded by dynamic import, so bundles that never turn it on
 * don't carry it.
 */
import type { OperationMeta } from '@llamacloud-batch/types';
import { ResponseValidationError } from './on-demand-errors.js';
import { type StandaloneValidator, schemaProblems } from './schema-problems.js';

export async function assertValidResponse(operation: OperationMeta, status: number, body: unknown): Promise<void> {
  // The generated validators are an import of their own (see request-validation.ts).
  const { validators } = await import('./generated/response-validators.js');
  const validate = (validators as Record<string, StandaloneValidator>)[operation.id ?? ''];
  if (!validate || validate(body)) return;
  throw new ResponseValidationError(status, schemaProblems(validate.errors));
}
