/**
 * Turns a method call's arguments (path values, one params object) into what goes on the wire —
 * path, query, header and body — checking each against the spec before anything is sent.
 * Knows no operation by name: everything comes from the operation model.
 */
import type { OperationMeta } from '@llamacloud-batch/types';
import { InvalidParameterError } from '../errors.js';
import { closest, validateParameters, validateValue } from '../validation.js';

export interface PreparedRequest {
  path: Record<string, string>;
  query: Record<string, unknown>;
  header: Record<string, string>;
  /**
   * The body as sent: its properties by their names in the body (JSON, or a multipart form's parts),
   * or, for a body that is not an object of fields (`whole`), the value itself; undefined when none.
   */
  body: unknown;
}

/** Splits and checks one call's inputs; throws InvalidParameterError naming the input and what is allowed. */
export function prepareRequest(
  operation: OperationMeta,
  pathValues: readonly unknown[],
  params: Record<string, unknown> | undefined,
): PreparedRequest {
  const pathParams = operation.pathParams ?? [];
  const path: Record<string, string> = {};
  pathParams.forEach((name, index) => {
    const value = pathValues[index];
    const meta = operation.parameters.find((p) => p.in === 'path' && p.name === name);
    // A number where the spec's path parameter is one (`page_index`, checked below); else a non-empty string.
    if (typeof value !== 'number' && (typeof value !== 'string' || value.trim() === '')) {
      throw new InvalidParameterError(
        name,
        value,
        'a non-empty string',
        `Missing path parameter ${name}: pass it as argument ${index + 1}, a non-empty string (got ${describe(value)})`,
      );
    }
    if (meta) validateValue(name, meta, value);
    path[name] = String(value);
  });
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
    throw new InvalidParameterError(
      'params',
      params,
      'an object of parameters',
      `Expected an object of parameters after the ${pathParams.length} path argument(s), got ${describe(params)}`,
    );
  }

  const query: Record<string, unknown> = {};
  const header: Record<string, string> = {};
  const cookie: Record<string, unknown> = {};
  const fields: Record<string, unknown> | undefined = operation.body ? {} : undefined;
  let whole: unknown;
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === undefined) continue;
    const parameter = operation.parameters.find((p) => p.name === key && p.in !== 'path');
    const field = operation.body?.fields.find((candidate) => candidate.name === key);
    if (parameter?.in === 'header') header[key] = value as string;
    else if (parameter?.in === 'cookie') cookie[key] = value;
    else if (parameter) query[key] = value;
    else if (field && operation.body?.whole) whole = value;
    else if (field && fields) fields[field.wireName ?? key] = value;
    else throw unknownInput(operation, key, value);
  }
  validateParameters(operation, query, 'query');
  validateParameters(operation, header, 'header');
  validateParameters(operation, cookie, 'cookie');
  if (Object.keys(cookie).length) header.cookie = cookieHeader(cookie);
  // A whole body left out stays undefined: the body validator refuses it when the spec requires one.
  const body = operation.body?.whole ? whole : fields;
  return { path, query, header, body };
}

/** `name=value; …` with each value percent-encoded (a cookie value cannot hold `;`, `,` or spaces). */
function cookieHeader(cookie: Record<string, unknown>): string {
  return Object.entries(cookie)
    .map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`)
    .join('; ');
}

function unknownInput(operation: OperationMeta, key: string, value: unknown): InvalidParameterError {
  const pathIndex = (operation.pathParams ?? []).indexOf(key);
  if (pathIndex >= 0) {
    return new InvalidParameterError(
      key,
      value,
      'a positional argument',
      `${key} is a path parameter: pass it as argument ${pathIndex + 1}, not in the params object`,
    );
  }
  const names = [
    ...operation.parameters.filter((p) => p.in !== 'path').map((p) => p.name),
    ...(operation.body?.fields.map((field) => field.name) ?? []),
  ];
  const hint = closest(key, names);
  const allowed = names.length ? names.join(', ') : 'none';
  const onlyQuery = !operation.body && operation.parameters.every((p) => p.in === 'query' || p.in === 'path');
  return new InvalidParameterError(
    key,
    value,
    allowed,
    `Unknown ${onlyQuery ? 'query parameter' : 'parameter'} ${JSON.stringify(key)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}; allowed: ${allowed}`,
  );
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
}
