/**
 * Constructs real specs use and ours does not (packages/testing/fixtures/constructs.yaml, one
 * operation each): a JSON body that is an array or a union with a `discriminator`, body fields named
 * like parameters, a recursive schema, keywords and formats JSON Schema or Ajv do not check, cookie
 * and deprecated parameters. Both generators take the fixture; the client sends what it means.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { OperationHelp, OperationMeta } from '@llamacloud-batch/types';
import { Ajv2020 } from 'ajv/dist/2020.js';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { leveledLogger } from '../src/core/logger.js';
import { createTransport } from '../src/core/transport.js';
import { InvalidParameterError } from '../src/index.js';
import { createCall } from '../src/operations/call.js';
import { prepareRequest } from '../src/operations/prepare.js';
import { rejectionOf, serveEachTest } from './helpers.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');
const FIXTURE = resolve(root, 'packages/testing/fixtures/constructs.yaml');
const work = mkdtempSync(join(tmpdir(), 'spec-constructs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Validator = ((value: unknown) => boolean) & { errors?: unknown[] | null };
let model: Record<string, OperationMeta>;
let help: Record<string, OperationHelp>;
let inputSchemas: Record<string, Record<string, unknown>>;
let validators: Record<string, Validator>;
let specFormats: Record<string, unknown>;

/** Runs a generator on the fixture into `dir`; the generated validators import the client's own core modules. */
async function generate(script: string, dir: string) {
  await run(process.execPath, [resolve(root, script)], {
    env: { ...process.env, LLAMACLOUD_SPEC: FIXTURE, LLAMACLOUD_GENERATED_DIR: dir },
  });
}

beforeAll(async () => {
  const types = join(work, 'types');
  const client = join(work, 'client');
  await generate('packages/types/scripts/generate.mjs', types);
  await generate('packages/client/scripts/generate-validators.mjs', client);
  const core = resolve(import.meta.dirname, '../src/core');
  for (const file of ['request-validators.ts', 'formats.ts']) {
    const path = join(client, file);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll("'../core/", `'${core}/`));
  }
  ({ operationModel: model, operationHelp: help } = await import(join(types, 'operations.ts')));
  ({ operationInputSchemas: inputSchemas } = await import(join(types, 'schemas.ts')));
  ({ validators } = await import(join(client, 'request-validators.ts')));
  ({ specFormats } = await import(join(client, 'formats.ts')));
}, 60_000);

describe('the operation model', () => {
  test('a JSON body that is not an object of fields is one input, body, the value itself', () => {
    for (const id of ['things.bulkCreate', 'things.search']) {
      expect(model[id]?.body).toMatchObject({ whole: true, required: true, fields: [{ name: 'body' }] });
    }
  });

  test('a body of raw bytes is one file input, body; a URL-encoded form has fields like a JSON object', () => {
    expect(model['things.putOriginal']?.body).toEqual({
      mediaType: 'application/octet-stream',
      required: true,
      whole: true,
      fields: [{ name: 'body', required: true, type: 'string', file: true }],
    });
    expect(model['things.postForm']?.body?.fields.map((field) => field.name)).toEqual(['name', 'count']);
  });

  test('a body field named like a parameter is body_<name>, its wire name kept', () => {
    expect(model['orgs.addMember']?.body?.fields).toEqual([
      expect.objectContaining({ name: 'email', format: 'email' }),
      expect.objectContaining({ name: 'body_organization_id', wireName: 'organization_id', required: true }),
      expect.objectContaining({ name: 'body_project_id', wireName: 'project_id' }),
    ]);
  });

  test('an answer that is not JSON is binary (the client returns a Blob, the CLI writes --output)', () => {
    expect(model['things.getImage']?.response).toBe('binary');
    expect(model['things.search']?.response).toBeUndefined();
  });

  test('a cookie parameter is an input; deprecated shows in the help of the operation and the parameter', () => {
    expect(model['orgs.addMember']?.parameters).toContainEqual(
      expect.objectContaining({ name: 'session', in: 'cookie' }),
    );
    expect(help['legacy.list']?.deprecated).toBe(true);
    expect(help['legacy.list']?.parameters.old_sort).toBe('Deprecated. Sort order, from before sorting was automatic');
    expect(help['things.bulkCreate']?.deprecated).toBeUndefined();
  });
});

