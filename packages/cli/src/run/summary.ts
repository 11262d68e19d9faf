/**
 * The outcome of `batches run`, as one record for the chosen --format: files uploaded and skipped,
 * the batch's state, its results counted by outcome, and each failed file by name with its error.
 */
import type { Batch } from '@llamacloud-batch/client';
import type { FileOutcome, UploadFailure } from '@llamacloud-batch/client/folders';

export interface RunSummary {
  directory_id: string;
  batch_id: string | null;
  status: Batch['status'] | null;
  files: { total: number; uploaded: number; skipped: number; refused: number };
  /** Results by outcome: succeeded (the batch created the file's job) or failed (it could not). */
  items: { succeeded: number; failed: number };
  /** Files whose result has an error_message, by display name. */
  failed: { display_name: string; source_directory_file_id: string; error_message: string }[];
  /** Files the server refused to store (the batch was not created). */
  refused: { display_name: string; error_message: string }[];
}

export interface SummaryInput {
  directoryId: string;
  batch: Batch | undefined;
  total: number;
  uploaded: number;
  skipped: number;
  refused: readonly UploadFailure[];
  /** The batch's results, each with its file's display name. */
  outcomes: readonly FileOutcome[];
}

export function summarize(input: SummaryInput): RunSummary {
  const failed = input.outcomes
    .filter((outcome) => outcome.error_message !== null)
    .map((outcome) => ({ ...outcome, error_message: outcome.error_message as string }));
  return {
    directory_id: input.directoryId,
    batch_id: input.batch?.id ?? null,
    status: input.batch?.status ?? null,
    files: { total: input.total, uploaded: input.uploaded, skipped: input.skipped, refused: input.refused.length },
    items: { succeeded: input.outcomes.length - failed.length, failed: failed.length },
    failed,
    refused: input.refused.map(({ file, message }) => ({ display_name: file.displayName, error_message: message })),
  };
}

/** Why the run exits 1, naming up to `shown` files; undefined when it succeeded. */
export function failureOf(summary: RunSummary, allowFailures: boolean, shown = 5): string | undefined {
  const names = (files: readonly { display_name: string; error_message: string }[]) => {
    const listed = files.slice(0, shown).map((file) => `${file.display_name} (${file.error_message})`);
    return `${listed.join(', ')}${files.length > shown ? `, and ${files.length - shown} more` : ''}`;
  };
  if (summary.refused.length > 0) {
    return `${summary.refused.length} of ${summary.files.total} files were refused, so no batch was created: ${names(summary.refused)}`;
  }
  if (summary.status !== null && summary.status !== 'COMPLETED') {
    return `batch ${summary.batch_id} ${summary.status.toLowerCase()}`;
  }
  if (summary.failed.length > 0 && !allowFailures) {
    return `batch ${summary.batch_id}: ${summary.failed.length} of ${summary.items.succeeded + summary.failed.length} files failed: ${names(summary.failed)}`;
  }
  return undefined;
}
