/**
 * fast-check arbitraries from JSON Schema (the generated flat input schemas): values a schema
 * accepts, and values one rule of it refuses. Covers what the specs here use — types and type
 * arrays, enum and const, bounds, lengths, the uuid/date-time/email/uri formats, anyOf/oneOf,
 * properties/required, items — and nothing more: a schema it cannot read is an error, not a guess.
 */
import fc from 'fast-check';
import { type JsonSchema, minimalValue } from './operation-fixtures.js';

export interface Schema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  additionalProperties?: boolean | Schema;
  [keyword: string]: unknown;
}

const FORMATS: Record<string, () => fc.Arbitrary<string>> = {
  uuid: () => fc.uuid(),
  'date-time': () =>
    fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
      .map((date) => date.toISOString()),
  email: () => fc.emailAddress(),
  uri: () => fc.webUrl(),
};

const types = (schema: Schema): string[] =>
  schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];

/**
 * Values `schema` accepts (short strings and arrays, so a case stays readable). `#/$defs/…` refs are
 * followed in `root`; past a few levels of them arrays are empty, so a recursive schema ends.
 */
export function validArbitrary(schema: Schema, root: Schema = schema, depth = 0): fc.Arbitrary<unknown> {
  const inner = (next: Schema) => validArbitrary(next, root, depth);
  if (typeof schema.$ref === 'string') {
    const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name === undefined ? undefined : (root.$defs as Record<string, Schema> | undefined)?.[name];
    if (!target) throw new Error(`validArbitrary: cannot follow ${schema.$ref}`);
    // Deep enough: the smallest value (a recursive schema's required arrays empty), which ends it.
    if (depth >= 3) return fc.constant(minimalValue(target as JsonSchema));
    return validArbitrary(target, root, depth + 1);
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map(inner));
  const [first, ...more] = types(schema);
  if (more.length) return fc.oneof(...[first as string, ...more].map((type) => inner({ ...schema, type })));
  switch (first) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
      const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1000);
      return first === 'integer'
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'string': {
      const format = schema.format === undefined ? undefined : FORMATS[schema.format];
      if (format) return format();
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
      return fc.string({
        unit: 'grapheme-ascii',
        minLength: Math.max(schema.minLength ?? 0, 1),
        maxLength: Math.min(schema.maxLength ?? 12, 12),
      });
    }
    case 'array':
      return fc.array(inner(schema.items ?? { type: 'string' }), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, depth > 2 ? 0 : Math.min(schema.maxItems ?? 3, 3)),
      });
    case 'object':
      return objectArbitrary(schema, inner);
    default:
      if (schema.properties) return objectArbitrary(schema, inner);
      // No type at all (`{}`, a description only): anything JSON; a string keeps it simple.
      if (Object.keys(schema).every((key) => ['description', 'title', 'default', 'examples'].includes(key))) {
        return fc.string({ unit: 'grapheme-ascii', maxLength: 8 });
      }
      throw new Error(`validArbitrary: cannot read ${JSON.stringify(schema).slice(0, 200)}`);
  }
}

function objectArbitrary(
  schema: Schema,
  inner: (next: Schema) => fc.Arbitrary<unknown>,
): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  return fc.record(Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, inner(property)])), {
    requiredKeys: [...required].filter((name) => name in properties),
  });
}

/** A value of another JSON type than every one `schema` allows, or undefined when it allows them all. */
function wrongType(schema: Schema): unknown {
  const allowed = new Set(
    (schema.anyOf ?? schema.oneOf ?? [schema]).flatMap((variant) =>
      variant.enum
        ? [...new Set(variant.enum.map((value) => (value === null ? 'null' : typeof value)))]
        : types(variant),
    ),
  );
  if (allowed.has('number')) allowed.add('integer');
  const candidates: [string, unknown][] = [
    ['string', 'not-a-number'],
    ['integer', 7],
    ['boolean', true],
    ['object', { unexpected: 1 }],
    ['array', ['x']],
  ];
  if (allowed.size === 0) return undefined;
  return candidates.find(([type]) => !allowed.has(type) && !(type === 'integer' && allowed.has('number')))?.[1];
}

/** One way to break a value of `schema`, with what was broken (for the report), or none. */
export function brokenValues(schema: Schema): { rule: string; value: unknown }[] {
  const broken: { rule: string; value: unknown }[] = [];
  const wrong = wrongType(schema);
  if (wrong !== undefined) broken.push({ rule: 'type', value: wrong });
  const isString = types(schema).includes('string');
  if (schema.enum && isString) broken.push({ rule: 'enum', value: 'surely-not-a-choice' });
  if (schema.maximum !== undefined) broken.push({ rule: 'maximum', value: schema.maximum + 1 });
  if (schema.minimum !== undefined) broken.push({ rule: 'minimum', value: schema.minimum - 1 });
  if (isString && schema.format === 'uuid') broken.push({ rule: 'format', value: 'not-a-uuid' });
  if (isString && schema.format === 'date-time') broken.push({ rule: 'format', value: '2025-13-45T99:00:00Z' });
  if (isString && schema.minLength !== undefined && schema.minLength > 0) broken.push({ rule: 'minLength', value: '' });
  return broken;
}
