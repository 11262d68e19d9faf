// A local List Batch Jobs server for the benchmarks, in its own process so serving never competes
// with the measured client for the benchmark's event loop. Each page's body is built once and
// reused, so both contenders pay only for HTTP; an optional delay per page stands in for a real
// API's latency. Usage: node jobs-server.mjs <total> [delayMs]. Prints its URL, serves until stdin closes.
import { makeJob, startFaultServer } from '@llamacloud-batch/testing';

const total = Number(process.argv[2] ?? 100_000);
const delayMs = Number(process.argv[3] ?? 0);
const bodies = new Map();
const server = await startFaultServer((request) => {
  const limit = Number(request.url.searchParams.get('limit') ?? 50);
  const offset = Number(request.url.searchParams.get('offset') ?? 0);
  const key = `${limit}:${offset}`;
  let body = bodies.get(key);
  if (body === undefined) {
    const items = [];
    for (let i = offset; i < Math.min(total, offset + limit); i++) items.push(makeJob(i));
    body = JSON.stringify({ items, next_page_token: null, total_size: null });
    bodies.set(key, body);
  }
  return { body, delayMs, headers: { 'content-type': 'application/json' } };
});
process.stdout.write(`${server.url}\n`);
process.stdin.resume();
process.stdin.on('end', () => server.close().then(() => process.exit(0)));
