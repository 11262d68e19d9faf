/**
 * generated — do not edit.
 * Source: spec/openapi.yaml. Regenerate with `pnpm generate`; CI fails when this file is stale.
 */
/* biome-ignore-all lint: generated code */

/** Parameter metadata of every operation in the spec, keyed by operationId. */
export const operationMetadata = {
  "list_batch_jobs_api_v1_beta_batch_processing_get": {
    "operationId": "list_batch_jobs_api_v1_beta_batch_processing_get",
    "method": "get",
    "path": "/api/v1/beta/batch-processing",
    "summary": "List Batch Jobs",
    "description": "List batch processing jobs with optional filtering.\n\nFilter by directory_id, job_type, or status. Results are paginated with configurable limit and offset.",
    "parameters": [
      {
        "name": "directory_id",
        "in": "query",
        "required": false,
        "type": "string",
        "nullable": true,
        "description": "Filter by directory ID"
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
        ],
        "description": "Filter by job type (PARSE, EXTRACT, CLASSIFY)"
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
        ],
        "description": "Filter by job status (PENDING, RUNNING, COMPLETED, FAILED, CANCELLED)"
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "nullable": false,
        "minimum": 1,
        "maximum": 1000,
        "default": 50,
        "description": "Maximum number of jobs to return"
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "nullable": false,
        "minimum": 0,
        "default": 0,
        "description": "Number of jobs to skip for pagination"
      },
      {
        "name": "project_id",
        "in": "query",
        "required": false,
        "type": "string",
        "nullable": true,
        "format": "uuid",
        "description": "Project to list jobs from (defaults to the key's project)"
      },
      {
        "name": "organization_id",
        "in": "query",
        "required": false,
        "type": "string",
        "nullable": true,
        "format": "uuid",
        "description": "Organization the project belongs to"
      }
    ]
  }
} as const;

export type OperationId = keyof typeof operationMetadata;
export const operationIds = ["list_batch_jobs_api_v1_beta_batch_processing_get"] as const satisfies readonly OperationId[];

export const listBatchJobsApiV1BetaBatchProcessingGetOperation = operationMetadata["list_batch_jobs_api_v1_beta_batch_processing_get"];
