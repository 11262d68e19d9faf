/**
 * Friendly names over the types generated from spec/openapi.yaml. Everything here is derived from
 * the spec; nothing re-declares a field, an enum value or a parameter.
 */
import type { components, operations } from './generated/openapi.js';
import { operationModel } from './generated/operations.js';

export { operationSamples, SAMPLE_FILE } from './generated/samples.js';

import type { OperationMeta } from './metadata.js';

export type { $defs, components, operations, paths, webhooks } from './generated/openapi.js';
export { batchJobStatusValues, batchJobTypeValues } from './generated/openapi.js';
export {
  cliReservedFlags,
  type OperationKey,
  operationGroups,
  operationHelp,
  operationHints,
  operationKeys,
  operationModel,
  operationTables,
} from './generated/operations.js';
export type {
  BodyFieldMeta,
  BodyMeta,
  ModelOperation,
  OperationHelp,
  OperationHints,
  OperationMeta,
  PaginationMeta,
  ParameterMeta,
  ParameterType,
  SchemaMeta,
  TableColumnMeta,
} from './metadata.js';

type Schemas = components['schemas'];
type ListOperation = operations['list_batch_jobs_api_v1_beta_batch_processing_get'];

/** One batch processing job. */
export type BatchJob = Schemas['BatchJobResponse'];
/** Lifecycle state of a job: `pending`, `running`, … (the spec's enum). */
export type BatchJobStatus = Schemas['BatchJobStatus'];
/** Kind of job: `parse`, `extract` or `classify` (the spec's enum). */
export type BatchJobType = Schemas['BatchJobType'];
/** One page of jobs as the list endpoint returns it. */
export type BatchJobQueryResponse = Schemas['BatchJobQueryResponse'];
/** One entry of a 422 response's `detail`. */
export type ValidationError = Schemas['ValidationError'];
/** The body of a 422 response. */
export type HTTPValidationError = Schemas['HTTPValidationError'];
/** The body of 401, 429 and 5xx responses: `{ detail: string }`. */
export type ErrorResponse = Schemas['ErrorResponse'];
/** Query parameters of `GET /api/v1/beta/batch-processing`. */
export type ListBatchJobsQuery = NonNullable<ListOperation['parameters']['query']>;

/** Path of the list operation, typed as a key of `paths`. */
export const listBatchJobsPath = operationModel['beta.batch.list']
  .path satisfies keyof import('./generated/openapi.js').paths;

/** The list operation as the model has it (generated from the spec). */
export const listBatchJobsOperation: OperationMeta = operationModel['beta.batch.list'];
