/** Turns an engine path (`#/paths/~1jobs/get/parameters/1/schema/...`) into the endpoint and the thing changed. */
import { pointerSegments, resolveSegments } from './pointer.js';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

export type SubjectKind = 'endpoint' | 'parameter' | 'response' | 'request' | 'other';

export interface Subject {
  readonly kind: SubjectKind;
  /** The thing in words, e.g. "query parameter `limit`" or "response field `items[].total`". */
  readonly label: string;
  /** Segments of the subject's own schema (the field or the parameter's schema), when it has one. */
  readonly schemaSegments?: readonly string[];
  /** For object schemas: words for one of its fields, e.g. `field('kind')` → "response field `items[].kind`". */
  readonly field?: (name: string) => string;
}

export interface Location {
  /** "GET /api/v1/jobs", or the bare path for path-level changes, or undefined outside `paths`. */
  readonly endpoint?: string;
  readonly subject: Subject;
}

/** Walks schema keywords down to a field path such as `items[].total`; returns how many segments it used. */
export function fieldPath(segments: readonly string[]): { path: string; used: number } {
  let path = '';
  let used = 0;
  while (used < segments.length) {
    const [keyword, next] = [segments[used], segments[used + 1]];
    if (keyword === 'properties' && next !== undefined) {
      path += path === '' ? next : `.${next}`;
      used += 2;
    } else if (keyword === 'items') {
      path += '[]';
      used += 1;
    } else if ((keyword === 'anyOf' || keyword === 'oneOf' || keyword === 'allOf') && /^\d+$/.test(next ?? '')) {
      used += 2;
    } else break;
  }
  return { path, used };
}

function schemaSubject(kind: 'response' | 'request', prefix: string[], schema: string[], suffix: string): Subject {
  const noun = kind === 'response' ? 'response' : 'request body';
  const { path, used } = fieldPath(schema);
  const fieldLabel = (field: string) => (field === '' ? `${noun}${suffix}` : `${noun} field \`${field}\`${suffix}`);
  const join = (name: string) => (path === '' ? name : `${path}.${name}`);
  return {
    kind,
    label: fieldLabel(path),
    schemaSegments: [...prefix, ...schema.slice(0, used)],
    field: (name) => fieldLabel(join(name)),
  };
}

function operationSubject(document: unknown, opSegments: string[], rest: string[]): Subject {
  const [area, key, ...tail] = rest;
  if (area === 'parameters' && key !== undefined) {
    const parameter = resolveSegments(document, [...opSegments, area, key]) as
      | { name?: string; in?: string }
      | undefined;
    const label = `${parameter?.in ?? 'a'} parameter \`${parameter?.name ?? key}\``;
    return { kind: 'parameter', label, schemaSegments: [...opSegments, area, key, 'schema'] };
  }
  if (area === 'responses' && key !== undefined) {
    const suffix = key === '200' ? '' : ` (${key})`;
    const [section, name, schemaKeyword, ...schema] = tail;
    if (section === 'content' && name !== undefined && schemaKeyword === 'schema') {
      return schemaSubject('response', [...opSegments, area, key, section, name, schemaKeyword], schema, suffix);
    }
    if (section === 'headers' && name !== undefined)
      return { kind: 'response', label: `response header \`${name}\`${suffix}` };
    return { kind: 'response', label: `${key} response` };
  }
  if (area === 'requestBody') {
    const [mediaType, schemaKeyword, ...schema] = tail.slice(1);
    if (tail[0] === 'content' && mediaType !== undefined && schemaKeyword === 'schema') {
      return schemaSubject('request', [...opSegments, area, 'content', mediaType, 'schema'], schema, '');
    }
    return { kind: 'request', label: 'request body' };
  }
  return { kind: rest.length === 0 ? 'endpoint' : 'other', label: rest.length === 0 ? 'endpoint' : rest.join('.') };
}

/** Reads an engine path against the document that holds it (the base for removals, else the revision). */
export function locate(document: unknown, path: string): Location {
  const segments = pointerSegments(path);
  if (segments[0] === 'paths' && segments[1] !== undefined) {
    const [method, ...rest] = segments.slice(2);
    if (method === undefined) return { endpoint: segments[1], subject: { kind: 'endpoint', label: 'endpoint' } };
    if (!METHODS.has(method))
      return { endpoint: segments[1], subject: { kind: 'other', label: segments.slice(2).join('.') } };
    return {
      endpoint: `${method.toUpperCase()} ${segments[1]}`,
      subject: operationSubject(document, segments.slice(0, 3), rest),
    };
  }
  if (segments[0] === 'components' && segments[1] === 'schemas' && segments[2] !== undefined) {
    const { path: field } = fieldPath(segments.slice(3));
    return { subject: { kind: 'other', label: `schema \`${segments[2]}${field === '' ? '' : `.${field}`}\`` } };
  }
  return { subject: { kind: 'other', label: segments.join('.') || 'document' } };
}
