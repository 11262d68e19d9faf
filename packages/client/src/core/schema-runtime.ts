/**
 * The two helpers Ajv's standalone validators call at run time (`minLength`/`maxLength` count code
 * points; `const`, `enum` of objects and `uniqueItems` compare deeply), so generated validators need
 * no Ajv at run time. scripts/generate-validators.mjs points the generated code here.
 */

/** Length in Unicode code points, as JSON Schema counts string length (an emoji is 1, not 2). */
export function ucs2length(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** Structural equality of JSON values. */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) => Object.hasOwn(b, key) && equal((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
