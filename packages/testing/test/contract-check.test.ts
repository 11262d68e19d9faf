import { randomBytes } from 'node:crypto';
import { batchJobStatusValues, batchJobTypeValues, listBatchJobsPath } from '@llamacloud-batch/types';
import { componentSchemas } from '@llamacloud-batch/types/schemas';
import { describe, expect, test } from 'vitest';
import {
  describeViolation,
  type FaultHandler,
  makeJob,
  nullFields,
  representativeRequests,
  startFaultServer,
  type Violation,
} from '../src/index.js';
import { runScript } from './helpers/run-script.js';

type Json = Record<string, unknown>;
const jobSchema = componentSchemas.BatchJobResponse;

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
function validPage(limit: number, offset: number, index: number): Json {
  const items = offset >= 1000 ? [] : [minimalJob(offset), nullJob(offset + 1)].slice(0, limit);
  if (index % 2 === 0) return { items };
  return { items, ...nullFields('BatchJobQueryResponse') };
}

function serving(patch: (page: Json) => Json = (page) => page): FaultHandler {
  return (request, index) => {
    const limit = Number(request.url.searchParams.get('limit') ?? 50);
    const offset = Number(request.url.searchParams.get('offset') ?? 0);
    return { body: patch(validPage(limit, offset, index)) };
  };
}

function patchFirstJob(change: (job: Json) => void): (page: Json) => Json {
  return (page) => {
    const [first] = page.items as Json[];
    if (first) change(first);
    return page;
  };
}

async function check(handler: FaultHandler) {
  const apiKey = `sk-test-${randomBytes(12).toString('hex')}`;
  const server = await startFaultServer(handler);
  try {
    const run = await runScript('contract.mjs', [server.url], { LLAMA_CLOUD_API_KEY: apiKey });
    // Prism's readiness probe (GET /) is forwarded too; only the list requests matter here.
    const requests = server.requests.filter((r) => r.url.pathname === listBatchJobsPath);
    expect(server.requests.length - requests.length).toBeLessThanOrEqual(1);
    return { ...run, output: run.stdout + run.stderr, apiKey, requests };
  } finally {
    await server.close();
  }
}

describe('pnpm contract <base-url>', () => {
  test('passes a server whose answers are valid, with null in every nullable field and optional fields omitted', async () => {
    // The fixture really exercises the edges: every nullable field is null, and only required fields remain.
    expect(Object.keys(nullFields('BatchJobResponse')).length).toBeGreaterThan(3);
    expect(Object.keys(minimalJob(0)).sort()).toEqual([...jobSchema.required].sort());

    const run = await check(serving());
    expect(run.code, run.output).toBe(0);
    expect(run.stdout).toContain('conform to the spec');
    expect(run.output).not.toContain(run.apiKey);
    // Every representative request went through the proxy to our server, carrying the key.
    expect(run.requests).toHaveLength(representativeRequests().length);
    for (const request of run.requests) expect(request.headers.authorization).toBe(`Bearer ${run.apiKey}`);
    const sent = (name: string) => run.requests.map((r) => r.url.searchParams.get(name)).filter(Boolean);
    expect(sent('status')).toEqual([...batchJobStatusValues]);
    expect(sent('job_type')).toEqual([...batchJobTypeValues]);
    expect(sent('limit')).toEqual(['1', '50', '1000']);
    expect(sent('offset')).toHaveLength(1);
    expect(Number(sent('offset')[0])).toBeGreaterThanOrEqual(1000);
    expect(run.requests.some((r) => r.url.search === '')).toBe(true);
  });

  test.each([
    ['a string total_items', patchFirstJob((job) => (job.total_items = '3')), 'items[0].total_items: must be integer'],
    ['a missing id', patchFirstJob((job) => delete job.id), 'items[0].id: is required but missing'],
    ['an unknown status', patchFirstJob((job) => (job.status = 'paused')), 'items[0].status: must be equal to one of'],
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
  ])('exits 2 with usage for %s', async (_name, args, env, message) => {
    const run = await runScript('contract.mjs', args, env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('usage: LLAMA_CLOUD_API_KEY=<key> pnpm contract <base-url>');
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
