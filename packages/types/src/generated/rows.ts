/**
 * generated — do not edit.
 * Source: spec/openapi.yaml. Regenerate with `pnpm generate`; CI fails when this file is stale.
 */
/* biome-ignore-all lint: generated code */

/*
 * One constant per operation of the model (the same objects as `operationModel`'s values), so that
 * a bundle which imports a few of them (`@llamacloud-batch/client/beta/batch`) carries only those.
 */
/** `beta.batch.list` */
export const beta_batch_list = {
  "id": "beta.batch.list",
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
  "parameters": [
    {
      "name": "directory_id",
      "in": "query",
      "type": "string",
      "nullable": true
    },
    {
      "name": "job_type",
      "in": "query",
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
      "type": "integer",
      "minimum": 1,
      "maximum": 1000,
      "default": 50
    },
    {
      "name": "offset",
      "in": "query",
      "type": "integer",
      "minimum": 0,
      "default": 0
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ]
} as const;

/** `beta.batch.create` */
export const beta_batch_create = {
  "id": "beta.batch.create",
  "group": "beta.batch",
  "name": "create",
  "method": "post",
  "path": "/api/v1/beta/batch-processing",
  "pathParams": [],
  "idempotent": false,
  "parameters": [
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "temporal-namespace",
      "in": "header",
      "type": "string"
    }
  ],
  "body": {
    "mediaType": "application/json",
    "required": true,
    "fields": [
      {
        "name": "job_config",
        "required": true,
        "type": "object"
      },
      {
        "name": "continue_as_new_threshold",
        "type": "integer",
        "nullable": true
      },
      {
        "name": "directory_id",
        "type": "string",
        "nullable": true
      },
      {
        "name": "item_ids",
        "type": "array",
        "nullable": true,
        "items": {
          "type": "string"
        }
      },
      {
        "name": "page_size",
        "type": "integer"
      }
    ]
  }
} as const;

/** `beta.batch.getStatus` */
export const beta_batch_getStatus = {
  "id": "beta.batch.getStatus",
  "group": "beta.batch",
  "name": "getStatus",
  "method": "get",
  "path": "/api/v1/beta/batch-processing/{job_id}",
  "pathParams": [
    "job_id"
  ],
  "idempotent": true,
  "parameters": [
    {
      "name": "job_id",
      "in": "path",
      "required": true,
      "type": "string"
    },
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ]
} as const;

/** `beta.batch.cancel` */
export const beta_batch_cancel = {
  "id": "beta.batch.cancel",
  "group": "beta.batch",
  "name": "cancel",
  "method": "post",
  "path": "/api/v1/beta/batch-processing/{job_id}/cancel",
  "pathParams": [
    "job_id"
  ],
  "idempotent": true,
  "parameters": [
    {
      "name": "job_id",
      "in": "path",
      "required": true,
      "type": "string"
    },
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "temporal-namespace",
      "in": "header",
      "type": "string"
    }
  ],
  "body": {
    "mediaType": "application/json",
    "required": true,
    "fields": [
      {
        "name": "reason",
        "type": "string",
        "nullable": true
      }
    ]
  }
} as const;

/** `beta.batch.jobItems.list` */
export const beta_batch_jobItems_list = {
  "id": "beta.batch.jobItems.list",
  "group": "beta.batch.jobItems",
  "name": "list",
  "method": "get",
  "path": "/api/v1/beta/batch-processing/{job_id}/items",
  "pathParams": [
    "job_id"
  ],
  "pagination": {
    "type": "offsetLimit",
    "offset": "offset",
    "limit": "limit",
    "results": "items"
  },
  "idempotent": true,
  "parameters": [
    {
      "name": "job_id",
      "in": "path",
      "required": true,
      "type": "string"
    },
    {
      "name": "status",
      "in": "query",
      "type": "string",
      "nullable": true,
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
      "name": "limit",
      "in": "query",
      "type": "integer",
      "minimum": 1,
      "maximum": 1000,
      "default": 50
    },
    {
      "name": "offset",
      "in": "query",
      "type": "integer",
      "minimum": 0,
      "default": 0
    },
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ]
} as const;

