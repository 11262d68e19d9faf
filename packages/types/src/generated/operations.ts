/**
 * generated — do not edit.
 * Source: spec/openapi.yaml. Regenerate with `pnpm generate`; CI fails when this file is stale.
 */
/* biome-ignore-all lint: generated code */

import * as rows from './rows.js';

/** Every operation in the spec, keyed by its SDK path (`<x-speakeasy-group>.<x-speakeasy-name-override>`). */
export const operationModel = {
  "beta.batch.list": rows.beta_batch_list,
  "beta.batch.create": rows.beta_batch_create,
  "beta.batch.getStatus": rows.beta_batch_getStatus,
  "beta.batch.cancel": rows.beta_batch_cancel,
  "beta.batch.jobItems.list": rows.beta_batch_jobItems_list,
  "beta.batch.jobItems.getProcessingResults": rows.beta_batch_jobItems_getProcessingResults,
  "batches.list": rows.batches_list,
  "batches.create": rows.batches_create,
  "batches.get": rows.batches_get,
  "batches.cancel": rows.batches_cancel,
  "beta.directories.list": rows.beta_directories_list,
  "beta.directories.create": rows.beta_directories_create,
  "beta.directories.get": rows.beta_directories_get,
  "beta.directories.delete": rows.beta_directories_delete,
  "beta.directories.update": rows.beta_directories_update,
  "beta.directories.files.list": rows.beta_directories_files_list,
  "beta.directories.files.add": rows.beta_directories_files_add,
  "beta.directories.files.upload": rows.beta_directories_files_upload,
  "beta.directories.files.get": rows.beta_directories_files_get,
  "beta.directories.files.delete": rows.beta_directories_files_delete,
  "beta.directories.files.update": rows.beta_directories_files_update,
} as const;

