import { randomBytes } from 'node:crypto';
import { type ModelOperation, type OperationKey, operationKeys, operationModel } from '@llamacloud-batch/types';
import { componentSchemas } from '@llamacloud-batch/types/schemas';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { pathParamSource } from '../src/contract.js';
import {
  describeViolation,
  type FaultHandler,
  type FaultReply,
  makeJob,
  nullFields,
  type RecordedRequest,
  representativeRequests,
  runContractCheck,
  startFaultServer,
  type Violation,
} from '../src/index.js';
import { runScript } from './helpers/run-script.js';

type Json = Record<string, unknown>;
const jobSchema = componentSchemas.BatchJobResponse;
const model = (key: OperationKey): ModelOperation => operationModel[key];
const getOperations = operationKeys.filter((key) => model(key).method === 'get');

/** Which operation of the model a request reached, by method and path template. */
function operationOf(request: RecordedRequest): OperationKey | undefined {
  return operationKeys.find((key) => {
    const { method, path } = model(key);
    const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    return method.toUpperCase() === request.method && pattern.test(request.url.pathname);
  });
}

/** Only the fields the spec requires; every optional one is left out. */
function minimalJob(index: number): Json {
  const job: Json = { ...makeJob(index) };
  return Object.fromEntries(jobSchema.required.map((name) => [name, job[name]]));
}

/** The required fields plus `null` in every nullable one. */
function nullJob(index: number): Json {
  return { ...minimalJob(index), ...nullFields('BatchJobResponse') };
}

/** Pages of spec-valid jobs that alternate between omitting and nulling every optional page field. */
function jobPage(request: RecordedRequest, index: number): Json {
  const limit = Number(request.url.searchParams.get('limit') ?? 50);
  const offset = Number(request.url.searchParams.get('offset') ?? 0);
  const items = offset >= 1000 ? [] : [minimalJob(offset), nullJob(offset + 1)].slice(0, limit);
  return index % 2 === 0 ? { items } : { items, ...nullFields('BatchJobQueryResponse') };
}

const itemOf = (jobId: string) => ({ item_id: `dfl-of-${jobId}`, item_name: 'invoice.pdf', status: 'completed' });
const batch = (id: string) => ({
  id,
  config: { job: { configuration_id: 'cfg-PARSE_AGENTIC', type: 'parse_v2' } },
  project_id: 'prj-1',
  source_directory_id: 'dir-1',
  status: 'COMPLETED',
});

const directory = (id: string) => ({ id, name: 'invoices', project_id: 'prj-1' });
const directoryFile = (id: string) => ({
  id,
  directory_id: 'dir-1',
  display_name: 'invoice.pdf',
  project_id: 'prj-1',
  unique_id: 'invoice.pdf',
});

/** A spec-valid answer for every operation (undefined: no content, 204); path parameters are echoed so tests can see what was asked for. */
const answers: Record<OperationKey, (request: RecordedRequest, index: number, id: string) => Json | undefined> = {
  'beta.batch.list': jobPage,
  'beta.batch.create': () => makeJob(900),
  'beta.batch.getStatus': (_r, _i, id) => ({ job: { ...minimalJob(0), id }, progress_percentage: 50 }),
  'beta.batch.cancel': (_r, _i, id) => ({
    job_id: id,
    message: 'Batch job cancelled',
    processed_items: 0,
    status: 'cancelled',
  }),
  'beta.batch.jobItems.list': (request, _i, id) => ({
    items: request.url.searchParams.has('offset') ? [] : [itemOf(id)],
  }),
  'beta.batch.jobItems.getProcessingResults': (_r, _i, id) => ({
    item_id: id,
    item_name: 'invoice.pdf',
    processing_results: [],
  }),
  'batches.list': (request) => ({
    items: [batch('bat-listed')],
    next_page_token: request.url.searchParams.has('page_token') ? null : 'tok-page-2',
  }),
  'batches.create': () => batch('bat-created'),
  'batches.get': (_r, _i, id) => batch(id),
  'batches.cancel': (_r, _i, id) => ({ ...batch(id), status: 'RUNNING' }),
  'beta.directories.create': () => directory('dir-created'),
  'beta.directories.list': (request) => ({
    items: [directory('dir-listed')],
    next_page_token: request.url.searchParams.has('page_token') ? null : 'tok-dirs-2',
  }),
  'beta.directories.get': (_r, _i, id) => directory(id),
  'beta.directories.update': (_r, _i, id) => directory(id),
  'beta.directories.delete': () => undefined,
  'beta.directories.files.add': () => directoryFile('dfl-added'),
  'beta.directories.files.list': (request) => ({
    items: [directoryFile('dfl-listed')],
    next_page_token: request.url.searchParams.has('page_token') ? null : 'tok-files-2',
  }),
  'beta.directories.files.upload': () => directoryFile('dfl-uploaded'),
  'beta.directories.files.get': (_r, _i, id) => directoryFile(id),
  'beta.directories.files.update': (_r, _i, id) => directoryFile(id),
  'beta.directories.files.delete': () => undefined,
};

