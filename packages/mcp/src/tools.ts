/**
 * One MCP tool per operation of the model: a snake_case name from its SDK group and method, the
 * spec's summary and description, its flat input schema and annotations from its hints. Pure data
 * in, data out, and nothing here names an operation: a new operation in the spec is a new tool.
 */
import type { OperationHelp, OperationHints, OperationMeta } from '@llamacloud-batch/types';
import { compactSchema } from './compact-schema.js';
import { DESCRIBE_TOOL } from './dynamic.js';

/** Paginated tools take this extra argument: walk pages until this many items (absent: one page). */
export const MAX_ITEMS_ARGUMENT = 'max_items';
/** The most items one walk may collect into a single result. */
export const MAX_ITEMS_LIMIT = 10_000;

/** One operation's inputs as a flat JSON Schema object (`@llamacloud-batch/types/schemas`' operationInputSchemas). */
export interface InputSchema {
  readonly type: 'object';
  readonly properties?: Readonly<Record<string, unknown>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
}

/** A tool as `tools/list` describes it. */
export interface OperationTool {
  name: string;
  title: string;
  description: string;
  inputSchema: {
    type: 'object';
    properties: Record<string, unknown>;
    required?: string[];
    additionalProperties?: boolean;
    $defs?: Record<string, unknown>;
  };
  /**
   * MCP's defaults hold where a hint is absent: every tool talks to LlamaCloud, outside the agent's
   * own world (`openWorldHint` true); `destructiveHint` and `idempotentHint` mean something only for
   * a tool that is not read-only, so only such tools carry them.
   */
  annotations: {
    readOnlyHint: boolean;
    destructiveHint?: boolean;
    idempotentHint?: boolean;
  };
}

export interface ToolOptions {
  /** List the operations that change something too (default: read-only operations only). */
  allowWrites?: boolean;
  /** List operations that upload files too (with allowWrites); their file arguments are local paths. */
  allowFiles?: boolean;
}

/** What a file argument is described as: a path the server reads, inside the folder it was given. */
export const FILE_ARGUMENT_DESCRIPTION =
  'Path of a local file to upload, inside the folder the server was started with (--allow-files)';

type Table<T> = Readonly<Record<string, T>>;

/**
 * A property whose schema is longer than this (a parse configuration of a hundred settings) is listed
 * by its type and description only, so one operation cannot fill an agent's context; describe_operation
 * gives the tool with it in full. Calls are checked against the whole schema either way.
 */
export const LISTED_PROPERTY_CHARS = 1_500;

/** One tool and where it comes from. */
export interface ToolEntry {
  /** The operation's key in the model. */
  key: string;
  /** The tool with its whole input schema (what describe_operation shows). */
  tool: OperationTool;
  /** The tool as tools/list shows it: `tool`, with any property longer than LISTED_PROPERTY_CHARS cut to its type and description. */
  listing: OperationTool;
  /** The properties `listing` cuts short. */
  shortened: readonly string[];
  /** Arguments whose input is named otherwise in the spec: `temporal_namespace` → `temporal-namespace`. */
  inputNames: Readonly<Record<string, string>>;
  /** Arguments that are files to upload: the agent gives a local path. */
  fileArguments: readonly string[];
}

/** `temporal-namespace` → `temporal_namespace`: every argument is snake_case, like the spec's other inputs. */
export function argumentName(input: string): string {
  return input.replace(/[^A-Za-z0-9_]+/g, '_');
}

/** `beta.batch.jobItems` + `getProcessingResults` → `beta_batch_job_items_get_processing_results`. */
export function toolName(operation: Pick<OperationMeta, 'group' | 'name'>): string {
  return [...(operation.group ?? '').split('.'), operation.name ?? '']
    .filter(Boolean)
    .map((segment) =>
      segment
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/[^A-Za-z0-9]+/g, '_')
        .toLowerCase(),
    )
    .join('_');
}

/** Every tool the server offers with `options`, each beside the key of its operation in the model. */
export function operationTools(
  model: Table<OperationMeta>,
  help: Table<OperationHelp>,
  hints: Table<OperationHints>,
  inputSchemas: Table<InputSchema>,
  { allowWrites = false, allowFiles = false }: ToolOptions = {},
): ToolEntry[] {
  const seen = new Map<string, string>();
  const tools: ToolEntry[] = [];
  for (const [key, operation] of Object.entries(model)) {
    const name = toolName(operation);
    const clash = seen.get(name);
    if (clash) throw new Error(`Operations ${clash} and ${key} would both be the tool ${name}`);
    seen.set(name, key);
    const hint = hints[key] ?? fallbackHints(operation);
    if (!hint.readOnly && !allowWrites) continue;
    const fileArguments = (operation.body?.fields ?? [])
      .filter((field) => field.file)
      .map((field) => argumentName(field.name));
    if (fileArguments.length > 0 && !(allowWrites && allowFiles)) continue;
    const schema = inputSchemas[key];
    if (!schema) throw new Error(`No input schema for operation ${key}`);
    const title = help[key]?.summary ?? name;
    const inputNames = renamedInputs(key, schema);
    const tool: OperationTool = {
      name,
      title,
      description: describeTool(operation, help[key]),
      inputSchema: toolInputSchema(key, operation, schema, fileArguments),
      annotations: hint.readOnly
        ? { readOnlyHint: true }
        : { readOnlyHint: false, destructiveHint: hint.destructive, idempotentHint: hint.idempotent },
    };
    const { inputSchema, shortened } = shortenedSchema(tool.inputSchema);
    tools.push({ key, inputNames, fileArguments, tool, listing: { ...tool, inputSchema }, shortened });
  }
  return tools;
}

