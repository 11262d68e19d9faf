// @ts-check
/**
 * The one reader of the spec's operations: turns each into a plain record (method, path, parameters
 * by location, JSON body fields, pagination, SDK group and name, idempotency, agent hints) that the
 * client, the CLI, the MCP server and the tests interpret. Reads Speakeasy's documented extensions
 * (x-speakeasy-group, -name-override, -pagination, -retries, -mcp). Pure functions; no I/O.
 */
import { parameterMetadata, resolveRef, schemaMetadata } from './parameter-metadata.mjs';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/** Methods HTTP defines as idempotent: a retry cannot do more than the first attempt did. */
const IDEMPOTENT_METHODS = new Set(['get', 'head', 'put', 'delete', 'options', 'trace']);
const READ_ONLY_METHODS = new Set(['get', 'head', 'options']);
const IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;

/** `organization_id` → `organization-id`, `jobItems` → `job-items`: an input's CLI flag, without `--`. */
export const kebab = (name) =>
  String(name)
    .replace(/_/g, '-')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();

/**
 * Flags the CLI gives every command (global options, output, paging, confirmation). An input whose
 * flag would be one of them is `--<in>-<name>` there instead (`--query-version`, `--body-format`):
 * the model says so with `flag`. The CLI refuses, when it builds its commands, an input flag that
 * still clashes (a flag added to the CLI and not here).
 */
export const CLI_RESERVED_FLAGS = [
  'version',
  'help',
  'api-key',
  'base-url',
  'allow-insecure-http',
  'format',
  'debug',
  'timeout',
  'max-retries',
  'fields',
  'body',
  'yes',
  'output',
  'all',
  'max-items',
  'read-ahead',
];

/** `input` with `flag` set when its kebab-case flag is one the CLI reserves; `where` is its location. */
function withCliFlag(input, where) {
  return CLI_RESERVED_FLAGS.includes(kebab(input.name)) ? { ...input, flag: `${where}-${kebab(input.name)}` } : input;
}

/** `{job_id}` names of a path template, in order. */
export function pathParameterNames(path) {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => /** @type {string} */ (match[1]));
}

/** `$.items` → `items`; only top-level fields of the response are supported. */
function topLevelField(expression, where) {
  const match = /^\$\.([A-Za-z_][\w-]*)$/.exec(String(expression ?? ''));
  if (!match) throw new Error(`${where}: expected "$.<field>", got ${JSON.stringify(expression)}`);
  return match[1];
}

function paginationModel(extension, parameters, where) {
  if (extension === undefined) return undefined;
  const inputs = Array.isArray(extension.inputs) ? extension.inputs : [];
  const input = (type) => {
    const found = inputs.find((entry) => entry.type === type);
    if (found && !parameters.some((p) => p.name === found.name && p.in !== 'path')) {
      throw new Error(`${where}: x-speakeasy-pagination input ${JSON.stringify(found.name)} is not a parameter`);
    }
    return found?.name;
  };
  const results = topLevelField(extension.outputs?.results, `${where} x-speakeasy-pagination outputs.results`);
  if (extension.type === 'offsetLimit') {
    const offset = input('offset');
    if (!offset) throw new Error(`${where}: offsetLimit pagination needs an input of type offset`);
    const limit = input('limit');
    return { type: 'offsetLimit', offset, ...(limit ? { limit } : {}), results };
  }
  if (extension.type === 'cursor') {
    const cursor = input('cursor');
    if (!cursor) throw new Error(`${where}: cursor pagination needs an input of type cursor`);
    const limit = input('limit');
    const nextCursor = topLevelField(
      extension.outputs?.nextCursor,
      `${where} x-speakeasy-pagination outputs.nextCursor`,
    );
    return { type: 'cursor', cursor, ...(limit ? { limit } : {}), nextCursor, results };
  }
  throw new Error(`${where}: unsupported x-speakeasy-pagination type ${JSON.stringify(extension.type)}`);
}

