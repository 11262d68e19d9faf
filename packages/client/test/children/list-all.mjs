// Walks every job of the server at argv[2] with listAll and prints a JSON summary on stdout.
// With `--keep` it also keeps every job, to show what holding them all would cost.
import { createLlamaCloudClient } from '../../dist/index.js';

const [baseUrl, ...flags] = process.argv.slice(2);
const keep = flags.includes('--keep');
const client = createLlamaCloudClient({ apiKey: 'memory-test', baseUrl, logLevel: 'off' });
const kept = [];
let count = 0;
let lastId = '';
let peakHeap = 0;
for await (const job of client.beta.batch.list({ limit: 1000 })) {
  count++;
  lastId = job.id;
  if (keep) kept.push(job);
  if (count % 1000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}
process.stdout.write(JSON.stringify({ count, lastId, kept: kept.length, peakHeapMB: peakHeap / 2 ** 20 }));
