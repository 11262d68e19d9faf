/**
 * generated — do not edit.
 * Source: spec/openapi.yaml. Regenerate with `pnpm generate`; CI fails when this file is stale.
 */
/* biome-ignore-all lint: generated code */

/** list_batch_jobs_api_v1_beta_batch_processing_get: parameter metadata (location, type, enum, bounds, format, default). */
export const listBatchJobsApiV1BetaBatchProcessingGetOperation = {
  "operationId": "list_batch_jobs_api_v1_beta_batch_processing_get",
  "method": "get",
  "path": "/api/v1/beta/batch-processing",
  "parameters": [
    {
      "name": "directory_id",
      "in": "query",
      "required": false,
      "type": "string",
      "nullable": true
    },
    {
      "name": "job_type",
      "in": "query",
      "required": false,
      "type": "string",
      "nullable": true,
      "enum": [
        "parse",
        "extract",
        "classify"
      ]
    },
    {
      "name": "status",
      "in": "query",
      "required": false,
      "type": "string",
      "nullable": true,
      "enum": [
        "pending",
        "running",
        "dispatched",
        "completed",
        "failed",
        "cancelled"
      ]
    },
    {
      "name": "limit",
      "in": "query",
      "required": false,
      "type": "integer",
      "nullable": false,
      "minimum": 1,
      "maximum": 1000,
      "default": 50
    },
    {
      "name": "offset",
      "in": "query",
      "required": false,
      "type": "integer",
      "nullable": false,
      "minimum": 0,
      "default": 0
    },
    {
      "name": "project_id",
      "in": "query",
      "required": false,
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "organization_id",
      "in": "query",
      "required": false,
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ]
} as const;

/** list_batch_jobs_api_v1_beta_batch_processing_get: the spec's help text (summary, description, each parameter's description). */
export const listBatchJobsApiV1BetaBatchProcessingGetHelp = {
  "summary": "List Batch Jobs",
  "description": "List batch processing jobs with optional filtering.\n\nFilter by directory_id, job_type, or status. Results are paginated with configurable limit and offset.",
  "parameters": {
    "directory_id": "Filter by directory ID",
    "job_type": "Filter by job type (PARSE, EXTRACT, CLASSIFY)",
    "status": "Filter by job status (PENDING, RUNNING, COMPLETED, FAILED, CANCELLED)",
    "limit": "Maximum number of jobs to return",
    "offset": "Number of jobs to skip for pagination",
    "project_id": "Project to list jobs from (defaults to the key's project)",
    "organization_id": "Organization the project belongs to"
  }
} as const;

/** Parameter metadata of every operation in the spec, keyed by operationId. */
export const operationMetadata = {
  "list_batch_jobs_api_v1_beta_batch_processing_get": listBatchJobsApiV1BetaBatchProcessingGetOperation,
} as const;

/** Help text of every operation in the spec, keyed by operationId. */
export const operationHelp = {
  "list_batch_jobs_api_v1_beta_batch_processing_get": listBatchJobsApiV1BetaBatchProcessingGetHelp,
} as const;

export type OperationId = keyof typeof operationMetadata;
export const operationIds = ["list_batch_jobs_api_v1_beta_batch_processing_get"] as const satisfies readonly OperationId[];