/** `beta.batch.jobItems.getProcessingResults` */
export const beta_batch_jobItems_getProcessingResults = {
  "id": "beta.batch.jobItems.getProcessingResults",
  "group": "beta.batch.jobItems",
  "name": "getProcessingResults",
  "method": "get",
  "path": "/api/v1/beta/batch-processing/items/{item_id}/processing-results",
  "pathParams": [
    "item_id"
  ],
  "idempotent": true,
  "parameters": [
    {
      "name": "item_id",
      "in": "path",
      "required": true,
      "type": "string"
    },
    {
      "name": "job_type",
      "in": "query",
      "type": "string",
      "nullable": true,
      "enum": [
        "parse",
        "extract",
        "classify"
      ]
    },
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ]
} as const;

/** `batches.list` */
export const batches_list = {
  "id": "batches.list",
  "group": "batches",
  "name": "list",
  "method": "get",
  "path": "/api/v2/batches",
  "pathParams": [],
  "pagination": {
    "type": "cursor",
    "cursor": "page_token",
    "limit": "page_size",
    "nextCursor": "next_page_token",
    "results": "items"
  },
  "idempotent": true,
  "parameters": [
    {
      "name": "page_token",
      "in": "query",
      "type": "string"
    },
    {
      "name": "page_size",
      "in": "query",
      "type": "integer"
    },
    {
      "name": "status",
      "in": "query",
      "type": "string",
      "nullable": true,
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
      "name": "source_directory_id",
      "in": "query",
      "type": "string",
      "nullable": true
    },
    {
      "name": "created_at_on_or_after",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "date-time"
    },
    {
      "name": "created_at_on_or_before",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "date-time"
    },
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ]
} as const;

/** `batches.create` */
export const batches_create = {
  "id": "batches.create",
  "group": "batches",
  "name": "create",
  "method": "post",
  "path": "/api/v2/batches",
  "pathParams": [],
  "idempotent": false,
  "parameters": [
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ],
  "body": {
    "mediaType": "application/json",
    "required": true,
    "fields": [
      {
        "name": "config",
        "required": true,
        "type": "object"
      },
      {
        "name": "source_directory_id",
        "required": true,
        "type": "string"
      }
    ]
  }
} as const;

/** `batches.get` */
export const batches_get = {
  "id": "batches.get",
  "group": "batches",
  "name": "get",
  "method": "get",
  "path": "/api/v2/batches/{batch_id}",
  "pathParams": [
    "batch_id"
  ],
  "idempotent": true,
  "parameters": [
    {
      "name": "batch_id",
      "in": "path",
      "required": true,
      "type": "string"
    },
    {
      "name": "expand",
      "in": "query",
      "type": "array",
      "items": {
        "type": "string",
        "enum": [
          "results"
        ]
      }
    },
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ]
} as const;

/** `batches.cancel` */
export const batches_cancel = {
  "id": "batches.cancel",
  "group": "batches",
  "name": "cancel",
  "method": "post",
  "path": "/api/v2/batches/{batch_id}/cancel",
  "pathParams": [
    "batch_id"
  ],
  "idempotent": true,
  "parameters": [
    {
      "name": "batch_id",
      "in": "path",
      "required": true,
      "type": "string"
    },
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ]
} as const;

/** `beta.directories.list` */
export const beta_directories_list = {
  "id": "beta.directories.list",
  "group": "beta.directories",
  "name": "list",
  "method": "get",
  "path": "/api/v1/beta/directories",
  "pathParams": [],
  "pagination": {
    "type": "cursor",
    "cursor": "page_token",
    "limit": "page_size",
    "nextCursor": "next_page_token",
    "results": "items"
  },
  "idempotent": true,
  "parameters": [
    {
      "name": "page_token",
      "in": "query",
      "type": "string"
    },
    {
      "name": "page_size",
      "in": "query",
      "type": "integer",
      "minimum": 1,
      "maximum": 1000
    },
    {
      "name": "name",
      "in": "query",
      "type": "string",
      "nullable": true
    },
    {
      "name": "type",
      "in": "query",
      "type": "string",
      "nullable": true,
      "enum": [
        "user",
        "index",
        "ephemeral"
      ]
    },
    {
      "name": "include_deleted",
      "in": "query",
      "type": "boolean",
      "default": false
    },
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ]
} as const;