/** The tools for `tools/list`: read-only operations, and with `allowWrites` every operation. */
export function toolsFor(
  model: Table<OperationMeta>,
  help: Table<OperationHelp>,
  hints: Table<OperationHints>,
  inputSchemas: Table<InputSchema>,
  options: ToolOptions = {},
): OperationTool[] {
  return operationTools(model, help, hints, inputSchemas, options).map(({ listing }) => listing);
}

/** Without hints from the spec, only a GET is taken to be read-only (and nothing is called destructive). */
function fallbackHints(operation: OperationMeta): OperationHints {
  const readOnly = operation.method.toLowerCase() === 'get';
  return { readOnly, destructive: false, idempotent: operation.idempotent ?? readOnly };
}

/** The spec's description (its summary is the tool's title, not repeated here), else the summary. */
function describeTool(operation: OperationMeta, help: OperationHelp | undefined): string {
  const text = help?.description?.trim() || help?.summary || `${operation.method.toUpperCase()} ${operation.path}`;
  return help?.deprecated
    ? `Deprecated: the API may remove this operation; prefer another where there is one. ${text}`
    : text;
}

/** The inputs whose argument name differs from their name in the spec, by argument name. */
function renamedInputs(key: string, schema: InputSchema): Record<string, string> {
  const inputs = new Map<string, string>();
  for (const input of Object.keys(schema.properties ?? {})) {
    const argument = argumentName(input);
    const clash = inputs.get(argument);
    if (clash !== undefined) {
      throw new Error(`Operation ${key}'s inputs ${clash} and ${input} would both be the argument ${argument}`);
    }
    inputs.set(argument, input);
  }
  return Object.fromEntries([...inputs].filter(([argument, input]) => argument !== input));
}

function toolInputSchema(
  key: string,
  operation: OperationMeta,
  schema: InputSchema,
  fileArguments: readonly string[],
): OperationTool['inputSchema'] {
  const properties: Record<string, unknown> = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([input, property]) => {
      const argument = argumentName(input);
      return [
        argument,
        fileArguments.includes(argument) ? { type: 'string', description: FILE_ARGUMENT_DESCRIPTION } : property,
      ];
    }),
  );
  if (operation.pagination) {
    if (MAX_ITEMS_ARGUMENT in properties) {
      throw new Error(`Operation ${key} has an input named ${MAX_ITEMS_ARGUMENT}, which its tool uses for paging`);
    }
    properties[MAX_ITEMS_ARGUMENT] = {
      type: 'integer',
      minimum: 1,
      maximum: MAX_ITEMS_LIMIT,
      description: `Walk pages until this many ${operation.pagination.results} (or the end), returned with the arguments that continue the walk (default: one page)`,
    };
  }
  return compactSchema({
    type: 'object',
    properties,
    ...(schema.required?.length ? { required: schema.required.map(argumentName) } : {}),
    ...(schema.additionalProperties === undefined ? {} : { additionalProperties: schema.additionalProperties }),
  });
}

type Schema = Record<string, unknown>;

/** The JSON types a schema allows, from its `type` or its variants' (`anyOf`, `oneOf`). */
function typesOf(schema: Schema): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type.map(String);
  const variants = [schema.anyOf, schema.oneOf].find(Array.isArray) as Schema[] | undefined;
  return [...new Set((variants ?? []).flatMap((variant) => typesOf(variant)))];
}

/** Every `$ref` to `#/$defs/<name>` in `value`, by name. */
function referencedDefs(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) referencedDefs(item, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string' && item.startsWith('#/$defs/')) found.add(item.slice(8));
      else referencedDefs(item, found);
    }
  }
  return found;
}

/** The input schema with each long property cut to its type and description, and the `$defs` no longer used dropped. */
function shortenedSchema(inputSchema: OperationTool['inputSchema']): {
  inputSchema: OperationTool['inputSchema'];
  shortened: string[];
} {
  const shortened: string[] = [];
  const properties = Object.fromEntries(
    Object.entries(inputSchema.properties).map(([name, property]) => {
      if (JSON.stringify(property).length <= LISTED_PROPERTY_CHARS) return [name, property];
      shortened.push(name);
      const schema = property as Schema;
      const types = typesOf(schema);
      const said = typeof schema.description === 'string' ? `${schema.description.replace(/\.?$/, '')}. ` : '';
      return [
        name,
        {
          ...(types.length ? { type: types.length === 1 ? types[0] : types } : {}),
          description: `${said}Its schema is long: ${DESCRIBE_TOOL} gives it in full.`,
        },
      ];
    }),
  );
  if (!shortened.length) return { inputSchema, shortened };
  const { $defs, ...rest } = inputSchema as OperationTool['inputSchema'] & { $defs?: Record<string, unknown> };
  const body = { ...rest, properties };
  // The definitions still reachable from what is listed (a definition may use another).
  const keep = referencedDefs(body);
  for (let size = -1; size !== keep.size; ) {
    size = keep.size;
    for (const name of [...keep]) referencedDefs($defs?.[name], keep);
  }
  const defs = Object.fromEntries(Object.entries($defs ?? {}).filter(([name]) => keep.has(name)));
  return { inputSchema: Object.keys(defs).length ? { ...body, $defs: defs } : body, shortened };
}
