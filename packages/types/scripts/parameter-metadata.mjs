// @ts-check
/**
 * Turns an OpenAPI 3.1 document's operations into plain parameter metadata (name, location, type,
 * enum, bounds, format, default, description) that the client validates with and the CLI builds
 * its flags from. Pure functions over the parsed document; no I/O.
 */

/**
 * @typedef {{
 *   name: string; in: string; required: boolean; type: string; nullable: boolean;
 *   description?: string; enum?: readonly (string | number | boolean)[]; format?: string;
 *   minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number;
 *   minLength?: number; maxLength?: number; pattern?: string; default?: unknown;
 *   items?: Omit<ParameterMeta, 'name' | 'in' | 'required' | 'description' | 'items'>;
 * }} ParameterMeta
 */

const COPIED_KEYWORDS = /** @type {const} */ ([
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'default',
]);

/** Follows a local `$ref` ("#/components/..."); other documents are out of scope for this repo. */
export function resolveRef(document, node) {
  let current = node;
  const seen = new Set();
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, got ${ref}`);
    if (seen.has(ref)) throw new Error(`Circular $ref ${ref}`);
    seen.add(ref);
    const target = ref
      .slice(2)
      .split('/')
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce((obj, key) => (obj == null ? undefined : obj[key]), document);
    if (target === undefined) throw new Error(`Unresolvable $ref ${ref}`);
    // OAS 3.1 lets siblings of $ref (description, default) override the target's.
    const { $ref: _ignored, ...siblings } = current;
    current = { ...target, ...siblings };
  }
  return current;
}

/**
 * Collapses the nullable spellings OAS 3.1 allows (`type: [T, "null"]`, `anyOf: [T, {type: null}]`,
 * `const`/`enum` with null) into one schema plus a `nullable` flag.
 */
export function schemaMetadata(document, rawSchema) {
  const schema = resolveRef(document, rawSchema ?? {});
  const variants = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(variants)) {
    const resolved = variants.map((variant) => resolveRef(document, variant));
    const nonNull = resolved.filter((variant) => variant.type !== 'null');
    const nullable = nonNull.length < resolved.length;
    if (nonNull.length !== 1) {
      throw new Error(`Unsupported parameter schema: anyOf/oneOf of ${nonNull.length} non-null types`);
    }
    const { anyOf: _a, oneOf: _o, ...outer } = schema;
    const inner = schemaMetadata(document, { ...nonNull[0], ...outer });
    return { ...inner, nullable: inner.nullable || nullable };
  }
  let type = schema.type;
  let nullable = false;
  if (Array.isArray(type)) {
    nullable = type.includes('null');
    const nonNull = type.filter((t) => t !== 'null');
    if (nonNull.length !== 1) throw new Error(`Unsupported parameter type ${JSON.stringify(type)}`);
    type = nonNull[0];
  }
  /** @type {Record<string, unknown>} */
  const meta = { type: type ?? inferType(schema), nullable };
  if (Array.isArray(schema.enum)) {
    const values = schema.enum.filter((value) => value !== null);
    if (values.length < schema.enum.length) meta.nullable = true;
    meta.enum = values;
  }
  for (const keyword of COPIED_KEYWORDS) {
    if (schema[keyword] !== undefined) meta[keyword] = schema[keyword];
  }
  if (meta.type === 'array') {
    const { nullable: _n, ...items } = schemaMetadata(document, schema.items ?? {});
    meta.items = items;
  }
  return meta;
}

function inferType(schema) {
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return typeof schema.enum[0];
  if (schema.const !== undefined) return typeof schema.const;
  return 'string';
}

/**
 * A parameter's schema whose only description is the parameter's own: the description of a schema
 * it references (e.g. BatchJobType's "Type of processing operation" under `job_type`, directly or as
 * a variant of a nullable `anyOf`) gives way to the parameter's ("Filter by job type …"). Without
 * an own description, the schema is left as it is. `$ref`s stay; a description beside a `$ref`
 * overrides the target's (OAS 3.1). Docs, help and MCP read parameters through this.
 */
export function parameterSchema(document, rawParameter) {
  const parameter = resolveRef(document, rawParameter);
  const own = parameter.schema ?? {};
  // JSON Schema's own annotation says it to a tool's caller (MCP).
  const schema = parameter.deprecated === true ? { ...own, deprecated: true } : own;
  const { description } = parameter;
  if (description === undefined) return schema;
  const withOwn = (node) =>
    node && typeof node === 'object' && (node.$ref || node.description) ? { ...node, description } : node;
  const variants = Object.fromEntries(
    ['anyOf', 'oneOf']
      .filter((key) => Array.isArray(schema[key]))
      .map((key) => [
        key,
        schema[key].map((variant) => (resolveRef(document, variant).type === 'null' ? variant : withOwn(variant))),
      ]),
  );
  return { ...schema, ...variants, description };
}

/** @returns {ParameterMeta} */
export function parameterMetadata(document, rawParameter) {
  const parameter = resolveRef(document, rawParameter);
  const schemaMeta = schemaMetadata(document, parameter.schema);
  const description = parameter.description ?? resolveRef(document, parameter.schema ?? {}).description;
  return /** @type {ParameterMeta} */ ({
    name: parameter.name,
    in: parameter.in,
    required: parameter.required === true,
    ...schemaMeta,
    ...(description === undefined ? {} : { description }),
    ...(parameter.deprecated === true ? { deprecated: true } : {}),
  });
}
