/**
 * The spec's component schemas as JSON Schema, for validators (`@llamacloud-batch/types/schemas`).
 * A subpath of its own, so importing the types for a client doesn't load every schema.
 */
export { type ComponentSchemaName, componentSchemas, operationInputSchemas } from './generated/schemas.js';
