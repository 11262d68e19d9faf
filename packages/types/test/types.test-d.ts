import { describe, expectTypeOf, test } from 'vitest';
import type {
  BatchJob,
  BatchJobQueryResponse,
  BatchJobStatus,
  BatchJobType,
  HTTPValidationError,
  ListBatchJobsQuery,
  OperationMeta,
  ValidationError,
} from '../src/index.js';
import { batchJobStatusValues, batchJobTypeValues, operationModel } from '../src/index.js';

type RequiredKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? never : K }[keyof T];
type OptionalKeys<T> = Exclude<keyof T, RequiredKeys<T>>;
type NullableKeys<T> = { [K in keyof T]-?: null extends T[K] ? K : never }[keyof T];

describe('BatchJob', () => {
  test('required fields are exactly the five the spec requires', () => {
    expectTypeOf<RequiredKeys<BatchJob>>().toEqualTypeOf<'id' | 'job_type' | 'project_id' | 'status' | 'total_items'>();
  });

  test('nullable fields are exactly the optional-and-nullable ones', () => {
    expectTypeOf<NullableKeys<BatchJob>>().toEqualTypeOf<
      | 'job_record_id'
      | 'error_message'
      | 'directory_id'
      | 'workflow_id'
      | 'created_at'
      | 'updated_at'
      | 'started_at'
      | 'completed_at'
    >();
  });

  test('optional, non-null fields', () => {
    expectTypeOf<BatchJob['effective_at']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<BatchJob['processed_items']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<BatchJob['failed_items']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<BatchJob['skipped_items']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<OptionalKeys<BatchJob>>().toEqualTypeOf<
      | 'completed_at'
      | 'created_at'
      | 'directory_id'
      | 'effective_at'
      | 'error_message'
      | 'failed_items'
      | 'job_record_id'
      | 'processed_items'
      | 'skipped_items'
      | 'started_at'
      | 'updated_at'
      | 'workflow_id'
    >();
  });

  test('counts are numbers, ids are strings', () => {
    expectTypeOf<BatchJob['total_items']>().toEqualTypeOf<number>();
    expectTypeOf<BatchJob['id']>().toEqualTypeOf<string>();
  });
});

describe('enums', () => {
  test('unions are exact', () => {
    expectTypeOf<BatchJobType>().toEqualTypeOf<'parse' | 'extract' | 'classify'>();
    expectTypeOf<BatchJobStatus>().toEqualTypeOf<
      'pending' | 'running' | 'dispatched' | 'completed' | 'failed' | 'cancelled'
    >();
  });

  test('runtime arrays carry the union type', () => {
    expectTypeOf(batchJobTypeValues[0]).toEqualTypeOf<BatchJobType | undefined>();
    expectTypeOf(batchJobStatusValues).toMatchTypeOf<readonly BatchJobStatus[]>();
  });

  test('a wrong status is a type error', () => {
    // @ts-expect-error 'paused' is not a BatchJobStatus
    const status: BatchJobStatus = 'paused';
    // @ts-expect-error 'split' is not a BatchJobType
    const query: ListBatchJobsQuery = { job_type: 'split' };
    expectTypeOf(status).toBeString();
    expectTypeOf(query).toBeObject();
  });
});

describe('ListBatchJobsQuery', () => {
  test('every parameter is optional; limit and offset are numbers', () => {
    expectTypeOf<RequiredKeys<ListBatchJobsQuery>>().toEqualTypeOf<never>();
    expectTypeOf<ListBatchJobsQuery['limit']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ListBatchJobsQuery['offset']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ListBatchJobsQuery['status']>().toEqualTypeOf<BatchJobStatus | null | undefined>();
  });

  test('a string limit is a type error', () => {
    // @ts-expect-error limit is a number
    const query: ListBatchJobsQuery = { limit: '10' };
    expectTypeOf(query).toBeObject();
  });
});

describe('responses', () => {
  test('page shape', () => {
    expectTypeOf<BatchJobQueryResponse['items']>().toEqualTypeOf<BatchJob[]>();
    expectTypeOf<BatchJobQueryResponse['total_size']>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<BatchJobQueryResponse['next_page_token']>().toEqualTypeOf<string | null | undefined>();
  });

  test('422 detail', () => {
    expectTypeOf<HTTPValidationError['detail']>().toEqualTypeOf<ValidationError[] | undefined>();
    expectTypeOf<ValidationError['loc']>().toEqualTypeOf<(string | number)[]>();
  });

  test('generated metadata satisfies OperationMeta', () => {
    expectTypeOf(operationModel['beta.batch.list']).toMatchTypeOf<OperationMeta>();
  });
});