describe('flat input schemas (MCP)', () => {
  const compile = (id: string) => new Ajv2020({ strict: false }).compile(inputSchemas[id] ?? {});

  test('a recursive schema goes through $defs and validates at any depth', () => {
    const schema = inputSchemas['filters.apply'] as { $defs?: Record<string, unknown> };
    expect(Object.keys(schema.$defs ?? {})).toEqual(['MetadataFilters']);
    const validate = compile('filters.apply');
    const leaf = { key: 'a', value: 'b' };
    const deep = { filters: { filters: [leaf, { condition: 'or', filters: [leaf, { filters: [leaf] }] }] } };
    expect(validate(deep)).toBe(true);
    expect(validate({ filters: { filters: [leaf, { filters: [{ filters: [{ key: 'a' }] }] }] } })).toBe(false);
  });

  test('a parameter and the body field of the same name are two inputs', () => {
    const schema = inputSchemas['orgs.addMember'] as { properties: object; required: string[] };
    expect(Object.keys(schema.properties)).toEqual([
      'organization_id',
      'project_id',
      'session',
      'email',
      'body_organization_id',
      'body_project_id',
    ]);
    expect(schema.required).toEqual(['organization_id', 'email', 'body_organization_id']);
  });

  test('a whole body is the input body; a deprecated parameter carries JSON Schema’s deprecated', () => {
    expect(compile('things.bulkCreate')({ body: [{ name: 'a' }] })).toBe(true);
    expect(compile('things.bulkCreate')({ body: [{}] })).toBe(false);
    expect((inputSchemas['legacy.list'] as { properties: Record<string, object> }).properties.old_sort).toMatchObject({
      deprecated: true,
    });
  });
});

describe('generated body validators', () => {
  test('a union with a discriminator (and a mapping) checks each variant', () => {
    const validate = validators['things.search'] as Validator;
    expect(validate({ kind: 'name', name: 'x' })).toBe(true);
    expect(validate({ kind: 'id', id: '3fa85f64-5717-4562-b3fc-2c963f66afa6' })).toBe(true);
    expect(validate({ kind: 'id', id: 'not-a-uuid' })).toBe(false);
    expect(validate({ kind: 'other' })).toBe(false);
  });

  test('a recursive schema validates at any depth', () => {
    const validate = validators['filters.apply'] as Validator;
    const leaf = { key: 'a', value: 'b' };
    expect(validate({ filters: { filters: [leaf, { filters: [{ filters: [leaf] }] }] } })).toBe(true);
    expect(validate({ filters: { filters: [leaf, { filters: [{ filters: [{ value: 'b' }] }] }] } })).toBe(false);
  });

  test('an unknown keyword (gte) and vendor extensions are annotations; the real bounds still hold', () => {
    const validate = validators['things.bulkCreate'] as Validator;
    expect(validate([{ name: 'a', size: -5 }])).toBe(true);
    expect(validate([{ name: '' }])).toBe(false);
  });

  test('formats: ajv-formats’ email is checked, password and file-path are annotations', () => {
    const validate = validators['orgs.addMember'] as Validator;
    expect(validate({ email: 'someone@example.com', organization_id: 'o' })).toBe(true);
    expect(validate({ email: 'not an address', organization_id: 'o' })).toBe(false);
    expect(Object.keys(specFormats).sort()).toEqual(['email', 'uri']);
  });
});

describe('what the client sends (prepareRequest: the path, query, headers and body of the request)', () => {
  const prepare = (id: string, path: unknown[], params: Record<string, unknown>) =>
    prepareRequest(model[id] as OperationMeta, path, params);

  test('a whole body goes as the value, and none when left out (the body validator refuses that where it is required)', () => {
    expect(prepare('things.bulkCreate', [], { body: [{ name: 'a' }, { name: 'b' }] }).body).toEqual([
      { name: 'a' },
      { name: 'b' },
    ]);
    expect(prepare('things.bulkCreate', [], {}).body).toBeUndefined();
    expect((validators['things.bulkCreate'] as Validator)(undefined)).toBe(false);
  });

  test('an integer path parameter takes a number (checked as one), not a numeric string', () => {
    expect(prepare('things.getImage', [3], {}).path).toEqual({ index: '3' });
    expect(() => prepare('things.getImage', ['3'], {})).toThrow(InvalidParameterError);
    expect(() => prepare('things.getImage', [-1], {})).toThrow(/index/);
  });

  test('body_<name> goes into the body as <name>, beside the parameter of that name; a cookie is a Cookie header', () => {
    const prepared = prepare('orgs.addMember', ['org-in-path'], {
      project_id: 'project-in-query',
      session: 'a b;c',
      email: 'someone@example.com',
      body_organization_id: 'org-in-body',
      body_project_id: 'project-in-body',
    });
    expect(prepared).toEqual({
      path: { organization_id: 'org-in-path' },
      query: { project_id: 'project-in-query' },
      header: { cookie: 'session=a%20b%3Bc' },
      body: { email: 'someone@example.com', organization_id: 'org-in-body', project_id: 'project-in-body' },
    });
  });
});

