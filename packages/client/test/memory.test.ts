/** listAll over 100,000 jobs runs in constant memory: a child Node with a 32 MB heap walks them all. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { type FaultServer, makeJob, startFaultServer } from '@llamacloud-batch/testing';
import type { BatchJob } from '@llamacloud-batch/types';
import { afterEach, expect, test } from 'vitest';
import { pageOf } from './helpers.js';

const TOTAL = 100_000;
const HEAP_MB = 32;
const CHILD = resolve(import.meta.dirname, 'children/list-all.mjs');

/** A job with every field filled, as the real API returns finished jobs. */
function fullJob(index: number): BatchJob {
  const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + index * 1000 + seconds * 1000).toISOString();
  return {
    ...makeJob(index),
    directory_id: 'dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    error_message: index % 7 === 0 ? 'Parsing failed: the document is password-protected' : null,
    effective_at: at(0),
    started_at: at(1),
    updated_at: at(2),
    completed_at: at(3),
    failed_items: index % 3,
    skipped_items: index % 2,
    job_record_id: `jrec-${index.toString(16).padStart(12, '0')}`,
    workflow_id: `wf-${(index % 97).toString(16).padStart(8, '0')}`,
  };
}

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function runChild(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CHILD, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4_000);
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

test(`listAll walks ${TOTAL.toLocaleString('en')} jobs under --max-old-space-size=${HEAP_MB}; keeping them all cannot`, async () => {
  // Holding every job needs far more than the heap: their JSON alone is > 48 MB.
  let jsonBytes = 0;
  for (let i = 0; i < TOTAL; i++) jsonBytes += JSON.stringify(fullJob(i)).length + 1;
  expect(jsonBytes).toBeGreaterThan(48 * 2 ** 20);

  server = await startFaultServer((request) => {
    const limit = Number(request.url.searchParams.get('limit'));
    const offset = Number(request.url.searchParams.get('offset'));
    const items = [];
    for (let i = offset; i < Math.min(TOTAL, offset + limit); i++) items.push(fullJob(i));
    return { body: pageOf(items) };
  });

  const walk = await runChild([server.url]);
  expect(walk.stderr).toBe('');
  expect(walk.code).toBe(0);
  const summary = JSON.parse(walk.stdout) as { count: number; lastId: string; peakHeapMB: number };
  expect(summary.count).toBe(TOTAL);
  expect(summary.lastId).toBe(makeJob(TOTAL - 1).id);
  expect(summary.peakHeapMB).toBeLessThan(HEAP_MB);
  // limit 1000, no total_size: 100 full pages, then an empty one to learn it was the end.
  expect(server.requests).toHaveLength(TOTAL / 1000 + 1);

  // The control: the same walk, keeping every job, runs out of heap.
  const keep = await runChild([server.url, '--keep']);
  expect(keep.code).not.toBe(0);
  expect(keep.stderr).toMatch(/heap out of memory/i);
}, 60_000);
