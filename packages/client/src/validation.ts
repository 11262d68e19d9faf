/**
 * Checks request parameters against the spec's own constraints (generated metadata in
 * @llamacloud-batch/types) before anything is sent. Knows no parameter by name.
 */
import type { OperationMeta, ParameterMeta, SchemaMeta } from '@llamacloud-batch/types';
import { formats } from './core/formats.js';
import { InvalidParameterError } from './errors.js';

/** What a schema allows, in words: `one of parse, extract, classify`, `an integer from 1 to 1000`. */
export function describeAllowed(schema: SchemaMeta): string {
  if (schema.enum) return `one of ${schema.enum.join(', ')}`;
  if (schema.type === 'array' && schema.items)
    return `a list of ${describeAllowed({ ...schema.items, nullable: false })}`;
  const format = schema.format ? formats[schema.format]?.describe : undefined;
  if (format) return format;
  const noun = schema.type === 'integer' ? 'an integer' : schema.type === 'number' ? 'a number' : `a ${schema.type}`;
  const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? `>${schema.exclusiveMinimum}` : undefined);
  const high = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? `<${schema.exclusiveMaximum}` : undefined);
  if (typeof low === 'number' && typeof high === 'number') return `${noun} from ${low} to ${high}`;
  if (low !== undefined) return typeof low === 'number' ? `${noun} ≥ ${low}` : `${noun} ${low}`;
  if (high !== undefined) return typeof high === 'number' ? `${noun} ≤ ${high}` : `${noun} ${high}`;
  const lengths = [schema.minLength, schema.maxLength];
  if (lengths.some((n) => n !== undefined)) return `${noun} of ${lengths[0] ?? 0} to ${lengths[1] ?? '∞'} characters`;
  if (schema.pattern) return `${noun} matching /${schema.pattern}/`;
  return noun;
}

/** Throws InvalidParameterError when `value` breaks `schema`; `undefined` always passes. */
export function validateValue(name: string, schema: SchemaMeta, value: unknown): void {
  if (value === undefined || (value === null && schema.nullable)) return;
  if (!isAllowed(schema, value)) {
    throw new InvalidParameterError(name, value, `${describeAllowed(schema)}${schema.nullable ? ' or null' : ''}`);
  }
}

function isAllowed(schema: SchemaMeta, value: unknown): boolean {
  if (value === null) return false;
  if (schema.type === 'array') {
    const items: SchemaMeta = { ...(schema.items ?? { type: 'string' }), nullable: false };
    return Array.isArray(value) && value.every((item) => isAllowed(items, item));
  }
  if (!matchesType(schema.type, value)) return false;
  if (schema.enum && !schema.enum.includes(value as string | number | boolean)) return false;
  if (typeof value === 'number') return withinBounds(schema, value);
  if (typeof value === 'string') return matchesString(schema, value);
  return true;
}

/**
 * Validates the `location` parameters (default: query) of one call: unknown names, missing required
 * ones, and every value's type, enum, bounds and format. Throws on the first problem.
 */
export function validateParameters(
  operation: OperationMeta,
  values: Record<string, unknown> | undefined,
  location: ParameterMeta['in'] = 'query',
): void {
  const declared = operation.parameters.filter((p) => p.in === location);
  const given = values ?? {};
  for (const name of Object.keys(given)) {
    if (!declared.some((p) => p.name === name)) {
      const names = declared.map((p) => p.name);
      const hint = closest(name, names);
      throw new InvalidParameterError(
        name,
        given[name],
        `${location} parameters are ${names.join(', ')}`,
        `Unknown ${location} parameter ${JSON.stringify(name)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}; allowed: ${names.join(', ')}`,
      );
    }
  }
  for (const parameter of declared) {
    const value = given[parameter.name];
    if (value === undefined && parameter.required) {
      throw new InvalidParameterError(
        parameter.name,
        value,
        describeAllowed(parameter),
        `Missing required ${location} parameter ${parameter.name}`,
      );
    }
    validateValue(parameter.name, parameter, value);
  }
}

function matchesType(type: string, value: unknown): boolean {
  switch (type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    default:
      return true;
  }
}

function withinBounds(schema: SchemaMeta, value: number): boolean {
  if (schema.minimum !== undefined && value < schema.minimum) return false;
  if (schema.maximum !== undefined && value > schema.maximum) return false;
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return false;
  if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) return false;
  return true;
}

function matchesString(schema: SchemaMeta, value: string): boolean {
  if (schema.minLength !== undefined && value.length < schema.minLength) return false;
  if (schema.maxLength !== undefined && value.length > schema.maxLength) return false;
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) return false;
  const format = schema.format ? formats[schema.format] : undefined;
  return format ? format.validate(value) : true;
}

/** The candidate nearest to `input` by edit distance, when it is plausibly a typo. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(input.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
