/**
 * Where else a change reaches. The engine reports a change inside a shared component once, under the
 * first operation it met it in; these helpers find every operation that uses the same component.
 */
import { pointerSegments } from './pointer.js';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
// An operation's parts a component can be used from; examples hold data, not schemas.
const AREAS = ['parameters', 'requestBody', 'responses'] as const;
const SKIP = new Set(['example', 'examples']);

type Node = Record<string, unknown>;
const isRecord = (value: unknown): value is Node => typeof value === 'object' && value !== null;
const localRef = (node: unknown) =>
  isRecord(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#') ? node.$ref : undefined;

function at(document: unknown, ref: string): unknown {
  let node = document;
  for (const segment of pointerSegments(ref)) node = isRecord(node) ? node[segment] : undefined;
  return node;
}

/** The innermost `$ref` the path steps through (not the node it ends on), and the segments after it. */
export function innermostRef(
  document: unknown,
  segments: readonly string[],
): { ref: string; rest: string[] } | undefined {
  let node = document;
  let found: { ref: string; rest: string[] } | undefined;
  for (const [index, segment] of segments.entries()) {
    for (let ref = localRef(node), hops = 0; ref !== undefined && hops < 32; ref = localRef(node), hops++) {
      found = { ref, rest: segments.slice(index) };
      node = at(document, ref);
    }
    node = isRecord(node) ? node[segment] : undefined;
  }
  return found;
}

/** Logical paths (refs followed) from every operation's `area` to each place that uses `ref`. */
export function usesOf(document: unknown, ref: string, area: string): string[][] {
  const found: string[][] = [];
  const visit = (node: unknown, path: string[], followed: ReadonlySet<string>) => {
    const next = localRef(node);
    if (next === ref) {
      found.push(path);
      return;
    }
    if (next !== undefined) {
      if (!followed.has(next)) visit(at(document, next), path, new Set([...followed, next]));
      return;
    }
    if (!isRecord(node)) return;
    for (const [key, child] of Object.entries(node)) if (!SKIP.has(key)) visit(child, [...path, key], followed);
  };
  const paths = isRecord(document) && isRecord(document.paths) ? document.paths : {};
  for (const [pathKey, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method) || !isRecord(operation) || !(AREAS as readonly string[]).includes(area)) continue;
      visit(operation[area], ['paths', pathKey, method, area], new Set());
    }
  }
  return found;
}

const encode = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
export const toPointer = (segments: readonly string[]) => `#/${segments.map(encode).join('/')}`;

/**
 * The engine's path and the same change's path in every other operation that uses the component it
 * sits in (same part of the operation: a response change stays a response change), first one first.
 */
export function reachedPaths(document: unknown, path: string): string[] {
  const segments = pointerSegments(path);
  const area = segments[3];
  if (segments[0] !== 'paths' || area === undefined) return [path];
  const inner = innermostRef(document, segments);
  if (!inner) return [path];
  const others = usesOf(document, inner.ref, area).map((use) => toPointer([...use, ...inner.rest]));
  return [path, ...others.filter((other) => other !== path)];
}
