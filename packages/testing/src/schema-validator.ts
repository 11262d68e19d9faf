import { type ComponentSchemaName, componentSchemas } from '@llamacloud-batch/types/schemas';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext resolution.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const DOCUMENT_ID = 'llamacloud-openapi';

export interface SchemaValidator {
  /** Returns the problems of `value` against `components.schemas[name]`, or [] when it is valid. */
  validate(name: ComponentSchemaName, value: unknown): string[];
}

/** A real JSON Schema (2020-12) validator compiled from the spec's component schemas. */
export function createSchemaValidator(): SchemaValidator {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  ajv.addKeyword('components');
  // The spec's own annotations (`x-llamacloud-table`, …) are not JSON Schema; Ajv's strict mode must know them.
  for (const keyword of extensionKeywords(componentSchemas)) ajv.addKeyword(keyword);
  ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: componentSchemas } });
  return {
    validate(name, value) {
      const check = ajv.getSchema(`${DOCUMENT_ID}#/components/schemas/${name}`);
      if (!check) throw new Error(`No schema named ${name}`);
      return check(value) ? [] : (check.errors ?? []).map(describe);
    },
  };
}

function describe(error: ErrorObject): string {
  return `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`;
}

function extensionKeywords(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) extensionKeywords(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key.startsWith('x-')) found.add(key);
      extensionKeywords(inner, found);
    }
  }
  return found;
}
