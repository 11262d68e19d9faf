/** The tool catalogue is data computed from the operation model: names, descriptions, schemas, hints. */
import {
  type OperationHelp,
  type OperationHints,
  type OperationMeta,
  operationHelp,
  operationHints,
  operationModel,
} from '@llamacloud-batch/types';
import { operationInputSchemas } from '@llamacloud-batch/types/schemas';
import { describe, expect, test } from 'vitest';
import {
  argumentName,
  FILE_ARGUMENT_DESCRIPTION,
  type InputSchema,
  LISTED_PROPERTY_CHARS,
  MAX_ITEMS_ARGUMENT,
  operationTools,
  toolName,
  toolsFor,
} from '../src/index.js';

const all = () =>
  toolsFor(operationModel, operationHelp, operationHints, operationInputSchemas, {
    allowWrites: true,
    allowFiles: true,
  });
const entries = () =>
  operationTools(operationModel, operationHelp, operationHints, operationInputSchemas, {
    allowWrites: true,
    allowFiles: true,
  });

describe('toolName: snake_case of group and method', () => {
  test.each([
    [{ group: 'beta.batch', name: 'list' }, 'beta_batch_list'],
    [{ group: 'beta.batch', name: 'getStatus' }, 'beta_batch_get_status'],
    [{ group: 'beta.batch.jobItems', name: 'list' }, 'beta_batch_job_items_list'],
    [{ group: 'beta.batch.jobItems', name: 'getProcessingResults' }, 'beta_batch_job_items_get_processing_results'],
    [{ group: 'batches', name: 'get' }, 'batches_get'],
    [{ group: 'v2-files', name: 'uploadURL' }, 'v2_files_upload_url'],
  ])('%o → %s', (operation, name) => {
    expect(toolName(operation)).toBe(name);
  });
});

describe('toolsFor over the generated model', () => {
  test('one tool per operation with --allow-writes, named from its group and method', () => {
    expect(all().map((tool) => tool.name)).toEqual(Object.values(operationModel).map(toolName));
    expect(all().map((tool) => tool.name)).toEqual(
      expect.arrayContaining(['beta_batch_list', 'beta_batch_get_status', 'beta_batch_cancel', 'batches_get']),
    );
  });

  test('an upload is listed only with allowWrites and allowFiles', () => {
    const names = (options: { allowWrites?: boolean; allowFiles?: boolean }) =>
      toolsFor(operationModel, operationHelp, operationHints, operationInputSchemas, options).map((tool) => tool.name);
    expect(names({ allowWrites: true })).not.toContain('beta_directories_files_upload');
    expect(names({ allowFiles: true })).not.toContain('beta_directories_files_upload');
    expect(names({ allowWrites: true, allowFiles: true })).toContain('beta_directories_files_upload');
  });

  test('read-only by default: only operations whose hints say readOnly', () => {
    const tools = toolsFor(operationModel, operationHelp, operationHints, operationInputSchemas);
    const readOnly = Object.entries(operationModel)
      .filter(([key]) => operationHints[key as keyof typeof operationHints].readOnly)
      .map(([, operation]) => toolName(operation));
    expect(tools.map((tool) => tool.name)).toEqual(readOnly);
    expect(tools.every((tool) => tool.annotations.readOnlyHint)).toBe(true);
    expect(tools.map((tool) => tool.name)).not.toContain('beta_batch_cancel');
  });

  test.each(Object.keys(operationModel) as (keyof typeof operationModel)[])(
    '%s: description, schema and hints come from the spec',
    (key) => {
      const operation: OperationMeta = operationModel[key];
      const entry = entries().find((candidate) => candidate.key === key);
      const tool = entry?.tool;
      const help = operationHelp[key];
      const hints = operationHints[key];
      expect(tool?.title).toBe(help.summary);
      // The title is the summary; the description is the spec's, not the summary again.
      expect(tool?.description).toBe(help.description.trim());
      const { [MAX_ITEMS_ARGUMENT]: maxItems, ...properties } = (tool?.inputSchema.properties ?? {}) as Record<
        string,
        { description?: string }
      >;
      // The spec's inputs, each under its snake_case argument name (`temporal-namespace` → `temporal_namespace`),
      // in its own words; a file part is a local path for the agent.
      const schema = operationInputSchemas[key];
      const specProperties = schema.properties as Record<string, { description?: string }>;
      expect(Object.keys(properties)).toEqual(Object.keys(specProperties).map(argumentName));
      for (const [name, value] of Object.entries(specProperties)) {
        const file = operation.body?.fields.some((field) => field.name === name && field.file);
        if (file)
          expect(properties[argumentName(name)]).toEqual({ type: 'string', description: FILE_ARGUMENT_DESCRIPTION });
        else expect(properties[argumentName(name)]?.description).toBe(value.description);
      }
      expect(tool?.inputSchema.required).toEqual('required' in schema ? schema.required.map(argumentName) : undefined);
      expect(tool?.inputSchema.additionalProperties).toBe(schema.additionalProperties);
      expect(Object.keys(properties).filter((name) => !/^[a-z0-9_]+$/.test(name))).toEqual([]);
      if (operation.pagination) expect(maxItems).toEqual(expect.objectContaining({ minimum: 1, maximum: 10_000 }));
      else expect(maxItems).toBeUndefined();
      // MCP's defaults stand for what is absent: open world; destructive and idempotent only for a write.
      expect(tool?.annotations).toEqual(
        hints.readOnly
          ? { readOnlyHint: true }
          : { readOnlyHint: false, destructiveHint: hints.destructive, idempotentHint: hints.idempotent },
      );
      // The listed tool is the same but for long properties, cut to their type and description.
      const listed = all().find((candidate) => candidate.name === tool?.name);
      const listedProperties = (listed?.inputSchema.properties ?? {}) as Record<string, { description?: string }>;
      for (const [name, value] of Object.entries(tool?.inputSchema.properties ?? {})) {
        if (entry?.shortened.includes(name)) {
          expect(JSON.stringify(value).length).toBeGreaterThan(LISTED_PROPERTY_CHARS);
          expect(listedProperties[name]?.description).toMatch(
            /Its schema is long: describe_operation gives it in full\.$/,
          );
        } else expect(listedProperties[name]).toEqual(value);
      }
      expect({ ...listed, inputSchema: undefined }).toEqual({ ...tool, inputSchema: undefined });
    },
  );

  test('only the batch job configuration is long enough to be cut short in the list', () => {
    expect(entries().flatMap((entry) => entry.shortened.map((name) => `${entry.key}: ${name}`))).toEqual([
      'beta.batch.create: job_config',
    ]);
  });

  test('each argument is described in its parameter’s own words, not its referenced enum’s', () => {
    const tool = all().find((candidate) => candidate.name === 'beta_batch_list');
    const properties = (tool?.inputSchema.properties ?? {}) as Record<string, { description?: string }>;
    const described: Readonly<Record<string, string>> = operationHelp['beta.batch.list'].parameters;
    for (const name of ['job_type', 'status']) {
      expect(properties[name]?.description).toBe(described[name]);
    }
    const text = JSON.stringify(tool?.inputSchema);
    expect(text).toContain('Filter by job type (PARSE, EXTRACT, CLASSIFY)');
    expect(text).not.toMatch(/Type of processing operation|Lifecycle state of a batch job/);
  });

  test('cancel is destructive and idempotent (x-speakeasy-mcp), list is read-only', () => {
    const byName = new Map(all().map((tool) => [tool.name, tool.annotations]));
    expect(byName.get('beta_batch_cancel')).toMatchObject({
      readOnlyHint: false,
      destructiveHint: true,
      idempotentHint: true,
    });
    expect(byName.get('beta_batch_create')).toMatchObject({
      readOnlyHint: false,
      destructiveHint: false,
      idempotentHint: false,
    });
    expect(byName.get('beta_batch_list')).toEqual({ readOnlyHint: true });
  });
});

