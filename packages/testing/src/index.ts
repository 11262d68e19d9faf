import './provided.js';

export {
  type BatchFake,
  type BatchFakeOptions,
  type FakeAnswer,
  type FakeRequest,
  type StoredFile,
  startBatchFake,
} from './batch-fake.js';
export { type BatchesServerOptions, batchesHandler, batchPageToken, makeBatch } from './batches.js';
export { median, type RoundRobinSamples, roundRobin } from './bench.js';
export {
  type ContractCheckOptions,
  type ContractRequest,
  type ContractResult,
  describeViolation,
  formFromFields,
  parseViolations,
  representativeRequests,
  runContractCheck,
  type Violation,
} from './contract.js';
export {
  type FaultHandler,
  type FaultReply,
  type FaultServer,
  formOf,
  type JobsServerOptions,
  jobsHandler,
  KEPT_BODY_BYTES,
  type RecordedRequest,
  startFaultServer,
} from './fault-server.js';
export { freePort } from './free-port.js';
export { makeJob } from './jobs.js';
export { boundaryOf, readMultipart, type StreamedPart } from './multipart-stream.js';
export { nodeLineBinary } from './node-line.js';
export { nullFields } from './nullable.js';
export {
  minimalBody,
  minimalValue,
  SAMPLE_FILE_TEXT,
  type SuccessResponse,
  successResponse,
} from './operation-fixtures.js';
export { type PrismOptions, type RunningPrism, type RunningServer, startPrism } from './prism.js';
export { stop, track } from './processes.js';
export { brokenValues, type Schema, validArbitrary } from './schema-arbitrary.js';
export { createSchemaValidator, type SchemaValidator } from './schema-validator.js';
export { repoRoot, specPath } from './spec.js';
export { batchStatusHandler, jobStatusHandler } from './status-polls.js';
export { until } from './until.js';
export {
  copyEnv,
  copyWorkspace,
  growSpec,
  type MeasuredRun,
  measuredPnpm,
  PNPM,
} from './workspace-copy.js';
