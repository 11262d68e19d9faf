// Walks every v2 batch of the server at argv[2] page by page (cursor paging) and prints a JSON summary on
// stdout: how many batches and pages, a digest of every id in order, and the most heap still in use
// after a page (collected first when run with --expose-gc, so garbage not yet collected doesn't count).
// With `--keep` it also keeps every batch, to show what holding them all would cost.
import { createHash } from 'node:crypto';
import { createLlamaCloudClient } from '../../dist/index.js';

const [baseUrl, pageSize, ...flags] = process.argv.slice(2);
const keep = flags.includes('--keep');
const client = createLlamaCloudClient({ apiKey: 'memory-test', baseUrl, logLevel: 'off' });
const ids = createHash('sha256');
const kept = [];
let count = 0;
let pages = 0;
let peakHeap = 0;
for await (const page of client.batches.list({ page_size: Number(pageSize) }).pages()) {
  pages++;
  for (const batch of page.items) {
    count++;
    ids.update(`${batch.id}\n`);
    if (keep) kept.push(batch);
  }
  globalThis.gc?.();
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}
process.stdout.write(JSON.stringify({ count, pages, idDigest: ids.digest('hex'), peakHeapMB: peakHeap / 2 ** 20 }));
