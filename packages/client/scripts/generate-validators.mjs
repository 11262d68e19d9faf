// @ts-check
/**
 * Compiles each operation's request-body and 2xx response schemas into standalone validator code
 * with Ajv, at build time, so neither body checks nor the opt-in `validateResponses` need a schema
 * compiler (or Ajv) at run time. Writes src/generated/request-validators.ts and
 * response-validators.ts, each exporting validators keyed by operation (`beta.batch.create`);
 * `--check` exits 1 when either is stale. Operations come from the types package's spec reader,
 * the one place that understands the spec's operations.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import ajvFormats from 'ajv-formats/dist/formats.js';
import { operationModel, successSchema, validatedBodySchema } from '../../types/scripts/operation-model.mjs';
import { withSpecOrExit } from '../../types/scripts/read-spec.mjs';
import { writeGenerated } from '../../types/scripts/write-generated.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const specPath = resolve(process.env.LLAMACLOUD_SPEC ?? resolve(here, '../../../spec/openapi.yaml'));
const generatedDir = resolve(process.env.LLAMACLOUD_GENERATED_DIR ?? resolve(here, '../src/generated'));
const check = process.argv.includes('--check');
const DOCUMENT_ID = 'openapi';
const { fullFormats, fastFormats } = ajvFormats;

/** The spec and its operations, set once it is read (below). */
let document;
let model;

/** Inline schemas point at `#/components/…`; inside Ajv that is the document added below. */
function anchored(schema) {
  return withoutDiscriminators(JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', `"$ref":"${DOCUMENT_ID}#/`)));
}

/**
 * `schema` without OpenAPI's `discriminator` beside a `oneOf`/`anyOf`: an annotation naming the
 * property that tells the variants apart, which the `oneOf` already checks. (Ajv's own discriminator
 * support refuses a `mapping`, which FastAPI writes.)
 */
function withoutDiscriminators(schema) {
  if (Array.isArray(schema)) return schema.map(withoutDiscriminators);
  if (schema === null || typeof schema !== 'object') return schema;
  const union = Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf);
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => !(union && key === 'discriminator' && typeof value?.propertyName === 'string'))
      .map(([key, value]) => [key, withoutDiscriminators(value)]),
  );
}

/**
 * OpenAPI's own keywords in a Schema Object beside JSON Schema's: annotations, nothing to check
 * (`oneOf` already decides which variant a value is; `discriminator` only names the property).
 */
const OPENAPI_ANNOTATIONS = ['discriminator', 'xml', 'externalDocs', 'example'];

/** Annotation keywords the spec may carry that are not JSON Schema (OpenAPI's, `x-…` extensions). */
function extensionKeywords(value, found = new Set()) {
  if (Array.isArray(value)) for (const item of value) extensionKeywords(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key.startsWith('x-') || OPENAPI_ANNOTATIONS.includes(key)) found.add(key);
      extensionKeywords(inner, found);
    }
  }
  return found;
}

/** Every `format` value in the document's schemas. */
function formatsUsed(value, found = new Set()) {
  if (Array.isArray(value)) for (const item of value) formatsUsed(item, found);
  else if (value && typeof value === 'object') {
    if (typeof value.format === 'string') found.add(value.format);
    for (const inner of Object.values(value)) formatsUsed(inner, found);
  }
  return found;
}

