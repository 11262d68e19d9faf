/** The shape of the generated parameter metadata (see src/generated/operations.ts). */

/** JSON Schema primitive type names a parameter may have. */
export type ParameterType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';

/** One schema's constraints, as the spec states them. */
export interface SchemaMeta {
  readonly type: string;
  /** Whether null is allowed too (absent: no). */
  readonly nullable?: boolean;
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
  /** Its CLI flag (without `--`) when not its name in kebab case: `query-version` where the CLI has `--version`. */
  readonly flag?: string;
  readonly in: 'query' | 'path' | 'header' | 'cookie';
  /** Absent: optional. */
  readonly required?: boolean;
}

/** One top-level field of a JSON request body; objects and unions of objects have `type: 'object'`. */
export interface BodyFieldMeta extends SchemaMeta {
  readonly name: string;
  /** Its CLI flag (without `--`) when not its name in kebab case: `body-format` where the CLI has `--format`. */
  readonly flag?: string;
  /** Absent: optional. */
  readonly required?: boolean;
  /** A multipart part that carries a file (a Blob in the client, `@path` in the CLI). */
  readonly file?: boolean;
  /**
   * The property's name in the body when it differs from `name`: a field named like one of the
   * operation's parameters is the input `body_<property>` (the client's params, CLI flags, MCP arguments).
   */
  readonly wireName?: string;
}

/** An operation's request body: its media type and top-level fields. */
export interface BodyMeta {
  /** `application/json`, or `multipart/form-data` for a form with file parts. */
  readonly mediaType: string;
  readonly required: boolean;
  /**
   * The body is not an object of named fields (an array, a union, a map): its one field, `body`, is
   * the value itself (the client's `params.body`, the CLI's `--body`, the MCP argument `body`).
   */
  readonly whole?: boolean;
  readonly fields: readonly BodyFieldMeta[];
}

/** How an operation pages (Speakeasy's `x-speakeasy-pagination`), by parameter and response field names. */
export type PaginationMeta =
  | {
      readonly type: 'offsetLimit';
      readonly offset: string;
      readonly limit?: string;
      /** The response field holding the page's items. */
      readonly results: string;
    }
  | {
      readonly type: 'cursor';
      readonly cursor: string;
      readonly limit?: string;
      /** The response field holding the next page's cursor (null, absent or empty at the end). */
      readonly nextCursor: string;
      readonly results: string;
    };

/** One operation of the spec, as client, CLI and tools interpret it. */
export interface OperationMeta {
  /** `<group>.<name>`, e.g. `beta.batch.getStatus`. */
  readonly id?: string;
  /** Dotted SDK namespace from `x-speakeasy-group`, e.g. `beta.batch.jobItems`. */
  readonly group?: string;
  /** SDK method name from `x-speakeasy-name-override`, e.g. `getStatus`. */
  readonly name?: string;
  readonly method: string;
  readonly path: string;
  /** Path parameter names in the order the path template has them. */
  readonly pathParams?: readonly string[];
  readonly parameters: readonly ParameterMeta[];
  readonly body?: BodyMeta;
  readonly pagination?: PaginationMeta;
  /** `'binary'`: the 2xx body is not JSON (an image, a file): the client returns it as a Blob. */
  readonly response?: 'binary';
  /** Safe to send again after a failure the server may have acted on (idempotent method or `x-speakeasy-retries`). */
  readonly idempotent?: boolean;
}

/** What an operation does to the server (MCP tool annotations), from the method and `x-speakeasy-mcp`. */
export interface OperationHints {
  readonly readOnly: boolean;
  readonly destructive: boolean;
  readonly idempotent: boolean;
}

/** An operation as the generated model always has it (every field present). */
export type ModelOperation = Required<Omit<OperationMeta, 'body' | 'pagination' | 'response'>> &
  Pick<OperationMeta, 'body' | 'pagination' | 'response'>;

/** One operation's help text from the spec (kept apart from OperationMeta, which clients bundle). */
export interface OperationHelp {
  /** The spec's operationId (API reference anchors use it). */
  readonly operationId: string;
  /** The spec marks the operation deprecated (help, the manual and tool descriptions say so). */
  readonly deprecated?: true;
  readonly summary?: string;
  readonly description?: string;
  /** Each parameter's description, by parameter name. */
  readonly parameters: Readonly<Record<string, string>>;
  /** Each body field's description, by field name. */
  readonly body: Readonly<Record<string, string>>;
}

/** One column of the table view of a paginated operation's items. */
export interface TableColumnMeta {
  readonly name: string;
  readonly enum?: readonly (string | number | boolean)[];
  readonly format?: string;
}
