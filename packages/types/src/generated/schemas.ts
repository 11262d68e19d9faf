/**
 * generated — do not edit.
 * Source: spec/openapi.yaml. Regenerate with `pnpm generate`; CI fails when this file is stale.
 */
/* biome-ignore-all lint: generated code */

/** The spec's component schemas (JSON Schema 2020-12), for validators that check responses. */
export const componentSchemas = {
  "BatchJobType": {
    "type": "string",
    "title": "BatchJobType",
    "description": "Type of processing operation",
    "enum": [
      "parse",
      "extract",
      "classify"
    ]
  },
  "BatchJobStatus": {
    "type": "string",
    "title": "BatchJobStatus",
    "description": "Lifecycle state of a batch job",
    "enum": [
      "pending",
      "running",
      "dispatched",
      "completed",
      "failed",
      "cancelled"
    ]
  },
  "BatchJobResponse": {
    "type": "object",
    "title": "BatchJobResponse",
    "description": "A batch processing job.",
    "required": [
      "id",
      "job_type",
      "project_id",
      "status",
      "total_items"
    ],
    "properties": {
      "id": {
        "type": "string",
        "description": "Unique identifier for the batch job"
      },
      "job_type": {
        "$ref": "#/components/schemas/BatchJobType",
        "description": "Type of processing operation (parse or classify)"
      },
      "project_id": {
        "type": "string",
        "description": "Project this job belongs to"
      },
      "status": {
        "$ref": "#/components/schemas/BatchJobStatus",
        "description": "Current job status"
      },
      "total_items": {
        "type": "integer",
        "description": "Total number of items in the job"
      },
      "completed_at": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "Timestamp when job completed"
      },
      "created_at": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "Creation datetime"
      },
      "directory_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Directory being processed"
      },
      "effective_at": {
        "type": "string",
        "format": "date-time",
        "description": "Time from which the job's status is in effect"
      },
      "error_message": {
        "type": [
          "string",
          "null"
        ],
        "description": "Error message for the latest job attempt, if any."
      },
      "failed_items": {
        "type": "integer",
        "default": 0,
        "description": "Number of items that failed processing"
      },
      "job_record_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "The job record ID associated with this status, if any."
      },
      "processed_items": {
        "type": "integer",
        "default": 0,
        "description": "Number of items processed so far"
      },
      "skipped_items": {
        "type": "integer",
        "default": 0,
        "description": "Number of items skipped (already processed or size limit)"
      },
      "started_at": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "Timestamp when job processing started"
      },
      "updated_at": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "Update datetime"
      },
      "workflow_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Async job tracking ID"
      }
    }
  },
  "BatchJobQueryResponse": {
    "type": "object",
    "title": "BatchJobQueryResponse",
    "description": "Response schema for paginated batch job queries.",
    "required": [
      "items"
    ],
    "properties": {
      "items": {
        "type": "array",
        "description": "The list of items.",
        "items": {
          "$ref": "#/components/schemas/BatchJobResponse"
        }
      },
      "next_page_token": {
        "type": [
          "string",
          "null"
        ],
        "description": "A token, which can be sent as page_token to retrieve the next page. If this field is omitted, there are no subsequent pages."
      },
      "total_size": {
        "type": [
          "integer",
          "null"
        ],
        "description": "The total number of items available. This is only populated when specifically requested. The value may be an estimate and can be used for display purposes only."
      }
    }
  },
  "ValidationError": {
    "type": "object",
    "title": "ValidationError",
    "description": "One problem with the request, as FastAPI reports it.",
    "required": [
      "loc",
      "msg",
      "type"
    ],
    "properties": {
      "loc": {
        "type": "array",
        "title": "Location",
        "description": "Where the problem is, e.g. [\"query\", \"limit\"]",
        "items": {
          "anyOf": [
            {
              "type": "string"
            },
            {
              "type": "integer"
            }
          ]
        }
      },
      "msg": {
        "type": "string",
        "title": "Message",
        "description": "What is wrong, in words"
      },
      "type": {
        "type": "string",
        "title": "Error Type",
        "description": "Machine-readable kind of problem"
      }
    }
  },
  "HTTPValidationError": {
    "type": "object",
    "title": "HTTPValidationError",
    "description": "The request did not validate.",
    "properties": {
      "detail": {
        "type": "array",
        "title": "Detail",
        "description": "Every problem found",
        "items": {
          "$ref": "#/components/schemas/ValidationError"
        }
      }
    }
  },
  "ErrorResponse": {
    "type": "object",
    "title": "ErrorResponse",
    "description": "An error the service answers with a single message.",
    "required": [
      "detail"
    ],
    "properties": {
      "detail": {
        "type": "string",
        "description": "What went wrong"
      }
    }
  }
} as const;

/** Every name under components.schemas. */
export type ComponentSchemaName = keyof typeof componentSchemas;

/** Each operation's inputs (path, query, header, body) as one flat JSON Schema object, $refs inlined. */
export const operationInputSchemas = {
  "beta.batch.list": {
    "type": "object",
    "properties": {
      "directory_id": {
        "anyOf": [
          {
            "type": "string"
          },
          {
            "type": "null"
          }
        ],
        "description": "Filter by directory ID"
      },
      "job_type": {
        "anyOf": [
          {
            "type": "string",
            "title": "BatchJobType",
            "description": "Type of processing operation",
            "enum": [
              "parse",
              "extract",
              "classify"
            ]
          },
          {
            "type": "null"
          }
        ],
        "description": "Filter by job type (PARSE, EXTRACT, CLASSIFY)"
      },
      "status": {
        "anyOf": [
          {
            "type": "string",
            "title": "BatchJobStatus",
            "description": "Lifecycle state of a batch job",
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
            "type": "null"
          }
        ],
        "description": "Filter by job status (PENDING, RUNNING, COMPLETED, FAILED, CANCELLED)"
      },
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 1000,
        "default": 50,
        "description": "Maximum number of jobs to return"
      },
      "offset": {
        "type": "integer",
        "minimum": 0,
        "default": 0,
        "description": "Number of jobs to skip for pagination"
      },
      "project_id": {
        "anyOf": [
          {
            "type": "string",
            "format": "uuid"
          },
          {
            "type": "null"
          }
        ],
        "description": "Project to list jobs from (defaults to the key's project)"
      },
      "organization_id": {
        "anyOf": [
          {
            "type": "string",
            "format": "uuid"
          },
          {
            "type": "null"
          }
        ],
        "description": "Organization the project belongs to"
      }
    },
    "additionalProperties": false
  }
} as const;