/** `beta.directories.create` */
export const beta_directories_create = {
  "id": "beta.directories.create",
  "group": "beta.directories",
  "name": "create",
  "method": "post",
  "path": "/api/v1/beta/directories",
  "pathParams": [],
  "idempotent": false,
  "parameters": [
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ],
  "body": {
    "mediaType": "application/json",
    "required": true,
    "fields": [
      {
        "name": "name",
        "required": true,
        "type": "string",
        "minLength": 1
      },
      {
        "name": "description",
        "type": "string",
        "nullable": true
      },
      {
        "name": "type",
        "type": "string",
        "enum": [
          "user",
          "ephemeral"
        ],
        "default": "user"
      },
      {
        "name": "connector_subscription_id",
        "type": "string",
        "nullable": true
      }
    ]
  }
} as const;

/** `beta.directories.get` */
export const beta_directories_get = {
  "id": "beta.directories.get",
  "group": "beta.directories",
  "name": "get",
  "method": "get",
  "path": "/api/v1/beta/directories/{directory_id}",
  "pathParams": [
    "directory_id"
  ],
  "idempotent": true,
  "parameters": [
    {
      "name": "directory_id",
      "in": "path",
      "required": true,
      "type": "string"
    },
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ]
} as const;

/** `beta.directories.delete` */
export const beta_directories_delete = {
  "id": "beta.directories.delete",
  "group": "beta.directories",
  "name": "delete",
  "method": "delete",
  "path": "/api/v1/beta/directories/{directory_id}",
  "pathParams": [
    "directory_id"
  ],
  "idempotent": true,
  "parameters": [
    {
      "name": "directory_id",
      "in": "path",
      "required": true,
      "type": "string"
    },
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ]
} as const;

/** `beta.directories.update` */
export const beta_directories_update = {
  "id": "beta.directories.update",
  "group": "beta.directories",
  "name": "update",
  "method": "patch",
  "path": "/api/v1/beta/directories/{directory_id}",
  "pathParams": [
    "directory_id"
  ],
  "idempotent": false,
  "parameters": [
    {
      "name": "directory_id",
      "in": "path",
      "required": true,
      "type": "string"
    },
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ],
  "body": {
    "mediaType": "application/json",
    "required": true,
    "fields": [
      {
        "name": "name",
        "type": "string",
        "nullable": true
      },
      {
        "name": "description",
        "type": "string",
        "nullable": true
      }
    ]
  }
} as const;

/** `beta.directories.files.list` */
export const beta_directories_files_list = {
  "id": "beta.directories.files.list",
  "group": "beta.directories.files",
  "name": "list",
  "method": "get",
  "path": "/api/v1/beta/directories/{directory_id}/files",
  "pathParams": [
    "directory_id"
  ],
  "pagination": {
    "type": "cursor",
    "cursor": "page_token",
    "limit": "page_size",
    "nextCursor": "next_page_token",
    "results": "items"
  },
  "idempotent": true,
  "parameters": [
    {
      "name": "directory_id",
      "in": "path",
      "required": true,
      "type": "string"
    },
    {
      "name": "page_token",
      "in": "query",
      "type": "string"
    },
    {
      "name": "page_size",
      "in": "query",
      "type": "integer",
      "minimum": 1,
      "maximum": 1000
    },
    {
      "name": "display_name",
      "in": "query",
      "type": "string",
      "nullable": true
    },
    {
      "name": "display_name_contains",
      "in": "query",
      "type": "string",
      "nullable": true
    },
    {
      "name": "unique_id",
      "in": "query",
      "type": "string",
      "nullable": true
    },
    {
      "name": "file_id",
      "in": "query",
      "type": "string",
      "nullable": true
    },
    {
      "name": "include_deleted",
      "in": "query",
      "type": "boolean",
      "default": false
    },
    {
      "name": "updated_at_on_or_after",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "date-time"
    },
    {
      "name": "updated_at_on_or_before",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "date-time"
    },
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ]
} as const;

