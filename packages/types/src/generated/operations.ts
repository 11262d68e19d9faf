/**
 * generated — do not edit.
 * Source: spec/openapi.yaml. Regenerate with `pnpm generate`; CI fails when this file is stale.
 */
/* biome-ignore-all lint: generated code */

/** Every operation in the spec, keyed by its SDK path (`<x-speakeasy-group>.<x-speakeasy-name-override>`). */
export const operationModel = {
  "beta.batch.list": {
    "id": "beta.batch.list",
    "operationId": "list_batch_jobs_api_v1_beta_batch_processing_get",
    "group": "beta.batch",
    "name": "list",
    "method": "get",
    "path": "/api/v1/beta/batch-processing",
    "pathParams": [],
    "pagination": {
      "type": "offsetLimit",
      "offset": "offset",
      "limit": "limit",
      "results": "items"
    },
    "idempotent": true,
    "hints": {
      "readOnly": true,
      "destructive": false,
      "idempotent": true
    },
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
  }
} as const;

/** The spec's help text per operation: summary, description, each parameter's and body field's description. */
export const operationHelp = {
  "beta.batch.list": {
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
    },
    "body": {}
  }
} as const;

/** Table columns for paginated operations' items (the item schema's `x-llamacloud-table`, else its required scalar fields). */
export const operationTables = {
  "beta.batch.list": [
    {
      "name": "id"
    },
    {
      "name": "job_type",
      "enum": [
        "parse",
        "extract",
        "classify"
      ]
    },
    {
      "name": "project_id"
    },
    {
      "name": "status",
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
      "name": "total_items"
    }
  ]
} as const;

export type OperationKey = keyof typeof operationModel;
export const operationKeys = ["beta.batch.list"] as const satisfies readonly OperationKey[];