/**
 * One body property as a field: scalars, enums and scalar arrays keep their constraints (the CLI
 * makes them flags); objects and unions of objects are `type: 'object'` (given as JSON).
 */
export function bodyFieldMetadata(document, name, rawSchema, required) {
  let meta;
  try {
    meta = schemaMetadata(document, rawSchema);
  } catch {
    // A union of several non-null shapes (e.g. a parse or a classify configuration).
    const schema = resolveRef(document, rawSchema);
    const variants = schema.anyOf ?? schema.oneOf ?? [];
    meta = { type: 'object', nullable: variants.some((variant) => resolveRef(document, variant).type === 'null') };
  }
  if (meta.type === 'array' && meta.items?.type === 'object') meta = { type: 'object', nullable: meta.nullable };
  const description = resolveRef(document, rawSchema ?? {}).description;
  return { name, required, ...meta, ...(description === undefined ? {} : { description }) };
}

/**
 * An operation's parameters, resolved, with operation-level ones overriding path-level ones of the
 * same name and location.
 */
export function operationParameters(document, pathItem, operation) {
  const byKey = new Map();
  for (const raw of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = resolveRef(document, raw);
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}

/**
 * Request body media types the client can send: JSON (`application/json` and `…+json`), multipart
 * forms (file uploads), URL-encoded forms, and raw bytes (`application/octet-stream`, a PDF, an
 * image…: the body is one file).
 */
export const BODY_MEDIA_TYPES = [
  'application/json',
  'multipart/form-data',
  'application/x-www-form-urlencoded',
  'application/octet-stream',
];

/** A media type that carries JSON: `application/json`, `application/problem+json`, … */
export function isJsonMediaType(type) {
  return /^application\/(?:[\w.+-]+\+)?json$/i.test(type.split(';')[0].trim());
}

/** A body media type whose content is the bytes of one file. */
export function isBytesMediaType(type) {
  return /^(?:application\/(?:octet-stream|pdf|zip|gzip)|image\/[\w.+-]+|audio\/[\w.+-]+|video\/[\w.+-]+)$/i.test(type);
}

const isSendable = (type) => isJsonMediaType(type) || BODY_MEDIA_TYPES.includes(type) || isBytesMediaType(type);

/** The request body's media type and schema as the spec writes it (a `$ref` left as is), or undefined without a body. */
export function requestBody(document, operation, where = 'operation') {
  if (operation.requestBody === undefined) return undefined;
  const body = resolveRef(document, operation.requestBody);
  const entries = Object.entries(body.content ?? {});
  if (entries.length === 0) throw new Error(`${where}: requestBody has no content`);
  // Several media types: JSON first, then a form, then bytes (the spec's order among equals).
  const rank = ([type]) =>
    isJsonMediaType(type) ? 0 : type === 'multipart/form-data' ? 1 : BODY_MEDIA_TYPES.includes(type) ? 2 : 3;
  const found = entries.filter(([type]) => isSendable(type)).sort((a, b) => rank(a) - rank(b))[0];
  if (!found) {
    throw new Error(
      `${where}: request body media type ${entries.map(([type]) => type).join(', ')} is not supported (supported: JSON, ${BODY_MEDIA_TYPES.slice(1).join(', ')}, and raw bytes such as application/pdf or image/*)`,
    );
  }
  return { mediaType: found[0], schema: found[1].schema ?? {} };
}

/** The request body's schema as the spec writes it, or undefined without a body. */
export function requestBodySchema(document, operation, where = 'operation') {
  return requestBody(document, operation, where)?.schema;
}

/**
 * A multipart part that carries a file: `contentMediaType` (OAS 3.1) or `format: binary` (3.0, and
 * what FastAPI writes), not base64 text.
 */
export function isFileSchema(document, rawSchema) {
  const schema = resolveRef(document, rawSchema ?? {});
  const variants = (schema.anyOf ?? schema.oneOf ?? []).map((variant) => resolveRef(document, variant));
  const candidates = variants.length ? variants.filter((variant) => variant.type !== 'null') : [schema];
  return candidates.some(isFileNode);
}

/** One schema node (no $ref, no union) that is a file: `format: binary`, or `contentMediaType` without an encoding. */
export function isFileNode(schema) {
  return schema.format === 'binary' || (schema.contentMediaType !== undefined && schema.contentEncoding === undefined);
}

/**
 * The schema the body is checked against before sending: the body's own for JSON; for a multipart
 * form, its fields without the file parts (a file is not JSON; the client checks it is one).
 */
export function validatedBodySchema(document, operation, where = 'operation') {
  const body = requestBody(document, operation, where);
  if (body === undefined) return undefined;
  // Bytes are not JSON: the client checks they are a file, nothing more.
  if (isBytesMediaType(body.mediaType)) return undefined;
  if (body.mediaType !== 'multipart/form-data') return body.schema;
  const schema = resolveRef(document, body.schema);
  const files = Object.keys(schema.properties ?? {}).filter((name) => isFileSchema(document, schema.properties[name]));
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).filter(([name]) => !files.includes(name)),
  );
  const { required: allRequired = [], ...rest } = schema;
  const required = allRequired.filter((name) => !files.includes(name));
  return { ...rest, properties, ...(required.length ? { required } : {}) };
}

