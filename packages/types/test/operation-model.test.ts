import { describe, expect, test } from 'vitest';
// @ts-expect-error -- plain ESM generator script without declarations
import { operationModel, pathParameterNames, validatedBodySchema } from '../scripts/operation-model.mjs';

const page = {
  type: 'object',
  properties: { items: { type: 'array', items: { type: 'string' } }, next: { type: ['string', 'null'] } },
};
const ok = (schema: unknown = page) => ({
  '200': { description: 'ok', content: { 'application/json': { schema } } },
});

/** A one-path document; `operation` is merged into a GET with an SDK group and name. */
function documentWith(operation: Record<string, unknown>, path = '/things/{thing_id}', method = 'get') {
  return {
    components: {
      schemas: {
        Colour: { type: 'string', enum: ['red', 'green'] },
        A: { type: 'object', properties: { a: { type: 'string' } } },
        B: { type: 'object', properties: { b: { type: 'integer' } } },
      },
    },
    paths: {
      [path]: {
        parameters: [{ name: 'thing_id', in: 'path', required: true, schema: { type: 'string' } }],
        [method]: {
          operationId: 'op',
          'x-speakeasy-group': 'things.parts',
          'x-speakeasy-name-override': 'list',
          responses: ok(),
          ...operation,
        },
      },
    },
  };
}

describe('operationModel: one row per operation, keyed by group and name', () => {
  test('reads names, path parameters in path order, merged parameters and offset paging', () => {
    const model = operationModel(
      documentWith({
        parameters: [
          { name: 'offset', in: 'query', schema: { type: 'integer' } },
          { name: 'limit', in: 'query', schema: { type: 'integer', default: 20 } },
        ],
        'x-speakeasy-pagination': {
          type: 'offsetLimit',
          inputs: [
            { name: 'offset', in: 'parameters', type: 'offset' },
            { name: 'limit', in: 'parameters', type: 'limit' },
          ],
          outputs: { results: '$.items' },
        },
      }),
    );
    expect(Object.keys(model)).toEqual(['things.parts.list']);
    expect(model['things.parts.list']).toMatchObject({
      id: 'things.parts.list',
      group: 'things.parts',
      name: 'list',
      method: 'get',
      path: '/things/{thing_id}',
      pathParams: ['thing_id'],
      pagination: { type: 'offsetLimit', offset: 'offset', limit: 'limit', results: 'items' },
      idempotent: true,
      hints: { readOnly: true, destructive: false, idempotent: true },
    });
    expect(model['things.parts.list'].parameters.map((p: { name: string }) => p.name)).toEqual([
      'thing_id',
      'offset',
      'limit',
    ]);
  });

  test('reads cursor paging', () => {
    const model = operationModel(
      documentWith({
        parameters: [{ name: 'page_token', in: 'query', schema: { type: 'string' } }],
        'x-speakeasy-pagination': {
          type: 'cursor',
          inputs: [{ name: 'page_token', in: 'parameters', type: 'cursor' }],
          outputs: { results: '$.items', nextCursor: '$.next' },
        },
      }),
    );
    expect(model['things.parts.list'].pagination).toEqual({
      type: 'cursor',
      cursor: 'page_token',
      nextCursor: 'next',
      results: 'items',
    });
  });

  test('a POST: body fields (scalars keep constraints, a union of objects is JSON), not idempotent, hints from x-speakeasy-mcp', () => {
    const model = operationModel(
      documentWith(
        {
          'x-speakeasy-name-override': 'create',
          'x-speakeasy-mcp': { destructiveHint: false },
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['config'],
                  properties: {
                    config: { anyOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }] },
                    colour: { $ref: '#/components/schemas/Colour' },
                    size: { type: 'integer', minimum: 1, maximum: 10 },
                    tags: { type: ['array', 'null'], items: { type: 'string' } },
                  },
                },
              },
            },
          },
        },
        '/things/{thing_id}',
        'post',
      ),
    );
    const row = model['things.parts.create'];
    expect(row.idempotent).toBe(false);
    expect(row.hints).toEqual({ readOnly: false, destructive: false, idempotent: false });
    expect(row.body).toEqual({
      mediaType: 'application/json',
      required: true,
      fields: [
        { name: 'config', required: true, type: 'object', nullable: false },
        { name: 'colour', required: false, type: 'string', nullable: false, enum: ['red', 'green'] },
        { name: 'size', required: false, type: 'integer', nullable: false, minimum: 1, maximum: 10 },
        { name: 'tags', required: false, type: 'array', nullable: true, items: { type: 'string' } },
      ],
    });
  });

  test('x-speakeasy-retries marks a POST safe to send again', () => {
    const model = operationModel(documentWith({ 'x-speakeasy-retries': { strategy: 'backoff' } }, undefined, 'post'));
    expect(model['things.parts.list'].idempotent).toBe(true);
  });

  test.each([
    ['no group', { 'x-speakeasy-group': undefined }, /x-speakeasy-group must be dotted camelCase identifiers/],
    ['a bad group', { 'x-speakeasy-group': 'things..parts' }, /x-speakeasy-group/],
    ['no name', { 'x-speakeasy-name-override': undefined }, /x-speakeasy-name-override must be a camelCase identifier/],
    ['a kebab name', { 'x-speakeasy-name-override': 'get-status' }, /x-speakeasy-name-override/],
    [
      'paging on a parameter that does not exist',
      {
        'x-speakeasy-pagination': {
          type: 'offsetLimit',
          inputs: [{ name: 'skip', in: 'parameters', type: 'offset' }],
          outputs: { results: '$.items' },
        },
      },
      /input "skip" is not a parameter/,
    ],
    [
      'paging with a results path that is not top-level',
      {
        parameters: [{ name: 'offset', in: 'query', schema: { type: 'integer' } }],
        'x-speakeasy-pagination': {
          type: 'offsetLimit',
          inputs: [{ name: 'offset', in: 'parameters', type: 'offset' }],
          outputs: { results: '$.data.items' },
        },
      },
      /expected "\$\.<field>"/,
    ],
    [
      'an unknown paging type',
      { 'x-speakeasy-pagination': { type: 'url', outputs: { results: '$.items' } } },
      /unsupported/,
    ],
    [
      'a text/plain body',
      {
        requestBody: {
          content: { 'text/plain': { schema: { type: 'string' } } },
        },
      },
      /request body media type text\/plain is not supported \(supported: JSON, multipart\/form-data, application\/x-www-form-urlencoded, application\/octet-stream, and raw bytes such as application\/pdf or image\/\*\)/,
    ],
    [
      'a file in a JSON body',
      {
        requestBody: {
          content: {
            'application/json': {
              schema: { type: 'object', properties: { data: { type: 'string', format: 'binary' } } },
            },
          },
        },
      },
      /body field data is a file, which only a multipart\/form-data body can carry/,
    ],
  ])('refuses %s, naming the operation', (_what, change, message) => {
    expect(() => operationModel(documentWith(change))).toThrow(message);
    expect(() => operationModel(documentWith(change))).toThrow(/GET \/things\/\{thing_id\}|POST/);
  });

  test('refuses a path parameter the operation does not declare', () => {
    const document = documentWith({});
    (document.paths['/things/{thing_id}'] as { parameters: unknown[] }).parameters = [];
    expect(() => operationModel(document)).toThrow(/path parameter \{thing_id\} is not declared/);
  });

  test('refuses two operations with the same group and name', () => {
    const document = documentWith({});
    (document.paths as Record<string, unknown>)['/other'] = {
      get: {
        operationId: 'other',
        'x-speakeasy-group': 'things.parts',
        'x-speakeasy-name-override': 'list',
        responses: ok(),
      },
    };
    expect(() => operationModel(document)).toThrow(/things\.parts\.list is already GET \/things\/\{thing_id\}/);
  });
});

