/** Compile-time behaviour: the spec's types flow through every method (run by vitest typecheck). */
import type { BatchJob, BatchJobQueryResponse, ListBatchJobsQuery, paths } from '@llamacloud-batch/types';
import type { Client } from 'openapi-fetch';
import { describe, expectTypeOf, test } from 'vitest';
import {
  type APIError,
  createLlamaCloudClient,
  type LlamaCloudClient,
  type UnprocessableEntityError,
  type ValidationError,
} from '../src/index.js';

const client = createLlamaCloudClient({ apiKey: 'k' });

describe('batch.list', () => {
  test('accepts the spec’s query parameters, typed', () => {
    expectTypeOf(client.batch.list).parameter(0).toEqualTypeOf<ListBatchJobsQuery | undefined>();
    client.batch.list();
    client.batch.list({ status: 'running', job_type: 'parse', limit: 100, offset: 0, project_id: null });
  });

  test('rejects unknown query keys', () => {
    // @ts-expect-error: not a parameter of the operation
    client.batch.list({ stauts: 'running' });
    // @ts-expect-error: not a parameter of the operation
    client.batch.list({ page: 2 });
  });

  test('rejects values outside the spec’s enums and wrong types', () => {
    // @ts-expect-error: not a BatchJobStatus
    client.batch.list({ status: 'bogus' });
    // @ts-expect-error: not a BatchJobType
    client.batch.list({ job_type: 'split' });
    // @ts-expect-error: limit is a number
    client.batch.list({ limit: '10' });
    // @ts-expect-error: limit is not nullable
    client.batch.list({ limit: null });
  });

  test('resolves to the generated BatchJobQueryResponse', () => {
    expectTypeOf(client.batch.list()).resolves.toEqualTypeOf<BatchJobQueryResponse>();
    expectTypeOf<BatchJobQueryResponse['items'][number]>().toEqualTypeOf<BatchJob>();
  });

  test('request options are typed', () => {
    client.batch.list({}, { signal: AbortSignal.timeout(1), timeout: 5_000, maxRetries: 0 });
    // @ts-expect-error: timeout is in milliseconds, a number
    client.batch.list({}, { timeout: '5s' });
  });
});

describe('pagination', () => {
  test('listAll yields BatchJob, pages yields BatchJobQueryResponse', () => {
    expectTypeOf(client.batch.listAll()).toEqualTypeOf<AsyncGenerator<BatchJob, void, undefined>>();
    expectTypeOf(client.batch.pages()).toEqualTypeOf<AsyncGenerator<BatchJobQueryResponse, void, undefined>>();
    client.batch.listAll({ job_type: 'parse' }, { maxItems: 500, signal: new AbortController().signal });
    // @ts-expect-error: not a BatchJobType
    client.batch.listAll({ job_type: 'split' });
  });
});

describe('raw', () => {
  test('is the openapi-fetch client typed by the generated paths', () => {
    expectTypeOf(client.raw).toEqualTypeOf<Client<paths>>();
    expectTypeOf<LlamaCloudClient['raw']>().toEqualTypeOf<Client<paths>>();
  });

  test('checks paths and query parameters', async () => {
    const { data } = await client.raw.GET('/api/v1/beta/batch-processing', { params: { query: { limit: 5 } } });
    expectTypeOf(data).toEqualTypeOf<BatchJobQueryResponse | undefined>();
    // @ts-expect-error: not a path of the spec
    client.raw.GET('/api/v1/jobs');
    // @ts-expect-error: not a BatchJobStatus
    client.raw.GET('/api/v1/beta/batch-processing', { params: { query: { status: 'bogus' } } });
  });
});

describe('errors', () => {
  test('APIError carries status and headers; 422 carries the spec’s ValidationError list', () => {
    expectTypeOf<APIError['status']>().toEqualTypeOf<number>();
    expectTypeOf<APIError['headers']>().toEqualTypeOf<Headers>();
    expectTypeOf<APIError['requestId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<UnprocessableEntityError['detail']>().toEqualTypeOf<ValidationError[]>();
  });
});
