/** An answer's fields as dotted paths: what FIELD/VALUE rows show and what `--fields` may name. */

/** Every leaf of `value` as `[dotted path, value]`; arrays and empty objects are leaves. */
export function leaves(value: unknown): [string, unknown][] {
  const found: [string, unknown][] = [];
  const visit = (node: unknown, path: string) => {
    if (typeof node === 'object' && node !== null && !Array.isArray(node) && Object.keys(node).length > 0) {
      for (const [key, inner] of Object.entries(node)) visit(inner, path ? `${path}.${key}` : key);
    } else {
      found.push([path, node]);
    }
  };
  visit(value, '');
  return found;
}

/** The leaf paths of all `items`, each once, in the order they first appear. */
export function leafPaths(items: readonly unknown[]): string[] {
  return [...new Set(items.flatMap((item) => leaves(item).map(([path]) => path)))].filter(Boolean);
}
