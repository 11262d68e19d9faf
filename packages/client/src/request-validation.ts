/**
 * Checks a request body against the operation's schema before it is sent, with validators Ajv
 * compiled from the spec at build time. Loaded by dynamic import with the first body a program
 * sends, so code that only reads never carries it; the generated validators (the bulk of it, and
 * free of any class of ours) are a further import of their own, which lets a CommonJS bundle such
 * as the CLI's keep them in a side file instead of parsing them at every start.
 */
import type { OperationMeta } from '@llamacloud-batch/types';
import { InvalidParameterError } from './errors.js';
import { type AjvError, mainProblem, type StandaloneValidator, schemaProblems } from './schema-problems.js';

/** Throws InvalidParameterError naming the body's JSON path (`job_config.parameters.max_pages`) and the rule. */
export async function assertValidBody(operation: OperationMeta, body: unknown): Promise<void> {
  const { validators } = await import('./generated/request-validators.js');
  const validate = (validators as Record<string, StandaloneValidator>)[operation.id ?? ''];
  if (!validate || validate(body)) return;
  const errors = validate.errors ?? [];
  const main = mainProblem(errors) as AjvError;
  const [problem] = schemaProblems([main]);
  const segments = main.instancePath.split('/').slice(1).map(unescapePointer);
  const missing = main.params?.missingProperty;
  if (typeof missing === 'string') segments.push(missing);
  const value = typeof missing === 'string' ? undefined : valueAt(body, segments);
  // Named as the caller gave it: `body.…` for a whole body, `body_<name>` for a field renamed for a clash.
  const renamed = operation.body?.fields.find(
    (field) => field.wireName !== undefined && field.wireName === segments[0],
  );
  if (renamed) segments[0] = renamed.name;
  if (operation.body?.whole) segments.unshift('body');
  const path = segments.join('.') || 'body';
  const rule = typeof missing === 'string' ? 'required' : (problem?.message ?? 'is invalid');
  throw new InvalidParameterError(
    path,
    value,
    rule,
    typeof missing === 'string'
      ? `Invalid body: ${path} is required`
      : `Invalid body: ${path} ${rule} (got ${JSON.stringify(value) ?? 'nothing'})`,
  );
}

function unescapePointer(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

function valueAt(root: unknown, segments: readonly string[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
