/** Compile-time behaviour: the spec's types flow through every method (run by vitest typecheck). */
import type { BatchJob, BatchJobQueryResponse, components, ListBatchJobsQuery, paths } from '@llamacloud-batch/types';
import type { Client } from 'openapi-fetch';
import { describe, expectTypeOf, test } from 'vitest';
import {
  type APIError,
  type Batch,
  createLlamaCloudClient,
  type JobStatusResponse,
  type LlamaCloudClient,
  type PagePromise,
  type UnprocessableEntityError,
  type ValidationError,
} from '../src/index.js';

const client = createLlamaCloudClient({ apiKey: 'k' });

describe('beta.batch.list', () => {
  test('accepts the spec’s query parameters, typed', () => {
    expectTypeOf(client.beta.batch.list).parameter(0).toEqualTypeOf<ListBatchJobsQuery | undefined>();
    client.beta.batch.list();
    client.beta.batch.list({ status: 'running', job_type: 'parse', limit: 100, offset: 0, project_id: null });
  });

  test('rejects unknown query keys', () => {
    // @ts-expect-error: not a parameter of the operation
    client.beta.batch.list({ stauts: 'running' });
    // @ts-expect-error: not a parameter of the operation
    client.beta.batch.list({ page: 2 });
  });

  test('rejects values outside the spec’s enums and wrong types', () => {
    // @ts-expect-error: not a BatchJobStatus
    client.beta.batch.list({ status: 'bogus' });
    // @ts-expect-error: not a BatchJobType
    client.beta.batch.list({ job_type: 'split' });
    // @ts-expect-error: limit is a number
    client.beta.batch.list({ limit: '10' });
    // @ts-expect-error: limit is not nullable
    client.beta.batch.list({ limit: null });
  });

  test('resolves to the generated BatchJobQueryResponse', () => {
    expectTypeOf(client.beta.batch.list()).resolves.toEqualTypeOf<BatchJobQueryResponse>();
    expectTypeOf<BatchJobQueryResponse['items'][number]>().toEqualTypeOf<BatchJob>();
  });

  test('request options are typed', () => {
    client.beta.batch.list({}, { signal: AbortSignal.timeout(1), timeout: 5_000, maxRetries: 0 });
    // @ts-expect-error: timeout is in milliseconds, a number
    client.beta.batch.list({}, { timeout: '5s' });
  });
});

describe('pagination', () => {
  test('a paginated call iterates BatchJob and its pages() are BatchJobQueryResponse', () => {
    expectTypeOf(client.beta.batch.list()).toEqualTypeOf<PagePromise<BatchJobQueryResponse, BatchJob>>();
    expectTypeOf(client.beta.batch.list()).toMatchTypeOf<AsyncIterable<BatchJob>>();
    expectTypeOf(client.beta.batch.list().pages()).toEqualTypeOf<
      AsyncGenerator<BatchJobQueryResponse, void, undefined>
    >();
    client.beta.batch.list(
      { job_type: 'parse' },
      { maxItems: 500, readAhead: 3, signal: new AbortController().signal },
    );
    // @ts-expect-error: not a BatchJobType
    client.beta.batch.list({ job_type: 'split' });
  });

  test('cursor pages (v2 batches) iterate their items the same way', () => {
    expectTypeOf(client.batches.list({ page_size: 10 })).toMatchTypeOf<AsyncIterable<Batch>>();
    // @ts-expect-error: not a BatchStatus (v2 statuses are upper case)
    client.batches.list({ status: 'running' });
  });

  test('job items: the path parameter first, then the filters', () => {
    type Item = components['schemas']['BatchJobItem'];
    expectTypeOf(client.beta.batch.jobItems.list('bjb-1', { status: 'failed' })).toMatchTypeOf<AsyncIterable<Item>>();
    // @ts-expect-error: the job id is required
    client.beta.batch.jobItems.list();
  });
});

describe('every operation from the model', () => {
  test('path parameters are positional strings, in path order', () => {
    expectTypeOf(client.beta.batch.getStatus('bjb-1')).resolves.toEqualTypeOf<JobStatusResponse>();
    expectTypeOf(client.batches.get).parameter(0).toEqualTypeOf<string>();
    // @ts-expect-error: the job id is required
    client.beta.batch.getStatus();
    // @ts-expect-error: a job id is a string
    client.beta.batch.getStatus(42);
  });

  test('a create takes one object of body fields, query and header parameters; required fields are required', () => {
    client.beta.batch.create({ job_config: {}, directory_id: 'dir-1', project_id: null, 'temporal-namespace': 'ns' });
    expectTypeOf(client.beta.batch.create({ job_config: {} })).resolves.toEqualTypeOf<BatchJob>();
    // @ts-expect-error: job_config is required
    client.beta.batch.create({ directory_id: 'dir-1' });
    // @ts-expect-error: the params object is required when a field is
    client.beta.batch.create();
    // @ts-expect-error: page_size is an integer
    client.beta.batch.create({ job_config: {}, page_size: 'ten' });
    client.batches.create({
      source_directory_id: 'dir-1',
      config: { job: { type: 'parse_v2', configuration_id: 'c' } },
    });
    // @ts-expect-error: not a ProductJobType
    client.batches.create({ source_directory_id: 'dir-1', config: { job: { type: 'split', configuration_id: 'c' } } });
  });

  test('wait resolves with the last status, and takes interval/timeout/onProgress', () => {
    expectTypeOf(client.beta.batch.wait('bjb-1')).resolves.toEqualTypeOf<JobStatusResponse>();
    client.beta.batch.wait('bjb-1', { interval: 500, timeout: 60_000, onProgress: (s) => s.progress_percentage });
    expectTypeOf(client.batches.wait('bat-1')).resolves.toEqualTypeOf<Batch>();
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

describe('uploads', () => {
  test('a file part takes a Blob, bytes or a stream of bytes, nothing else', () => {
    const upload = client.beta.directories.files.upload;
    upload('dir-1', { upload_file: new Blob(['x']) });
    upload('dir-1', { upload_file: new Uint8Array(3) });
    upload('dir-1', { upload_file: new ReadableStream<Uint8Array>() });
    // @ts-expect-error: a path is not a file (in Node: fs.openAsBlob(path))
    upload('dir-1', { upload_file: 'invoice.pdf' });
  });
});