/** The input name of a JSON body that is not an object of named fields (an array, a union, a map): the value itself. */
export const WHOLE_BODY = 'body';
/** A body field whose name a parameter of the operation already has takes this prefix in the flat inputs. */
export const CLASH_PREFIX = 'body_';

/** A JSON body schema the model splits into named fields: an object with `properties`. */
function hasFields(schema) {
  return schema.type === 'object' && typeof schema.properties === 'object' && schema.properties !== null;
}

/**
 * The body as inputs. An object with properties gives one field each (a field named like a parameter
 * becomes `body_<name>`, its `wireName` the property); any other JSON body is one input, `body`, the
 * value itself (`whole: true`). A form (multipart or URL-encoded) must name its parts; a body of raw
 * bytes (application/octet-stream, a PDF, an image) is one input, `body`, a file.
 */
function bodyModel(document, operation, where, parameters) {
  const body = requestBody(document, operation, where);
  if (body === undefined) return undefined;
  const schema = resolveRef(document, body.schema);
  const required = resolveRef(document, operation.requestBody).required === true;
  const multipart = body.mediaType === 'multipart/form-data';
  const taken = new Set(parameters.map((parameter) => parameter.name));
  const bytes = isBytesMediaType(body.mediaType);
  if (bytes || !hasFields(schema)) {
    if (!bytes && !isJsonMediaType(body.mediaType))
      throw new Error(`${where}: a ${body.mediaType} body must be an object schema with properties (one per part)`);
    if (taken.has(WHOLE_BODY))
      throw new Error(`${where}: a parameter is named ${WHOLE_BODY}, which its ${body.mediaType} body needs`);
    const description = resolveRef(document, operation.requestBody).description ?? schema.description;
    const field = bytes
      ? { name: WHOLE_BODY, required, type: 'string', file: true, ...(description ? { description } : {}) }
      : bodyFieldMetadata(document, WHOLE_BODY, body.schema, required);
    return { mediaType: body.mediaType, required, whole: true, fields: [field] };
  }
  const requiredFields = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties).map(([property, propertySchema]) => {
    let field = bodyFieldMetadata(document, property, propertySchema, requiredFields.has(property));
    if (taken.has(property)) {
      const name = `${CLASH_PREFIX}${property}`;
      if (taken.has(name))
        throw new Error(`${where}: body field ${property} and parameters ${property} and ${name} clash`);
      field = { ...field, name, wireName: property };
    }
    field = withCliFlag(field, 'body');
    if (!isFileSchema(document, propertySchema)) return field;
    if (!multipart)
      throw new Error(`${where}: body field ${property} is a file, which only a multipart/form-data body can carry`);
    return { ...field, file: true };
  });
  return { mediaType: body.mediaType, required, fields };
}

