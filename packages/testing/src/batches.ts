/** v2 batches for the fault server: spec-valid fixtures and a handler that pages them by cursor. */
import type { components } from '@llamacloud-batch/types';
import { componentSchemas } from '@llamacloud-batch/types/schemas';
import type { FaultHandler } from './fault-server.js';

type Batch = components['schemas']['Batch'];
type BatchStatus = components['schemas']['BatchStatus'];
type ProductJobType = components['schemas']['ProductJobType'];

const statuses = componentSchemas.BatchStatus.enum as readonly BatchStatus[];
const jobTypes = componentSchemas.ProductJobType.enum as readonly ProductJobType[];

/** A deterministic, spec-valid v2 batch number `index`, its status and job type cycling through the spec's enums. */
export function makeBatch(index: number): Batch {
  const hex = index.toString(16).padStart(12, '0');
  const at = new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString();
  return {
    id: `bat-00000000-0000-0000-0000-${hex}`,
    config: {
      job: { configuration_id: 'cfg-PARSE_AGENTIC', type: jobTypes[index % jobTypes.length] as ProductJobType },
    },
    project_id: 'prj-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    source_directory_id: 'dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    status: statuses[index % statuses.length] as BatchStatus,
    created_at: at,
    results: null,
    updated_at: at,
  };
}

export interface BatchesServerOptions {
  /** How many batches exist. */
  total: number;
  /** How the last page says there is no next one: `next_page_token` null (default), left out, or empty. */
  end?: 'null' | 'absent' | 'empty';
  /** Page size when a request gives no `page_size` (default 50). */
  defaultPageSize?: number;
  /** Builds batch number `index` (default `makeBatch`), e.g. to make each one large. */
  make?: (index: number) => unknown;
}

/** The opaque `page_token` of the page that starts at batch `start`. */
export const batchPageToken = (start: number): string => Buffer.from(`start:${start}`).toString('base64url');

/**
 * A fault-server handler that serves `total` batches like `GET /api/v2/batches`: `page_size` per page,
 * `next_page_token` to the following page, and 400 for a token it never issued.
 */
export function batchesHandler({
  total,
  end = 'null',
  defaultPageSize = 50,
  make = makeBatch,
}: BatchesServerOptions): FaultHandler {
  return (request) => {
    const token = request.url.searchParams.get('page_token');
    const start = token === null ? 0 : Number(/^start:(\d+)$/.exec(Buffer.from(token, 'base64url').toString())?.[1]);
    if (!Number.isInteger(start)) return { status: 400, body: { detail: `Invalid page_token ${token}` } };
    const size = Number(request.url.searchParams.get('page_size') ?? defaultPageSize);
    const stop = Math.min(total, start + size);
    const items = [];
    for (let i = start; i < stop; i++) items.push(make(i));
    const last = { null: { next_page_token: null }, absent: {}, empty: { next_page_token: '' } }[end];
    return { body: { items, ...(stop < total ? { next_page_token: batchPageToken(stop) } : last), total_size: null } };
  };
}