test.each([
  ['/a', []],
  ['/a/{x}', ['x']],
  ['/a/{x}/b/{y}/c', ['x', 'y']],
])('pathParameterNames(%s)', (path, names) => {
  expect(pathParameterNames(path)).toEqual(names);
});

describe('multipart/form-data bodies (file uploads)', () => {
  const upload = {
    'x-speakeasy-group': 'things',
    'x-speakeasy-name-override': 'upload',
    operationId: 'upload_thing',
    requestBody: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['file', 'note'],
            properties: {
              file: { type: 'string', format: 'binary', description: 'FastAPI spells a file so' },
              scan: { type: 'string', contentMediaType: 'image/png', description: 'OAS 3.1 spells it so' },
              encoded: { type: 'string', contentMediaType: 'image/png', contentEncoding: 'base64' },
              note: { type: 'string' },
            },
          },
        },
      },
    },
  };
  const document = documentWith(upload, '/things/{thing_id}', 'post');

  test('the body is multipart; binary and contentMediaType parts are files, base64 text is not', () => {
    const body = operationModel(document)['things.upload']?.body;
    expect(body?.mediaType).toBe('multipart/form-data');
    expect(body?.fields.map((field: { name: string; file?: boolean }) => [field.name, field.file === true])).toEqual([
      ['file', true],
      ['scan', true],
      ['encoded', false],
      ['note', false],
    ]);
  });

  test('the schema checked before sending leaves the files out, required included', () => {
    const operation = document.paths['/things/{thing_id}']?.post;
    expect(validatedBodySchema(document, operation)).toEqual({
      type: 'object',
      required: ['note'],
      properties: {
        encoded: upload.requestBody.content['multipart/form-data'].schema.properties.encoded,
        note: { type: 'string' },
      },
    });
  });
});