/**
 * `'binary'` when the operation's first 2xx response with content has no JSON media type (an image,
 * a PDF, a file): the client hands it over as a Blob, the CLI writes it to --output. Else undefined.
 */
export function responseKind(document, operation) {
  for (const [status, rawResponse] of Object.entries(operation.responses ?? {})) {
    if (!/^2/.test(status)) continue;
    const types = Object.keys(resolveRef(document, rawResponse).content ?? {});
    if (types.length === 0) continue;
    return types.some(isJsonMediaType) ? undefined : 'binary';
  }
  return undefined;
}

/** The 2xx JSON response schema of an operation (resolved), or undefined. */
export function successSchema(document, operation) {
  for (const [status, rawResponse] of Object.entries(operation.responses ?? {})) {
    if (!/^2/.test(status)) continue;
    const response = resolveRef(document, rawResponse);
    const schema = response.content?.['application/json']?.schema;
    if (schema) return { status: Number(status), schema };
  }
  return undefined;
}

/**
 * Every operation in the document, in document order, keyed by `<group>.<name>` (its SDK path,
 * e.g. `beta.batch.getStatus`). Throws on anything the client and CLI could not honour.
 */
export function operationModel(document) {
  /** @type {Record<string, any>} */
  const model = {};
  for (const [path, rawPathItem] of Object.entries(document.paths ?? {})) {
    const pathItem = resolveRef(document, rawPathItem);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (!operation.operationId) throw new Error(`${where} has no operationId`);
      const group = operation['x-speakeasy-group'];
      const name = operation['x-speakeasy-name-override'];
      if (typeof group !== 'string' || !group.split('.').every((part) => IDENTIFIER.test(part))) {
        throw new Error(
          `${where}: x-speakeasy-group must be dotted camelCase identifiers, got ${JSON.stringify(group)}`,
        );
      }
      if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
        throw new Error(
          `${where}: x-speakeasy-name-override must be a camelCase identifier, got ${JSON.stringify(name)}`,
        );
      }
      const id = `${group}.${name}`;
      if (model[id]) throw new Error(`${where}: ${id} is already ${model[id].method.toUpperCase()} ${model[id].path}`);

      const parameters = operationParameters(document, pathItem, operation).map((raw) => {
        const parameter = parameterMetadata(document, raw);
        return withCliFlag(parameter, parameter.in);
      });
      const pathParams = pathParameterNames(path);
      for (const param of pathParams) {
        if (!parameters.some((p) => p.in === 'path' && p.name === param)) {
          throw new Error(`${where}: path parameter {${param}} is not declared`);
        }
      }
      const body = bodyModel(document, operation, where, parameters);
      const pagination = paginationModel(operation['x-speakeasy-pagination'], parameters, where);
      const mcp = operation['x-speakeasy-mcp'] ?? {};
      const idempotent = IDEMPOTENT_METHODS.has(method) || operation['x-speakeasy-retries'] !== undefined;
      const response = responseKind(document, operation);
      const readOnly = mcp.readOnlyHint ?? READ_ONLY_METHODS.has(method);
      model[id] = {
        id,
        operationId: operation.operationId,
        group,
        name,
        method,
        path,
        pathParams,
        parameters,
        ...(body ? { body } : {}),
        ...(pagination ? { pagination } : {}),
        ...(response ? { response } : {}),
        idempotent,
        hints: {
          readOnly,
          destructive: readOnly ? false : (mcp.destructiveHint ?? method === 'delete'),
          idempotent: readOnly ? true : (mcp.idempotentHint ?? idempotent),
        },
        ...(operation.deprecated === true ? { deprecated: true } : {}),
        ...(operation.summary ? { summary: operation.summary } : {}),
        ...(operation.description ? { description: operation.description.trim() } : {}),
      };
    }
  }
  return model;
}
