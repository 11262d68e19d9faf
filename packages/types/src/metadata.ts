/** The shape of the generated parameter metadata (see src/generated/operations.ts). */

/** JSON Schema primitive type names a parameter may have. */
export type ParameterType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';

/** One schema's constraints, as the spec states them. */
export interface SchemaMeta {
  readonly type: string;
  readonly nullable: boolean;
  readonly enum?: readonly (string | number | boolean)[];
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly default?: unknown;
  readonly items?: Omit<SchemaMeta, 'nullable' | 'items'>;
}

/** One operation parameter: where it goes, what it accepts, and its help text. */
export interface ParameterMeta extends SchemaMeta {
  readonly name: string;
  readonly in: 'query' | 'path' | 'header' | 'cookie';
  readonly required: boolean;
  readonly description?: string;
}

/** One operation: its method, path template and parameters in spec order. */
export interface OperationMeta {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly summary?: string;
  readonly description?: string;
  readonly parameters: readonly ParameterMeta[];
}
