/** Query input is checked against the spec's constraints before anything is sent. */
import { batchJobStatusValues, batchJobTypeValues } from '@llamacloud-batch/types';
import { describe, expect, test, vi } from 'vitest';
import {
  createLlamaCloudClient,
  type FetchLike,
  InvalidParameterError,
  type ListBatchJobsQuery,
  LlamaCloudError,
} from '../src/index.js';
import { pageOf } from './helpers.js';

function clientWithFetchSpy() {
  const fetch = vi.fn<FetchLike>(async () => Response.json(pageOf([])));
  return { fetch, client: createLlamaCloudClient({ apiKey: 'k', baseUrl: 'https://example.test', fetch }) };
}

const UUID = '3fa85f64-5717-4562-b3fc-2c963f66afa6';

describe('bad input: InvalidParameterError naming field, value and what is allowed; 0 requests', () => {
  test.each([
    ['limit', 0, 'an integer from 1 to 1000', 'Invalid limit: 0 (allowed: an integer from 1 to 1000)'],
    ['limit', 1001, 'an integer from 1 to 1000', 'Invalid limit: 1001 (allowed: an integer from 1 to 1000)'],
    ['limit', 1.5, 'an integer from 1 to 1000', 'Invalid limit: 1.5 (allowed: an integer from 1 to 1000)'],
    ['limit', '10', 'an integer from 1 to 1000', 'Invalid limit: "10" (allowed: an integer from 1 to 1000)'],
    ['limit', Number.NaN, 'an integer from 1 to 1000', 'Invalid limit: NaN (allowed: an integer from 1 to 1000)'],
    ['limit', null, 'an integer from 1 to 1000', 'Invalid limit: null (allowed: an integer from 1 to 1000)'],
    ['offset', -1, 'an integer ≥ 0', 'Invalid offset: -1 (allowed: an integer ≥ 0)'],
    [
      'status',
      'bogus',
      `one of ${batchJobStatusValues.join(', ')} or null`,
      `Invalid status: "bogus" (allowed: one of ${batchJobStatusValues.join(', ')} or null)`,
    ],
    [
      'status',
      'RUNNING',
      `one of ${batchJobStatusValues.join(', ')} or null`,
      `Invalid status: "RUNNING" (allowed: one of ${batchJobStatusValues.join(', ')} or null)`,
    ],
    [
      'job_type',
      'split',
      'one of parse, extract, classify or null',
      'Invalid job_type: "split" (allowed: one of parse, extract, classify or null)',
    ],
    ['project_id', 'not-a-uuid', 'a UUID or null', 'Invalid project_id: "not-a-uuid" (allowed: a UUID or null)'],
    ['organization_id', 42, 'a UUID or null', 'Invalid organization_id: 42 (allowed: a UUID or null)'],
  ])('%s = %o', async (parameter, value, allowed, message) => {
    const { client, fetch } = clientWithFetchSpy();
    const error = await client.beta.batch.list({ [parameter]: value } as ListBatchJobsQuery).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toBeInstanceOf(LlamaCloudError);
    expect(error).toMatchObject({ name: 'InvalidParameterError', parameter, value, allowed, message });
    expect(fetch).not.toHaveBeenCalled();
  });

  test.each([
    ['stauts', 'status'],
    ['jobType', 'job_type'],
    ['Limit', 'limit'],
    ['projectid', 'project_id'],
  ])('unknown key %s suggests %s', async (key, suggestion) => {
    const { client, fetch } = clientWithFetchSpy();
    const error = await client.beta.batch.list({ [key]: 'x' } as ListBatchJobsQuery).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as InvalidParameterError).parameter).toBe(key);
    expect((error as Error).message).toBe(
      `Unknown query parameter "${key}" (did you mean "${suggestion}"?); allowed: directory_id, job_type, status, limit, offset, project_id, organization_id`,
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  test('an unknown key far from every name gets no suggestion', async () => {
    const { client, fetch } = clientWithFetchSpy();
    await expect(client.beta.batch.list({ colour: 'red' } as ListBatchJobsQuery)).rejects.toThrow(
      /^Unknown query parameter "colour"; allowed: /,
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  test('iterating and .pages() check input too, before any request', async () => {
    const { client, fetch } = clientWithFetchSpy();
    expect(() => client.beta.batch.list({ status: 'bogus' } as unknown as ListBatchJobsQuery).pages()).toThrow(
      InvalidParameterError,
    );
    const walk = client.beta.batch.list({ limit: 0 })[Symbol.asyncIterator]();
    await expect(walk.next()).rejects.toBeInstanceOf(InvalidParameterError);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('good input is sent as given', () => {
  test.each([
    [{}, ''],
    [{ limit: 1 }, '?limit=1'],
    [{ limit: 1000, offset: 0 }, '?limit=1000&offset=0'],
    [{ status: 'cancelled', job_type: 'classify' }, '?status=cancelled&job_type=classify'],
    [
      { project_id: UUID, organization_id: UUID.toUpperCase() },
      `?project_id=${UUID}&organization_id=${UUID.toUpperCase()}`,
    ],
    [{ directory_id: 'dir-123 /x' }, '?directory_id=dir-123%20%2Fx'],
    // null means "no filter" for every nullable parameter: accepted, and left out of the URL.
    [{ status: null, job_type: null, directory_id: null, project_id: null, organization_id: null }, ''],
  ] as [ListBatchJobsQuery, string][])('%o → %s', async (query, search) => {
    const { client, fetch } = clientWithFetchSpy();
    await client.beta.batch.list(query);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(new URL(fetch.mock.calls[0]?.[0].url ?? '').search).toBe(search);
  });

  test.each(batchJobTypeValues.map((jobType) => [jobType]))('job_type %s is allowed', async (jobType) => {
    const { client, fetch } = clientWithFetchSpy();
    await client.beta.batch.list({ job_type: jobType });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