function compile(kind, schemaOf) {
  // Strict about the schemas' structure, but a keyword JSON Schema does not define is an annotation
  // to ignore (as JSON Schema says), not an error: a real spec carries its generator's keywords.
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictSchema: false,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    code: { source: true, esm: true, lines: true },
  });
  addFormats.default(ajv);
  // A format neither JSON Schema nor ajv-formats defines (FastAPI's `file-path`, say) is an annotation.
  for (const format of formatsUsed(document)) if (!ajv.formats[format]) ajv.addFormat(format, true);
  ajv.addKeyword('components');
  const components = withoutDiscriminators(document.components?.schemas ?? {});
  for (const keyword of extensionKeywords(components)) if (!ajv.getKeyword(keyword)) ajv.addKeyword(keyword);
  ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: components } });
  const names = {};
  for (const [id, operation] of Object.entries(model)) {
    const schema = schemaOf(operation);
    if (!schema) continue;
    const name = `${kind}_${id.replace(/\W/g, '_')}`;
    for (const keyword of extensionKeywords(schema)) if (!ajv.getKeyword(keyword)) ajv.addKeyword(keyword);
    ajv.addSchema(anchored(schema), name);
    names[id] = name;
  }
  const code = Object.keys(names).length
    ? standaloneCode.default(ajv, Object.fromEntries(Object.values(names).map((n) => [n, n])))
    : '';
  // Ajv refers to format checkers and its runtime helpers by require(); point them at our own small
  // ESM modules instead (core/formats.ts, core/schema-runtime.ts).
  const FORMATS = /require\("ajv-formats\/dist\/formats"\)\.fullFormats(?:\["([\w-]+)"\]|\.([\w$]+))/g;
  const RUNTIME = /require\("ajv\/dist\/runtime\/(ucs2length|equal)"\)\.default/g;
  const usedFormats = new Set([...code.matchAll(FORMATS)].map((m) => m[1] ?? m[2]));
  const rest = code.replace(FORMATS, '').replace(RUNTIME, '');
  const unknown = /require\("([^"]+)"\)/.exec(rest);
  if (unknown) throw new Error(`Standalone code needs ${unknown[1]}, which core/schema-runtime.ts does not provide`);
  const body = code
    .replace(/^"use strict";/, '')
    // ajv-formats' function formats are called, its { validate } ones used as they are; ours are all { validate }.
    .replace(FORMATS, (_, quoted, bare) => {
      const name = quoted ?? bare;
      return `formats[${JSON.stringify(name)}]${typeof fullFormats[name] === 'function' ? '.validate' : ''}`;
    })
    .replace(RUNTIME, (_, name) => `runtime.${name}`);
  const table = Object.entries(names)
    .map(([id, name]) => `\n  ${JSON.stringify(id)}: ${name},`)
    .join('');
  return `/**
 * generated — do not edit.
 * Source: spec/openapi.yaml, compiled by Ajv (standalone). Regenerate with \`pnpm generate\`.
 */
/* biome-ignore-all lint: generated code */
// @ts-nocheck
${body.includes('formats[') ? "import { formats } from '../core/formats.js';\n" : ''}${body.includes('runtime.') ? "import * as runtime from '../core/schema-runtime.js';\n" : ''}// formats used: ${[...usedFormats].join(', ') || 'none'}
${body}
/** ${kind === 'body' ? 'Request body' : '2xx response'} validators, by operation. */
export const validators = {${table}
};
`;
}

/** The formats core/formats.ts checks by hand (its `formats` object's keys). */
function handWrittenFormats() {
  const source = readFileSync(resolve(here, '../src/core/formats.ts'), 'utf8');
  const object = source.slice(source.indexOf('export const formats'));
  return new Set([...object.matchAll(/^ {2}'?([\w-]+)'?: \{ validate/gm)].map((match) => match[1]));
}

/**
 * The checkers of the spec's other formats, from ajv-formats, as code: a format it checks with a
 * regular expression (its full one, else its fast one) becomes that expression; one it accepts
 * anything for (`password`, `binary`) and one it does not know (`file-path`) is an annotation
 * (JSON Schema 2020-12), left out. Only formats the spec uses are written.
 */
function generateFormats() {
  const ours = handWrittenFormats();
  const entries = [];
  for (const name of [...formatsUsed(document)].sort()) {
    if (ours.has(name) || !(name in fullFormats)) continue;
    const regex = [fullFormats[name], fastFormats[name]].find((format) => format instanceof RegExp);
    if (regex) {
      entries.push(
        `  ${JSON.stringify(name)}: { validate: (value) => ${regex}.test(value), describe: ${JSON.stringify(`a string in the ${name} format`)} },`,
      );
    } else if (fullFormats[name] !== true) {
      throw new Error(
        `format ${name}: ajv-formats checks it with code, not a regular expression; add a checker to core/formats.ts`,
      );
    }
  }
  return `/**
 * generated — do not edit.
 * Source: spec/openapi.yaml and ajv-formats. Regenerate with \`pnpm generate\`.
 */
/* biome-ignore-all lint: generated code */
import type { Format } from '../core/formats.js';

/** Checkers of the string formats the spec uses beyond core/formats.ts's own. */
export const specFormats: Record<string, Format> = {${entries.length ? `\n${entries.join('\n')}\n` : ''}};
`;
}

await withSpecOrExit(specPath, 'generate-validators', ({ document: spec }) => {
  document = spec;
  model = operationModel(document);
  const outputs = {
    'formats.ts': generateFormats(),
    'request-validators.ts': compile('body', (operation) => {
      return validatedBodySchema(document, document.paths[operation.path][operation.method], operation.id);
    }),
    'response-validators.ts': compile(
      'response',
      (operation) => successSchema(document, document.paths[operation.path][operation.method])?.schema,
    ),
  };

  writeGenerated(outputs, { dir: generatedDir, check, source: specPath, what: 'validators' });
});
