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
