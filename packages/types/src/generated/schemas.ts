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
    "x-llamacloud-table": [
      "id",
      "job_type",
      "status",
      "created_at"
    ],
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
  },
  "BatchJobCreateRequest": {
    "type": "object",
    "title": "BatchJobCreateRequest",
    "description": "What a new batch job processes, and how. Give either directory_id or item_ids.",
    "required": [
      "job_config"
    ],
    "properties": {
      "job_config": {
        "description": "How to process each item, as a parse configuration or a classify job",
        "anyOf": [
          {
            "$ref": "#/components/schemas/BatchParseJobRecordCreate"
          },
          {
            "$ref": "#/components/schemas/ClassifyJob"
          }
        ]
      },
      "continue_as_new_threshold": {
        "type": [
          "integer",
          "null"
        ],
        "description": "In directory mode, how many files one execution cycle handles before the workflow starts afresh (page_size when unset)"
      },
      "directory_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Directory whose files are all processed"
      },
      "item_ids": {
        "type": [
          "array",
          "null"
        ],
        "description": "The items to process, instead of a whole directory",
        "items": {
          "type": "string"
        }
      },
      "page_size": {
        "type": "integer",
        "description": "In directory mode, how many files are fetched and processed per batch"
      }
    }
  },
  "BatchParseJobRecordCreate": {
    "type": "object",
    "title": "BatchParseJobRecordCreate",
    "description": "A parse job template for a batch: the settings shared by every file. The service fills in\neach file's own details when it creates the per-file parse jobs.\n",
    "properties": {
      "correlation_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "ID that ties this job to related work in other services"
      },
      "job_name": {
        "type": "string",
        "enum": [
          "parse_raw_file_job"
        ],
        "description": "Kind of job record; always parse_raw_file_job"
      },
      "parameters": {
        "description": "Parse settings applied to every file",
        "anyOf": [
          {
            "$ref": "#/components/schemas/BatchParseJobConfig"
          },
          {
            "type": "null"
          }
        ]
      },
      "parent_job_execution_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Execution of the job this one was started from, when nested"
      },
      "partitions": {
        "type": "object",
        "description": "Partition keys and values that decide where the job's output is stored",
        "additionalProperties": {
          "type": "string"
        }
      },
      "project_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Project the job belongs to"
      },
      "session_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "ID of the request that started the job, for tracing"
      },
      "user_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "User who started the job"
      },
      "webhook_url": {
        "type": [
          "string",
          "null"
        ],
        "description": "URL called when the parse job ends"
      }
    }
  },
  "BatchParseJobConfig": {
    "type": "object",
    "title": "BatchParseJobConfig",
    "description": "Parse settings shared by every file of a batch. File-specific fields (name, ID) are\nabsent: the service adds them per file.\n",
    "properties": {
      "adaptive_long_table": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Handle long tables that run down most of a page with a layout suited to them."
      },
      "aggressive_table_extraction": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Look harder for tables, accepting some false positives."
      },
      "annotate_links": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Keep the document's hyperlinks as annotations in the output."
      },
      "auto_mode": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Let the parser switch individual pages to a stronger mode when they need it."
      },
      "auto_mode_configuration_json": {
        "type": [
          "string",
          "null"
        ],
        "description": "Auto-mode settings, given as a JSON-encoded string."
      },
      "auto_mode_trigger_on_image_in_page": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "In auto mode, upgrade a page when it contains an image."
      },
      "auto_mode_trigger_on_regexp_in_page": {
        "type": [
          "string",
          "null"
        ],
        "description": "In auto mode, upgrade a page when its text matches this regular expression."
      },
      "auto_mode_trigger_on_table_in_page": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "In auto mode, upgrade a page when it contains a table."
      },
      "auto_mode_trigger_on_text_in_page": {
        "type": [
          "string",
          "null"
        ],
        "description": "In auto mode, upgrade a page when its text contains this string."
      },
      "azure_openai_api_version": {
        "type": [
          "string",
          "null"
        ],
        "description": "API version to call your own Azure OpenAI deployment with."
      },
      "azure_openai_deployment_name": {
        "type": [
          "string",
          "null"
        ],
        "description": "Name of your own Azure OpenAI deployment."
      },
      "azure_openai_endpoint": {
        "type": [
          "string",
          "null"
        ],
        "description": "Endpoint URL of your own Azure OpenAI resource."
      },
      "azure_openai_key": {
        "type": [
          "string",
          "null"
        ],
        "description": "Key of your own Azure OpenAI resource."
      },
      "bbox_bottom": {
        "type": [
          "number",
          "null"
        ],
        "description": "Fraction of the page height, from the bottom edge, to leave out."
      },
      "bbox_left": {
        "type": [
          "number",
          "null"
        ],
        "description": "Fraction of the page width, from the left edge, to leave out."
      },
      "bbox_right": {
        "type": [
          "number",
          "null"
        ],
        "description": "Fraction of the page width, from the right edge, to leave out."
      },
      "bbox_top": {
        "type": [
          "number",
          "null"
        ],
        "description": "Fraction of the page height, from the top edge, to leave out."
      },
      "bounding_box": {
        "type": [
          "string",
          "null"
        ],
        "description": "Page margins to leave out, written as one comma-separated string."
      },
      "compact_markdown_table": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Write Markdown tables without alignment padding."
      },
      "complemental_formatting_instruction": {
        "type": [
          "string",
          "null"
        ],
        "description": "Formatting guidance added to the parser's built-in instructions."
      },
      "confidence_score_effort": {
        "type": [
          "string",
          "null"
        ],
        "description": "How much work to spend on confidence scores."
      },
      "content_guideline_instruction": {
        "type": [
          "string",
          "null"
        ],
        "description": "Guidance on which content to keep or leave out."
      },
      "continuous_mode": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Read consecutive pages as one flow, so content split by a page break is joined."
      },
      "custom_metadata": {
        "type": [
          "object",
          "null"
        ],
        "additionalProperties": true,
        "description": "Free-form metadata copied onto every resulting document."
      },
      "disable_image_extraction": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Do not pull images out of the document."
      },
      "disable_ocr": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Skip OCR and rely only on the text layer stored in the file."
      },
      "disable_reconstruction": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Skip rebuilding the document's structure (headings, lists, tables)."
      },
      "do_not_cache": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Keep this job's results out of the parse cache."
      },
      "do_not_unroll_columns": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Leave multi-column layouts as they are instead of reading one column after another."
      },
      "enable_cost_optimizer": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Send simple pages through cheaper processing."
      },
      "extract_charts": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Pull the data out of charts."
      },
      "extract_layout": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Also return where each element sits on the page."
      },
      "extract_printed_page_number": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Read the page number printed on each page."
      },
      "fast_mode": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Text extraction only, without OCR or reconstruction; quickest and cheapest."
      },
      "formatting_instruction": {
        "type": [
          "string",
          "null"
        ],
        "description": "Instructions on how the output should be formatted."
      },
      "gpt4o_api_key": {
        "type": [
          "string",
          "null"
        ],
        "description": "Your own OpenAI key, used when gpt4o_mode is on."
      },
      "gpt4o_mode": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Parse with GPT-4o (an older switch)."
      },
      "guess_xlsx_sheet_name": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Make up names for spreadsheet sheets that have none."
      },
      "hide_footers": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Leave page footers out of the output."
      },
      "hide_headers": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Leave page headers out of the output."
      },
      "high_res_ocr": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Run OCR on higher-resolution images; slower, more accurate."
      },
      "html_make_all_elements_visible": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "For HTML input, render elements that the page hides."
      },
      "html_remove_fixed_elements": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "For HTML input, drop fixed-position elements such as banners."
      },
      "html_remove_navigation_elements": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "For HTML input, drop navigation menus and bars."
      },
      "http_proxy": {
        "type": [
          "string",
          "null"
        ],
        "description": "Proxy URL used to download input_url."
      },
      "ignore_document_elements_for_layout_detection": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Detect layout from the rendered page only, ignoring the file's own element structure."
      },
      "images_to_save": {
        "type": [
          "array",
          "null"
        ],
        "items": {
          "type": "string",
          "enum": [
            "embedded",
            "layout",
            "screenshot"
          ]
        },
        "description": "Which kinds of image to keep."
      },
      "inline_images_in_markdown": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Put image references inline in the Markdown output."
      },
      "input_s3_path": {
        "type": [
          "string",
          "null"
        ],
        "description": "S3 location to read the input file from."
      },
      "input_s3_region": {
        "type": [
          "string",
          "null"
        ],
        "description": "AWS region of the input S3 bucket."
      },
      "input_url": {
        "type": [
          "string",
          "null"
        ],
        "description": "URL to download the input file from."
      },
      "internal_is_screenshot_job": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Service-internal flag marking a screenshot-only job."
      },
      "invalidate_cache": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Ignore any cached result and parse the file again."
      },
      "is_formatting_instruction": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Read parsing_instruction as formatting guidance."
      },
      "job_timeout_extra_time_per_page_in_seconds": {
        "type": [
          "number",
          "null"
        ],
        "description": "Seconds added to the job's time limit for every page."
      },
      "job_timeout_in_seconds": {
        "type": [
          "number",
          "null"
        ],
        "description": "Time limit for parsing one file, in seconds."
      },
      "keep_page_separator_when_merging_tables": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Keep the page separator inside a table that was joined across pages."
      },
      "lang": {
        "type": "string",
        "description": "Language code of the document's text."
      },
      "languages": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/ParsingLanguages"
        },
        "description": "Languages that appear in the document, used to pick OCR models."
      },
      "layout_aware": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Use layout-aware parsing."
      },
      "line_level_bounding_box": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Return a bounding box for every line of text."
      },
      "markdown_table_multiline_header_separator": {
        "type": [
          "string",
          "null"
        ],
        "description": "String used to join the lines of a table header that spans several rows."
      },
      "max_pages": {
        "type": [
          "integer",
          "null"
        ],
        "description": "Parse no more than this many pages of each file."
      },
      "max_pages_enforced": {
        "type": [
          "integer",
          "null"
        ],
        "description": "Page limit the service enforces on each file."
      },
      "merge_tables_across_pages_in_markdown": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Join a table continued on the next page into one Markdown table."
      },
      "model": {
        "type": [
          "string",
          "null"
        ],
        "description": "Model to parse with."
      },
      "outlined_table_extraction": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Detect tables from their drawn borders."
      },
      "output_pdf_of_document": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Also produce a PDF rendering of the document."
      },
      "output_s3_path_prefix": {
        "type": [
          "string",
          "null"
        ],
        "description": "s3:// URL prefix under which every output file is written."
      },
      "output_s3_region": {
        "type": [
          "string",
          "null"
        ],
        "description": "AWS region of the output S3 bucket."
      },
      "output_tables_as_HTML": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Write tables as HTML instead of Markdown."
      },
      "outputBucket": {
        "type": [
          "string",
          "null"
        ],
        "description": "Bucket the output is written to."
      },
      "page_error_tolerance": {
        "type": [
          "number",
          "null"
        ],
        "description": "How many page failures a file may have before its whole parse counts as failed."
      },
      "page_footer_prefix": {
        "type": [
          "string",
          "null"
        ],
        "description": "Text written before each page footer."
      },
      "page_footer_suffix": {
        "type": [
          "string",
          "null"
        ],
        "description": "Text written after each page footer."
      },
      "page_header_prefix": {
        "type": [
          "string",
          "null"
        ],
        "description": "Text written before each page header."
      },
      "page_header_suffix": {
        "type": [
          "string",
          "null"
        ],
        "description": "Text written after each page header."
      },
      "page_prefix": {
        "type": [
          "string",
          "null"
        ],
        "description": "Text written before each page."
      },
      "page_separator": {
        "type": [
          "string",
          "null"
        ],
        "description": "Text written between pages."
      },
      "page_suffix": {
        "type": [
          "string",
          "null"
        ],
        "description": "Text written after each page."
      },
      "parse_mode": {
        "anyOf": [
          {
            "$ref": "#/components/schemas/ParsingMode"
          },
          {
            "type": "null"
          }
        ],
        "description": "Parsing strategy; null lets the service choose."
      },
      "parsing_instruction": {
        "type": [
          "string",
          "null"
        ],
        "description": "Instructions to the parser, in plain language."
      },
      "pipeline_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Pipeline the parsed output is attached to."
      },
      "precise_bounding_box": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Compute tighter bounding boxes."
      },
      "premium_mode": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Use the most accurate (and most expensive) mode."
      },
      "presentation_out_of_bounds_content": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "For slide decks, keep content placed outside the visible slide."
      },
      "presentation_skip_embedded_data": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "For slide decks, skip data embedded in charts and objects."
      },
      "preserve_layout_alignment_across_pages": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Keep text alignment consistent from one page to the next."
      },
      "preserve_very_small_text": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Keep text even when it is very small."
      },
      "preset": {
        "type": [
          "string",
          "null"
        ],
        "description": "Name of a predefined group of parse settings."
      },
      "priority": {
        "type": [
          "string",
          "null"
        ],
        "enum": [
          "low",
          "medium",
          "high",
          "critical",
          null
        ],
        "description": "Requested scheduling priority; depending on the plan the service may ignore or change it."
      },
      "project_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Project the per-file parse jobs belong to."
      },
      "remove_hidden_text": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Drop text that is not visible on the page."
      },
      "replace_failed_page_mode": {
        "anyOf": [
          {
            "$ref": "#/components/schemas/FailPageMode"
          },
          {
            "type": "null"
          }
        ],
        "description": "What to output in place of a page that could not be parsed."
      },
      "replace_failed_page_with_error_message_prefix": {
        "type": [
          "string",
          "null"
        ],
        "description": "Text written before the error message that stands in for a failed page."
      },
      "replace_failed_page_with_error_message_suffix": {
        "type": [
          "string",
          "null"
        ],
        "description": "Text written after the error message that stands in for a failed page."
      },
      "resource_info": {
        "type": [
          "object",
          "null"
        ],
        "additionalProperties": true,
        "description": "Free-form information about the source file."
      },
      "save_images": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Keep the images found in the document."
      },
      "skip_diagonal_text": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Ignore text written at an angle."
      },
      "specialized_chart_parsing_agentic": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Parse charts with the agentic chart parser."
      },
      "specialized_chart_parsing_efficient": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Parse charts with the low-cost chart parser."
      },
      "specialized_chart_parsing_plus": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Parse charts with the higher-accuracy chart parser."
      },
      "specialized_image_parsing": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Give images a dedicated parsing pass."
      },
      "spreadsheet_extract_sub_tables": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Split a sheet into the separate tables it holds."
      },
      "spreadsheet_force_formula_computation": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Recompute formulas instead of trusting their stored values."
      },
      "spreadsheet_include_hidden_sheets": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Parse hidden sheets too."
      },
      "strict_mode_buggy_font": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Fail the page instead of guessing when a font cannot be decoded."
      },
      "strict_mode_image_extraction": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Fail the page when an image cannot be extracted."
      },
      "strict_mode_image_ocr": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Fail the page when OCR of an image fails."
      },
      "strict_mode_reconstruction": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Fail the page when its structure cannot be rebuilt."
      },
      "structured_output": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Return structured JSON instead of text."
      },
      "structured_output_json_schema": {
        "type": [
          "string",
          "null"
        ],
        "description": "JSON Schema, as a string, that structured output follows."
      },
      "structured_output_json_schema_name": {
        "type": [
          "string",
          "null"
        ],
        "description": "Name of a predefined schema that structured output follows."
      },
      "system_prompt": {
        "type": [
          "string",
          "null"
        ],
        "description": "System prompt that replaces the parser's own."
      },
      "system_prompt_append": {
        "type": [
          "string",
          "null"
        ],
        "description": "Text appended to the parser's system prompt."
      },
      "take_screenshot": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Save a screenshot of every page."
      },
      "target_pages": {
        "type": [
          "string",
          "null"
        ],
        "description": "Pages to parse, as a comma-separated list of page numbers."
      },
      "tier": {
        "type": [
          "string",
          "null"
        ],
        "description": "Parse tier to use."
      },
      "type": {
        "type": "string",
        "enum": [
          "parse"
        ],
        "description": "Kind of configuration; always parse here."
      },
      "use_vendor_multimodal_model": {
        "type": [
          "boolean",
          "null"
        ],
        "description": "Parse with a vendor's multimodal model."
      },
      "user_prompt": {
        "type": [
          "string",
          "null"
        ],
        "description": "Prompt sent to the model with every page."
      },
      "vendor_multimodal_api_key": {
        "type": [
          "string",
          "null"
        ],
        "description": "Your API key for the vendor's multimodal model."
      },
      "vendor_multimodal_model_name": {
        "type": [
          "string",
          "null"
        ],
        "description": "Which vendor multimodal model to use."
      },
      "version": {
        "type": [
          "string",
          "null"
        ],
        "description": "Parser version to run."
      },
      "webhook_configurations": {
        "type": [
          "array",
          "null"
        ],
        "items": {
          "$ref": "#/components/schemas/WebhookConfiguration"
        },
        "description": "Endpoints to notify when the per-file parse jobs change status."
      },
      "webhook_url": {
        "type": [
          "string",
          "null"
        ],
        "description": "URL called when each per-file parse job ends."
      }
    }
  },
  "WebhookConfiguration": {
    "type": "object",
    "title": "WebhookConfiguration",
    "description": "One endpoint that receives job status notifications.",
    "properties": {
      "webhook_events": {
        "type": [
          "array",
          "null"
        ],
        "description": "Events to deliver; null delivers every event",
        "items": {
          "$ref": "#/components/schemas/WebhookEvent"
        }
      },
      "webhook_headers": {
        "type": [
          "object",
          "null"
        ],
        "description": "Extra HTTP headers sent with every delivery, e.g. for authentication",
        "additionalProperties": {
          "type": "string"
        }
      },
      "webhook_output_format": {
        "type": [
          "string",
          "null"
        ],
        "description": "Body format of a delivery, string (the default) or json"
      },
      "webhook_signing_secret": {
        "type": [
          "string",
          "null"
        ],
        "description": "Secret used to sign each delivery: the LC-Signature header then carries\nsha256=<hex HMAC-SHA256 of the raw body>, which the receiver recomputes to check it.\n"
      },
      "webhook_url": {
        "type": [
          "string",
          "null"
        ],
        "description": "URL that receives the POSTed notifications"
      }
    }
  },
  "WebhookEvent": {
    "type": "string",
    "title": "WebhookEvent",
    "description": "A job status change that can be delivered to a webhook",
    "enum": [
      "classify.cancelled",
      "classify.error",
      "classify.partial_success",
      "classify.pending",
      "classify.running",
      "classify.success",
      "extract.cancelled",
      "extract.error",
      "extract.partial_success",
      "extract.pending",
      "extract.success",
      "parse.cancelled",
      "parse.error",
      "parse.partial_success",
      "parse.pending",
      "parse.running",
      "parse.success",
      "sheets.cancelled",
      "sheets.error",
      "sheets.partial_success",
      "sheets.pending",
      "sheets.success",
      "split.cancelled",
      "split.error",
      "split.pending",
      "split.processing",
      "split.success",
      "unmapped_event"
    ]
  },
  "ParsingLanguages": {
    "type": "string",
    "title": "ParsingLanguages",
    "description": "A language the parser can read, by its code",
    "enum": [
      "abq",
      "ady",
      "af",
      "ang",
      "ar",
      "as",
      "ava",
      "az",
      "be",
      "bg",
      "bgc",
      "bh",
      "bho",
      "bn",
      "bs",
      "ch_sim",
      "ch_tra",
      "che",
      "cs",
      "cy",
      "da",
      "dar",
      "de",
      "en",
      "es",
      "et",
      "fa",
      "fr",
      "ga",
      "gom",
      "hi",
      "hr",
      "hu",
      "id",
      "inh",
      "is",
      "it",
      "ja",
      "kbd",
      "kn",
      "ko",
      "ku",
      "la",
      "lbe",
      "lez",
      "lt",
      "lv",
      "mah",
      "mai",
      "mi",
      "mn",
      "mni",
      "mr",
      "ms",
      "mt",
      "ne",
      "new",
      "nl",
      "no",
      "oc",
      "pi",
      "pl",
      "pt",
      "ro",
      "rs_cyrillic",
      "rs_latin",
      "ru",
      "sa",
      "sck",
      "sk",
      "sl",
      "sq",
      "sv",
      "sw",
      "ta",
      "tab",
      "te",
      "th",
      "tjk",
      "tl",
      "tr",
      "ug",
      "uk",
      "ur",
      "uz",
      "vi"
    ]
  },
  "ParsingMode": {
    "type": "string",
    "title": "ParsingMode",
    "description": "Parsing strategy, per page or per document, and the kind of model used",
    "enum": [
      "parse_page_without_llm",
      "parse_page_with_llm",
      "parse_page_with_lvm",
      "parse_page_with_agent",
      "parse_page_with_layout_agent",
      "parse_document_with_llm",
      "parse_document_with_lvm",
      "parse_document_with_agent"
    ]
  },
  "FailPageMode": {
    "type": "string",
    "title": "FailPageMode",
    "description": "What replaces a page that could not be parsed",
    "enum": [
      "raw_text",
      "blank_page",
      "error_message"
    ]
  },
  "ClassifyJob": {
    "type": "object",
    "title": "ClassifyJob",
    "description": "A classify job, which sorts files into document types by rules.",
    "required": [
      "id",
      "project_id",
      "rules",
      "status",
      "user_id"
    ],
    "properties": {
      "id": {
        "type": "string",
        "description": "ID of the classify job"
      },
      "project_id": {
        "type": "string",
        "description": "Project the classify job belongs to"
      },
      "rules": {
        "type": "array",
        "description": "The document types to choose from, one rule each",
        "items": {
          "$ref": "#/components/schemas/ClassifierRule"
        }
      },
      "status": {
        "$ref": "#/components/schemas/ClassifyJobStatus",
        "description": "Where the classify job stands"
      },
      "user_id": {
        "type": "string",
        "description": "User who created the classify job"
      },
      "created_at": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "When the classify job was created"
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
        "description": "Error of the job's latest attempt, if it had one"
      },
      "job_record_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Job record this status belongs to, if any"
      },
      "mode": {
        "type": "string",
        "enum": [
          "FAST",
          "MULTIMODAL"
        ],
        "description": "FAST reads text only; MULTIMODAL also looks at page images"
      },
      "parsing_configuration": {
        "$ref": "#/components/schemas/ClassifyParsingConfiguration",
        "description": "How files are parsed before they are classified"
      },
      "updated_at": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "When the classify job last changed"
      }
    }
  },
  "ClassifierRule": {
    "type": "object",
    "title": "ClassifierRule",
    "description": "One document type and how to recognise it.",
    "required": [
      "description",
      "type"
    ],
    "properties": {
      "description": {
        "type": "string",
        "description": "What a document of this type contains, in plain language; the more specific, the better"
      },
      "type": {
        "type": "string",
        "description": "Document type assigned when the rule matches, e.g. invoice or contract"
      }
    }
  },
  "ClassifyParsingConfiguration": {
    "type": "object",
    "title": "ClassifyParsingConfiguration",
    "description": "Parse settings used before classifying.",
    "properties": {
      "lang": {
        "$ref": "#/components/schemas/ParsingLanguages",
        "description": "Language of the files"
      },
      "max_pages": {
        "type": [
          "integer",
          "null"
        ],
        "description": "Parse no more than this many pages"
      },
      "target_pages": {
        "type": [
          "array",
          "null"
        ],
        "description": "Page indexes to parse, counting from 0",
        "items": {
          "type": "integer",
          "minimum": 0
        }
      }
    }
  },
  "ClassifyJobStatus": {
    "type": "string",
    "title": "ClassifyJobStatus",
    "description": "Lifecycle state of a product job such as a classify job",
    "enum": [
      "PENDING",
      "SUCCESS",
      "PARTIAL_SUCCESS",
      "ERROR",
      "CANCELLED"
    ]
  },
  "BatchJobStatusResponse": {
    "type": "object",
    "title": "BatchJobStatusResponse",
    "description": "A batch job and how far along it is.",
    "required": [
      "job",
      "progress_percentage"
    ],
    "properties": {
      "job": {
        "$ref": "#/components/schemas/BatchJobResponse",
        "description": "The batch job"
      },
      "progress_percentage": {
        "type": "number",
        "minimum": 0,
        "maximum": 100,
        "description": "Share of the job's items processed so far, in percent"
      }
    }
  },
  "BatchJobCancelRequest": {
    "type": "object",
    "title": "BatchJobCancelRequest",
    "description": "Why a batch job is being cancelled.",
    "properties": {
      "reason": {
        "type": [
          "string",
          "null"
        ],
        "description": "Free-text reason for cancelling, kept with the job"
      }
    }
  },
  "BatchJobCancelResponse": {
    "type": "object",
    "title": "BatchJobCancelResponse",
    "description": "The outcome of cancelling a batch job.",
    "required": [
      "job_id",
      "message",
      "processed_items",
      "status"
    ],
    "properties": {
      "job_id": {
        "type": "string",
        "description": "ID of the job that was cancelled"
      },
      "message": {
        "type": "string",
        "description": "Human-readable confirmation"
      },
      "processed_items": {
        "type": "integer",
        "description": "How many items had been processed when the job was stopped"
      },
      "status": {
        "$ref": "#/components/schemas/BatchJobStatus",
        "description": "The job's status now, normally cancelled"
      }
    }
  },
  "BatchJobItemStatus": {
    "type": "string",
    "title": "BatchJobItemStatus",
    "description": "Processing state of one item of a batch job",
    "enum": [
      "pending",
      "processing",
      "completed",
      "failed",
      "skipped",
      "cancelled"
    ]
  },
  "BatchJobItem": {
    "type": "object",
    "title": "BatchJobItem",
    "x-llamacloud-table": [
      "item_name",
      "status",
      "error_message"
    ],
    "description": "One item (file) of a batch job and where its processing stands.",
    "required": [
      "item_id",
      "item_name",
      "status"
    ],
    "properties": {
      "item_id": {
        "type": "string",
        "description": "ID of the item"
      },
      "item_name": {
        "type": "string",
        "description": "Name of the item, usually its file name"
      },
      "status": {
        "$ref": "#/components/schemas/BatchJobItemStatus",
        "description": "Where processing of this item stands"
      },
      "completed_at": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "When processing of the item ended"
      },
      "effective_at": {
        "type": "string",
        "format": "date-time",
        "description": "Time from which the item's status is in effect"
      },
      "error_message": {
        "type": [
          "string",
          "null"
        ],
        "description": "Error of the latest attempt, if it had one"
      },
      "job_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "The parse, extract or classify job that processed the item; look its results up there"
      },
      "job_record_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Job record this status belongs to, if any"
      },
      "skip_reason": {
        "type": [
          "string",
          "null"
        ],
        "description": "Why the item was skipped, e.g. already_processed or size_limit_exceeded"
      },
      "started_at": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "When processing of the item began"
      }
    }
  },
  "BatchJobItemQueryResponse": {
    "type": "object",
    "title": "BatchJobItemQueryResponse",
    "description": "One page of a batch job's items.",
    "required": [
      "items"
    ],
    "properties": {
      "items": {
        "type": "array",
        "description": "The items on this page",
        "items": {
          "$ref": "#/components/schemas/BatchJobItem"
        }
      },
      "next_page_token": {
        "type": [
          "string",
          "null"
        ],
        "description": "Token for the following page; absent or null on the last page"
      },
      "total_size": {
        "type": [
          "integer",
          "null"
        ],
        "description": "Total number of matching items, when the service reports it (possibly an estimate)"
      }
    }
  },
  "ItemProcessingResults": {
    "type": "object",
    "title": "ItemProcessingResults",
    "description": "Everything that was done to one item.",
    "required": [
      "item_id",
      "item_name"
    ],
    "properties": {
      "item_id": {
        "type": "string",
        "description": "ID of the item"
      },
      "item_name": {
        "type": "string",
        "description": "Name of the item"
      },
      "processing_results": {
        "type": "array",
        "description": "One entry per time the item was processed",
        "items": {
          "$ref": "#/components/schemas/ProcessingResult"
        }
      }
    }
  },
  "ProcessingResult": {
    "type": "object",
    "title": "ProcessingResult",
    "description": "One processing of an item, with the configuration it used and where its output went.",
    "required": [
      "item_id",
      "job_config",
      "job_type",
      "output_s3_path",
      "parameters_hash",
      "processed_at",
      "result_id"
    ],
    "properties": {
      "item_id": {
        "type": "string",
        "description": "ID of the item that was processed"
      },
      "job_config": {
        "description": "The configuration the job ran with",
        "anyOf": [
          {
            "$ref": "#/components/schemas/BatchParseJobRecordCreate"
          },
          {
            "$ref": "#/components/schemas/ClassifyJob"
          }
        ]
      },
      "job_type": {
        "$ref": "#/components/schemas/BatchJobType",
        "description": "Kind of processing that ran"
      },
      "output_s3_path": {
        "type": "string",
        "description": "Where the output is stored"
      },
      "parameters_hash": {
        "type": "string",
        "description": "Hash of the job configuration, used to avoid processing an item twice the same way"
      },
      "processed_at": {
        "type": "string",
        "format": "date-time",
        "description": "When the processing took place"
      },
      "result_id": {
        "type": "string",
        "description": "ID of this result"
      },
      "output_metadata": {
        "description": "Metadata about the output; currently always empty, any JSON value in future"
      }
    }
  },
  "BatchStatus": {
    "type": "string",
    "title": "BatchStatus",
    "description": "Lifecycle state of a v2 batch; FAILED means the orchestration itself failed and per-file results are unreliable",
    "enum": [
      "PENDING",
      "RUNNING",
      "THROTTLED",
      "COMPLETED",
      "FAILED",
      "CANCELLED"
    ]
  },
  "ProductJobType": {
    "type": "string",
    "title": "ProductJobType",
    "description": "Product job a v2 batch runs for each file",
    "enum": [
      "parse_v2",
      "extract_v2"
    ]
  },
  "BatchProductJob": {
    "type": "object",
    "title": "BatchProductJob",
    "description": "The job to create for each file of the source directory.",
    "required": [
      "configuration_id",
      "type"
    ],
    "properties": {
      "configuration_id": {
        "type": "string",
        "description": "Saved product configuration, or built-in preset, of the matching job type"
      },
      "type": {
        "$ref": "#/components/schemas/ProductJobType",
        "description": "Product job to run for each file"
      }
    }
  },
  "BatchConfig": {
    "type": "object",
    "title": "BatchConfig",
    "description": "Settings of a v2 batch, fixed when it is created.",
    "required": [
      "job"
    ],
    "properties": {
      "job": {
        "$ref": "#/components/schemas/BatchProductJob",
        "description": "The job to create for each file"
      }
    }
  },
  "BatchCreateRequest": {
    "type": "object",
    "title": "BatchCreateRequest",
    "description": "A new v2 batch.",
    "required": [
      "config",
      "source_directory_id"
    ],
    "properties": {
      "config": {
        "$ref": "#/components/schemas/BatchConfig",
        "description": "Settings to apply to every file of the directory"
      },
      "source_directory_id": {
        "type": "string",
        "description": "Directory whose files are processed"
      }
    }
  },
  "JobReference": {
    "type": "object",
    "title": "JobReference",
    "description": "A product job that a batch created.",
    "required": [
      "id",
      "type"
    ],
    "properties": {
      "id": {
        "type": "string",
        "description": "ID of the job, e.g. a parse job ID"
      },
      "type": {
        "$ref": "#/components/schemas/ProductJobType",
        "description": "Kind of job"
      }
    }
  },
  "BatchResult": {
    "type": "object",
    "title": "BatchResult",
    "description": "What a batch did with one file of the source directory. Follow job_reference to the\nproduct job for its progress and output.\n",
    "required": [
      "source_directory_file_id"
    ],
    "properties": {
      "source_directory_file_id": {
        "type": "string",
        "description": "The directory file; the stable key for matching results to files"
      },
      "error_message": {
        "type": [
          "string",
          "null"
        ],
        "description": "Set when the batch could not create or link a job for the file"
      },
      "job_reference": {
        "description": "The job created for the file, if any",
        "anyOf": [
          {
            "$ref": "#/components/schemas/JobReference"
          },
          {
            "type": "null"
          }
        ]
      }
    }
  },
  "Batch": {
    "type": "object",
    "title": "Batch",
    "x-llamacloud-table": [
      "id",
      "status",
      "source_directory_id",
      "created_at"
    ],
    "description": "A v2 batch over a source directory.",
    "required": [
      "id",
      "config",
      "project_id",
      "source_directory_id",
      "status"
    ],
    "properties": {
      "id": {
        "type": "string",
        "description": "ID of the batch"
      },
      "config": {
        "$ref": "#/components/schemas/BatchConfig",
        "description": "Settings the batch was created with"
      },
      "project_id": {
        "type": "string",
        "description": "Project the batch belongs to"
      },
      "source_directory_id": {
        "type": "string",
        "description": "Directory the batch processes"
      },
      "status": {
        "$ref": "#/components/schemas/BatchStatus",
        "description": "Where the batch stands"
      },
      "created_at": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "When the batch was created"
      },
      "results": {
        "type": [
          "array",
          "null"
        ],
        "description": "Per-file outcomes; null unless asked for with expand=results, and while the batch runs",
        "items": {
          "$ref": "#/components/schemas/BatchResult"
        }
      },
      "updated_at": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "When the batch last changed"
      }
    }
  },
  "BatchQueryResponse": {
    "type": "object",
    "title": "BatchQueryResponse",
    "description": "One page of v2 batches.",
    "required": [
      "items"
    ],
    "properties": {
      "items": {
        "type": "array",
        "description": "The batches on this page",
        "items": {
          "$ref": "#/components/schemas/Batch"
        }
      },
      "next_page_token": {
        "type": [
          "string",
          "null"
        ],
        "description": "Send as page_token to get the following page; absent or null on the last page"
      },
      "total_size": {
        "type": [
          "integer",
          "null"
        ],
        "description": "Total number of matching batches, when the service reports it (possibly an estimate)"
      }
    }
  },
  "DirectoryType": {
    "type": "string",
    "title": "DirectoryType",
    "description": "What a directory is for: user (filled by uploads), index (behind an index) or ephemeral (cleaned up after a batch)",
    "enum": [
      "user",
      "index",
      "ephemeral"
    ]
  },
  "Directory": {
    "type": "object",
    "title": "Directory",
    "x-llamacloud-table": [
      "id",
      "name",
      "type",
      "created_at"
    ],
    "description": "A directory of files that batches process.",
    "required": [
      "id",
      "name",
      "project_id"
    ],
    "properties": {
      "id": {
        "type": "string",
        "description": "ID of the directory"
      },
      "name": {
        "type": "string",
        "description": "Name of the directory"
      },
      "project_id": {
        "type": "string",
        "description": "Project the directory belongs to"
      },
      "type": {
        "anyOf": [
          {
            "$ref": "#/components/schemas/DirectoryType"
          },
          {
            "type": "null"
          }
        ],
        "description": "What the directory is for"
      },
      "description": {
        "type": [
          "string",
          "null"
        ],
        "description": "Description shown to users"
      },
      "connector_subscription_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Connector subscription whose files sync into the directory; null when filled by uploads"
      },
      "system_metadata": {
        "type": [
          "object",
          "null"
        ],
        "description": "Metadata the service keeps",
        "additionalProperties": true
      },
      "created_at": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "When the directory was created"
      },
      "updated_at": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "When the directory last changed"
      },
      "expires_at": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "When the directory may be cleaned up"
      },
      "deleted_at": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "When the directory was deleted; null while it exists"
      }
    }
  },
  "DirectoryQueryResponse": {
    "type": "object",
    "title": "DirectoryQueryResponse",
    "description": "One page of directories.",
    "required": [
      "items"
    ],
    "properties": {
      "items": {
        "type": "array",
        "description": "The directories on this page",
        "items": {
          "$ref": "#/components/schemas/Directory"
        }
      },
      "next_page_token": {
        "type": [
          "string",
          "null"
        ],
        "description": "Send as page_token to get the following page; absent or null on the last page"
      },
      "total_size": {
        "type": [
          "integer",
          "null"
        ],
        "description": "Total number of matching directories, when the service reports it"
      }
    }
  },
  "DirectoryCreateRequest": {
    "type": "object",
    "title": "DirectoryCreateRequest",
    "description": "A new directory.",
    "required": [
      "name"
    ],
    "properties": {
      "name": {
        "type": "string",
        "minLength": 1,
        "description": "Name of the directory"
      },
      "description": {
        "type": [
          "string",
          "null"
        ],
        "description": "Description shown to users"
      },
      "type": {
        "type": "string",
        "enum": [
          "user",
          "ephemeral"
        ],
        "default": "user",
        "description": "user for a lasting directory, ephemeral for one cleaned up after its batch"
      },
      "connector_subscription_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Connector subscription whose files sync into the directory; leave out for uploads"
      }
    }
  },
  "DirectoryUpdateRequest": {
    "type": "object",
    "title": "DirectoryUpdateRequest",
    "description": "What to change on a directory; fields left out stay as they are.",
    "properties": {
      "name": {
        "type": [
          "string",
          "null"
        ],
        "description": "New name"
      },
      "description": {
        "type": [
          "string",
          "null"
        ],
        "description": "New description"
      }
    }
  },
  "DirectoryFileMetadata": {
    "type": "object",
    "title": "DirectoryFileMetadata",
    "description": "User metadata of a file, as key-value pairs",
    "additionalProperties": {
      "anyOf": [
        {
          "type": "string"
        },
        {
          "type": "number"
        },
        {
          "type": "boolean"
        },
        {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        {
          "type": "null"
        }
      ]
    }
  },
  "DirectoryFile": {
    "type": "object",
    "title": "DirectoryFile",
    "x-llamacloud-table": [
      "id",
      "display_name",
      "unique_id",
      "updated_at"
    ],
    "description": "A file in a directory.",
    "required": [
      "id",
      "directory_id",
      "display_name",
      "project_id",
      "unique_id"
    ],
    "properties": {
      "id": {
        "type": "string",
        "description": "ID of the directory file"
      },
      "directory_id": {
        "type": "string",
        "description": "Directory the file is in"
      },
      "display_name": {
        "type": "string",
        "description": "Name shown for the file"
      },
      "project_id": {
        "type": "string",
        "description": "Project the file belongs to"
      },
      "unique_id": {
        "type": "string",
        "description": "The file's unique ID within the directory"
      },
      "file_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "ID of the stored file"
      },
      "metadata": {
        "$ref": "#/components/schemas/DirectoryFileMetadata",
        "description": "Metadata from every source merged, higher-priority sources winning"
      },
      "download_url": {
        "anyOf": [
          {
            "$ref": "#/components/schemas/PresignedUrl"
          },
          {
            "type": "null"
          }
        ],
        "description": "A presigned URL to download the file, when asked for"
      },
      "created_at": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "When the file was added"
      },
      "updated_at": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "When the file last changed"
      },
      "deleted_at": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "When the file was removed; null while it is there"
      }
    }
  },
  "PresignedUrl": {
    "type": "object",
    "title": "PresignedUrl",
    "description": "A time-limited URL for a private file.",
    "required": [
      "url",
      "expires_at"
    ],
    "properties": {
      "url": {
        "type": "string",
        "description": "The URL"
      },
      "expires_at": {
        "type": "string",
        "format": "date-time",
        "description": "When the URL stops working"
      },
      "form_fields": {
        "type": [
          "object",
          "null"
        ],
        "description": "Form fields to send with a presigned POST",
        "additionalProperties": {
          "type": "string"
        }
      }
    }
  },
  "DirectoryFileQueryResponse": {
    "type": "object",
    "title": "DirectoryFileQueryResponse",
    "description": "One page of directory files.",
    "required": [
      "items"
    ],
    "properties": {
      "items": {
        "type": "array",
        "description": "The files on this page",
        "items": {
          "$ref": "#/components/schemas/DirectoryFile"
        }
      },
      "next_page_token": {
        "type": [
          "string",
          "null"
        ],
        "description": "Send as page_token to get the following page; absent or null on the last page"
      },
      "total_size": {
        "type": [
          "integer",
          "null"
        ],
        "description": "Total number of matching files, when the service reports it"
      }
    }
  },
  "DirectoryFileAddRequest": {
    "type": "object",
    "title": "DirectoryFileAddRequest",
    "description": "A stored file to add to a directory.",
    "required": [
      "file_id"
    ],
    "properties": {
      "file_id": {
        "type": "string",
        "description": "ID of the stored file"
      },
      "display_name": {
        "type": [
          "string",
          "null"
        ],
        "description": "Name shown for the file (default the file's name)"
      },
      "unique_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Unique ID within the directory (default the file's external ID or name)"
      },
      "metadata": {
        "anyOf": [
          {
            "$ref": "#/components/schemas/DirectoryFileMetadata"
          },
          {
            "type": "null"
          }
        ],
        "description": "User metadata for the file"
      }
    }
  },
  "DirectoryFileUpdateRequest": {
    "type": "object",
    "title": "DirectoryFileUpdateRequest",
    "description": "What to change on a directory file; fields left out stay as they are.",
    "properties": {
      "display_name": {
        "type": [
          "string",
          "null"
        ],
        "description": "New display name"
      },
      "unique_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "New unique ID"
      },
      "metadata": {
        "anyOf": [
          {
            "$ref": "#/components/schemas/DirectoryFileMetadata"
          },
          {
            "type": "null"
          }
        ],
        "description": "User metadata, replacing the user layer"
      },
      "target_directory_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Move the file to this directory"
      }
    }
  },
  "DirectoryFileUploadRequest": {
    "type": "object",
    "title": "DirectoryFileUploadRequest",
    "description": "A file to upload into a directory, with how to name it.",
    "required": [
      "upload_file"
    ],
    "properties": {
      "upload_file": {
        "type": "string",
        "contentMediaType": "application/octet-stream",
        "description": "The file's content"
      },
      "display_name": {
        "type": [
          "string",
          "null"
        ],
        "description": "Name shown for the file (default the uploaded file's name)"
      },
      "unique_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Unique ID within the directory (default the external ID or the file's name)"
      },
      "external_file_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "The file's ID in the system it comes from"
      },
      "metadata": {
        "type": [
          "string",
          "null"
        ],
        "description": "User metadata as a JSON object, in a string"
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
            "description": "Filter by job type (PARSE, EXTRACT, CLASSIFY)",
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
            "description": "Filter by job status (PENDING, RUNNING, COMPLETED, FAILED, CANCELLED)",
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
  },
  "beta.batch.create": {
    "type": "object",
    "properties": {
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
        "description": "Project to create the job in (defaults to the key's project)"
      },
      "temporal-namespace": {
        "type": "string",
        "description": "Workflow namespace that runs the job"
      },
      "job_config": {
        "description": "How to process each item, as a parse configuration or a classify job",
        "anyOf": [
          {
            "type": "object",
            "title": "BatchParseJobRecordCreate",
            "description": "A parse job template for a batch: the settings shared by every file. The service fills in\neach file's own details when it creates the per-file parse jobs.\n",
            "properties": {
              "correlation_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "ID that ties this job to related work in other services"
              },
              "job_name": {
                "type": "string",
                "enum": [
                  "parse_raw_file_job"
                ],
                "description": "Kind of job record; always parse_raw_file_job"
              },
              "parameters": {
                "description": "Parse settings applied to every file",
                "anyOf": [
                  {
                    "type": "object",
                    "title": "BatchParseJobConfig",
                    "description": "Parse settings shared by every file of a batch. File-specific fields (name, ID) are\nabsent: the service adds them per file.\n",
                    "properties": {
                      "adaptive_long_table": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Handle long tables that run down most of a page with a layout suited to them."
                      },
                      "aggressive_table_extraction": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Look harder for tables, accepting some false positives."
                      },
                      "annotate_links": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Keep the document's hyperlinks as annotations in the output."
                      },
                      "auto_mode": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Let the parser switch individual pages to a stronger mode when they need it."
                      },
                      "auto_mode_configuration_json": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Auto-mode settings, given as a JSON-encoded string."
                      },
                      "auto_mode_trigger_on_image_in_page": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "In auto mode, upgrade a page when it contains an image."
                      },
                      "auto_mode_trigger_on_regexp_in_page": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "In auto mode, upgrade a page when its text matches this regular expression."
                      },
                      "auto_mode_trigger_on_table_in_page": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "In auto mode, upgrade a page when it contains a table."
                      },
                      "auto_mode_trigger_on_text_in_page": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "In auto mode, upgrade a page when its text contains this string."
                      },
                      "azure_openai_api_version": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "API version to call your own Azure OpenAI deployment with."
                      },
                      "azure_openai_deployment_name": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Name of your own Azure OpenAI deployment."
                      },
                      "azure_openai_endpoint": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Endpoint URL of your own Azure OpenAI resource."
                      },
                      "azure_openai_key": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Key of your own Azure OpenAI resource."
                      },
                      "bbox_bottom": {
                        "type": [
                          "number",
                          "null"
                        ],
                        "description": "Fraction of the page height, from the bottom edge, to leave out."
                      },
                      "bbox_left": {
                        "type": [
                          "number",
                          "null"
                        ],
                        "description": "Fraction of the page width, from the left edge, to leave out."
                      },
                      "bbox_right": {
                        "type": [
                          "number",
                          "null"
                        ],
                        "description": "Fraction of the page width, from the right edge, to leave out."
                      },
                      "bbox_top": {
                        "type": [
                          "number",
                          "null"
                        ],
                        "description": "Fraction of the page height, from the top edge, to leave out."
                      },
                      "bounding_box": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Page margins to leave out, written as one comma-separated string."
                      },
                      "compact_markdown_table": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Write Markdown tables without alignment padding."
                      },
                      "complemental_formatting_instruction": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Formatting guidance added to the parser's built-in instructions."
                      },
                      "confidence_score_effort": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "How much work to spend on confidence scores."
                      },
                      "content_guideline_instruction": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Guidance on which content to keep or leave out."
                      },
                      "continuous_mode": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Read consecutive pages as one flow, so content split by a page break is joined."
                      },
                      "custom_metadata": {
                        "type": [
                          "object",
                          "null"
                        ],
                        "additionalProperties": true,
                        "description": "Free-form metadata copied onto every resulting document."
                      },
                      "disable_image_extraction": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Do not pull images out of the document."
                      },
                      "disable_ocr": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Skip OCR and rely only on the text layer stored in the file."
                      },
                      "disable_reconstruction": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Skip rebuilding the document's structure (headings, lists, tables)."
                      },
                      "do_not_cache": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Keep this job's results out of the parse cache."
                      },
                      "do_not_unroll_columns": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Leave multi-column layouts as they are instead of reading one column after another."
                      },
                      "enable_cost_optimizer": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Send simple pages through cheaper processing."
                      },
                      "extract_charts": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Pull the data out of charts."
                      },
                      "extract_layout": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Also return where each element sits on the page."
                      },
                      "extract_printed_page_number": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Read the page number printed on each page."
                      },
                      "fast_mode": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Text extraction only, without OCR or reconstruction; quickest and cheapest."
                      },
                      "formatting_instruction": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Instructions on how the output should be formatted."
                      },
                      "gpt4o_api_key": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Your own OpenAI key, used when gpt4o_mode is on."
                      },
                      "gpt4o_mode": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Parse with GPT-4o (an older switch)."
                      },
                      "guess_xlsx_sheet_name": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Make up names for spreadsheet sheets that have none."
                      },
                      "hide_footers": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Leave page footers out of the output."
                      },
                      "hide_headers": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Leave page headers out of the output."
                      },
                      "high_res_ocr": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Run OCR on higher-resolution images; slower, more accurate."
                      },
                      "html_make_all_elements_visible": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "For HTML input, render elements that the page hides."
                      },
                      "html_remove_fixed_elements": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "For HTML input, drop fixed-position elements such as banners."
                      },
                      "html_remove_navigation_elements": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "For HTML input, drop navigation menus and bars."
                      },
                      "http_proxy": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Proxy URL used to download input_url."
                      },
                      "ignore_document_elements_for_layout_detection": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Detect layout from the rendered page only, ignoring the file's own element structure."
                      },
                      "images_to_save": {
                        "type": [
                          "array",
                          "null"
                        ],
                        "items": {
                          "type": "string",
                          "enum": [
                            "embedded",
                            "layout",
                            "screenshot"
                          ]
                        },
                        "description": "Which kinds of image to keep."
                      },
                      "inline_images_in_markdown": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Put image references inline in the Markdown output."
                      },
                      "input_s3_path": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "S3 location to read the input file from."
                      },
                      "input_s3_region": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "AWS region of the input S3 bucket."
                      },
                      "input_url": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "URL to download the input file from."
                      },
                      "internal_is_screenshot_job": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Service-internal flag marking a screenshot-only job."
                      },
                      "invalidate_cache": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Ignore any cached result and parse the file again."
                      },
                      "is_formatting_instruction": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Read parsing_instruction as formatting guidance."
                      },
                      "job_timeout_extra_time_per_page_in_seconds": {
                        "type": [
                          "number",
                          "null"
                        ],
                        "description": "Seconds added to the job's time limit for every page."
                      },
                      "job_timeout_in_seconds": {
                        "type": [
                          "number",
                          "null"
                        ],
                        "description": "Time limit for parsing one file, in seconds."
                      },
                      "keep_page_separator_when_merging_tables": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Keep the page separator inside a table that was joined across pages."
                      },
                      "lang": {
                        "type": "string",
                        "description": "Language code of the document's text."
                      },
                      "languages": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "title": "ParsingLanguages",
                          "description": "A language the parser can read, by its code",
                          "enum": [
                            "abq",
                            "ady",
                            "af",
                            "ang",
                            "ar",
                            "as",
                            "ava",
                            "az",
                            "be",
                            "bg",
                            "bgc",
                            "bh",
                            "bho",
                            "bn",
                            "bs",
                            "ch_sim",
                            "ch_tra",
                            "che",
                            "cs",
                            "cy",
                            "da",
                            "dar",
                            "de",
                            "en",
                            "es",
                            "et",
                            "fa",
                            "fr",
                            "ga",
                            "gom",
                            "hi",
                            "hr",
                            "hu",
                            "id",
                            "inh",
                            "is",
                            "it",
                            "ja",
                            "kbd",
                            "kn",
                            "ko",
                            "ku",
                            "la",
                            "lbe",
                            "lez",
                            "lt",
                            "lv",
                            "mah",
                            "mai",
                            "mi",
                            "mn",
                            "mni",
                            "mr",
                            "ms",
                            "mt",
                            "ne",
                            "new",
                            "nl",
                            "no",
                            "oc",
                            "pi",
                            "pl",
                            "pt",
                            "ro",
                            "rs_cyrillic",
                            "rs_latin",
                            "ru",
                            "sa",
                            "sck",
                            "sk",
                            "sl",
                            "sq",
                            "sv",
                            "sw",
                            "ta",
                            "tab",
                            "te",
                            "th",
                            "tjk",
                            "tl",
                            "tr",
                            "ug",
                            "uk",
                            "ur",
                            "uz",
                            "vi"
                          ]
                        },
                        "description": "Languages that appear in the document, used to pick OCR models."
                      },
                      "layout_aware": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Use layout-aware parsing."
                      },
                      "line_level_bounding_box": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Return a bounding box for every line of text."
                      },
                      "markdown_table_multiline_header_separator": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "String used to join the lines of a table header that spans several rows."
                      },
                      "max_pages": {
                        "type": [
                          "integer",
                          "null"
                        ],
                        "description": "Parse no more than this many pages of each file."
                      },
                      "max_pages_enforced": {
                        "type": [
                          "integer",
                          "null"
                        ],
                        "description": "Page limit the service enforces on each file."
                      },
                      "merge_tables_across_pages_in_markdown": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Join a table continued on the next page into one Markdown table."
                      },
                      "model": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Model to parse with."
                      },
                      "outlined_table_extraction": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Detect tables from their drawn borders."
                      },
                      "output_pdf_of_document": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Also produce a PDF rendering of the document."
                      },
                      "output_s3_path_prefix": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "s3:// URL prefix under which every output file is written."
                      },
                      "output_s3_region": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "AWS region of the output S3 bucket."
                      },
                      "output_tables_as_HTML": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Write tables as HTML instead of Markdown."
                      },
                      "outputBucket": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Bucket the output is written to."
                      },
                      "page_error_tolerance": {
                        "type": [
                          "number",
                          "null"
                        ],
                        "description": "How many page failures a file may have before its whole parse counts as failed."
                      },
                      "page_footer_prefix": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Text written before each page footer."
                      },
                      "page_footer_suffix": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Text written after each page footer."
                      },
                      "page_header_prefix": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Text written before each page header."
                      },
                      "page_header_suffix": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Text written after each page header."
                      },
                      "page_prefix": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Text written before each page."
                      },
                      "page_separator": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Text written between pages."
                      },
                      "page_suffix": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Text written after each page."
                      },
                      "parse_mode": {
                        "anyOf": [
                          {
                            "type": "string",
                            "title": "ParsingMode",
                            "description": "Parsing strategy, per page or per document, and the kind of model used",
                            "enum": [
                              "parse_page_without_llm",
                              "parse_page_with_llm",
                              "parse_page_with_lvm",
                              "parse_page_with_agent",
                              "parse_page_with_layout_agent",
                              "parse_document_with_llm",
                              "parse_document_with_lvm",
                              "parse_document_with_agent"
                            ]
                          },
                          {
                            "type": "null"
                          }
                        ],
                        "description": "Parsing strategy; null lets the service choose."
                      },
                      "parsing_instruction": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Instructions to the parser, in plain language."
                      },
                      "pipeline_id": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Pipeline the parsed output is attached to."
                      },
                      "precise_bounding_box": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Compute tighter bounding boxes."
                      },
                      "premium_mode": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Use the most accurate (and most expensive) mode."
                      },
                      "presentation_out_of_bounds_content": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "For slide decks, keep content placed outside the visible slide."
                      },
                      "presentation_skip_embedded_data": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "For slide decks, skip data embedded in charts and objects."
                      },
                      "preserve_layout_alignment_across_pages": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Keep text alignment consistent from one page to the next."
                      },
                      "preserve_very_small_text": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Keep text even when it is very small."
                      },
                      "preset": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Name of a predefined group of parse settings."
                      },
                      "priority": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "enum": [
                          "low",
                          "medium",
                          "high",
                          "critical",
                          null
                        ],
                        "description": "Requested scheduling priority; depending on the plan the service may ignore or change it."
                      },
                      "project_id": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Project the per-file parse jobs belong to."
                      },
                      "remove_hidden_text": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Drop text that is not visible on the page."
                      },
                      "replace_failed_page_mode": {
                        "anyOf": [
                          {
                            "type": "string",
                            "title": "FailPageMode",
                            "description": "What replaces a page that could not be parsed",
                            "enum": [
                              "raw_text",
                              "blank_page",
                              "error_message"
                            ]
                          },
                          {
                            "type": "null"
                          }
                        ],
                        "description": "What to output in place of a page that could not be parsed."
                      },
                      "replace_failed_page_with_error_message_prefix": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Text written before the error message that stands in for a failed page."
                      },
                      "replace_failed_page_with_error_message_suffix": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Text written after the error message that stands in for a failed page."
                      },
                      "resource_info": {
                        "type": [
                          "object",
                          "null"
                        ],
                        "additionalProperties": true,
                        "description": "Free-form information about the source file."
                      },
                      "save_images": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Keep the images found in the document."
                      },
                      "skip_diagonal_text": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Ignore text written at an angle."
                      },
                      "specialized_chart_parsing_agentic": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Parse charts with the agentic chart parser."
                      },
                      "specialized_chart_parsing_efficient": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Parse charts with the low-cost chart parser."
                      },
                      "specialized_chart_parsing_plus": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Parse charts with the higher-accuracy chart parser."
                      },
                      "specialized_image_parsing": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Give images a dedicated parsing pass."
                      },
                      "spreadsheet_extract_sub_tables": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Split a sheet into the separate tables it holds."
                      },
                      "spreadsheet_force_formula_computation": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Recompute formulas instead of trusting their stored values."
                      },
                      "spreadsheet_include_hidden_sheets": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Parse hidden sheets too."
                      },
                      "strict_mode_buggy_font": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Fail the page instead of guessing when a font cannot be decoded."
                      },
                      "strict_mode_image_extraction": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Fail the page when an image cannot be extracted."
                      },
                      "strict_mode_image_ocr": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Fail the page when OCR of an image fails."
                      },
                      "strict_mode_reconstruction": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Fail the page when its structure cannot be rebuilt."
                      },
                      "structured_output": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Return structured JSON instead of text."
                      },
                      "structured_output_json_schema": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "JSON Schema, as a string, that structured output follows."
                      },
                      "structured_output_json_schema_name": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Name of a predefined schema that structured output follows."
                      },
                      "system_prompt": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "System prompt that replaces the parser's own."
                      },
                      "system_prompt_append": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Text appended to the parser's system prompt."
                      },
                      "take_screenshot": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Save a screenshot of every page."
                      },
                      "target_pages": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Pages to parse, as a comma-separated list of page numbers."
                      },
                      "tier": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Parse tier to use."
                      },
                      "type": {
                        "type": "string",
                        "enum": [
                          "parse"
                        ],
                        "description": "Kind of configuration; always parse here."
                      },
                      "use_vendor_multimodal_model": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Parse with a vendor's multimodal model."
                      },
                      "user_prompt": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Prompt sent to the model with every page."
                      },
                      "vendor_multimodal_api_key": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Your API key for the vendor's multimodal model."
                      },
                      "vendor_multimodal_model_name": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Which vendor multimodal model to use."
                      },
                      "version": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Parser version to run."
                      },
                      "webhook_configurations": {
                        "type": [
                          "array",
                          "null"
                        ],
                        "items": {
                          "type": "object",
                          "title": "WebhookConfiguration",
                          "description": "One endpoint that receives job status notifications.",
                          "properties": {
                            "webhook_events": {
                              "type": [
                                "array",
                                "null"
                              ],
                              "description": "Events to deliver; null delivers every event",
                              "items": {
                                "type": "string",
                                "title": "WebhookEvent",
                                "description": "A job status change that can be delivered to a webhook",
                                "enum": [
                                  "classify.cancelled",
                                  "classify.error",
                                  "classify.partial_success",
                                  "classify.pending",
                                  "classify.running",
                                  "classify.success",
                                  "extract.cancelled",
                                  "extract.error",
                                  "extract.partial_success",
                                  "extract.pending",
                                  "extract.success",
                                  "parse.cancelled",
                                  "parse.error",
                                  "parse.partial_success",
                                  "parse.pending",
                                  "parse.running",
                                  "parse.success",
                                  "sheets.cancelled",
                                  "sheets.error",
                                  "sheets.partial_success",
                                  "sheets.pending",
                                  "sheets.success",
                                  "split.cancelled",
                                  "split.error",
                                  "split.pending",
                                  "split.processing",
                                  "split.success",
                                  "unmapped_event"
                                ]
                              }
                            },
                            "webhook_headers": {
                              "type": [
                                "object",
                                "null"
                              ],
                              "description": "Extra HTTP headers sent with every delivery, e.g. for authentication",
                              "additionalProperties": {
                                "type": "string"
                              }
                            },
                            "webhook_output_format": {
                              "type": [
                                "string",
                                "null"
                              ],
                              "description": "Body format of a delivery, string (the default) or json"
                            },
                            "webhook_signing_secret": {
                              "type": [
                                "string",
                                "null"
                              ],
                              "description": "Secret used to sign each delivery: the LC-Signature header then carries\nsha256=<hex HMAC-SHA256 of the raw body>, which the receiver recomputes to check it.\n"
                            },
                            "webhook_url": {
                              "type": [
                                "string",
                                "null"
                              ],
                              "description": "URL that receives the POSTed notifications"
                            }
                          }
                        },
                        "description": "Endpoints to notify when the per-file parse jobs change status."
                      },
                      "webhook_url": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "URL called when each per-file parse job ends."
                      }
                    }
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "parent_job_execution_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Execution of the job this one was started from, when nested"
              },
              "partitions": {
                "type": "object",
                "description": "Partition keys and values that decide where the job's output is stored",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "project_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Project the job belongs to"
              },
              "session_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "ID of the request that started the job, for tracing"
              },
              "user_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "User who started the job"
              },
              "webhook_url": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "URL called when the parse job ends"
              }
            }
          },
          {
            "type": "object",
            "title": "ClassifyJob",
            "description": "A classify job, which sorts files into document types by rules.",
            "required": [
              "id",
              "project_id",
              "rules",
              "status",
              "user_id"
            ],
            "properties": {
              "id": {
                "type": "string",
                "description": "ID of the classify job"
              },
              "project_id": {
                "type": "string",
                "description": "Project the classify job belongs to"
              },
              "rules": {
                "type": "array",
                "description": "The document types to choose from, one rule each",
                "items": {
                  "type": "object",
                  "title": "ClassifierRule",
                  "description": "One document type and how to recognise it.",
                  "required": [
                    "description",
                    "type"
                  ],
                  "properties": {
                    "description": {
                      "type": "string",
                      "description": "What a document of this type contains, in plain language; the more specific, the better"
                    },
                    "type": {
                      "type": "string",
                      "description": "Document type assigned when the rule matches, e.g. invoice or contract"
                    }
                  }
                }
              },
              "status": {
                "type": "string",
                "title": "ClassifyJobStatus",
                "description": "Where the classify job stands",
                "enum": [
                  "PENDING",
                  "SUCCESS",
                  "PARTIAL_SUCCESS",
                  "ERROR",
                  "CANCELLED"
                ]
              },
              "user_id": {
                "type": "string",
                "description": "User who created the classify job"
              },
              "created_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time",
                "description": "When the classify job was created"
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
                "description": "Error of the job's latest attempt, if it had one"
              },
              "job_record_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Job record this status belongs to, if any"
              },
              "mode": {
                "type": "string",
                "enum": [
                  "FAST",
                  "MULTIMODAL"
                ],
                "description": "FAST reads text only; MULTIMODAL also looks at page images"
              },
              "parsing_configuration": {
                "type": "object",
                "title": "ClassifyParsingConfiguration",
                "description": "How files are parsed before they are classified",
                "properties": {
                  "lang": {
                    "type": "string",
                    "title": "ParsingLanguages",
                    "description": "Language of the files",
                    "enum": [
                      "abq",
                      "ady",
                      "af",
                      "ang",
                      "ar",
                      "as",
                      "ava",
                      "az",
                      "be",
                      "bg",
                      "bgc",
                      "bh",
                      "bho",
                      "bn",
                      "bs",
                      "ch_sim",
                      "ch_tra",
                      "che",
                      "cs",
                      "cy",
                      "da",
                      "dar",
                      "de",
                      "en",
                      "es",
                      "et",
                      "fa",
                      "fr",
                      "ga",
                      "gom",
                      "hi",
                      "hr",
                      "hu",
                      "id",
                      "inh",
                      "is",
                      "it",
                      "ja",
                      "kbd",
                      "kn",
                      "ko",
                      "ku",
                      "la",
                      "lbe",
                      "lez",
                      "lt",
                      "lv",
                      "mah",
                      "mai",
                      "mi",
                      "mn",
                      "mni",
                      "mr",
                      "ms",
                      "mt",
                      "ne",
                      "new",
                      "nl",
                      "no",
                      "oc",
                      "pi",
                      "pl",
                      "pt",
                      "ro",
                      "rs_cyrillic",
                      "rs_latin",
                      "ru",
                      "sa",
                      "sck",
                      "sk",
                      "sl",
                      "sq",
                      "sv",
                      "sw",
                      "ta",
                      "tab",
                      "te",
                      "th",
                      "tjk",
                      "tl",
                      "tr",
                      "ug",
                      "uk",
                      "ur",
                      "uz",
                      "vi"
                    ]
                  },
                  "max_pages": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "description": "Parse no more than this many pages"
                  },
                  "target_pages": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "description": "Page indexes to parse, counting from 0",
                    "items": {
                      "type": "integer",
                      "minimum": 0
                    }
                  }
                }
              },
              "updated_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time",
                "description": "When the classify job last changed"
              }
            }
          }
        ]
      },
      "continue_as_new_threshold": {
        "type": [
          "integer",
          "null"
        ],
        "description": "In directory mode, how many files one execution cycle handles before the workflow starts afresh (page_size when unset)"
      },
      "directory_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Directory whose files are all processed"
      },
      "item_ids": {
        "type": [
          "array",
          "null"
        ],
        "description": "The items to process, instead of a whole directory",
        "items": {
          "type": "string"
        }
      },
      "page_size": {
        "type": "integer",
        "description": "In directory mode, how many files are fetched and processed per batch"
      }
    },
    "required": [
      "job_config"
    ],
    "additionalProperties": false
  },
  "beta.batch.getStatus": {
    "type": "object",
    "properties": {
      "job_id": {
        "type": "string",
        "description": "ID of the batch job"
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
        "description": "Project the job belongs to (defaults to the key's project)"
      }
    },
    "required": [
      "job_id"
    ],
    "additionalProperties": false
  },
  "beta.batch.cancel": {
    "type": "object",
    "properties": {
      "job_id": {
        "type": "string",
        "description": "ID of the batch job to cancel"
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
        "description": "Project the job belongs to (defaults to the key's project)"
      },
      "temporal-namespace": {
        "type": "string",
        "description": "Workflow namespace that runs the job"
      },
      "reason": {
        "type": [
          "string",
          "null"
        ],
        "description": "Free-text reason for cancelling, kept with the job"
      }
    },
    "required": [
      "job_id"
    ],
    "additionalProperties": false
  },
  "beta.batch.jobItems.list": {
    "type": "object",
    "properties": {
      "job_id": {
        "type": "string",
        "description": "ID of the batch job whose items to list"
      },
      "status": {
        "anyOf": [
          {
            "type": "string",
            "title": "BatchJobItemStatus",
            "description": "Only items in this processing status",
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
            "type": "null"
          }
        ],
        "description": "Only items in this processing status"
      },
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 1000,
        "default": 50,
        "description": "Largest number of items to return (the same paging parameters as the jobs list)"
      },
      "offset": {
        "type": "integer",
        "minimum": 0,
        "default": 0,
        "description": "Number of items to skip before the first one returned"
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
        "description": "Project the job belongs to (defaults to the key's project)"
      }
    },
    "required": [
      "job_id"
    ],
    "additionalProperties": false
  },
  "beta.batch.jobItems.getProcessingResults": {
    "type": "object",
    "properties": {
      "item_id": {
        "type": "string",
        "description": "ID of the item (directory file)"
      },
      "job_type": {
        "anyOf": [
          {
            "type": "string",
            "title": "BatchJobType",
            "description": "Only results of this job type",
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
        "description": "Only results of this job type"
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
        "description": "Project the item belongs to (defaults to the key's project)"
      }
    },
    "required": [
      "item_id"
    ],
    "additionalProperties": false
  },
  "batches.list": {
    "type": "object",
    "properties": {
      "page_token": {
        "type": "string",
        "description": "The next_page_token of the previous page, to fetch the page after it"
      },
      "page_size": {
        "type": "integer",
        "description": "Largest number of batches to return"
      },
      "status": {
        "anyOf": [
          {
            "type": "string",
            "title": "BatchStatus",
            "description": "Only batches in this status",
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
            "type": "null"
          }
        ],
        "description": "Only batches in this status"
      },
      "source_directory_id": {
        "anyOf": [
          {
            "type": "string"
          },
          {
            "type": "null"
          }
        ],
        "description": "Only batches over this source directory"
      },
      "created_at_on_or_after": {
        "anyOf": [
          {
            "type": "string",
            "format": "date-time"
          },
          {
            "type": "null"
          }
        ],
        "description": "Only batches created at or after this time"
      },
      "created_at_on_or_before": {
        "anyOf": [
          {
            "type": "string",
            "format": "date-time"
          },
          {
            "type": "null"
          }
        ],
        "description": "Only batches created at or before this time"
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
        "description": "Project to list batches from (defaults to the key's project)"
      }
    },
    "additionalProperties": false
  },
  "batches.create": {
    "type": "object",
    "properties": {
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
        "description": "Project to create the batch in (defaults to the key's project)"
      },
      "config": {
        "type": "object",
        "title": "BatchConfig",
        "description": "Settings to apply to every file of the directory",
        "required": [
          "job"
        ],
        "properties": {
          "job": {
            "type": "object",
            "title": "BatchProductJob",
            "description": "The job to create for each file",
            "required": [
              "configuration_id",
              "type"
            ],
            "properties": {
              "configuration_id": {
                "type": "string",
                "description": "Saved product configuration, or built-in preset, of the matching job type"
              },
              "type": {
                "type": "string",
                "title": "ProductJobType",
                "description": "Product job to run for each file",
                "enum": [
                  "parse_v2",
                  "extract_v2"
                ]
              }
            }
          }
        }
      },
      "source_directory_id": {
        "type": "string",
        "description": "Directory whose files are processed"
      }
    },
    "required": [
      "config",
      "source_directory_id"
    ],
    "additionalProperties": false
  },
  "batches.get": {
    "type": "object",
    "properties": {
      "batch_id": {
        "type": "string",
        "description": "ID of the batch"
      },
      "expand": {
        "type": "array",
        "items": {
          "type": "string",
          "enum": [
            "results"
          ]
        },
        "description": "Extra fields to include in the answer; results is the only one"
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
        "description": "Project the batch belongs to (defaults to the key's project)"
      }
    },
    "required": [
      "batch_id"
    ],
    "additionalProperties": false
  },
  "batches.cancel": {
    "type": "object",
    "properties": {
      "batch_id": {
        "type": "string",
        "description": "ID of the batch to cancel"
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
        "description": "Project to work in (defaults to the key's project)"
      }
    },
    "required": [
      "batch_id"
    ],
    "additionalProperties": false
  },
  "beta.directories.list": {
    "type": "object",
    "properties": {
      "page_token": {
        "type": "string",
        "description": "The next_page_token of the previous page, to fetch the page after it"
      },
      "page_size": {
        "type": "integer",
        "minimum": 1,
        "maximum": 1000,
        "description": "Largest number of entries to return"
      },
      "name": {
        "anyOf": [
          {
            "type": "string"
          },
          {
            "type": "null"
          }
        ],
        "description": "Only the directory with this name"
      },
      "type": {
        "anyOf": [
          {
            "type": "string",
            "title": "DirectoryType",
            "description": "Only directories of this type",
            "enum": [
              "user",
              "index",
              "ephemeral"
            ]
          },
          {
            "type": "null"
          }
        ],
        "description": "Only directories of this type"
      },
      "include_deleted": {
        "type": "boolean",
        "default": false,
        "description": "Also list deleted directories"
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
        "description": "Project to work in (defaults to the key's project)"
      }
    },
    "additionalProperties": false
  },
  "beta.directories.create": {
    "type": "object",
    "properties": {
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
        "description": "Project to work in (defaults to the key's project)"
      },
      "name": {
        "type": "string",
        "minLength": 1,
        "description": "Name of the directory"
      },
      "description": {
        "type": [
          "string",
          "null"
        ],
        "description": "Description shown to users"
      },
      "type": {
        "type": "string",
        "enum": [
          "user",
          "ephemeral"
        ],
        "default": "user",
        "description": "user for a lasting directory, ephemeral for one cleaned up after its batch"
      },
      "connector_subscription_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Connector subscription whose files sync into the directory; leave out for uploads"
      }
    },
    "required": [
      "name"
    ],
    "additionalProperties": false
  },
  "beta.directories.get": {
    "type": "object",
    "properties": {
      "directory_id": {
        "type": "string",
        "description": "ID of the directory"
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
        "description": "Project to work in (defaults to the key's project)"
      }
    },
    "required": [
      "directory_id"
    ],
    "additionalProperties": false
  },
  "beta.directories.delete": {
    "type": "object",
    "properties": {
      "directory_id": {
        "type": "string",
        "description": "ID of the directory"
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
        "description": "Project to work in (defaults to the key's project)"
      }
    },
    "required": [
      "directory_id"
    ],
    "additionalProperties": false
  },
  "beta.directories.update": {
    "type": "object",
    "properties": {
      "directory_id": {
        "type": "string",
        "description": "ID of the directory"
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
        "description": "Project to work in (defaults to the key's project)"
      },
      "name": {
        "type": [
          "string",
          "null"
        ],
        "description": "New name"
      },
      "description": {
        "type": [
          "string",
          "null"
        ],
        "description": "New description"
      }
    },
    "required": [
      "directory_id"
    ],
    "additionalProperties": false
  },
  "beta.directories.files.list": {
    "type": "object",
    "properties": {
      "directory_id": {
        "type": "string",
        "description": "ID of the directory"
      },
      "page_token": {
        "type": "string",
        "description": "The next_page_token of the previous page, to fetch the page after it"
      },
      "page_size": {
        "type": "integer",
        "minimum": 1,
        "maximum": 1000,
        "description": "Largest number of entries to return"
      },
      "display_name": {
        "anyOf": [
          {
            "type": "string"
          },
          {
            "type": "null"
          }
        ],
        "description": "Only files with this display name"
      },
      "display_name_contains": {
        "anyOf": [
          {
            "type": "string"
          },
          {
            "type": "null"
          }
        ],
        "description": "Only files whose display name contains this text"
      },
      "unique_id": {
        "anyOf": [
          {
            "type": "string"
          },
          {
            "type": "null"
          }
        ],
        "description": "Only the file with this unique ID"
      },
      "file_id": {
        "anyOf": [
          {
            "type": "string"
          },
          {
            "type": "null"
          }
        ],
        "description": "Only entries for this stored file"
      },
      "include_deleted": {
        "type": "boolean",
        "default": false,
        "description": "Also list deleted files"
      },
      "updated_at_on_or_after": {
        "anyOf": [
          {
            "type": "string",
            "format": "date-time"
          },
          {
            "type": "null"
          }
        ],
        "description": "Only files updated at or after this time"
      },
      "updated_at_on_or_before": {
        "anyOf": [
          {
            "type": "string",
            "format": "date-time"
          },
          {
            "type": "null"
          }
        ],
        "description": "Only files updated at or before this time"
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
        "description": "Project to work in (defaults to the key's project)"
      }
    },
    "required": [
      "directory_id"
    ],
    "additionalProperties": false
  },
  "beta.directories.files.add": {
    "type": "object",
    "properties": {
      "directory_id": {
        "type": "string",
        "description": "ID of the directory"
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
        "description": "Project to work in (defaults to the key's project)"
      },
      "file_id": {
        "type": "string",
        "description": "ID of the stored file"
      },
      "display_name": {
        "type": [
          "string",
          "null"
        ],
        "description": "Name shown for the file (default the file's name)"
      },
      "unique_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Unique ID within the directory (default the file's external ID or name)"
      },
      "metadata": {
        "anyOf": [
          {
            "type": "object",
            "title": "DirectoryFileMetadata",
            "description": "User metadata of a file, as key-value pairs",
            "additionalProperties": {
              "anyOf": [
                {
                  "type": "string"
                },
                {
                  "type": "number"
                },
                {
                  "type": "boolean"
                },
                {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                {
                  "type": "null"
                }
              ]
            }
          },
          {
            "type": "null"
          }
        ],
        "description": "User metadata for the file"
      }
    },
    "required": [
      "directory_id",
      "file_id"
    ],
    "additionalProperties": false
  },
  "beta.directories.files.upload": {
    "type": "object",
    "properties": {
      "directory_id": {
        "type": "string",
        "description": "ID of the directory"
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
        "description": "Project to work in (defaults to the key's project)"
      },
      "upload_file": {
        "type": "string",
        "contentMediaType": "application/octet-stream",
        "description": "The file's content"
      },
      "display_name": {
        "type": [
          "string",
          "null"
        ],
        "description": "Name shown for the file (default the uploaded file's name)"
      },
      "unique_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Unique ID within the directory (default the external ID or the file's name)"
      },
      "external_file_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "The file's ID in the system it comes from"
      },
      "metadata": {
        "type": [
          "string",
          "null"
        ],
        "description": "User metadata as a JSON object, in a string"
      }
    },
    "required": [
      "directory_id",
      "upload_file"
    ],
    "additionalProperties": false
  },
  "beta.directories.files.get": {
    "type": "object",
    "properties": {
      "directory_id": {
        "type": "string",
        "description": "ID of the directory"
      },
      "directory_file_id": {
        "type": "string",
        "description": "ID of the directory file (not its unique_id)"
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
        "description": "Project to work in (defaults to the key's project)"
      }
    },
    "required": [
      "directory_id",
      "directory_file_id"
    ],
    "additionalProperties": false
  },
  "beta.directories.files.delete": {
    "type": "object",
    "properties": {
      "directory_id": {
        "type": "string",
        "description": "ID of the directory"
      },
      "directory_file_id": {
        "type": "string",
        "description": "ID of the directory file (not its unique_id)"
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
        "description": "Project to work in (defaults to the key's project)"
      }
    },
    "required": [
      "directory_id",
      "directory_file_id"
    ],
    "additionalProperties": false
  },
  "beta.directories.files.update": {
    "type": "object",
    "properties": {
      "directory_id": {
        "type": "string",
        "description": "ID of the directory"
      },
      "directory_file_id": {
        "type": "string",
        "description": "ID of the directory file (not its unique_id)"
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
        "description": "Project to work in (defaults to the key's project)"
      },
      "display_name": {
        "type": [
          "string",
          "null"
        ],
        "description": "New display name"
      },
      "unique_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "New unique ID"
      },
      "metadata": {
        "anyOf": [
          {
            "type": "object",
            "title": "DirectoryFileMetadata",
            "description": "User metadata of a file, as key-value pairs",
            "additionalProperties": {
              "anyOf": [
                {
                  "type": "string"
                },
                {
                  "type": "number"
                },
                {
                  "type": "boolean"
                },
                {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                {
                  "type": "null"
                }
              ]
            }
          },
          {
            "type": "null"
          }
        ],
        "description": "User metadata, replacing the user layer"
      },
      "target_directory_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Move the file to this directory"
      }
    },
    "required": [
      "directory_id",
      "directory_file_id"
    ],
    "additionalProperties": false
  }
} as const;
