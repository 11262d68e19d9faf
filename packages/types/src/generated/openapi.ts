/**
 * generated — do not edit.
 * Source: spec/openapi.yaml. Regenerate with `pnpm generate`; CI fails when this file is stale.
 */
/* biome-ignore-all lint: generated code */
export interface paths {
    "/api/v1/beta/batch-processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Batch Jobs
         * @description List batch processing jobs with optional filtering.
         *
         *     Filter by directory_id, job_type, or status. Results are paginated with configurable limit and offset.
         */
        get: operations["list_batch_jobs_api_v1_beta_batch_processing_get"];
        put?: never;
        /**
         * Create Batch Job
         * @description Start a batch job over a whole directory (`directory_id`) or over chosen items (`item_ids`).
         *
         *     The job runs in the background; follow its progress with the status endpoint.
         */
        post: operations["create_batch_job_api_v1_beta_batch_processing_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beta/batch-processing/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Batch Job Status
         * @description One batch job with its item counters, timestamps and how far along it is, in percent.
         */
        get: operations["get_batch_job_status_api_v1_beta_batch_processing_job_id_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beta/batch-processing/{job_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Batch Job
         * @description Stop a batch job: items not started yet are marked cancelled, items already being
         *     processed may still finish. Cancelling a job twice has the same effect as once.
         */
        post: operations["cancel_batch_job_api_v1_beta_batch_processing_job_id_cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beta/batch-processing/{job_id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Batch Job Items
         * @description The items (files) of one batch job, optionally only those in one status, e.g. to find
         *     the ones that failed. Paged with limit and offset.
         */
        get: operations["list_batch_job_items_api_v1_beta_batch_processing_job_id_items_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beta/batch-processing/items/{item_id}/processing-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Item Processing Results
         * @description Every time an item was processed: which kind of job ran, with which configuration, and
         *     where its output was written. Optionally only results of one job type.
         */
        get: operations["get_item_processing_results_api_v1_beta_batch_processing_items_item_id_processing_results_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Batches
         * @description The project's batches, optionally filtered by status, source directory or creation time; paged with an opaque page token.
         */
        get: operations["list_batches_api_v2_batches_get"];
        put?: never;
        /**
         * Create Batch
         * @description Start a batch that runs one product job per file of a source directory; it runs in the background.
         */
        post: operations["create_batch_api_v2_batches_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/batches/{batch_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Batch
         * @description One batch. Ask for `expand=results` to also get which job was created for each file;
         *     without it, and while the batch is still running, `results` is null.
         */
        get: operations["get_batch_api_v2_batches_batch_id_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/batches/{batch_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Batch
         * @description Stop a running batch. Answers at once; the batch reaches CANCELLED once processing stops, and
         *     files that already finished keep their results. A batch in a terminal status cannot be cancelled.
         */
        post: operations["cancel_batch_api_v2_batches_batch_id_cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beta/directories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Directories
         * @description The project's directories, optionally filtered by name or type; paged with an opaque page token.
         */
        get: operations["list_directories_api_v1_beta_directories_get"];
        put?: never;
        /**
         * Create Directory
         * @description Create a directory in the project. Batches process the files of a directory; use type ephemeral for one that is cleaned up after the batch.
         */
        post: operations["create_directory_api_v1_beta_directories_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beta/directories/{directory_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Directory
         * @description One directory.
         */
        get: operations["get_directory_api_v1_beta_directories_directory_id_get"];
        put?: never;
        post?: never;
        /**
         * Delete Directory
         * @description Delete a directory and its file entries, for good.
         */
        delete: operations["delete_directory_api_v1_beta_directories_directory_id_delete"];
        options?: never;
        head?: never;
        /**
         * Update Directory
         * @description Rename a directory or change its description.
         */
        patch: operations["update_directory_api_v1_beta_directories_directory_id_patch"];
        trace?: never;
    };
    "/api/v1/beta/directories/{directory_id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Directory Files
         * @description The files of a directory, optionally filtered; paged with an opaque page token.
         */
        get: operations["list_directory_files_api_v1_beta_directories_directory_id_files_get"];
        put?: never;
        /**
         * Add Directory File
         * @description Add a file that is already stored (by its file_id) to a directory.
         */
        post: operations["add_directory_file_api_v1_beta_directories_directory_id_files_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beta/directories/{directory_id}/files/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload Directory File
         * @description Upload a file and add it to the directory in one call. Its unique_id and display_name
         *     default to values from the file (its name) when not given.
         */
        post: operations["upload_directory_file_api_v1_beta_directories_directory_id_files_upload_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beta/directories/{directory_id}/files/{directory_file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Directory File
         * @description One file of a directory, by its directory_file_id (to find one by unique_id, list with that filter).
         */
        get: operations["get_directory_file_api_v1_beta_directories_directory_id_files_directory_file_id_get"];
        put?: never;
        post?: never;
        /**
         * Delete Directory File
         * @description Remove a file from a directory.
         */
        delete: operations["delete_directory_file_api_v1_beta_directories_directory_id_files_directory_file_id_delete"];
        options?: never;
        head?: never;
        /**
         * Update Directory File
         * @description Change a directory file's display name, unique ID or metadata, or move it to another directory (target_directory_id).
         */
        patch: operations["update_directory_file_api_v1_beta_directories_directory_id_files_directory_file_id_patch"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * BatchJobType
         * @description Type of processing operation
         * @enum {string}
         */
        BatchJobType: "parse" | "extract" | "classify";
        /**
         * BatchJobStatus
         * @description Lifecycle state of a batch job
         * @enum {string}
         */
        BatchJobStatus: "pending" | "running" | "dispatched" | "completed" | "failed" | "cancelled";
        /**
         * BatchJobResponse
         * @description A batch processing job.
         */
        BatchJobResponse: {
            /** @description Unique identifier for the batch job */
            id: string;
            /** @description Type of processing operation (parse or classify) */
            job_type: components["schemas"]["BatchJobType"];
            /** @description Project this job belongs to */
            project_id: string;
            /** @description Current job status */
            status: components["schemas"]["BatchJobStatus"];
            /** @description Total number of items in the job */
            total_items: number;
            /**
             * Format: date-time
             * @description Timestamp when job completed
             */
            completed_at?: string | null;
            /**
             * Format: date-time
             * @description Creation datetime
             */
            created_at?: string | null;
            /** @description Directory being processed */
            directory_id?: string | null;
            /**
             * Format: date-time
             * @description Time from which the job's status is in effect
             */
            effective_at?: string;
            /** @description Error message for the latest job attempt, if any. */
            error_message?: string | null;
            /**
             * @description Number of items that failed processing
             * @default 0
             */
            failed_items?: number;
            /** @description The job record ID associated with this status, if any. */
            job_record_id?: string | null;
            /**
             * @description Number of items processed so far
             * @default 0
             */
            processed_items?: number;
            /**
             * @description Number of items skipped (already processed or size limit)
             * @default 0
             */
            skipped_items?: number;
            /**
             * Format: date-time
             * @description Timestamp when job processing started
             */
            started_at?: string | null;
            /**
             * Format: date-time
             * @description Update datetime
             */
            updated_at?: string | null;
            /** @description Async job tracking ID */
            workflow_id?: string | null;
        };
        /**
         * BatchJobQueryResponse
         * @description Response schema for paginated batch job queries.
         */
        BatchJobQueryResponse: {
            /** @description The list of items. */
            items: components["schemas"]["BatchJobResponse"][];
            /** @description A token, which can be sent as page_token to retrieve the next page. If this field is omitted, there are no subsequent pages. */
            next_page_token?: string | null;
            /** @description The total number of items available. This is only populated when specifically requested. The value may be an estimate and can be used for display purposes only. */
            total_size?: number | null;
        };
        /**
         * ValidationError
         * @description One problem with the request, as FastAPI reports it.
         */
        ValidationError: {
            /**
             * Location
             * @description Where the problem is, e.g. ["query", "limit"]
             */
            loc: (string | number)[];
            /**
             * Message
             * @description What is wrong, in words
             */
            msg: string;
            /**
             * Error Type
             * @description Machine-readable kind of problem
             */
            type: string;
        };
        /**
         * HTTPValidationError
         * @description The request did not validate.
         */
        HTTPValidationError: {
            /**
             * Detail
             * @description Every problem found
             */
            detail?: components["schemas"]["ValidationError"][];
        };
        /**
         * ErrorResponse
         * @description An error the service answers with a single message.
         */
        ErrorResponse: {
            /** @description What went wrong */
            detail: string;
        };
        /**
         * BatchJobCreateRequest
         * @description What a new batch job processes, and how. Give either directory_id or item_ids.
         */
        BatchJobCreateRequest: {
            /** @description How to process each item, as a parse configuration or a classify job */
            job_config: components["schemas"]["BatchParseJobRecordCreate"] | components["schemas"]["ClassifyJob"];
            /** @description In directory mode, how many files one execution cycle handles before the workflow starts afresh (page_size when unset) */
            continue_as_new_threshold?: number | null;
            /** @description Directory whose files are all processed */
            directory_id?: string | null;
            /** @description The items to process, instead of a whole directory */
            item_ids?: string[] | null;
            /** @description In directory mode, how many files are fetched and processed per batch */
            page_size?: number;
        };
        /**
         * BatchParseJobRecordCreate
         * @description A parse job template for a batch: the settings shared by every file. The service fills in
         *     each file's own details when it creates the per-file parse jobs.
         */
        BatchParseJobRecordCreate: {
            /** @description ID that ties this job to related work in other services */
            correlation_id?: string | null;
            /**
             * @description Kind of job record; always parse_raw_file_job
             * @enum {string}
             */
            job_name?: "parse_raw_file_job";
            /** @description Parse settings applied to every file */
            parameters?: components["schemas"]["BatchParseJobConfig"] | null;
            /** @description Execution of the job this one was started from, when nested */
            parent_job_execution_id?: string | null;
            /** @description Partition keys and values that decide where the job's output is stored */
            partitions?: {
                [key: string]: string;
            };
            /** @description Project the job belongs to */
            project_id?: string | null;
            /** @description ID of the request that started the job, for tracing */
            session_id?: string | null;
            /** @description User who started the job */
            user_id?: string | null;
            /** @description URL called when the parse job ends */
            webhook_url?: string | null;
        };
        /**
         * BatchParseJobConfig
         * @description Parse settings shared by every file of a batch. File-specific fields (name, ID) are
         *     absent: the service adds them per file.
         */
        BatchParseJobConfig: {
            /** @description Handle long tables that run down most of a page with a layout suited to them. */
            adaptive_long_table?: boolean | null;
            /** @description Look harder for tables, accepting some false positives. */
            aggressive_table_extraction?: boolean | null;
            /** @description Keep the document's hyperlinks as annotations in the output. */
            annotate_links?: boolean | null;
            /** @description Let the parser switch individual pages to a stronger mode when they need it. */
            auto_mode?: boolean | null;
            /** @description Auto-mode settings, given as a JSON-encoded string. */
            auto_mode_configuration_json?: string | null;
            /** @description In auto mode, upgrade a page when it contains an image. */
            auto_mode_trigger_on_image_in_page?: boolean | null;
            /** @description In auto mode, upgrade a page when its text matches this regular expression. */
            auto_mode_trigger_on_regexp_in_page?: string | null;
            /** @description In auto mode, upgrade a page when it contains a table. */
            auto_mode_trigger_on_table_in_page?: boolean | null;
            /** @description In auto mode, upgrade a page when its text contains this string. */
            auto_mode_trigger_on_text_in_page?: string | null;
            /** @description API version to call your own Azure OpenAI deployment with. */
            azure_openai_api_version?: string | null;
            /** @description Name of your own Azure OpenAI deployment. */
            azure_openai_deployment_name?: string | null;
            /** @description Endpoint URL of your own Azure OpenAI resource. */
            azure_openai_endpoint?: string | null;
            /** @description Key of your own Azure OpenAI resource. */
            azure_openai_key?: string | null;
            /** @description Fraction of the page height, from the bottom edge, to leave out. */
            bbox_bottom?: number | null;
            /** @description Fraction of the page width, from the left edge, to leave out. */
            bbox_left?: number | null;
            /** @description Fraction of the page width, from the right edge, to leave out. */
            bbox_right?: number | null;
            /** @description Fraction of the page height, from the top edge, to leave out. */
            bbox_top?: number | null;
            /** @description Page margins to leave out, written as one comma-separated string. */
            bounding_box?: string | null;
            /** @description Write Markdown tables without alignment padding. */
            compact_markdown_table?: boolean | null;
            /** @description Formatting guidance added to the parser's built-in instructions. */
            complemental_formatting_instruction?: string | null;
            /** @description How much work to spend on confidence scores. */
            confidence_score_effort?: string | null;
            /** @description Guidance on which content to keep or leave out. */
            content_guideline_instruction?: string | null;
            /** @description Read consecutive pages as one flow, so content split by a page break is joined. */
            continuous_mode?: boolean | null;
            /** @description Free-form metadata copied onto every resulting document. */
            custom_metadata?: {
                [key: string]: unknown;
            } | null;
            /** @description Do not pull images out of the document. */
            disable_image_extraction?: boolean | null;
            /** @description Skip OCR and rely only on the text layer stored in the file. */
            disable_ocr?: boolean | null;
            /** @description Skip rebuilding the document's structure (headings, lists, tables). */
            disable_reconstruction?: boolean | null;
            /** @description Keep this job's results out of the parse cache. */
            do_not_cache?: boolean | null;
            /** @description Leave multi-column layouts as they are instead of reading one column after another. */
            do_not_unroll_columns?: boolean | null;
            /** @description Send simple pages through cheaper processing. */
            enable_cost_optimizer?: boolean | null;
            /** @description Pull the data out of charts. */
            extract_charts?: boolean | null;
            /** @description Also return where each element sits on the page. */
            extract_layout?: boolean | null;
            /** @description Read the page number printed on each page. */
            extract_printed_page_number?: boolean | null;
            /** @description Text extraction only, without OCR or reconstruction; quickest and cheapest. */
            fast_mode?: boolean | null;
            /** @description Instructions on how the output should be formatted. */
            formatting_instruction?: string | null;
            /** @description Your own OpenAI key, used when gpt4o_mode is on. */
            gpt4o_api_key?: string | null;
            /** @description Parse with GPT-4o (an older switch). */
            gpt4o_mode?: boolean | null;
            /** @description Make up names for spreadsheet sheets that have none. */
            guess_xlsx_sheet_name?: boolean | null;
            /** @description Leave page footers out of the output. */
            hide_footers?: boolean | null;
            /** @description Leave page headers out of the output. */
            hide_headers?: boolean | null;
            /** @description Run OCR on higher-resolution images; slower, more accurate. */
            high_res_ocr?: boolean | null;
            /** @description For HTML input, render elements that the page hides. */
            html_make_all_elements_visible?: boolean | null;
            /** @description For HTML input, drop fixed-position elements such as banners. */
            html_remove_fixed_elements?: boolean | null;
            /** @description For HTML input, drop navigation menus and bars. */
            html_remove_navigation_elements?: boolean | null;
            /** @description Proxy URL used to download input_url. */
            http_proxy?: string | null;
            /** @description Detect layout from the rendered page only, ignoring the file's own element structure. */
            ignore_document_elements_for_layout_detection?: boolean | null;
            /** @description Which kinds of image to keep. */
            images_to_save?: ("embedded" | "layout" | "screenshot")[] | null;
            /** @description Put image references inline in the Markdown output. */
            inline_images_in_markdown?: boolean | null;
            /** @description S3 location to read the input file from. */
            input_s3_path?: string | null;
            /** @description AWS region of the input S3 bucket. */
            input_s3_region?: string | null;
            /** @description URL to download the input file from. */
            input_url?: string | null;
            /** @description Service-internal flag marking a screenshot-only job. */
            internal_is_screenshot_job?: boolean | null;
            /** @description Ignore any cached result and parse the file again. */
            invalidate_cache?: boolean | null;
            /** @description Read parsing_instruction as formatting guidance. */
            is_formatting_instruction?: boolean | null;
            /** @description Seconds added to the job's time limit for every page. */
            job_timeout_extra_time_per_page_in_seconds?: number | null;
            /** @description Time limit for parsing one file, in seconds. */
            job_timeout_in_seconds?: number | null;
            /** @description Keep the page separator inside a table that was joined across pages. */
            keep_page_separator_when_merging_tables?: boolean | null;
            /** @description Language code of the document's text. */
            lang?: string;
            /** @description Languages that appear in the document, used to pick OCR models. */
            languages?: components["schemas"]["ParsingLanguages"][];
            /** @description Use layout-aware parsing. */
            layout_aware?: boolean | null;
            /** @description Return a bounding box for every line of text. */
            line_level_bounding_box?: boolean | null;
            /** @description String used to join the lines of a table header that spans several rows. */
            markdown_table_multiline_header_separator?: string | null;
            /** @description Parse no more than this many pages of each file. */
            max_pages?: number | null;
            /** @description Page limit the service enforces on each file. */
            max_pages_enforced?: number | null;
            /** @description Join a table continued on the next page into one Markdown table. */
            merge_tables_across_pages_in_markdown?: boolean | null;
            /** @description Model to parse with. */
            model?: string | null;
            /** @description Detect tables from their drawn borders. */
            outlined_table_extraction?: boolean | null;
            /** @description Also produce a PDF rendering of the document. */
            output_pdf_of_document?: boolean | null;
            /** @description s3:// URL prefix under which every output file is written. */
            output_s3_path_prefix?: string | null;
            /** @description AWS region of the output S3 bucket. */
            output_s3_region?: string | null;
            /** @description Write tables as HTML instead of Markdown. */
            output_tables_as_HTML?: boolean | null;
            /** @description Bucket the output is written to. */
            outputBucket?: string | null;
            /** @description How many page failures a file may have before its whole parse counts as failed. */
            page_error_tolerance?: number | null;
            /** @description Text written before each page footer. */
            page_footer_prefix?: string | null;
            /** @description Text written after each page footer. */
            page_footer_suffix?: string | null;
            /** @description Text written before each page header. */
            page_header_prefix?: string | null;
            /** @description Text written after each page header. */
            page_header_suffix?: string | null;
            /** @description Text written before each page. */
            page_prefix?: string | null;
            /** @description Text written between pages. */
            page_separator?: string | null;
            /** @description Text written after each page. */
            page_suffix?: string | null;
            /** @description Parsing strategy; null lets the service choose. */
            parse_mode?: components["schemas"]["ParsingMode"] | null;
            /** @description Instructions to the parser, in plain language. */
            parsing_instruction?: string | null;
            /** @description Pipeline the parsed output is attached to. */
            pipeline_id?: string | null;
            /** @description Compute tighter bounding boxes. */
            precise_bounding_box?: boolean | null;
            /** @description Use the most accurate (and most expensive) mode. */
            premium_mode?: boolean | null;
            /** @description For slide decks, keep content placed outside the visible slide. */
            presentation_out_of_bounds_content?: boolean | null;
            /** @description For slide decks, skip data embedded in charts and objects. */
            presentation_skip_embedded_data?: boolean | null;
            /** @description Keep text alignment consistent from one page to the next. */
            preserve_layout_alignment_across_pages?: boolean | null;
            /** @description Keep text even when it is very small. */
            preserve_very_small_text?: boolean | null;
            /** @description Name of a predefined group of parse settings. */
            preset?: string | null;
            /**
             * @description Requested scheduling priority; depending on the plan the service may ignore or change it.
             * @enum {string|null}
             */
            priority?: "low" | "medium" | "high" | "critical" | null;
            /** @description Project the per-file parse jobs belong to. */
            project_id?: string | null;
            /** @description Drop text that is not visible on the page. */
            remove_hidden_text?: boolean | null;
            /** @description What to output in place of a page that could not be parsed. */
            replace_failed_page_mode?: components["schemas"]["FailPageMode"] | null;
            /** @description Text written before the error message that stands in for a failed page. */
            replace_failed_page_with_error_message_prefix?: string | null;
            /** @description Text written after the error message that stands in for a failed page. */
            replace_failed_page_with_error_message_suffix?: string | null;
            /** @description Free-form information about the source file. */
            resource_info?: {
                [key: string]: unknown;
            } | null;
            /** @description Keep the images found in the document. */
            save_images?: boolean | null;
            /** @description Ignore text written at an angle. */
            skip_diagonal_text?: boolean | null;
            /** @description Parse charts with the agentic chart parser. */
            specialized_chart_parsing_agentic?: boolean | null;
            /** @description Parse charts with the low-cost chart parser. */
            specialized_chart_parsing_efficient?: boolean | null;
            /** @description Parse charts with the higher-accuracy chart parser. */
            specialized_chart_parsing_plus?: boolean | null;
            /** @description Give images a dedicated parsing pass. */
            specialized_image_parsing?: boolean | null;
            /** @description Split a sheet into the separate tables it holds. */
            spreadsheet_extract_sub_tables?: boolean | null;
            /** @description Recompute formulas instead of trusting their stored values. */
            spreadsheet_force_formula_computation?: boolean | null;
            /** @description Parse hidden sheets too. */
            spreadsheet_include_hidden_sheets?: boolean | null;
            /** @description Fail the page instead of guessing when a font cannot be decoded. */
            strict_mode_buggy_font?: boolean | null;
            /** @description Fail the page when an image cannot be extracted. */
            strict_mode_image_extraction?: boolean | null;
            /** @description Fail the page when OCR of an image fails. */
            strict_mode_image_ocr?: boolean | null;
            /** @description Fail the page when its structure cannot be rebuilt. */
            strict_mode_reconstruction?: boolean | null;
            /** @description Return structured JSON instead of text. */
            structured_output?: boolean | null;
            /** @description JSON Schema, as a string, that structured output follows. */
            structured_output_json_schema?: string | null;
            /** @description Name of a predefined schema that structured output follows. */
            structured_output_json_schema_name?: string | null;
            /** @description System prompt that replaces the parser's own. */
            system_prompt?: string | null;
            /** @description Text appended to the parser's system prompt. */
            system_prompt_append?: string | null;
            /** @description Save a screenshot of every page. */
            take_screenshot?: boolean | null;
            /** @description Pages to parse, as a comma-separated list of page numbers. */
            target_pages?: string | null;
            /** @description Parse tier to use. */
            tier?: string | null;
            /**
             * @description Kind of configuration; always parse here.
             * @enum {string}
             */
            type?: "parse";
            /** @description Parse with a vendor's multimodal model. */
            use_vendor_multimodal_model?: boolean | null;
            /** @description Prompt sent to the model with every page. */
            user_prompt?: string | null;
            /** @description Your API key for the vendor's multimodal model. */
            vendor_multimodal_api_key?: string | null;
            /** @description Which vendor multimodal model to use. */
            vendor_multimodal_model_name?: string | null;
            /** @description Parser version to run. */
            version?: string | null;
            /** @description Endpoints to notify when the per-file parse jobs change status. */
            webhook_configurations?: components["schemas"]["WebhookConfiguration"][] | null;
            /** @description URL called when each per-file parse job ends. */
            webhook_url?: string | null;
        };
        /**
         * WebhookConfiguration
         * @description One endpoint that receives job status notifications.
         */
        WebhookConfiguration: {
            /** @description Events to deliver; null delivers every event */
            webhook_events?: components["schemas"]["WebhookEvent"][] | null;
            /** @description Extra HTTP headers sent with every delivery, e.g. for authentication */
            webhook_headers?: {
                [key: string]: string;
            } | null;
            /** @description Body format of a delivery, string (the default) or json */
            webhook_output_format?: string | null;
            /**
             * @description Secret used to sign each delivery: the LC-Signature header then carries
             *     sha256=<hex HMAC-SHA256 of the raw body>, which the receiver recomputes to check it.
             */
            webhook_signing_secret?: string | null;
            /** @description URL that receives the POSTed notifications */
            webhook_url?: string | null;
        };
        /**
         * WebhookEvent
         * @description A job status change that can be delivered to a webhook
         * @enum {string}
         */
        WebhookEvent: "classify.cancelled" | "classify.error" | "classify.partial_success" | "classify.pending" | "classify.running" | "classify.success" | "extract.cancelled" | "extract.error" | "extract.partial_success" | "extract.pending" | "extract.success" | "parse.cancelled" | "parse.error" | "parse.partial_success" | "parse.pending" | "parse.running" | "parse.success" | "sheets.cancelled" | "sheets.error" | "sheets.partial_success" | "sheets.pending" | "sheets.success" | "split.cancelled" | "split.error" | "split.pending" | "split.processing" | "split.success" | "unmapped_event";
        /**
         * ParsingLanguages
         * @description A language the parser can read, by its code
         * @enum {string}
         */
        ParsingLanguages: "abq" | "ady" | "af" | "ang" | "ar" | "as" | "ava" | "az" | "be" | "bg" | "bgc" | "bh" | "bho" | "bn" | "bs" | "ch_sim" | "ch_tra" | "che" | "cs" | "cy" | "da" | "dar" | "de" | "en" | "es" | "et" | "fa" | "fr" | "ga" | "gom" | "hi" | "hr" | "hu" | "id" | "inh" | "is" | "it" | "ja" | "kbd" | "kn" | "ko" | "ku" | "la" | "lbe" | "lez" | "lt" | "lv" | "mah" | "mai" | "mi" | "mn" | "mni" | "mr" | "ms" | "mt" | "ne" | "new" | "nl" | "no" | "oc" | "pi" | "pl" | "pt" | "ro" | "rs_cyrillic" | "rs_latin" | "ru" | "sa" | "sck" | "sk" | "sl" | "sq" | "sv" | "sw" | "ta" | "tab" | "te" | "th" | "tjk" | "tl" | "tr" | "ug" | "uk" | "ur" | "uz" | "vi";
        /**
         * ParsingMode
         * @description Parsing strategy, per page or per document, and the kind of model used
         * @enum {string}
         */
        ParsingMode: "parse_page_without_llm" | "parse_page_with_llm" | "parse_page_with_lvm" | "parse_page_with_agent" | "parse_page_with_layout_agent" | "parse_document_with_llm" | "parse_document_with_lvm" | "parse_document_with_agent";
        /**
         * FailPageMode
         * @description What replaces a page that could not be parsed
         * @enum {string}
         */
        FailPageMode: "raw_text" | "blank_page" | "error_message";
        /**
         * ClassifyJob
         * @description A classify job, which sorts files into document types by rules.
         */
        ClassifyJob: {
            /** @description ID of the classify job */
            id: string;
            /** @description Project the classify job belongs to */
            project_id: string;
            /** @description The document types to choose from, one rule each */
            rules: components["schemas"]["ClassifierRule"][];
            /** @description Where the classify job stands */
            status: components["schemas"]["ClassifyJobStatus"];
            /** @description User who created the classify job */
            user_id: string;
            /**
             * Format: date-time
             * @description When the classify job was created
             */
            created_at?: string | null;
            /**
             * Format: date-time
             * @description Time from which the job's status is in effect
             */
            effective_at?: string;
            /** @description Error of the job's latest attempt, if it had one */
            error_message?: string | null;
            /** @description Job record this status belongs to, if any */
            job_record_id?: string | null;
            /**
             * @description FAST reads text only; MULTIMODAL also looks at page images
             * @enum {string}
             */
            mode?: "FAST" | "MULTIMODAL";
            /** @description How files are parsed before they are classified */
            parsing_configuration?: components["schemas"]["ClassifyParsingConfiguration"];
            /**
             * Format: date-time
             * @description When the classify job last changed
             */
            updated_at?: string | null;
        };
        /**
         * ClassifierRule
         * @description One document type and how to recognise it.
         */
        ClassifierRule: {
            /** @description What a document of this type contains, in plain language; the more specific, the better */
            description: string;
            /** @description Document type assigned when the rule matches, e.g. invoice or contract */
            type: string;
        };
        /**
         * ClassifyParsingConfiguration
         * @description Parse settings used before classifying.
         */
        ClassifyParsingConfiguration: {
            /** @description Language of the files */
            lang?: components["schemas"]["ParsingLanguages"];
            /** @description Parse no more than this many pages */
            max_pages?: number | null;
            /** @description Page indexes to parse, counting from 0 */
            target_pages?: number[] | null;
        };
        /**
         * ClassifyJobStatus
         * @description Lifecycle state of a product job such as a classify job
         * @enum {string}
         */
        ClassifyJobStatus: "PENDING" | "SUCCESS" | "PARTIAL_SUCCESS" | "ERROR" | "CANCELLED";
        /**
         * BatchJobStatusResponse
         * @description A batch job and how far along it is.
         */
        BatchJobStatusResponse: {
            /** @description The batch job */
            job: components["schemas"]["BatchJobResponse"];
            /** @description Share of the job's items processed so far, in percent */
            progress_percentage: number;
        };
        /**
         * BatchJobCancelRequest
         * @description Why a batch job is being cancelled.
         */
        BatchJobCancelRequest: {
            /** @description Free-text reason for cancelling, kept with the job */
            reason?: string | null;
        };
        /**
         * BatchJobCancelResponse
         * @description The outcome of cancelling a batch job.
         */
        BatchJobCancelResponse: {
            /** @description ID of the job that was cancelled */
            job_id: string;
            /** @description Human-readable confirmation */
            message: string;
            /** @description How many items had been processed when the job was stopped */
            processed_items: number;
            /** @description The job's status now, normally cancelled */
            status: components["schemas"]["BatchJobStatus"];
        };
        /**
         * BatchJobItemStatus
         * @description Processing state of one item of a batch job
         * @enum {string}
         */
        BatchJobItemStatus: "pending" | "processing" | "completed" | "failed" | "skipped" | "cancelled";
        /**
         * BatchJobItem
         * @description One item (file) of a batch job and where its processing stands.
         */
        BatchJobItem: {
            /** @description ID of the item */
            item_id: string;
            /** @description Name of the item, usually its file name */
            item_name: string;
            /** @description Where processing of this item stands */
            status: components["schemas"]["BatchJobItemStatus"];
            /**
             * Format: date-time
             * @description When processing of the item ended
             */
            completed_at?: string | null;
            /**
             * Format: date-time
             * @description Time from which the item's status is in effect
             */
            effective_at?: string;
            /** @description Error of the latest attempt, if it had one */
            error_message?: string | null;
            /** @description The parse, extract or classify job that processed the item; look its results up there */
            job_id?: string | null;
            /** @description Job record this status belongs to, if any */
            job_record_id?: string | null;
            /** @description Why the item was skipped, e.g. already_processed or size_limit_exceeded */
            skip_reason?: string | null;
            /**
             * Format: date-time
             * @description When processing of the item began
             */
            started_at?: string | null;
        };
        /**
         * BatchJobItemQueryResponse
         * @description One page of a batch job's items.
         */
        BatchJobItemQueryResponse: {
            /** @description The items on this page */
            items: components["schemas"]["BatchJobItem"][];
            /** @description Token for the following page; absent or null on the last page */
            next_page_token?: string | null;
            /** @description Total number of matching items, when the service reports it (possibly an estimate) */
            total_size?: number | null;
        };
        /**
         * ItemProcessingResults
         * @description Everything that was done to one item.
         */
        ItemProcessingResults: {
            /** @description ID of the item */
            item_id: string;
            /** @description Name of the item */
            item_name: string;
            /** @description One entry per time the item was processed */
            processing_results?: components["schemas"]["ProcessingResult"][];
        };
        /**
         * ProcessingResult
         * @description One processing of an item, with the configuration it used and where its output went.
         */
        ProcessingResult: {
            /** @description ID of the item that was processed */
            item_id: string;
            /** @description The configuration the job ran with */
            job_config: components["schemas"]["BatchParseJobRecordCreate"] | components["schemas"]["ClassifyJob"];
            /** @description Kind of processing that ran */
            job_type: components["schemas"]["BatchJobType"];
            /** @description Where the output is stored */
            output_s3_path: string;
            /** @description Hash of the job configuration, used to avoid processing an item twice the same way */
            parameters_hash: string;
            /**
             * Format: date-time
             * @description When the processing took place
             */
            processed_at: string;
            /** @description ID of this result */
            result_id: string;
            /** @description Metadata about the output; currently always empty, any JSON value in future */
            output_metadata?: unknown;
        };
        /**
         * BatchStatus
         * @description Lifecycle state of a v2 batch; FAILED means the orchestration itself failed and per-file results are unreliable
         * @enum {string}
         */
        BatchStatus: "PENDING" | "RUNNING" | "THROTTLED" | "COMPLETED" | "FAILED" | "CANCELLED";
        /**
         * ProductJobType
         * @description Product job a v2 batch runs for each file
         * @enum {string}
         */
        ProductJobType: "parse_v2" | "extract_v2";
        /**
         * BatchProductJob
         * @description The job to create for each file of the source directory.
         */
        BatchProductJob: {
            /** @description Saved product configuration, or built-in preset, of the matching job type */
            configuration_id: string;
            /** @description Product job to run for each file */
            type: components["schemas"]["ProductJobType"];
        };
        /**
         * BatchConfig
         * @description Settings of a v2 batch, fixed when it is created.
         */
        BatchConfig: {
            /** @description The job to create for each file */
            job: components["schemas"]["BatchProductJob"];
        };
        /**
         * BatchCreateRequest
         * @description A new v2 batch.
         */
        BatchCreateRequest: {
            /** @description Settings to apply to every file of the directory */
            config: components["schemas"]["BatchConfig"];
            /** @description Directory whose files are processed */
            source_directory_id: string;
        };
        /**
         * JobReference
         * @description A product job that a batch created.
         */
        JobReference: {
            /** @description ID of the job, e.g. a parse job ID */
            id: string;
            /** @description Kind of job */
            type: components["schemas"]["ProductJobType"];
        };
        /**
         * BatchResult
         * @description What a batch did with one file of the source directory. Follow job_reference to the
         *     product job for its progress and output.
         */
        BatchResult: {
            /** @description The directory file; the stable key for matching results to files */
            source_directory_file_id: string;
            /** @description Set when the batch could not create or link a job for the file */
            error_message?: string | null;
            /** @description The job created for the file, if any */
            job_reference?: components["schemas"]["JobReference"] | null;
        };
        /**
         * Batch
         * @description A v2 batch over a source directory.
         */
        Batch: {
            /** @description ID of the batch */
            id: string;
            /** @description Settings the batch was created with */
            config: components["schemas"]["BatchConfig"];
            /** @description Project the batch belongs to */
            project_id: string;
            /** @description Directory the batch processes */
            source_directory_id: string;
            /** @description Where the batch stands */
            status: components["schemas"]["BatchStatus"];
            /**
             * Format: date-time
             * @description When the batch was created
             */
            created_at?: string | null;
            /** @description Per-file outcomes; null unless asked for with expand=results, and while the batch runs */
            results?: components["schemas"]["BatchResult"][] | null;
            /**
             * Format: date-time
             * @description When the batch last changed
             */
            updated_at?: string | null;
        };
        /**
         * BatchQueryResponse
         * @description One page of v2 batches.
         */
        BatchQueryResponse: {
            /** @description The batches on this page */
            items: components["schemas"]["Batch"][];
            /** @description Send as page_token to get the following page; absent or null on the last page */
            next_page_token?: string | null;
            /** @description Total number of matching batches, when the service reports it (possibly an estimate) */
            total_size?: number | null;
        };
        /**
         * DirectoryType
         * @description What a directory is for: user (filled by uploads), index (behind an index) or ephemeral (cleaned up after a batch)
         * @enum {string}
         */
        DirectoryType: "user" | "index" | "ephemeral";
        /**
         * Directory
         * @description A directory of files that batches process.
         */
        Directory: {
            /** @description ID of the directory */
            id: string;
            /** @description Name of the directory */
            name: string;
            /** @description Project the directory belongs to */
            project_id: string;
            /** @description What the directory is for */
            type?: components["schemas"]["DirectoryType"] | null;
            /** @description Description shown to users */
            description?: string | null;
            /** @description Connector subscription whose files sync into the directory; null when filled by uploads */
            connector_subscription_id?: string | null;
            /** @description Metadata the service keeps */
            system_metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * Format: date-time
             * @description When the directory was created
             */
            created_at?: string | null;
            /**
             * Format: date-time
             * @description When the directory last changed
             */
            updated_at?: string | null;
            /**
             * Format: date-time
             * @description When the directory may be cleaned up
             */
            expires_at?: string | null;
            /**
             * Format: date-time
             * @description When the directory was deleted; null while it exists
             */
            deleted_at?: string | null;
        };
        /**
         * DirectoryQueryResponse
         * @description One page of directories.
         */
        DirectoryQueryResponse: {
            /** @description The directories on this page */
            items: components["schemas"]["Directory"][];
            /** @description Send as page_token to get the following page; absent or null on the last page */
            next_page_token?: string | null;
            /** @description Total number of matching directories, when the service reports it */
            total_size?: number | null;
        };
        /**
         * DirectoryCreateRequest
         * @description A new directory.
         */
        DirectoryCreateRequest: {
            /** @description Name of the directory */
            name: string;
            /** @description Description shown to users */
            description?: string | null;
            /**
             * @description user for a lasting directory, ephemeral for one cleaned up after its batch
             * @default user
             * @enum {string}
             */
            type?: "user" | "ephemeral";
            /** @description Connector subscription whose files sync into the directory; leave out for uploads */
            connector_subscription_id?: string | null;
        };
        /**
         * DirectoryUpdateRequest
         * @description What to change on a directory; fields left out stay as they are.
         */
        DirectoryUpdateRequest: {
            /** @description New name */
            name?: string | null;
            /** @description New description */
            description?: string | null;
        };
        /**
         * DirectoryFileMetadata
         * @description User metadata of a file, as key-value pairs
         */
        DirectoryFileMetadata: {
            [key: string]: string | number | boolean | string[] | null;
        };
        /**
         * DirectoryFile
         * @description A file in a directory.
         */
        DirectoryFile: {
            /** @description ID of the directory file */
            id: string;
            /** @description Directory the file is in */
            directory_id: string;
            /** @description Name shown for the file */
            display_name: string;
            /** @description Project the file belongs to */
            project_id: string;
            /** @description The file's unique ID within the directory */
            unique_id: string;
            /** @description ID of the stored file */
            file_id?: string | null;
            /** @description Metadata from every source merged, higher-priority sources winning */
            metadata?: components["schemas"]["DirectoryFileMetadata"];
            /** @description A presigned URL to download the file, when asked for */
            download_url?: components["schemas"]["PresignedUrl"] | null;
            /**
             * Format: date-time
             * @description When the file was added
             */
            created_at?: string | null;
            /**
             * Format: date-time
             * @description When the file last changed
             */
            updated_at?: string | null;
            /**
             * Format: date-time
             * @description When the file was removed; null while it is there
             */
            deleted_at?: string | null;
        };
        /**
         * PresignedUrl
         * @description A time-limited URL for a private file.
         */
        PresignedUrl: {
            /** @description The URL */
            url: string;
            /**
             * Format: date-time
             * @description When the URL stops working
             */
            expires_at: string;
            /** @description Form fields to send with a presigned POST */
            form_fields?: {
                [key: string]: string;
            } | null;
        };
        /**
         * DirectoryFileQueryResponse
         * @description One page of directory files.
         */
        DirectoryFileQueryResponse: {
            /** @description The files on this page */
            items: components["schemas"]["DirectoryFile"][];
            /** @description Send as page_token to get the following page; absent or null on the last page */
            next_page_token?: string | null;
            /** @description Total number of matching files, when the service reports it */
            total_size?: number | null;
        };
        /**
         * DirectoryFileAddRequest
         * @description A stored file to add to a directory.
         */
        DirectoryFileAddRequest: {
            /** @description ID of the stored file */
            file_id: string;
            /** @description Name shown for the file (default the file's name) */
            display_name?: string | null;
            /** @description Unique ID within the directory (default the file's external ID or name) */
            unique_id?: string | null;
            /** @description User metadata for the file */
            metadata?: components["schemas"]["DirectoryFileMetadata"] | null;
        };
        /**
         * DirectoryFileUpdateRequest
         * @description What to change on a directory file; fields left out stay as they are.
         */
        DirectoryFileUpdateRequest: {
            /** @description New display name */
            display_name?: string | null;
            /** @description New unique ID */
            unique_id?: string | null;
            /** @description User metadata, replacing the user layer */
            metadata?: components["schemas"]["DirectoryFileMetadata"] | null;
            /** @description Move the file to this directory */
            target_directory_id?: string | null;
        };
        /**
         * DirectoryFileUploadRequest
         * @description A file to upload into a directory, with how to name it.
         */
        DirectoryFileUploadRequest: {
            /** @description The file's content */
            upload_file: Blob;
            /** @description Name shown for the file (default the uploaded file's name) */
            display_name?: string | null;
            /** @description Unique ID within the directory (default the external ID or the file's name) */
            unique_id?: string | null;
            /** @description The file's ID in the system it comes from */
            external_file_id?: string | null;
            /** @description User metadata as a JSON object, in a string */
            metadata?: string | null;
        };
    };
    responses: {
        /** @description Missing or invalid API key */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Nothing with that ID in the project */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Validation Error */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HTTPValidationError"];
            };
        };
        /** @description Too many requests; retry after the time the Retry-After header gives */
        RateLimited: {
            headers: {
                /** @description Seconds to wait before retrying */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Server error */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request does not fit the resource's state (e.g. cancelling a finished batch) */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The uploaded file is larger than the service accepts */
        TooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description Organization the project belongs to */
        OrganizationId: string | null;
        /** @description Project to work in (defaults to the key's project) */
        ProjectId: string | null;
        /** @description The next_page_token of the previous page, to fetch the page after it */
        PageToken: string;
        /** @description Largest number of entries to return */
        PageSize: number;
        /** @description ID of the directory */
        DirectoryId: string;
        /** @description ID of the directory file (not its unique_id) */
        DirectoryFileId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    list_batch_jobs_api_v1_beta_batch_processing_get: {
        parameters: {
            query?: {
                /** @description Filter by directory ID */
                directory_id?: string | null;
                /** @description Filter by job type (PARSE, EXTRACT, CLASSIFY) */
                job_type?: components["schemas"]["BatchJobType"] | null;
                /** @description Filter by job status (PENDING, RUNNING, COMPLETED, FAILED, CANCELLED) */
                status?: components["schemas"]["BatchJobStatus"] | null;
                /** @description Maximum number of jobs to return */
                limit?: number;
                /** @description Number of jobs to skip for pagination */
                offset?: number;
                /** @description Project to list jobs from (defaults to the key's project) */
                project_id?: string | null;
                /** @description Organization the project belongs to */
                organization_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchJobQueryResponse"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Too many requests; retry after the time the Retry-After header gives */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error; safe to retry */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    create_batch_job_api_v1_beta_batch_processing_post: {
        parameters: {
            query?: {
                /** @description Organization the project belongs to */
                organization_id?: string | null;
                /** @description Project to create the job in (defaults to the key's project) */
                project_id?: string | null;
            };
            header?: {
                /** @description Workflow namespace that runs the job */
                "temporal-namespace"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchJobCreateRequest"];
            };
        };
        responses: {
            /** @description The job was accepted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchJobResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_batch_job_status_api_v1_beta_batch_processing_job_id_get: {
        parameters: {
            query?: {
                /** @description Organization the project belongs to */
                organization_id?: string | null;
                /** @description Project the job belongs to (defaults to the key's project) */
                project_id?: string | null;
            };
            header?: never;
            path: {
                /** @description ID of the batch job */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job and its progress */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchJobStatusResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancel_batch_job_api_v1_beta_batch_processing_job_id_cancel_post: {
        parameters: {
            query?: {
                /** @description Organization the project belongs to */
                organization_id?: string | null;
                /** @description Project the job belongs to (defaults to the key's project) */
                project_id?: string | null;
            };
            header?: {
                /** @description Workflow namespace that runs the job */
                "temporal-namespace"?: string;
            };
            path: {
                /** @description ID of the batch job to cancel */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchJobCancelRequest"];
            };
        };
        responses: {
            /** @description The job is cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchJobCancelResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_batch_job_items_api_v1_beta_batch_processing_job_id_items_get: {
        parameters: {
            query?: {
                /** @description Only items in this processing status */
                status?: components["schemas"]["BatchJobItemStatus"] | null;
                /** @description Largest number of items to return (the same paging parameters as the jobs list) */
                limit?: number;
                /** @description Number of items to skip before the first one returned */
                offset?: number;
                /** @description Organization the project belongs to */
                organization_id?: string | null;
                /** @description Project the job belongs to (defaults to the key's project) */
                project_id?: string | null;
            };
            header?: never;
            path: {
                /** @description ID of the batch job whose items to list */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the job's items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchJobItemQueryResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_item_processing_results_api_v1_beta_batch_processing_items_item_id_processing_results_get: {
        parameters: {
            query?: {
                /** @description Only results of this job type */
                job_type?: components["schemas"]["BatchJobType"] | null;
                /** @description Organization the project belongs to */
                organization_id?: string | null;
                /** @description Project the item belongs to (defaults to the key's project) */
                project_id?: string | null;
            };
            header?: never;
            path: {
                /** @description ID of the item (directory file) */
                item_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item's processing history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemProcessingResults"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_batches_api_v2_batches_get: {
        parameters: {
            query?: {
                /** @description The next_page_token of the previous page, to fetch the page after it */
                page_token?: string;
                /** @description Largest number of batches to return */
                page_size?: number;
                /** @description Only batches in this status */
                status?: components["schemas"]["BatchStatus"] | null;
                /** @description Only batches over this source directory */
                source_directory_id?: string | null;
                /** @description Only batches created at or after this time */
                created_at_on_or_after?: string | null;
                /** @description Only batches created at or before this time */
                created_at_on_or_before?: string | null;
                /** @description Organization the project belongs to */
                organization_id?: string | null;
                /** @description Project to list batches from (defaults to the key's project) */
                project_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of batches */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchQueryResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_batch_api_v2_batches_post: {
        parameters: {
            query?: {
                /** @description Organization the project belongs to */
                organization_id?: string | null;
                /** @description Project to create the batch in (defaults to the key's project) */
                project_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchCreateRequest"];
            };
        };
        responses: {
            /** @description The batch was accepted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Batch"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_batch_api_v2_batches_batch_id_get: {
        parameters: {
            query?: {
                /** @description Extra fields to include in the answer; results is the only one */
                expand?: "results"[];
                /** @description Organization the project belongs to */
                organization_id?: string | null;
                /** @description Project the batch belongs to (defaults to the key's project) */
                project_id?: string | null;
            };
            header?: never;
            path: {
                /** @description ID of the batch */
                batch_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Batch"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancel_batch_api_v2_batches_batch_id_cancel_post: {
        parameters: {
            query?: {
                /** @description Organization the project belongs to */
                organization_id?: components["parameters"]["OrganizationId"];
                /** @description Project to work in (defaults to the key's project) */
                project_id?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description ID of the batch to cancel */
                batch_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch is being cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Batch"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_directories_api_v1_beta_directories_get: {
        parameters: {
            query?: {
                /** @description The next_page_token of the previous page, to fetch the page after it */
                page_token?: components["parameters"]["PageToken"];
                /** @description Largest number of entries to return */
                page_size?: components["parameters"]["PageSize"];
                /** @description Only the directory with this name */
                name?: string | null;
                /** @description Only directories of this type */
                type?: components["schemas"]["DirectoryType"] | null;
                /** @description Also list deleted directories */
                include_deleted?: boolean;
                /** @description Organization the project belongs to */
                organization_id?: components["parameters"]["OrganizationId"];
                /** @description Project to work in (defaults to the key's project) */
                project_id?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of directories */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryQueryResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_directory_api_v1_beta_directories_post: {
        parameters: {
            query?: {
                /** @description Organization the project belongs to */
                organization_id?: components["parameters"]["OrganizationId"];
                /** @description Project to work in (defaults to the key's project) */
                project_id?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectoryCreateRequest"];
            };
        };
        responses: {
            /** @description The directory */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Directory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_directory_api_v1_beta_directories_directory_id_get: {
        parameters: {
            query?: {
                /** @description Organization the project belongs to */
                organization_id?: components["parameters"]["OrganizationId"];
                /** @description Project to work in (defaults to the key's project) */
                project_id?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description ID of the directory */
                directory_id: components["parameters"]["DirectoryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The directory */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Directory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_directory_api_v1_beta_directories_directory_id_delete: {
        parameters: {
            query?: {
                /** @description Organization the project belongs to */
                organization_id?: components["parameters"]["OrganizationId"];
                /** @description Project to work in (defaults to the key's project) */
                project_id?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description ID of the directory */
                directory_id: components["parameters"]["DirectoryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The directory is gone */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    update_directory_api_v1_beta_directories_directory_id_patch: {
        parameters: {
            query?: {
                /** @description Organization the project belongs to */
                organization_id?: components["parameters"]["OrganizationId"];
                /** @description Project to work in (defaults to the key's project) */
                project_id?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description ID of the directory */
                directory_id: components["parameters"]["DirectoryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectoryUpdateRequest"];
            };
        };
        responses: {
            /** @description The directory as it is now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Directory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_directory_files_api_v1_beta_directories_directory_id_files_get: {
        parameters: {
            query?: {
                /** @description The next_page_token of the previous page, to fetch the page after it */
                page_token?: components["parameters"]["PageToken"];
                /** @description Largest number of entries to return */
                page_size?: components["parameters"]["PageSize"];
                /** @description Only files with this display name */
                display_name?: string | null;
                /** @description Only files whose display name contains this text */
                display_name_contains?: string | null;
                /** @description Only the file with this unique ID */
                unique_id?: string | null;
                /** @description Only entries for this stored file */
                file_id?: string | null;
                /** @description Also list deleted files */
                include_deleted?: boolean;
                /** @description Only files updated at or after this time */
                updated_at_on_or_after?: string | null;
                /** @description Only files updated at or before this time */
                updated_at_on_or_before?: string | null;
                /** @description Organization the project belongs to */
                organization_id?: components["parameters"]["OrganizationId"];
                /** @description Project to work in (defaults to the key's project) */
                project_id?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description ID of the directory */
                directory_id: components["parameters"]["DirectoryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of directory files */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryFileQueryResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    add_directory_file_api_v1_beta_directories_directory_id_files_post: {
        parameters: {
            query?: {
                /** @description Organization the project belongs to */
                organization_id?: components["parameters"]["OrganizationId"];
                /** @description Project to work in (defaults to the key's project) */
                project_id?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description ID of the directory */
                directory_id: components["parameters"]["DirectoryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectoryFileAddRequest"];
            };
        };
        responses: {
            /** @description The directory file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryFile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    upload_directory_file_api_v1_beta_directories_directory_id_files_upload_post: {
        parameters: {
            query?: {
                /** @description Organization the project belongs to */
                organization_id?: components["parameters"]["OrganizationId"];
                /** @description Project to work in (defaults to the key's project) */
                project_id?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description ID of the directory */
                directory_id: components["parameters"]["DirectoryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["DirectoryFileUploadRequest"];
            };
        };
        responses: {
            /** @description The directory file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryFile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_directory_file_api_v1_beta_directories_directory_id_files_directory_file_id_get: {
        parameters: {
            query?: {
                /** @description Organization the project belongs to */
                organization_id?: components["parameters"]["OrganizationId"];
                /** @description Project to work in (defaults to the key's project) */
                project_id?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description ID of the directory */
                directory_id: components["parameters"]["DirectoryId"];
                /** @description ID of the directory file (not its unique_id) */
                directory_file_id: components["parameters"]["DirectoryFileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The directory file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryFile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_directory_file_api_v1_beta_directories_directory_id_files_directory_file_id_delete: {
        parameters: {
            query?: {
                /** @description Organization the project belongs to */
                organization_id?: components["parameters"]["OrganizationId"];
                /** @description Project to work in (defaults to the key's project) */
                project_id?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description ID of the directory */
                directory_id: components["parameters"]["DirectoryId"];
                /** @description ID of the directory file (not its unique_id) */
                directory_file_id: components["parameters"]["DirectoryFileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file is no longer in the directory */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    update_directory_file_api_v1_beta_directories_directory_id_files_directory_file_id_patch: {
        parameters: {
            query?: {
                /** @description Organization the project belongs to */
                organization_id?: components["parameters"]["OrganizationId"];
                /** @description Project to work in (defaults to the key's project) */
                project_id?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description ID of the directory */
                directory_id: components["parameters"]["DirectoryId"];
                /** @description ID of the directory file (not its unique_id) */
                directory_file_id: components["parameters"]["DirectoryFileId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectoryFileUpdateRequest"];
            };
        };
        responses: {
            /** @description The directory file as it is now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryFile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const pathsApiV2BatchesBatch_idGetParametersQueryExpandValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v2/batches/{batch_id}"]["get"]["parameters"]["query"]["expand"]> = ["results"];
export const batchJobTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BatchJobType"]> = ["parse", "extract", "classify"];
export const batchJobStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BatchJobStatus"]> = ["pending", "running", "dispatched", "completed", "failed", "cancelled"];
export const batchParseJobRecordCreateJob_nameValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BatchParseJobRecordCreate"]["job_name"]> = ["parse_raw_file_job"];
export const batchParseJobConfigImages_to_saveValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BatchParseJobConfig"]["images_to_save"]> = ["embedded", "layout", "screenshot"];
export const batchParseJobConfigTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BatchParseJobConfig"]["type"]> = ["parse"];
export const webhookEventValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookEvent"]> = ["classify.cancelled", "classify.error", "classify.partial_success", "classify.pending", "classify.running", "classify.success", "extract.cancelled", "extract.error", "extract.partial_success", "extract.pending", "extract.success", "parse.cancelled", "parse.error", "parse.partial_success", "parse.pending", "parse.running", "parse.success", "sheets.cancelled", "sheets.error", "sheets.partial_success", "sheets.pending", "sheets.success", "split.cancelled", "split.error", "split.pending", "split.processing", "split.success", "unmapped_event"];
export const parsingLanguagesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ParsingLanguages"]> = ["abq", "ady", "af", "ang", "ar", "as", "ava", "az", "be", "bg", "bgc", "bh", "bho", "bn", "bs", "ch_sim", "ch_tra", "che", "cs", "cy", "da", "dar", "de", "en", "es", "et", "fa", "fr", "ga", "gom", "hi", "hr", "hu", "id", "inh", "is", "it", "ja", "kbd", "kn", "ko", "ku", "la", "lbe", "lez", "lt", "lv", "mah", "mai", "mi", "mn", "mni", "mr", "ms", "mt", "ne", "new", "nl", "no", "oc", "pi", "pl", "pt", "ro", "rs_cyrillic", "rs_latin", "ru", "sa", "sck", "sk", "sl", "sq", "sv", "sw", "ta", "tab", "te", "th", "tjk", "tl", "tr", "ug", "uk", "ur", "uz", "vi"];
export const parsingModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ParsingMode"]> = ["parse_page_without_llm", "parse_page_with_llm", "parse_page_with_lvm", "parse_page_with_agent", "parse_page_with_layout_agent", "parse_document_with_llm", "parse_document_with_lvm", "parse_document_with_agent"];
export const failPageModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FailPageMode"]> = ["raw_text", "blank_page", "error_message"];
export const classifyJobModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ClassifyJob"]["mode"]> = ["FAST", "MULTIMODAL"];
export const classifyJobStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ClassifyJobStatus"]> = ["PENDING", "SUCCESS", "PARTIAL_SUCCESS", "ERROR", "CANCELLED"];
export const batchJobItemStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BatchJobItemStatus"]> = ["pending", "processing", "completed", "failed", "skipped", "cancelled"];
export const batchStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BatchStatus"]> = ["PENDING", "RUNNING", "THROTTLED", "COMPLETED", "FAILED", "CANCELLED"];
export const productJobTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProductJobType"]> = ["parse_v2", "extract_v2"];
export const directoryTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DirectoryType"]> = ["user", "index", "ephemeral"];
export const directoryCreateRequestTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DirectoryCreateRequest"]["type"]> = ["user", "ephemeral"];
