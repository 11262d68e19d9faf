// @ts-check
/**
 * Compiles the spec's response schemas into standalone validator code with Ajv, at build time, so
 * the opt-in `validateResponses` needs no schema compiler (and no Ajv) at run time.
 * Writes src/generated/response-validators.ts; `--check` exits 1 when that file is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const specPath = resolve(process.env.LLAMACLOUD_SPEC ?? resolve(here, '../../../spec/openapi.yaml'));
const target = resolve(here, '../src/generated/response-validators.ts');
const check = process.argv.includes('--check');

/** Response bodies the client validates, by the component schema that describes them. */
const VALIDATED = ['BatchJobQueryResponse'];
const DOCUMENT_ID = 'openapi';

const document = parse(readFileSync(specPath, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: true, lines: true } });
addFormats.default(ajv);
ajv.addKeyword('components');
ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: document.components.schemas } });
const exports = Object.fromEntries(VALIDATED.map((name) => [name, `${DOCUMENT_ID}#/components/schemas/${name}`]));
const code = standaloneCode.default(ajv, exports);

// Ajv refers to format checkers by require(); point it at our own small ESM module instead.
const FORMATS = /require\("ajv-formats\/dist\/formats"\)\.fullFormats\["([\w-]+)"\]/g;
const usedFormats = new Set([...code.matchAll(FORMATS)].map((m) => m[1]));
if (/require\(/.test(code.replace(FORMATS, '')))
  throw new Error('Standalone code needs a runtime module we do not provide');
const body = code.replace(/^"use strict";/, '').replace(FORMATS, (_, name) => `formats[${JSON.stringify(name)}]`);

const content = `/**
 * generated — do not edit.
 * Source: spec/openapi.yaml, compiled by Ajv (standalone). Regenerate with \`pnpm generate\`.
 */
/* biome-ignore-all lint: generated code */
// @ts-nocheck
import { formats } from '../core/formats.js';
// formats used: ${[...usedFormats].join(', ') || 'none'}
${body}
`;

let current = null;
try {
  current = readFileSync(target, 'utf8');
} catch {}
if (current === content) {
  console.log(check ? 'response validators are up to date' : 'response validators unchanged');
} else if (check) {
  console.error(
    `stale: ${relative(process.cwd(), target)} differs from what the spec generates. Run \`pnpm generate\`.`,
  );
  process.exit(1);
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  console.log(`wrote ${relative(process.cwd(), target)}`);
}
