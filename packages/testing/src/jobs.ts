import type { BatchJob, BatchJobStatus, BatchJobType } from '@llamacloud-batch/types';
import { batchJobStatusValues, batchJobTypeValues } from '@llamacloud-batch/types';

/** A deterministic, spec-valid job number `index`. */
export function makeJob(index: number): BatchJob {
  const hex = index.toString(16).padStart(12, '0');
  return {
    id: `bjb-00000000-0000-0000-0000-${hex}`,
    job_type: batchJobTypeValues[index % batchJobTypeValues.length] as BatchJobType,
    project_id: 'proj-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    status: batchJobStatusValues[index % batchJobStatusValues.length] as BatchJobStatus,
    total_items: 10,
    processed_items: index % 11,
    created_at: new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString(),
    directory_id: null,
    error_message: null,
  };
}
