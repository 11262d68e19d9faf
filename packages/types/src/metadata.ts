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

/** One operation parameter: where it goes and what it accepts. */
export interface ParameterMeta extends SchemaMeta {
  readonly name: string;
  readonly in: 'query' | 'path' | 'header' | 'cookie';
  readonly required: boolean;
}

/** One operation: its method, path template and parameters in spec order. */
export interface OperationMeta {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly parameters: readonly ParameterMeta[];
}

/** One operation's help text from the spec (kept apart from OperationMeta, which clients bundle). */
export interface OperationHelp {
  readonly summary?: string;
  readonly description?: string;
  /** Each parameter's description, by parameter name. */
  readonly parameters: Readonly<Record<string, string>>;
}
