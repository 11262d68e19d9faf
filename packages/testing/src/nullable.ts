/** Which fields the spec lets be null, read from the generated component schemas (never listed by hand). */
import { type ComponentSchemaName, componentSchemas } from '@llamacloud-batch/types/schemas';

type SchemaLike = { type?: unknown; anyOf?: readonly SchemaLike[] };

const isNullable = (schema: SchemaLike): boolean =>
  (Array.isArray(schema.type) && schema.type.includes('null')) ||
  schema.type === 'null' ||
  (schema.anyOf ?? []).some(isNullable);

/** `null` for every property of component schema `name` that may be null, e.g. `{ ...job, ...nullFields('BatchJobResponse') }`. */
export function nullFields(name: ComponentSchemaName): Record<string, null> {
  const { properties = {} } = componentSchemas[name] as { properties?: Record<string, SchemaLike> };
  return Object.fromEntries(
    Object.entries(properties)
      .filter(([, schema]) => isNullable(schema))
      .map(([field]) => [field, null]),
  );
}