/** The spec's words per operation: operationId (the docs' anchor), summary, description, each parameter's and body field's description. */
export const operationHelp = {
  "beta.batch.list": {
    "operationId": "list_batch_jobs_api_v1_beta_batch_processing_get",
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
  },
  "beta.batch.create": {
    "operationId": "create_batch_job_api_v1_beta_batch_processing_post",
    "summary": "Create Batch Job",
    "description": "Start a batch job over a whole directory (`directory_id`) or over chosen items (`item_ids`).\n\nThe job runs in the background; follow its progress with the status endpoint.",
    "parameters": {
      "organization_id": "Organization the project belongs to",
      "project_id": "Project to create the job in (defaults to the key's project)",
      "temporal-namespace": "Workflow namespace that runs the job"
    },
    "body": {
      "job_config": "How to process each item, as a parse configuration or a classify job",
      "continue_as_new_threshold": "In directory mode, how many files one execution cycle handles before the workflow starts afresh (page_size when unset)",
      "directory_id": "Directory whose files are all processed",
      "item_ids": "The items to process, instead of a whole directory",
      "page_size": "In directory mode, how many files are fetched and processed per batch"
    }
  },
  "beta.batch.getStatus": {
    "operationId": "get_batch_job_status_api_v1_beta_batch_processing_job_id_get",
    "summary": "Get Batch Job Status",
    "description": "One batch job with its item counters, timestamps and how far along it is, in percent.",
    "parameters": {
      "job_id": "ID of the batch job",
      "organization_id": "Organization the project belongs to",
      "project_id": "Project the job belongs to (defaults to the key's project)"
    },
    "body": {}
  },
  "beta.batch.cancel": {
    "operationId": "cancel_batch_job_api_v1_beta_batch_processing_job_id_cancel_post",
    "summary": "Cancel Batch Job",
    "description": "Stop a batch job: items not started yet are marked cancelled, items already being\nprocessed may still finish. Cancelling a job twice has the same effect as once.",
    "parameters": {
      "job_id": "ID of the batch job to cancel",
      "organization_id": "Organization the project belongs to",
      "project_id": "Project the job belongs to (defaults to the key's project)",
      "temporal-namespace": "Workflow namespace that runs the job"
    },
    "body": {
      "reason": "Free-text reason for cancelling, kept with the job"
    }
  },
  "beta.batch.jobItems.list": {
    "operationId": "list_batch_job_items_api_v1_beta_batch_processing_job_id_items_get",
    "summary": "List Batch Job Items",
    "description": "The items (files) of one batch job, optionally only those in one status, e.g. to find\nthe ones that failed. Paged with limit and offset.",
    "parameters": {
      "job_id": "ID of the batch job whose items to list",
      "status": "Only items in this processing status",
      "limit": "Largest number of items to return (the same paging parameters as the jobs list)",
      "offset": "Number of items to skip before the first one returned",
      "organization_id": "Organization the project belongs to",
      "project_id": "Project the job belongs to (defaults to the key's project)"
    },
    "body": {}
  },
  "beta.batch.jobItems.getProcessingResults": {
    "operationId": "get_item_processing_results_api_v1_beta_batch_processing_items_item_id_processing_results_get",
    "summary": "Get Item Processing Results",
    "description": "Every time an item was processed: which kind of job ran, with which configuration, and\nwhere its output was written. Optionally only results of one job type.",
    "parameters": {
      "item_id": "ID of the item (directory file)",
      "job_type": "Only results of this job type",
      "organization_id": "Organization the project belongs to",
      "project_id": "Project the item belongs to (defaults to the key's project)"
    },
    "body": {}
  },
  "batches.list": {
    "operationId": "list_batches_api_v2_batches_get",
    "summary": "List Batches",
    "description": "The project's batches, optionally filtered by status, source directory or creation time; paged with an opaque page token.",
    "parameters": {
      "page_token": "The next_page_token of the previous page, to fetch the page after it",
      "page_size": "Largest number of batches to return",
      "status": "Only batches in this status",
      "source_directory_id": "Only batches over this source directory",
      "created_at_on_or_after": "Only batches created at or after this time",
      "created_at_on_or_before": "Only batches created at or before this time",
      "organization_id": "Organization the project belongs to",
      "project_id": "Project to list batches from (defaults to the key's project)"
    },
    "body": {}
  },
  "batches.create": {
    "operationId": "create_batch_api_v2_batches_post",
    "summary": "Create Batch",
    "description": "Start a batch that runs one product job per file of a source directory; it runs in the background.",
    "parameters": {
      "organization_id": "Organization the project belongs to",
      "project_id": "Project to create the batch in (defaults to the key's project)"
    },
    "body": {
      "config": "Settings to apply to every file of the directory",
      "source_directory_id": "Directory whose files are processed"
    }
  },
  "batches.get": {
    "operationId": "get_batch_api_v2_batches_batch_id_get",
    "summary": "Get Batch",
    "description": "One batch. Ask for `expand=results` to also get which job was created for each file;\nwithout it, and while the batch is still running, `results` is null.",
    "parameters": {
      "batch_id": "ID of the batch",
      "expand": "Extra fields to include in the answer; results is the only one",
      "organization_id": "Organization the project belongs to",
      "project_id": "Project the batch belongs to (defaults to the key's project)"
    },
    "body": {}
  },
  "batches.cancel": {
    "operationId": "cancel_batch_api_v2_batches_batch_id_cancel_post",
    "summary": "Cancel Batch",
    "description": "Stop a running batch. Answers at once; the batch reaches CANCELLED once processing stops, and\nfiles that already finished keep their results. A batch in a terminal status cannot be cancelled.",
    "parameters": {
      "batch_id": "ID of the batch to cancel",
      "organization_id": "Organization the project belongs to",
      "project_id": "Project to work in (defaults to the key's project)"
    },
    "body": {}
  },
  "beta.directories.list": {
    "operationId": "list_directories_api_v1_beta_directories_get",
    "summary": "List Directories",
    "description": "The project's directories, optionally filtered by name or type; paged with an opaque page token.",
    "parameters": {
      "page_token": "The next_page_token of the previous page, to fetch the page after it",
      "page_size": "Largest number of entries to return",
      "name": "Only the directory with this name",
      "type": "Only directories of this type",
      "include_deleted": "Also list deleted directories",
      "organization_id": "Organization the project belongs to",
      "project_id": "Project to work in (defaults to the key's project)"
    },
    "body": {}
  },
  "beta.directories.create": {
    "operationId": "create_directory_api_v1_beta_directories_post",
    "summary": "Create Directory",
    "description": "Create a directory in the project. Batches process the files of a directory; use type ephemeral for one that is cleaned up after the batch.",
    "parameters": {
      "organization_id": "Organization the project belongs to",
      "project_id": "Project to work in (defaults to the key's project)"
    },
    "body": {
      "name": "Name of the directory",
      "description": "Description shown to users",
      "type": "user for a lasting directory, ephemeral for one cleaned up after its batch",
      "connector_subscription_id": "Connector subscription whose files sync into the directory; leave out for uploads"
    }
  },
  "beta.directories.get": {
    "operationId": "get_directory_api_v1_beta_directories_directory_id_get",
    "summary": "Get Directory",
    "description": "One directory.",
    "parameters": {
      "directory_id": "ID of the directory",
      "organization_id": "Organization the project belongs to",
      "project_id": "Project to work in (defaults to the key's project)"
    },
    "body": {}
  },
  "beta.directories.delete": {
    "operationId": "delete_directory_api_v1_beta_directories_directory_id_delete",
    "summary": "Delete Directory",
    "description": "Delete a directory and its file entries, for good.",
    "parameters": {
      "directory_id": "ID of the directory",
      "organization_id": "Organization the project belongs to",
      "project_id": "Project to work in (defaults to the key's project)"
    },
    "body": {}
  },
  "beta.directories.update": {
    "operationId": "update_directory_api_v1_beta_directories_directory_id_patch",
    "summary": "Update Directory",
    "description": "Rename a directory or change its description.",
    "parameters": {
      "directory_id": "ID of the directory",
      "organization_id": "Organization the project belongs to",
      "project_id": "Project to work in (defaults to the key's project)"
    },
    "body": {
      "name": "New name",
      "description": "New description"
    }
  },
  "beta.directories.files.list": {
    "operationId": "list_directory_files_api_v1_beta_directories_directory_id_files_get",
    "summary": "List Directory Files",
    "description": "The files of a directory, optionally filtered; paged with an opaque page token.",
    "parameters": {
      "directory_id": "ID of the directory",
      "page_token": "The next_page_token of the previous page, to fetch the page after it",
      "page_size": "Largest number of entries to return",
      "display_name": "Only files with this display name",
      "display_name_contains": "Only files whose display name contains this text",
      "unique_id": "Only the file with this unique ID",
      "file_id": "Only entries for this stored file",
      "include_deleted": "Also list deleted files",
      "updated_at_on_or_after": "Only files updated at or after this time",
      "updated_at_on_or_before": "Only files updated at or before this time",
      "organization_id": "Organization the project belongs to",
      "project_id": "Project to work in (defaults to the key's project)"
    },
    "body": {}
  },
  "beta.directories.files.add": {
    "operationId": "add_directory_file_api_v1_beta_directories_directory_id_files_post",
    "summary": "Add Directory File",
    "description": "Add a file that is already stored (by its file_id) to a directory.",
    "parameters": {
      "directory_id": "ID of the directory",
      "organization_id": "Organization the project belongs to",
      "project_id": "Project to work in (defaults to the key's project)"
    },
    "body": {
      "file_id": "ID of the stored file",
      "display_name": "Name shown for the file (default the file's name)",
      "unique_id": "Unique ID within the directory (default the file's external ID or name)",
      "metadata": "User metadata for the file"
    }
  },
  "beta.directories.files.upload": {
    "operationId": "upload_directory_file_api_v1_beta_directories_directory_id_files_upload_post",
    "summary": "Upload Directory File",
    "description": "Upload a file and add it to the directory in one call. Its unique_id and display_name\ndefault to values from the file (its name) when not given.",
    "parameters": {
      "directory_id": "ID of the directory",
      "organization_id": "Organization the project belongs to",
      "project_id": "Project to work in (defaults to the key's project)"
    },
    "body": {
      "upload_file": "The file's content",
      "display_name": "Name shown for the file (default the uploaded file's name)",
      "unique_id": "Unique ID within the directory (default the external ID or the file's name)",
      "external_file_id": "The file's ID in the system it comes from",
      "metadata": "User metadata as a JSON object, in a string"
    }
  },
  "beta.directories.files.get": {
    "operationId": "get_directory_file_api_v1_beta_directories_directory_id_files_directory_file_id_get",
    "summary": "Get Directory File",
    "description": "One file of a directory, by its directory_file_id (to find one by unique_id, list with that filter).",
    "parameters": {
      "directory_id": "ID of the directory",
      "directory_file_id": "ID of the directory file (not its unique_id)",
      "organization_id": "Organization the project belongs to",
      "project_id": "Project to work in (defaults to the key's project)"
    },
    "body": {}
  },
  "beta.directories.files.delete": {
    "operationId": "delete_directory_file_api_v1_beta_directories_directory_id_files_directory_file_id_delete",
    "summary": "Delete Directory File",
    "description": "Remove a file from a directory.",
    "parameters": {
      "directory_id": "ID of the directory",
      "directory_file_id": "ID of the directory file (not its unique_id)",
      "organization_id": "Organization the project belongs to",
      "project_id": "Project to work in (defaults to the key's project)"
    },
    "body": {}
  },
  "beta.directories.files.update": {
    "operationId": "update_directory_file_api_v1_beta_directories_directory_id_files_directory_file_id_patch",
    "summary": "Update Directory File",
    "description": "Change a directory file's display name, unique ID or metadata, or move it to another directory (target_directory_id).",
    "parameters": {
      "directory_id": "ID of the directory",
      "directory_file_id": "ID of the directory file (not its unique_id)",
      "organization_id": "Organization the project belongs to",
      "project_id": "Project to work in (defaults to the key's project)"
    },
    "body": {
      "display_name": "New display name",
      "unique_id": "New unique ID",
      "metadata": "User metadata, replacing the user layer",
      "target_directory_id": "Move the file to this directory"
    }
  }
} as const;