/** `beta.directories.files.add` */
export const beta_directories_files_add = {
  "id": "beta.directories.files.add",
  "group": "beta.directories.files",
  "name": "add",
  "method": "post",
  "path": "/api/v1/beta/directories/{directory_id}/files",
  "pathParams": [
    "directory_id"
  ],
  "idempotent": false,
  "parameters": [
    {
      "name": "directory_id",
      "in": "path",
      "required": true,
      "type": "string"
    },
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ],
  "body": {
    "mediaType": "application/json",
    "required": true,
    "fields": [
      {
        "name": "file_id",
        "required": true,
        "type": "string"
      },
      {
        "name": "display_name",
        "type": "string",
        "nullable": true
      },
      {
        "name": "unique_id",
        "type": "string",
        "nullable": true
      },
      {
        "name": "metadata",
        "type": "object",
        "nullable": true
      }
    ]
  }
} as const;

/** `beta.directories.files.upload` */
export const beta_directories_files_upload = {
  "id": "beta.directories.files.upload",
  "group": "beta.directories.files",
  "name": "upload",
  "method": "post",
  "path": "/api/v1/beta/directories/{directory_id}/files/upload",
  "pathParams": [
    "directory_id"
  ],
  "idempotent": false,
  "parameters": [
    {
      "name": "directory_id",
      "in": "path",
      "required": true,
      "type": "string"
    },
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ],
  "body": {
    "mediaType": "multipart/form-data",
    "required": true,
    "fields": [
      {
        "name": "upload_file",
        "required": true,
        "type": "string",
        "file": true
      },
      {
        "name": "display_name",
        "type": "string",
        "nullable": true
      },
      {
        "name": "unique_id",
        "type": "string",
        "nullable": true
      },
      {
        "name": "external_file_id",
        "type": "string",
        "nullable": true
      },
      {
        "name": "metadata",
        "type": "string",
        "nullable": true
      }
    ]
  }
} as const;

/** `beta.directories.files.get` */
export const beta_directories_files_get = {
  "id": "beta.directories.files.get",
  "group": "beta.directories.files",
  "name": "get",
  "method": "get",
  "path": "/api/v1/beta/directories/{directory_id}/files/{directory_file_id}",
  "pathParams": [
    "directory_id",
    "directory_file_id"
  ],
  "idempotent": true,
  "parameters": [
    {
      "name": "directory_id",
      "in": "path",
      "required": true,
      "type": "string"
    },
    {
      "name": "directory_file_id",
      "in": "path",
      "required": true,
      "type": "string"
    },
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ]
} as const;

/** `beta.directories.files.delete` */
export const beta_directories_files_delete = {
  "id": "beta.directories.files.delete",
  "group": "beta.directories.files",
  "name": "delete",
  "method": "delete",
  "path": "/api/v1/beta/directories/{directory_id}/files/{directory_file_id}",
  "pathParams": [
    "directory_id",
    "directory_file_id"
  ],
  "idempotent": true,
  "parameters": [
    {
      "name": "directory_id",
      "in": "path",
      "required": true,
      "type": "string"
    },
    {
      "name": "directory_file_id",
      "in": "path",
      "required": true,
      "type": "string"
    },
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ]
} as const;

/** `beta.directories.files.update` */
export const beta_directories_files_update = {
  "id": "beta.directories.files.update",
  "group": "beta.directories.files",
  "name": "update",
  "method": "patch",
  "path": "/api/v1/beta/directories/{directory_id}/files/{directory_file_id}",
  "pathParams": [
    "directory_id",
    "directory_file_id"
  ],
  "idempotent": false,
  "parameters": [
    {
      "name": "directory_id",
      "in": "path",
      "required": true,
      "type": "string"
    },
    {
      "name": "directory_file_id",
      "in": "path",
      "required": true,
      "type": "string"
    },
    {
      "name": "organization_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    },
    {
      "name": "project_id",
      "in": "query",
      "type": "string",
      "nullable": true,
      "format": "uuid"
    }
  ],
  "body": {
    "mediaType": "application/json",
    "required": true,
    "fields": [
      {
        "name": "display_name",
        "type": "string",
        "nullable": true
      },
      {
        "name": "unique_id",
        "type": "string",
        "nullable": true
      },
      {
        "name": "metadata",
        "type": "object",
        "nullable": true
      },
      {
        "name": "target_directory_id",
        "type": "string",
        "nullable": true
      }
    ]
  }
} as const;
