export type {
  BatchJob,
  BatchJobQueryResponse,
  BatchJobStatus,
  BatchJobType,
  ListBatchJobsQuery,
  ValidationError,
} from '@llamacloud-batch/types';
export {
  type ClientBase,
  type ClientOf,
  type ClientOptions,
  createClientFor,
  DEFAULT_BASE_URL,
  DEFAULT_LOG_LEVEL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type LlamaCloudClient,
} from './client.js';
export { CONNECTION_CHECK, INSECURE_HTTP_OPTION } from './core/advice.js';
export { LOG_LEVELS, type Logger, type LogLevel, parseLogLevel } from './core/logger.js';
export { isRetryableStatus, parseRetryAfter } from './core/retry.js';
export type { FetchLike, RequestOptions } from './core/transport.js';
export { UPLOADABLE, type Uploadable } from './core/uploadable.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  type ConnectionAttempts,
  InternalServerError,
  InvalidParameterError,
  LlamaCloudError,
  MalformedResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './errors.js';
export { globToRegExp, pathFilter } from './folders/glob.js';
export { mediaTypeOf } from './folders/media-types.js';
export { createLlamaCloudClient } from './llamacloud-client.js';
export { PaginationError, ResponseValidationError, type SchemaProblem } from './on-demand-errors.js';
export { validateInputs } from './operations/call.js';
export { PagePromise } from './operations/page-promise.js';
export { type AnyOperationMethod, methodFor } from './operations/tree.js';
export type {
  ListOptions,
  OperationItem,
  OperationKey,
  OperationMethod,
  OperationParams,
  OperationResponse,
  OperationTree,
  OperationTreeOf,
} from './operations/types.js';
export { MAX_READ_AHEAD, type PageWalkOptions } from './pagination.js';
export type {
  Batch,
  BatchWaitMethod,
  JobStatusResponse,
  JobWaitMethod,
  WaitMethods,
  WaitMethodsFor,
  WaitOptions,
} from './resources/wait-options.js';
export { closest, describeAllowed, validateParameters, validateValue } from './validation.js';
