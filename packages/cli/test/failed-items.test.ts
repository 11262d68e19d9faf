/**
 * Failed files first: `beta:batch:job-items list --job-id <id> --status failed --all --format table`
 * asks the server for the failed items only and shows each one's name, status and error.
 */
import type { FaultHandler } from '@llamacloud-batch/testing';
import { expect, test } from 'vitest';
import { runCli, SECRET_KEY, serve } from './helpers/cli.js';

const JOB_ID = 'bjb-11111111-2222-3333-4444-555555555555';
const STATUSES = ['completed', 'failed', 'skipped', 'completed'] as const;
const TOTAL = 240; // 60 failed: more than one default page of 50

const item = (index: number) => {
  const status = STATUSES[index % STATUSES.length] as string;
  return {
    item_id: `dfl-00000000-0000-0000-0000-${index.toString(16).padStart(12, '0')}`,
    item_name: `scan-${String(index).padStart(3, '0')}.pdf`,
    status,
    error_message: status === 'failed' ? `Page ${index} could not be read` : null,
  };
};

/** The job items endpoint: filters by `status` before paging, as the real one does. */
const jobItems: FaultHandler = (request) => {
  if (request.url.pathname !== `/api/v1/beta/batch-processing/${JOB_ID}/items`) {
    return { status: 404, body: { detail: 'Not found' } };
  }
  const status = request.url.searchParams.get('status');
  const limit = Number(request.url.searchParams.get('limit') ?? 50);
  const offset = Number(request.url.searchParams.get('offset') ?? 0);
  const matching = Array.from({ length: TOTAL }, (_, i) => item(i)).filter((it) => !status || it.status === status);
  return { body: { items: matching.slice(offset, offset + limit), next_page_token: null, total_size: null } };
};

test('a table of the failed items: name, status and error, across pages, header once', async () => {
  const server = await serve(jobItems);
  const result = await runCli([
    'beta:batch:job-items',
    'list',
    '--api-key',
    SECRET_KEY,
    '--base-url',
    server.url,
    '--job-id',
    JOB_ID,
    '--status',
    'failed',
    '--all',
    '--format',
    'table',
  ]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const [header, ...rows] = result.stdout.split('\n').filter(Boolean);
  expect(header).toMatch(/^ITEM NAME +STATUS +ERROR MESSAGE$/);
  const failed = Array.from({ length: TOTAL }, (_, i) => item(i)).filter((it) => it.status === 'failed');
  expect(failed.length).toBeGreaterThan(50);
  expect(rows).toEqual(
    failed.map((it) => expect.stringMatching(new RegExp(`^${it.item_name} +failed +${it.error_message}$`))),
  );
  // The filter went to the server, on every page.
  const asked = server.requests.filter((request) => !request.aborted);
  expect(asked.length).toBeGreaterThanOrEqual(2);
  for (const request of server.requests) expect(request.url.searchParams.get('status')).toBe('failed');
});
