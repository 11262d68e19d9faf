// @ts-check
/**
 * Compiles each operation's request-body and 2xx response schemas into standalone validator code
 * with Ajv, at build time, so neither body checks nor the opt-in `validateResponses` need a schema
 * compiler (or Ajv) at run time. Writes src/generated/request-validators.ts and
 * response-validators.ts, each exporting validators keyed by operation (`beta.batch.create`);
 * `--check` exits 1 when either is stale. Operations come from the types package's spec reader,
 * the one place that understands the spec's operations.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { operationModel, successSchema, validatedBodySchema } from '../../types/scripts/operation-model.mjs';
import { readSpecOrExit } from '../../types/scripts/read-spec.mjs';
import { writeGenerated } from '../../types/scripts/write-generated.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const specPath = resolve(process.env.LLAMACLOUD_SPEC ?? resolve(here, '../../../spec/openapi.yaml'));
const generatedDir = resolve(here, '../src/generated');
const check = process.argv.includes('--check');
const DOCUMENT_ID = 'openapi';

const { document } = readSpecOrExit(specPath, 'generate-validators');
const model = operationModel(document);

/** Inline schemas point at `#/components/…`; inside Ajv that is the document added below. */
function anchored(schema) {
  return JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', `"$ref":"${DOCUMENT_ID}#/`));
}

/** Annotation keywords the spec may carry that are not JSON Schema (`example`, our `x-…` extensions). */
function extensionKeywords(value, found = new Set()) {
  if (Array.isArray(value)) for (const item of value) extensionKeywords(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key.startsWith('x-') || key === 'example') found.add(key);
      extensionKeywords(inner, found);
    }
  }
  return found;
}

function compile(kind, schemaOf) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: true, lines: true } });
  addFormats.default(ajv);
  ajv.addKeyword('components');
  for (const keyword of extensionKeywords(document.components?.schemas ?? {})) ajv.addKeyword(keyword);
  ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: document.components?.schemas ?? {} } });
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
  const FORMATS = /require\("ajv-formats\/dist\/formats"\)\.fullFormats\["([\w-]+)"\]/g;
  const RUNTIME = /require\("ajv\/dist\/runtime\/(ucs2length|equal)"\)\.default/g;
  const usedFormats = new Set([...code.matchAll(FORMATS)].map((m) => m[1]));
  const rest = code.replace(FORMATS, '').replace(RUNTIME, '');
  const unknown = /require\("([^"]+)"\)/.exec(rest);
  if (unknown) throw new Error(`Standalone code needs ${unknown[1]}, which core/schema-runtime.ts does not provide`);
  const body = code
    .replace(/^"use strict";/, '')
    .replace(FORMATS, (_, name) => `formats[${JSON.stringify(name)}]`)
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
import { formats } from '../core/formats.js';
import * as runtime from '../core/schema-runtime.js';
// formats used: ${[...usedFormats].join(', ') || 'none'}
${body}
/** ${kind === 'body' ? 'Request body' : '2xx response'} validators, by operation. */
export const validators = {${table}
};
`;
}

const outputs = {
  'request-validators.ts': compile('body', (operation) => {
    return validatedBodySchema(document, document.paths[operation.path][operation.method], operation.id);
  }),
  'response-validators.ts': compile(
    'response',
    (operation) => successSchema(document, document.paths[operation.path][operation.method])?.schema,
  ),
};

writeGenerated(outputs, { dir: generatedDir, check, source: specPath, what: 'validators' });