/**
 * What an operation does to the server, for agents (MCP tool annotations) and confirmations: from
 * the method and Speakeasy's `x-speakeasy-mcp` hints.
 */
export const operationHints = {
  "beta.batch.list": {
    "readOnly": true,
    "destructive": false,
    "idempotent": true
  },
  "beta.batch.create": {
    "readOnly": false,
    "destructive": false,
    "idempotent": false
  },
  "beta.batch.getStatus": {
    "readOnly": true,
    "destructive": false,
    "idempotent": true
  },
  "beta.batch.cancel": {
    "readOnly": false,
    "destructive": true,
    "idempotent": true
  },
  "beta.batch.jobItems.list": {
    "readOnly": true,
    "destructive": false,
    "idempotent": true
  },
  "beta.batch.jobItems.getProcessingResults": {
    "readOnly": true,
    "destructive": false,
    "idempotent": true
  },
  "batches.list": {
    "readOnly": true,
    "destructive": false,
    "idempotent": true
  },
  "batches.create": {
    "readOnly": false,
    "destructive": false,
    "idempotent": false
  },
  "batches.get": {
    "readOnly": true,
    "destructive": false,
    "idempotent": true
  },
  "batches.cancel": {
    "readOnly": false,
    "destructive": true,
    "idempotent": true
  },
  "beta.directories.list": {
    "readOnly": true,
    "destructive": false,
    "idempotent": true
  },
  "beta.directories.create": {
    "readOnly": false,
    "destructive": false,
    "idempotent": false
  },
  "beta.directories.get": {
    "readOnly": true,
    "destructive": false,
    "idempotent": true
  },
  "beta.directories.delete": {
    "readOnly": false,
    "destructive": true,
    "idempotent": true
  },
  "beta.directories.update": {
    "readOnly": false,
    "destructive": false,
    "idempotent": true
  },
  "beta.directories.files.list": {
    "readOnly": true,
    "destructive": false,
    "idempotent": true
  },
  "beta.directories.files.add": {
    "readOnly": false,
    "destructive": false,
    "idempotent": false
  },
  "beta.directories.files.upload": {
    "readOnly": false,
    "destructive": false,
    "idempotent": false
  },
  "beta.directories.files.get": {
    "readOnly": true,
    "destructive": false,
    "idempotent": true
  },
  "beta.directories.files.delete": {
    "readOnly": false,
    "destructive": true,
    "idempotent": true
  },
  "beta.directories.files.update": {
    "readOnly": false,
    "destructive": false,
    "idempotent": true
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
      "name": "created_at",
      "format": "date-time"
    }
  ],
  "beta.batch.jobItems.list": [
    {
      "name": "item_name"
    },
    {
      "name": "status",
      "enum": [
        "pending",
        "processing",
        "completed",
        "failed",
        "skipped",
        "cancelled"
      ]
    },
    {
      "name": "error_message"
    }
  ],
  "batches.list": [
    {
      "name": "id"
    },
    {
      "name": "status",
      "enum": [
        "PENDING",
        "RUNNING",
        "THROTTLED",
        "COMPLETED",
        "FAILED",
        "CANCELLED"
      ]
    },
    {
      "name": "source_directory_id"
    },
    {
      "name": "created_at",
      "format": "date-time"
    }
  ],
  "beta.directories.list": [
    {
      "name": "id"
    },
    {
      "name": "name"
    },
    {
      "name": "type",
      "enum": [
        "user",
        "index",
        "ephemeral"
      ]
    },
    {
      "name": "created_at",
      "format": "date-time"
    }
  ],
  "beta.directories.files.list": [
    {
      "name": "id"
    },
    {
      "name": "display_name"
    },
    {
      "name": "unique_id"
    },
    {
      "name": "updated_at",
      "format": "date-time"
    }
  ]
} as const;