describe('on the wire: a fixture operation sent by the client’s own call path (openapi-fetch and the transport)', () => {
  const serve = serveEachTest();
  const callAt = (url: string) => {
    const send = createTransport({
      timeout: 5_000,
      maxRetries: 2,
      logger: leveledLogger('off', console),
      secret: 'llx-fixture',
      fetch: () => globalThis.fetch,
    });
    const raw = createClient<never>({ baseUrl: url, fetch: (request: Request) => send(request) });
    const call = createCall(raw as never, send, {
      validateResponses: false,
      secret: 'llx-fixture',
      plainRequests: () => true,
    });
    return (id: string, path: unknown[], params: Record<string, unknown>) =>
      call(model[id] as OperationMeta, path, params);
  };

  test('a body of raw bytes goes as those bytes, with its media type; a missing one is refused, nothing sent', async () => {
    const server = await serve([{ status: 204 }]);
    const call = callAt(server.url);
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    expect(await call('things.putOriginal', [7], { body: bytes })).toBeUndefined();
    const [request] = server.requests;
    expect(request?.url.pathname).toBe('/things/7/original');
    expect(request?.headers['content-type']).toBe('application/octet-stream');
    expect([...(request?.body ?? [])]).toEqual([...bytes]);
    const { error } = await rejectionOf(call('things.putOriginal', [7], {}));
    expect((error as Error).message).toMatch(/^Invalid body: expected the file as a Blob/);
    await expect(call('things.putOriginal', [7], { body: 'not bytes' })).rejects.toThrow(InvalidParameterError);
    expect(server.requests).toHaveLength(1);
  });

  test('a URL-encoded form goes as one; its fields have a validator like a JSON body’s', async () => {
    const server = await serve([{ status: 204 }]);
    const call = callAt(server.url);
    await call('things.postForm', [], { name: 'a b&c', count: 3 });
    const [request] = server.requests;
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(String(request?.body)).toBe('name=a+b%26c&count=3');
    // (This harness has the client's own validators, not the fixture's: the fixture's check the fields.)
    expect((validators['things.postForm'] as Validator)({ count: 3 })).toBe(false);
    expect((validators['things.postForm'] as Validator)({ name: 'x', count: 3 })).toBe(true);
  });
});

test('an OpenAPI 3.0 document is read as 3.1: nullable, a boolean exclusiveMinimum, example', async () => {
  const dir = join(work, 'v30');
  await run(process.execPath, [resolve(root, 'packages/types/scripts/generate.mjs')], {
    env: {
      ...process.env,
      LLAMACLOUD_SPEC: resolve(root, 'packages/testing/fixtures/openapi-3.0.yaml'),
      LLAMACLOUD_GENERATED_DIR: dir,
    },
  });
  const { operationModel: old } = await import(join(dir, 'operations.ts'));
  expect(old['things.list'].parameters).toEqual([
    { name: 'limit', in: 'query', type: 'integer', nullable: true, exclusiveMinimum: 0 },
  ]);
  expect(readFileSync(join(dir, 'openapi.ts'), 'utf8')).toContain('name?: string | null;');
});

test('a construct the generator cannot express is one line naming the operation and the reason, exit 1', async () => {
  const broken = join(work, 'broken.yaml');
  writeFileSync(
    broken,
    readFileSync(FIXTURE, 'utf8').replace(
      '          application/json:\n            schema:\n              type: array\n              description: The things to create',
      '          multipart/form-data:\n            schema:\n              type: array\n              description: The things to create',
    ),
  );
  const failure = await run(process.execPath, [resolve(root, 'packages/types/scripts/generate.mjs')], {
    env: { ...process.env, LLAMACLOUD_SPEC: broken, LLAMACLOUD_GENERATED_DIR: join(work, 'broken') },
  }).then(
    () => undefined,
    (error: { code: number; stderr: string }) => error,
  );
  expect(failure?.code).toBe(1);
  expect(failure?.stderr.trim()).toBe(
    `generate: ${broken}: POST /things/bulk: a multipart/form-data body must be an object schema with properties (one per part)`,
  );
});