describe('toolsFor over a made-up model (nothing names an operation)', () => {
  const operation = (group: string, name: string, extra: Partial<OperationMeta> = {}): OperationMeta => ({
    group,
    name,
    method: 'get',
    path: `/${group}/${name}`,
    pathParams: [],
    parameters: [],
    ...extra,
  });
  const help = (summary: string): OperationHelp => ({ operationId: summary, summary, parameters: {}, body: {} });
  const readOnly: OperationHints = { readOnly: true, destructive: false, idempotent: true };
  const schema: InputSchema = { type: 'object', properties: { q: { type: 'string' } }, additionalProperties: false };

  test('a new operation is a new tool', () => {
    const tools = toolsFor(
      { 'widgets.list': operation('widgets', 'listAll'), 'widgets.get': operation('widgets', 'get') },
      { 'widgets.list': help('List widgets'), 'widgets.get': help('Get a widget') },
      { 'widgets.list': readOnly, 'widgets.get': readOnly },
      { 'widgets.list': schema, 'widgets.get': schema },
    );
    expect(tools.map((tool) => [tool.name, tool.description])).toEqual([
      ['widgets_list_all', 'List widgets'],
      ['widgets_get', 'Get a widget'],
    ]);
  });

  test('without hints, only a GET counts as read-only', () => {
    const model = { 'w.get': operation('w', 'get'), 'w.remove': operation('w', 'remove', { method: 'delete' }) };
    const schemas = { 'w.get': schema, 'w.remove': schema };
    expect(toolsFor(model, {}, {}, schemas).map((tool) => tool.name)).toEqual(['w_get']);
    expect(toolsFor(model, {}, {}, schemas, { allowWrites: true }).map((tool) => tool.name)).toEqual([
      'w_get',
      'w_remove',
    ]);
  });

  test('two operations with one tool name are an error, not an overwrite', () => {
    const model = { a: operation('w', 'getItem'), b: operation('w', 'get_item') };
    expect(() => toolsFor(model, {}, {}, { a: schema, b: schema })).toThrow(
      /a and b would both be the tool w_get_item/,
    );
  });

  test('a paginated operation with its own max_items input is an error', () => {
    const paged = operation('w', 'list', { pagination: { type: 'offsetLimit', offset: 'offset', results: 'items' } });
    const clashing: InputSchema = { type: 'object', properties: { max_items: { type: 'integer' } } };
    expect(() => toolsFor({ l: paged }, {}, {}, { l: clashing })).toThrow(/input named max_items/);
  });

  test('two inputs with one argument name are an error, not an overwrite', () => {
    const clashing: InputSchema = { type: 'object', properties: { 'request-id': {}, request_id: {} } };
    expect(() => toolsFor({ g: operation('w', 'get') }, {}, {}, { g: clashing })).toThrow(
      "Operation g's inputs request-id and request_id would both be the argument request_id",
    );
  });
});
