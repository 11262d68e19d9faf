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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
    };
    responses: never;
    parameters: never;
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
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const batchJobTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BatchJobType"]> = ["parse", "extract", "classify"];
export const batchJobStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BatchJobStatus"]> = ["pending", "running", "dispatched", "completed", "failed", "cancelled"];