/** A server that answers every operation validly, except where `patch` changes an answer. */
function serving(patch: Partial<Record<OperationKey, (body: Json) => Json>> = {}): FaultHandler {
  return (request, index): FaultReply => {
    const key = operationOf(request);
    if (!key) return { status: 404, body: { detail: 'Not found' } };
    const body = answers[key](request, index, lastPathParam(request, key) ?? '');
    if (body === undefined) return { status: 204 };
    return { body: patch[key]?.(body) ?? body };
  };
}

/** The value of the operation's (last) path parameter in the request's path. */
function lastPathParam(request: RecordedRequest, key: OperationKey): string | undefined {
  const template = model(key).path.split('/');
  const at = template.map((segment) => segment.startsWith('{')).lastIndexOf(true);
  return at === -1 ? undefined : decodeURIComponent(request.url.pathname.split('/')[at] ?? '');
}

function patchFirstJob(change: (job: Json) => void): (page: Json) => Json {
  return (page) => {
    const [first] = page.items as Json[];
    if (first) change(first);
    return page;
  };
}

async function check(handler: FaultHandler, args: string[] = []) {
  const apiKey = `sk-test-${randomBytes(12).toString('hex')}`;
  const server = await startFaultServer(handler);
  try {
    const run = await runScript('contract.mjs', [server.url, ...args], { LLAMA_CLOUD_API_KEY: apiKey });
    // Prism's readiness probe (GET /) is forwarded too; only the operations' requests matter here.
    const requests = server.requests.filter((r) => r.url.pathname !== '/');
    expect(server.requests.length - requests.length).toBeLessThanOrEqual(1);
    const to = (key: OperationKey) => requests.filter((r) => operationOf(r) === key);
    return { ...run, output: run.stdout + run.stderr, apiKey, requests, to };
  } finally {
    await server.close();
  }
}

