// @ts-check
/**
 * Code samples for every operation, from the operation model and the spec's own examples: a
 * `llamacloud-prod` command (its required flags and one realistic optional one), a TypeScript call
 * (`client.beta.batch.list({ … })`, path parameters positional) and curl. Values come from the
 * spec: a parameter's own example, the `id` in the example of the resource a path parameter names,
 * else the first value of a property with the input's name in any response example that fits the
 * input's schema. Pure functions; no I/O. Used by `pnpm generate` (operationSamples, which the
 * CLI's help and manual show) and by the docs decorator (spec/plugins/docs.js, x-codeSamples).
 *
 * The CLI sample follows the CLI's naming (packages/cli/src/operation-commands.ts): the group's
 * parts in kebab case joined by `:`, the name in kebab case, one `--kebab-name` flag per input, and
 * `--yes` on a destructive operation; packages/cli/test/code-samples.test.ts runs every one.
 */
import { isBytesMediaType, kebab, requestBody, successSchema } from './operation-model.mjs';
import { resolveRef } from './parameter-metadata.mjs';

/** The file a sample uploads, in the current folder (the tests that run the samples put one there). */
export const SAMPLE_FILE = 'invoice.pdf';

export const CLI_NAME = 'llamacloud-prod';
const DEFAULT_SERVER = 'https://api.cloud.llamaindex.ai';
/** Widest object literal kept on one line in a TypeScript sample. */
const ONE_LINE = 60;
/** Widest line a TypeScript sample's call is kept on. */
const TS_WIDTH = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export { kebab };

/** `beta.batch.jobItems` + `getProcessingResults` → `llamacloud-prod beta:batch:job-items get-processing-results`. */
export const cliCommand = (operation) =>
  `${CLI_NAME} ${operation.group.split('.').map(kebab).join(':')} ${kebab(operation.name)}`;

/** Every value of every response example in the document, by property name, in document order. */
function exampleValuesByName(document) {
  /** @type {Map<string, unknown[]>} */
  const byName = new Map();
  const walk = (value) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (inner !== null) byName.set(key, [...(byName.get(key) ?? []), inner]);
      walk(inner);
    }
  };
  for (const example of responseExamples(document)) walk(example);
  return byName;
}

/** The `value` of every named example of every response, operations in document order. */
function responseExamples(document, only) {
  const values = [];
  for (const [path, rawPathItem] of Object.entries(document.paths ?? {})) {
    const pathItem = resolveRef(document, rawPathItem);
    for (const [method, operation] of Object.entries(pathItem)) {
      if (only && (only.path !== path || only.method !== method)) continue;
      for (const [status, rawResponse] of Object.entries(operation?.responses ?? {})) {
        if (!/^2/.test(status)) continue;
        const media = resolveRef(document, rawResponse).content?.['application/json'];
        for (const example of Object.values(media?.examples ?? {})) values.push(resolveRef(document, example).value);
        if (media?.example !== undefined) values.push(media.example);
      }
    }
  }
  return values;
}

