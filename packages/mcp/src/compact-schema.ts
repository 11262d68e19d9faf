/**
 * An input schema as an agent reads it, made compact without changing what it accepts:
 * - `anyOf: [X, { type: 'null' }]` around a schema with a `type` is X with `null` added to its type
 *   (and to its `enum`); the inner description, when the outer one says it, goes;
 * - `title` keywords go (a component's name: an annotation, and the description says what it is);
 * - a subschema written out twice or more is one `$defs` entry, `$ref`erenced where it was.
 * Pure: the schema in is not changed. Validation never reads this (the client checks inputs).
 */

type Schema = Record<string, unknown>;

/** Keywords whose value is a map of name → subschema. */
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
/** Keywords whose value is a subschema. */
const SCHEMA_VALUES = [
  'additionalProperties',
  'items',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'unevaluatedItems',
  'unevaluatedProperties',
];
/** Keywords whose value is a list of subschemas. */
const SCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
/** A subschema is shared through `$defs` when written out at least this many characters, twice or more. */
const SHARE_FROM_CHARS = 120;

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Applies `map` to every direct subschema of `schema` (a copy; booleans and non-schemas as they are). */
function mapSubschemas(schema: Schema, map: (sub: Schema) => Schema): Schema {
  const out: Schema = { ...schema };
  for (const key of SCHEMA_MAPS) {
    const value = schema[key];
    if (isSchema(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, isSchema(sub) ? map(sub) : sub]));
    }
  }
  for (const key of SCHEMA_VALUES) {
    const value = schema[key];
    if (isSchema(value)) out[key] = map(value);
  }
  for (const key of SCHEMA_LISTS) {
    const value = schema[key];
    if (Array.isArray(value)) out[key] = value.map((sub) => (isSchema(sub) ? map(sub) : sub));
  }
  return out;
}

const COMPOSITIONS = ['anyOf', 'oneOf', 'allOf', '$ref', 'const', 'not'];

/** `{ anyOf: [X, { type: 'null' }], description }` → X with `type: [X.type, 'null']`, and the rest folded. */
function foldNullable(schema: Schema): Schema {
  const variants = schema.anyOf;
  if (!Array.isArray(variants) || variants.length !== 2) return schema;
  const nullIndex = variants.findIndex((v) => isSchema(v) && Object.keys(v).length === 1 && v.type === 'null');
  const other = variants[1 - nullIndex];
  if (nullIndex < 0 || !isSchema(other) || other.type === undefined || COMPOSITIONS.some((key) => key in other)) {
    return schema;
  }
  const { anyOf: _variants, ...outer } = schema;
  // The outer keywords win where both say something (the property's own description, its default).
  if (Object.keys(outer).some((key) => key !== 'description' && key !== 'default' && key in other)) return schema;
  const types = Array.isArray(other.type) ? other.type : [other.type];
  const folded: Schema = { ...other, ...outer, type: types.includes('null') ? types : [...types, 'null'] };
  if (Array.isArray(other.enum) && !other.enum.includes(null)) folded.enum = [...other.enum, null];
  return folded;
}

function tidy(schema: Schema): Schema {
  const { title: _title, ...rest } = mapSubschemas(schema, tidy);
  return foldNullable(rest);
}

/** Every subschema below the root, serialized, with how often it is written out. */
function countSubschemas(schema: Schema, counts = new Map<string, number>()): Map<string, number> {
  mapSubschemas(schema, (sub) => {
    const text = JSON.stringify(sub);
    if (text.length >= SHARE_FROM_CHARS) counts.set(text, (counts.get(text) ?? 0) + 1);
    countSubschemas(sub, counts);
    return sub;
  });
  return counts;
}

function replaceSubschema(schema: Schema, text: string, ref: Schema): Schema {
  return mapSubschemas(schema, (sub) => (JSON.stringify(sub) === text ? ref : replaceSubschema(sub, text, ref)));
}

/**
 * The schema with a `$defs` entry for each subschema it writes out twice or more, largest first
 * (`$defs` it had stay, cycles' among them: their references are from the root, so they still hold).
 */
function shareRepeats(schema: Schema, names: Map<string, string>): Schema {
  const { $defs: had, ...rest } = schema;
  let body: Schema = rest;
  let defs: Schema = isSchema(had) ? had : {};
  for (;;) {
    const counts = countSubschemas(body);
    for (const def of Object.values(defs)) if (isSchema(def)) countSubschemas(def, counts);
    const [text] = [...counts].filter(([, count]) => count > 1).sort(([a], [b]) => b.length - a.length)[0] ?? [];
    if (text === undefined) break;
    const base = names.get(text) ?? 'shared';
    let name = base;
    for (let n = 2; name in defs; n++) name = `${base}${n}`;
    const ref = { $ref: `#/$defs/${name}` };
    body = replaceSubschema(body, text, ref);
    defs = Object.fromEntries(
      Object.entries(defs).map(([key, def]) => [key, isSchema(def) ? replaceSubschema(def, text, ref) : def]),
    );
    defs[name] = JSON.parse(text);
  }
  return Object.keys(defs).length ? { ...body, $defs: defs } : body;
}

/** A subschema's title (the component it came from), by its tidied text: what its `$defs` entry is called. */
function titles(original: Schema, names = new Map<string, string>()): Map<string, string> {
  mapSubschemas(original, (sub) => {
    if (typeof sub.title === 'string' && /^[A-Za-z_][\w-]*$/.test(sub.title)) {
      names.set(JSON.stringify(tidy(sub)), sub.title);
    }
    titles(sub, names);
    return sub;
  });
  return names;
}

export function compactSchema<S extends Schema>(schema: S): S {
  return shareRepeats(tidy(schema), titles(schema)) as S;
}
