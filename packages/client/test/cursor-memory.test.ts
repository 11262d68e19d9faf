/** batches.list walks 10,000 cursor pages' worth of batches in constant memory: a child Node with a 32 MB heap. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import {
  batchesHandler,
  batchPageToken,
  type FaultServer,
  makeBatch,
  startFaultServer,
} from '@llamacloud-batch/testing';
import type { components } from '@llamacloud-batch/types';
import { afterEach, expect, test } from 'vitest';

const TOTAL = 10_000;
const PAGE_SIZE = 100;
const HEAP_MB = 32;
const CHILD = resolve(import.meta.dirname, 'children/list-batches.mjs');

/** A finished batch with its per-file results expanded (`expand=results`): a few kB each, like the real API's. */
function expandedBatch(index: number): components['schemas']['Batch'] {
  const batch = makeBatch(index);
  const results = Array.from({ length: 40 }, (_, file) => ({
    source_directory_file_id: `dfl-${index.toString(16).padStart(8, '0')}-${file.toString(16).padStart(4, '0')}`,
    error_message: file % 9 === 0 ? 'No parse job could be created for this file' : null,
    job_reference: file % 9 === 0 ? null : { id: `pjb-${index}-${file}`, type: batch.config.job.type },
  }));
  return { ...batch, results };
}

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function runChild(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--expose-gc', CHILD, ...args]);
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

test(`a cursor walk over ${TOTAL.toLocaleString('en')} batches fits in --max-old-space-size=${HEAP_MB}; keeping them all cannot`, async () => {
  const expected = createHash('sha256');
  let jsonBytes = 0;
  for (let i = 0; i < TOTAL; i++) {
    expected.update(`${makeBatch(i).id}\n`);
    jsonBytes += JSON.stringify(expandedBatch(i)).length + 1;
  }
  // Holding every batch needs far more than the heap: their JSON alone is > 48 MB.
  expect(jsonBytes).toBeGreaterThan(48 * 2 ** 20);

  server = await startFaultServer(batchesHandler({ total: TOTAL, make: expandedBatch }));
  const walk = await runChild([server.url, String(PAGE_SIZE)]);
  expect(walk.stderr).toBe('');
  expect(walk.code).toBe(0);
  const summary = JSON.parse(walk.stdout) as { count: number; pages: number; idDigest: string; peakHeapMB: number };
  expect(summary.count).toBe(TOTAL);
  expect(summary.idDigest).toBe(expected.digest('hex')); // every batch once, in order
  // What stays in use after each page (collected first): the page in hand and the one on its way, no more.
  expect(summary.peakHeapMB).toBeLessThan(HEAP_MB / 2);
  // One request per page: the last page's null next_page_token ends the walk without another.
  expect(summary.pages).toBe(TOTAL / PAGE_SIZE);
  expect(server.requests.map((r) => r.url.searchParams.get('page_token'))).toEqual(
    Array.from({ length: TOTAL / PAGE_SIZE }, (_, page) => (page === 0 ? null : batchPageToken(page * PAGE_SIZE))),
  );

  // The control: the same walk, keeping every batch, runs out of heap.
  const keep = await runChild([server.url, String(PAGE_SIZE), '--keep']);
  expect(keep.code).not.toBe(0);
  expect(keep.stderr).toMatch(/heap out of memory/i);
}, 60_000);