describe('pnpm contract <base-url>', () => {
  describe('against a server whose answers are all valid', () => {
    let run: Awaited<ReturnType<typeof check>>;
    beforeAll(async () => {
      run = await check(serving());
    }, 60_000);

    test('passes, sending every GET operation its enum values, bounds and paging inputs, and no write', () => {
      // The fixture really exercises the edges: every nullable field is null, and only required fields remain.
      expect(Object.keys(nullFields('BatchJobResponse')).length).toBeGreaterThan(3);
      expect(Object.keys(minimalJob(0)).sort()).toEqual([...jobSchema.required].sort());

      expect(run.code, run.output).toBe(0);
      expect(run.stdout).toContain('conform to the spec');
      expect(run.stdout).toContain('--include-writes runs them');
      expect(run.output).not.toContain(run.apiKey);
      // Every planned request went through the proxy to our server, carrying the key; nothing was written.
      expect(run.requests).toHaveLength(representativeRequests().length);
      for (const request of run.requests) expect(request.headers.authorization).toBe(`Bearer ${run.apiKey}`);
      expect(new Set(run.requests.map((r) => r.method))).toEqual(new Set(['GET']));
      for (const key of getOperations) {
        const sent = (name: string) => run.to(key).map((r) => r.url.searchParams.get(name));
        expect(
          run.to(key).some((r) => r.url.search === ''),
          `${key} with no optional parameters`,
        ).toBe(true);
        for (const param of model(key).parameters.filter((p) => p.in === 'query')) {
          for (const value of param.enum ?? param.items?.enum ?? []) expect(sent(param.name), key).toContain(value);
        }
      }
      const listSent = (name: string) => run.to('beta.batch.list').map((r) => r.url.searchParams.get(name));
      expect(listSent('limit').filter(Boolean)).toEqual(['1', '500', '1000']);
      expect(listSent('offset').filter(Boolean)).toEqual(['0', '1000000']);
      expect(run.to('beta.batch.jobItems.list').map((r) => r.url.searchParams.get('limit'))).toContain('1');
      // The cursor of the first page comes back as page_token.
      expect(run.to('batches.list').map((r) => r.url.searchParams.get('page_token'))).toContain('tok-page-2');
    });

    test('fills path parameters from ids found in earlier list responses', () => {
      const firstJobId = minimalJob(0).id as string;
      const paths = (key: OperationKey) => [...new Set(run.to(key).map((r) => r.url.pathname))];
      expect(paths('beta.batch.getStatus')).toEqual([`/api/v1/beta/batch-processing/${firstJobId}`]);
      expect(paths('beta.batch.jobItems.list')).toEqual([`/api/v1/beta/batch-processing/${firstJobId}/items`]);
      expect(paths('beta.batch.jobItems.getProcessingResults')).toEqual([
        `/api/v1/beta/batch-processing/items/dfl-of-${firstJobId}/processing-results`,
      ]);
      expect(paths('batches.get')).toEqual(['/api/v2/batches/bat-listed']);
      expect(run.stdout).toContain(`beta.batch.getStatus(job_id=${firstJobId}): no optional parameters → 200`);
    });
  });

  test.each([
    ['beta.batch.getStatus', 'job_id', 'beta.batch.list'],
    ['beta.batch.jobItems.list', 'job_id', 'beta.batch.list'],
    ['beta.batch.jobItems.getProcessingResults', 'item_id', 'beta.batch.jobItems.list'],
    ['batches.get', 'batch_id', 'batches.list'],
    ['beta.batch.cancel', 'job_id', 'beta.batch.create'],
    ['beta.directories.files.get', 'directory_id', 'beta.directories.list'],
    ['beta.directories.files.get', 'directory_file_id', 'beta.directories.files.list'],
    ['beta.directories.files.delete', 'directory_file_id', 'beta.directories.files.add'],
  ] as const)('one rule finds where %s gets its %s: %s', (key, param, source) => {
    expect(pathParamSource(key, param)).toBe(source);
  });

  test('--param supplies path parameters and adds query parameters to every request that takes them', async () => {
    const projectId = '11111111-2222-3333-4444-555555555555';
    const run = await check(serving(), ['--param', 'job_id=bjb-given', '--param', `project_id=${projectId}`]);
    expect(run.code, run.output).toBe(0);
    for (const request of [...run.to('beta.batch.getStatus'), ...run.to('beta.batch.jobItems.list')]) {
      expect(request.url.pathname).toMatch(/\/batch-processing\/bjb-given(\/items)?$/);
    }
    expect(run.to('beta.batch.jobItems.getProcessingResults')[0]?.url.pathname).toContain('dfl-of-bjb-given');
    for (const request of run.requests) expect(request.url.searchParams.get('project_id')).toBe(projectId);
  });

  test('skips, without failing, an operation whose path parameter nothing supplies', async () => {
    const run = await check(serving({ 'batches.list': (page) => ({ ...page, items: [] }) }));
    expect(run.code, run.output).toBe(0);
    expect(run.to('batches.get')).toEqual([]);
    expect(run.stdout).toContain(
      'batches.get: no optional parameters → skipped (no batch_id, batches.list found no items; give --param batch_id=<id>)',
    );
    expect(run.stdout).toMatch(/All \d+ responses conform to the spec; 2 skipped\./);
  });

  test('sends the operations with side effects only with --include-writes, acting only on what it created', async () => {
    const run = await check(serving(), ['--include-writes', '--param', 'job_id=bjb-given']);
    expect(run.code, run.output).toBe(0);
    expect(run.stdout).toContain('Writes included: beta.batch.create, beta.batch.cancel, batches.create');
    expect(run.stdout).toContain('(writes included).');
    expect(run.to('beta.batch.create')).toHaveLength(1);
    expect(run.to('batches.create')).toHaveLength(1);
    // The given job_id is for the reads; the cancel stops the job the create returned.
    expect(run.to('beta.batch.getStatus')[0]?.url.pathname).toMatch(/\/bjb-given$/);
    expect(run.to('beta.batch.cancel').map((r) => r.url.pathname)).toEqual([
      `/api/v1/beta/batch-processing/${makeJob(900).id}/cancel`,
    ]);
    expect(run.to('batches.create')[0]?.headers['content-type']).toBe('application/json');
    expect(run.requests).toHaveLength(representativeRequests({ includeWrites: true }).length);
  });

  test.each([
    [
      'a string total_items',
      { 'beta.batch.list': patchFirstJob((job) => (job.total_items = '3')) },
      'items[0].total_items: must be integer',
    ],
    [
      'a missing id',
      { 'beta.batch.list': patchFirstJob((job) => delete job.id) },
      'items[0].id: is required but missing',
    ],
    [
      'an unknown status',
      { 'beta.batch.list': patchFirstJob((job) => (job.status = 'paused')) },
      'items[0].status: must be equal to one of',
    ],
    [
      'a progress over 100%',
      { 'beta.batch.getStatus': (body: Json) => ({ ...body, progress_percentage: 140 }) },
      'progress_percentage: must be <= 100',
    ],
  ])('fails a server answering with %s, naming the field', async (_name, patch, expected) => {
    const run = await check(serving(patch));
    expect(run.code, run.output).toBe(1);
    expect(run.stdout).toContain(expected);
    expect(run.stdout).toMatch(/\d+ of \d+ responses broke the spec/);
    expect(run.output).not.toContain(run.apiKey);
  });

  test('fails when the server refuses the key, without printing it', async () => {
    const run = await check(() => ({ status: 401, body: { detail: 'Invalid API key' } }));
    expect(run.code, run.output).toBe(1);
    expect(run.stdout).toContain('answered 401, expected 2xx (is LLAMA_CLOUD_API_KEY right?)');
    expect(run.output).not.toContain(run.apiKey);
  });

  test.each([
    ['no base URL', [], { LLAMA_CLOUD_API_KEY: 'k' }, 'Give exactly one base URL'],
    ['a base URL that is not http(s)', ['ftp://example.test'], { LLAMA_CLOUD_API_KEY: 'k' }, 'not an http(s) URL'],
    ['no API key', ['http://127.0.0.1:9'], { LLAMA_CLOUD_API_KEY: undefined }, 'Set LLAMA_CLOUD_API_KEY'],
    [
      'a --param without =',
      ['http://127.0.0.1:9', '--param', 'job_id'],
      { LLAMA_CLOUD_API_KEY: 'k' },
      'is not name=value',
    ],
    [
      'an unknown --param',
      ['http://127.0.0.1:9', '--param', 'jobid=1'],
      { LLAMA_CLOUD_API_KEY: 'k' },
      'no operation has that parameter',
    ],
  ])('exits 2 with usage for %s', async (_name, args, env, message) => {
    const run = await runScript('contract.mjs', args, env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('usage: LLAMA_CLOUD_API_KEY=<key> pnpm contract <base-url>');
  });
});

describe('runContractCheck against the Prism mock of the spec', () => {
  test('every operation, writes included, conforms to the spec its examples come from', async () => {
    const lines: string[] = [];
    const { results, failed, skipped } = await runContractCheck({
      baseUrl: inject('prismUrl'),
      apiKey: 'any',
      includeWrites: true,
      log: (line) => lines.push(line),
    });
    expect(failed, lines.join('\n')).toBe(0);
    expect(skipped).toBe(0);
    expect(new Set(results.map((r) => r.request.operation))).toEqual(new Set(operationKeys));
    // Ids come from the spec's list examples, the cancelled job from the create example.
    const job = results.find((r) => r.request.operation === 'beta.batch.getStatus');
    expect(job?.pathParams).toEqual({ job_id: 'bjb-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' });
    const cancel = results.find((r) => r.request.operation === 'beta.batch.cancel');
    expect(cancel?.pathParams).toEqual({ job_id: 'bjb-11111111-2222-3333-4444-555555555555' });
  });
});

describe('describeViolation', () => {
  const violation = (location: string[], code: string, message: string): Violation => ({
    location,
    code,
    message,
    severity: 'Error',
  });

  test.each([
    [
      violation(
        ['response', 'body', 'items', '0', 'total_items'],
        'type',
        'Response body property items.0.total_items must be integer',
      ),
      'response body items[0].total_items: must be integer (error, type)',
    ],
    [
      violation(
        ['response', 'body', 'items', '2'],
        'required',
        "Response body property items.2 must have required property 'id'",
      ),
      'response body items[2].id: is required but missing (error, required)',
    ],
    [
      violation(['response', 'body'], 'required', "Response body must have required property 'items'"),
      'response body items: is required but missing (error, required)',
    ],
    [
      violation(['request', 'query', 'limit'], 'maximum', 'Request query parameter limit must be <= 1000'),
      'request query limit: must be <= 1000 (error, maximum)',
    ],
  ])('%#: names the field', (input, expected) => {
    expect(describeViolation(input)).toBe(expected);
  });
});