export type OperationKey = keyof typeof operationModel;
export const operationKeys = ["beta.batch.list","beta.batch.create","beta.batch.getStatus","beta.batch.cancel","beta.batch.jobItems.list","beta.batch.jobItems.getProcessingResults","batches.list","batches.create","batches.get","batches.cancel","beta.directories.list","beta.directories.create","beta.directories.get","beta.directories.delete","beta.directories.update","beta.directories.files.list","beta.directories.files.add","beta.directories.files.upload","beta.directories.files.get","beta.directories.files.delete","beta.directories.files.update"] as const satisfies readonly OperationKey[];

/** The operations of each SDK group (the group's own, not its subgroups'): what a program that uses one group looks up. */
export const operationGroups = {
  "beta.batch": [
    "beta.batch.list",
    "beta.batch.create",
    "beta.batch.getStatus",
    "beta.batch.cancel"
  ],
  "beta.batch.jobItems": [
    "beta.batch.jobItems.list",
    "beta.batch.jobItems.getProcessingResults"
  ],
  "batches": [
    "batches.list",
    "batches.create",
    "batches.get",
    "batches.cancel"
  ],
  "beta.directories": [
    "beta.directories.list",
    "beta.directories.create",
    "beta.directories.get",
    "beta.directories.delete",
    "beta.directories.update"
  ],
  "beta.directories.files": [
    "beta.directories.files.list",
    "beta.directories.files.add",
    "beta.directories.files.upload",
    "beta.directories.files.get",
    "beta.directories.files.delete",
    "beta.directories.files.update"
  ]
} as const satisfies Readonly<Record<string, readonly OperationKey[]>>;

/**
 * The flags the CLI gives every command: an input whose flag would be one of them has its own
 * `flag` in the model (`--query-version`). The CLI takes its list of reserved flags from here.
 */
export const cliReservedFlags = ["version","help","api-key","base-url","allow-insecure-http","format","debug","timeout","max-retries","fields","body","yes","output","all","max-items","read-ahead"] as const;