/** The first `id` in an example, depth first (`{ job: { id } }` counts). */
function firstId(value) {
  if (Array.isArray(value)) return undefined;
  if (!value || typeof value !== 'object') return undefined;
  if (typeof value.id === 'string') return value.id;
  for (const inner of Object.values(value)) {
    const found = firstId(inner);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Whether `value` is one the input's schema metadata accepts (objects are taken as the examples give them). */
function fits(meta, value) {
  if (value === null || value === undefined) return false;
  if (meta.type === 'object') return typeof value === 'object' && !Array.isArray(value);
  if (meta.type === 'array') return Array.isArray(value) && value.every((item) => fits(meta.items ?? {}, item));
  if (meta.enum && !meta.enum.includes(value)) return false;
  if (meta.type === 'integer') return Number.isInteger(value) && inBounds(meta, value);
  if (meta.type === 'number') return typeof value === 'number' && inBounds(meta, value);
  if (meta.type === 'boolean') return typeof value === 'boolean';
  if (typeof value !== 'string') return false;
  if (meta.format === 'uuid') return UUID.test(value);
  if (meta.format === 'date-time') return !Number.isNaN(Date.parse(value));
  return true;
}

const inBounds = (meta, value) =>
  (meta.minimum === undefined || value >= meta.minimum) && (meta.maximum === undefined || value <= meta.maximum);

/**
 * A value from the spec for one input, or undefined: its own example, then (a path parameter) the
 * `id` of the resource at the path up to `{name}`, then the first fitting example value of the name.
 */
function exampleFor(document, operation, input, raw, byName) {
  const own = [raw?.example, ...(raw?.examples ? Object.values(raw.examples).map((e) => e?.value ?? e) : [])];
  const schema = resolveRef(document, raw?.schema ?? raw ?? {});
  own.push(schema.example, ...(Array.isArray(schema.examples) ? schema.examples : []));
  for (const value of own) if (fits(input, value)) return value;
  if (input.in === 'path') {
    const resource = operation.path.slice(0, operation.path.indexOf(`{${input.name}}`) + input.name.length + 2);
    for (const example of responseExamples(document, { path: resource, method: 'get' })) {
      const id = firstId(example);
      if (fits(input, id)) return id;
    }
  }
  return (byName.get(input.name) ?? []).find((value) => fits(input, value));
}

/** A value for a required input the spec has no example for: its default, first choice, or a placeholder. */
function placeholderFor(input) {
  if (input.default !== undefined) return input.default;
  if (input.enum?.length) return input.enum[0];
  if (input.type === 'integer' || input.type === 'number') return input.minimum ?? 1;
  if (input.type === 'boolean') return true;
  if (input.type === 'object') return {};
  if (input.type === 'array') return [];
  if (input.format === 'uuid') return '00000000-0000-0000-0000-000000000000';
  if (input.format === 'email') return 'someone@example.com';
  if (input.format === 'uri' || input.format === 'url') return 'https://example.com/';
  return `my-${kebab(input.name)}`;
}

/** The raw spec object of an input (parameter or body property), for its own examples. */
function rawInputs(document, operation) {
  const pathItem = resolveRef(document, document.paths[operation.path]);
  const raw = pathItem[operation.method];
  const parameters = [...(pathItem.parameters ?? []), ...(raw.parameters ?? [])].map((p) => resolveRef(document, p));
  const found = requestBody(document, raw);
  const body = found ? resolveRef(document, found.schema) : {};
  return {
    parameter: (name, location) => parameters.find((p) => p.name === name && p.in === location),
    field: (name) => body.properties?.[name],
    /** A whole body's (an array, a union) own schema. */
    whole: body,
  };
}

/**
 * The inputs a sample passes: every path parameter, every required parameter and body field, and
 * one optional input the spec has an example for (a choice first, e.g. `job_type`), paging and
 * header inputs left out.
 */
export function sampleInputs(document, operation) {
  const byName = exampleValuesByName(document);
  const raw = rawInputs(document, operation);
  const paging = new Set(
    Object.entries(operation.pagination ?? {})
      .filter(([key]) => ['offset', 'limit', 'cursor'].includes(key))
      .map(([, name]) => name),
  );
  const candidates = [
    ...operation.parameters
      .filter((p) => p.in !== 'cookie')
      .map((p) => ({ ...p, kind: p.in, raw: raw.parameter(p.name, p.in) })),
    ...(operation.body?.fields ?? []).map((f) => ({
      ...f,
      kind: 'body',
      raw: operation.body.whole ? raw.whole : raw.field(f.wireName ?? f.name),
    })),
  ].map((input) => ({ input, value: exampleFor(document, operation, input, input.raw, byName) }));
  // The model calls an array of objects an object (JSON either way); a whole body's placeholder follows its schema.
  const placeholder = (input) =>
    operation.body?.whole && input.kind === 'body' && input.raw?.type === 'array' ? [] : placeholderFor(input);

  const chosen = candidates
    .filter(({ input }) => input.kind === 'path' || input.required)
    .map(({ input, value }) => ({ input, value: input.file ? SAMPLE_FILE : (value ?? placeholder(input)) }));
  const optional = candidates.filter(
    ({ input, value }) =>
      value !== undefined &&
      input.kind !== 'path' &&
      input.kind !== 'header' &&
      !input.required &&
      !input.file &&
      !paging.has(input.name),
  );
  const extra = optional.find(({ input }) => input.enum) ?? optional[0];
  if (extra) chosen.push(extra);
  return chosen.map(({ input, value }) => ({
    name: input.name,
    kind: input.kind,
    type: input.type,
    value,
    ...(input.file ? { file: true } : {}),
    ...(input.wireName ? { wireName: input.wireName } : {}),
    ...(input.flag ? { flag: input.flag } : {}),
  }));
}

/** A word for a POSIX shell: as is when safe, else in single quotes. */
export function shellWord(text) {
  return /^[A-Za-z0-9_./:@=+,-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/** Widest line of a CLI sample: with the help's `  $ ` before it, 80 columns. */
export const CLI_WIDTH = 76;

/**
 * The command as a shell line, wrapped with `\` continuations at CLI_WIDTH, each flag beside its
 * value; a JSON value too wide for a line is written over several, inside its quotes.
 */
function cliSample(operation, inputs, hints) {
  const groups = [];
  for (const { name, type, value, file, flag: own } of inputs) {
    const flag = `--${own ?? kebab(name)}`;
    if (file) groups.push({ words: [flag, shellWord(`@${value}`)] });
    else if (type === 'array' && Array.isArray(value) && value.every((item) => typeof item !== 'object')) {
      groups.push({ words: [flag, ...value.map((item) => shellWord(String(item)))] });
    } else if (value !== null && typeof value === 'object') {
      groups.push({ words: [flag, shellWord(JSON.stringify(value))], json: { flag, value } });
    } else {
      groups.push({ words: [flag, shellWord(String(value))] });
    }
  }
  if (hints?.destructive) groups.push({ words: ['--yes'] });
  const lines = [cliCommand(operation)];
  const indent = '  ';
  for (const group of groups) {
    const text = group.words.join(' ');
    const last = lines.length - 1;
    if (`${lines[last]} ${text} \\`.length <= CLI_WIDTH) lines[last] = `${lines[last]} ${text}`;
    else if (`${indent}${text} \\`.length <= CLI_WIDTH || !group.json) lines.push(`${indent}${text}`);
    else {
      const pretty = JSON.stringify(group.json.value, null, 2).replaceAll('\n', `\n${indent}`);
      lines.push(`${indent}${group.json.flag} ${shellWord(pretty)}`);
    }
  }
  return lines.join(' \\\n');
}

/** Stands for code in a literal: written out as it is. */
class Code {
  constructor(text) {
    this.text = text;
  }
}

/** A JavaScript literal: property names bare when they can be, strings in single quotes. */
function literal(value, indent = '') {
  if (value instanceof Code) return value.text;
  if (typeof value === 'string') return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, indent)).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : literal(name));
    const flat = entries.every(([, item]) => item === null || typeof item !== 'object' || item instanceof Code);
    const oneLine = `{ ${entries.map(([name, item]) => `${key(name)}: ${literal(item)}`).join(', ')} }`;
    if (flat && oneLine.length <= ONE_LINE) return oneLine;
    return `{\n${entries.map(([name, item]) => `${inner}${key(name)}: ${literal(item, inner)},`).join('\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function typescriptSample(document, operation, inputs) {
  const positional = operation.pathParams.map((name) => inputs.find((input) => input.name === name)?.value);
  // A file from disk, named as it is there: fs.openAsBlob reads it as the upload is sent.
  const fileOf = (name) => new Code(`new File([await openAsBlob(${literal(name)})], ${literal(name)})`);
  const params = Object.fromEntries(
    inputs.filter((i) => i.kind !== 'path').map((i) => [i.name, i.file ? fileOf(i.value) : i.value]),
  );
  const args = positional.map((value) => literal(value));
  if (Object.keys(params).length > 0) args.push(literal(params));
  const [name, shown] = operation.pagination ? ['page', `page.${operation.pagination.results}`] : ['result', 'result'];
  const answers = successSchema(document, resolveRef(document, document.paths[operation.path])[operation.method]);
  const flat = `await client.${operation.id}(${args.join(', ')})`;
  // A call wider than a line gets one argument a line.
  const call =
    `const ${name} = ${flat};`.length <= TS_WIDTH || args.length < 2
      ? flat
      : `await client.${operation.id}(\n${args.map((arg) => `  ${arg.replaceAll('\n', '\n  ')},`).join('\n')}\n)`;
  const files = inputs.some((input) => input.file);
  return [
    ...(files ? ["import { openAsBlob } from 'node:fs';"] : []),
    "import { createLlamaCloudClient } from '@llamacloud-batch/client';",
    '',
    '// Reads the API key from LLAMA_CLOUD_API_KEY.',
    'const client = createLlamaCloudClient();',
    '',
    // An answer without content (204) resolves to undefined: nothing to print but that it is done.
    ...(answers ? [`const ${name} = ${call};`, `console.log(${shown});`] : [`${call};`, "console.log('done');"]),
  ].join('\n');
}

function curlSample(document, operation, inputs) {
  const server = document.servers?.[0]?.url ?? DEFAULT_SERVER;
  let path = operation.path;
  const query = [];
  const headers = [];
  const body = {};
  for (const { name, kind, value, file, wireName } of inputs) {
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
    if (kind === 'path') path = path.replace(`{${name}}`, encodeURIComponent(text));
    else if (kind === 'query') query.push(`${encodeURIComponent(name)}=${encodeURIComponent(text)}`);
    else if (kind === 'header') headers.push(`${name}: ${text}`);
    // On the wire a body field has its name in the body (`organization_id`, not `body_organization_id`).
    else body[wireName ?? name] = { value, file };
  }
  const url = `${server}${path}${query.length ? `?${query.join('&')}` : ''}`;
  const lines = [`curl -X ${operation.method.toUpperCase()} ${shellWord(url)}`];
  lines.push(`-H "Authorization: Bearer $LLAMA_CLOUD_API_KEY"`);
  for (const header of headers) lines.push(`-H ${shellWord(header)}`);
  if (operation.body && isBytesMediaType(operation.body.mediaType)) {
    lines.push(`-H ${shellWord(`Content-Type: ${operation.body.mediaType}`)}`);
    const file = body[operation.body.fields[0]?.name ?? '']?.value;
    if (file !== undefined) lines.push(`--data-binary ${shellWord(`@${file}`)}`);
  } else if (operation.body?.mediaType === 'application/x-www-form-urlencoded') {
    for (const [name, { value }] of Object.entries(body)) {
      lines.push(
        `--data-urlencode ${shellWord(`${name}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)}`,
      );
    }
  } else if (operation.body?.mediaType === 'multipart/form-data') {
    for (const [name, { value, file }] of Object.entries(body)) {
      const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
      lines.push(`-F ${shellWord(`${name}=${file ? '@' : ''}${text}`)}`);
    }
  } else if (operation.body) {
    lines.push(`-H 'Content-Type: application/json'`);
    const json = operation.body.whole
      ? body[operation.body.fields[0]?.name ?? '']?.value
      : Object.fromEntries(Object.entries(body).map(([name, { value }]) => [name, value]));
    lines.push(`-d ${shellWord(JSON.stringify(json ?? null))}`);
  }
  return lines.join(' \\\n  ');
}

/**
 * `{ cli, typescript, curl }` for every operation of the model, keyed as the model is. `hints` are
 * the generated operationHints (a destructive operation's CLI sample carries `--yes`).
 */
export function codeSamples(document, model) {
  /** @type {Record<string, { cli: string; typescript: string; curl: string }>} */
  const samples = {};
  for (const [id, operation] of Object.entries(model)) {
    const inputs = sampleInputs(document, operation);
    samples[id] = {
      cli: cliSample(operation, inputs, operation.hints),
      typescript: typescriptSample(document, operation, inputs),
      curl: curlSample(document, operation, inputs),
    };
  }
  return samples;
}

/** The languages the docs list, in order: Redoc shows a sample only for a language the config lists. */
export const SAMPLE_LANGUAGES = /** @type {const} */ ([
  { key: 'cli', lang: 'Shell', label: 'CLI' },
  { key: 'typescript', lang: 'TypeScript', label: 'TypeScript' },
  { key: 'curl', lang: 'curl', label: 'curl' },
]);
