/** JSON Pointer helpers that follow local `$ref`s, as the engine's logical paths do. */

export function pointerSegments(pointer: string): string[] {
  const body = pointer.replace(/^#?\/?/, '');
  if (body === '') return [];
  return body.split('/').map((segment) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function followRef(document: unknown, node: unknown, seen = new Set<string>()): unknown {
  if (!isRecord(node) || typeof node.$ref !== 'string' || !node.$ref.startsWith('#')) return node;
  if (seen.has(node.$ref)) return undefined;
  seen.add(node.$ref);
  return followRef(document, walk(document, pointerSegments(node.$ref), false), seen);
}

function walk(document: unknown, segments: readonly string[], follow: boolean): unknown {
  let node: unknown = document;
  for (const segment of segments) {
    if (follow) node = followRef(document, node);
    if (!isRecord(node)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return follow ? followRef(document, node) : node;
}

/** The node at `segments` in `document`, resolving every `$ref` met on the way. */
export function resolveSegments(document: unknown, segments: readonly string[]): unknown {
  return walk(document, segments, true);
}

/** Whether a schema admits `null`: `type` includes it, an `anyOf`/`oneOf` branch is null, or `enum` lists it. */
export function acceptsNull(document: unknown, schema: unknown): boolean {
  const resolved = followRef(document, schema);
  if (!isRecord(resolved)) return false;
  const { type } = resolved;
  if (type === 'null' || (Array.isArray(type) && type.includes('null'))) return true;
  if (resolved.nullable === true) return true;
  if (Array.isArray(resolved.enum) && resolved.enum.includes(null)) return true;
  const branches = [resolved.anyOf, resolved.oneOf].flatMap((list) => (Array.isArray(list) ? list : []));
  return branches.some((branch) => acceptsNull(document, branch));
}
