/** listAll/pages over offset pages, against servers that do and don't report total_size, or misbehave. */
import { type FaultServer, jobsHandler, makeJob, until } from '@llamacloud-batch/testing';
import { describe, expect, test } from 'vitest';
import {
  APIUserAbortError,
  type BatchJob,
  createLlamaCloudClient,
  InvalidParameterError,
  PaginationError,
} from '../src/index.js';
import { capturingLogger, pageOf, rejectionOf, serveEachTest, testClient } from './helpers.js';

const serve = serveEachTest();

async function collect(jobs: AsyncIterable<BatchJob>): Promise<string[]> {
  const ids: string[] = [];
  for await (const job of jobs) ids.push(job.id);
  return ids;
}

const idsUpTo = (n: number) => Array.from({ length: n }, (_, i) => makeJob(i).id);
const query = (s: FaultServer, name: string) => s.requests.map((r) => r.url.searchParams.get(name));
/** The offsets asked for, in order: requests in flight together may reach the server in any order. */
const offsets = (s: FaultServer) =>
  query(s, 'offset')
    .map(Number)
    .sort((a, b) => a - b);
const multiplesOf = (step: number, count: number) => Array.from({ length: count }, (_, i) => i * step);

describe('2,500 jobs', () => {
  // Without total_size a full page can't tell whether it was the last: when 2,500 divides by
  // `limit`, one more (empty) page is needed to know; otherwise the short last page says so.
  test.each([
    { limit: undefined, totalSize: null, requests: 2_500 / 50 + 1 },
    { limit: 1000, totalSize: null, requests: Math.ceil(2_500 / 1000) },
    { limit: 100, totalSize: null, requests: 2_500 / 100 + 1 },
    { limit: 7, totalSize: null, requests: Math.ceil(2_500 / 7) },
    // total_size, when present and right, saves the empty page.
    { limit: 100, totalSize: 2_500, requests: 2_500 / 100 },
    // total_size larger than the data: the short (or empty) page still ends it.
    { limit: 1000, totalSize: 5_000, requests: 3 },
    { limit: 100, totalSize: 5_000, requests: 26 },
  ])(
    'limit $limit, total_size $totalSize: every job once, in order, $requests requests',
    async ({ limit, totalSize, requests }) => {
      const s = await serve(jobsHandler({ total: 2_500, totalSize }));
      const ids = await collect(testClient(s.url).beta.batch.list(limit === undefined ? {} : { limit }));
      expect(ids).toEqual(idsUpTo(2_500));
      expect(s.requests).toHaveLength(requests);
      const pageSize = limit ?? 50;
      expect(query(s, 'offset')).toEqual(Array.from({ length: requests }, (_, i) => String(i * pageSize)));
    },
  );

  test('total_size smaller than the data stops asking once it is reached', async () => {
    const s = await serve(jobsHandler({ total: 2_500, totalSize: 120 }));
    const ids = await collect(testClient(s.url).beta.batch.list({ limit: 50 }));
    // The third page reaches offset 150 ≥ 120, so no fourth request; its items are still delivered.
    expect(ids).toEqual(idsUpTo(150));
    expect(s.requests).toHaveLength(3);
  });

  test('filters and the starting offset are kept on every page', async () => {
    const s = await serve(jobsHandler({ total: 2_500 }));
    const ids = await collect(testClient(s.url).beta.batch.list({ status: 'running', limit: 1000, offset: 2_000 }));
    expect(ids).toEqual(idsUpTo(2_500).slice(2_000));
    expect(s.requests).toHaveLength(1);
    expect(query(s, 'status')).toEqual(['running']);
  });
});

describe('maxItems', () => {
  test.each([
    { maxItems: 120, limit: 50, requests: 3, limits: ['50', '50', '20'] },
    { maxItems: 100, limit: 50, requests: 2, limits: ['50', '50'] },
    { maxItems: 10, limit: 1000, requests: 1, limits: ['10'] },
    { maxItems: 0, limit: 50, requests: 0, limits: [] },
    { maxItems: 5_000, limit: 1000, requests: 3, limits: ['1000', '1000', '1000'] },
  ])(
    'maxItems $maxItems with limit $limit: $requests requests, no over-fetch',
    async ({ maxItems, limit, requests, limits }) => {
      const s = await serve(jobsHandler({ total: 2_500 }));
      const ids = await collect(testClient(s.url).beta.batch.list({ limit }, { maxItems }));
      expect(ids).toEqual(idsUpTo(Math.min(maxItems, 2_500)));
      expect(s.requests).toHaveLength(requests);
      expect(query(s, 'limit')).toEqual(limits);
    },
  );
});

describe('readAhead', () => {
  /** jobsHandler behind a 20 ms answer, counting how many requests the server holds at once. */
  function slowJobs(options: Parameters<typeof jobsHandler>[0], limitOverride?: (limit: number) => number) {
    const jobs = jobsHandler(options);
    const stats = { open: 0, maxOpen: 0 };
    const handler = async (request: Parameters<typeof jobs>[0], index: number) => {
      stats.maxOpen = Math.max(stats.maxOpen, ++stats.open);
      await new Promise((resolve) => setTimeout(resolve, 20));
      stats.open--;
      if (limitOverride) {
        const limit = Number(request.url.searchParams.get('limit'));
        request.url.searchParams.set('limit', String(limitOverride(limit)));
      }
      return jobs(request, index);
    };
    return { handler, stats };
  }

  test('3 pages ahead: every job once, in order; never more than 3 requests held; 2 past the end', async () => {
    const { handler, stats } = slowJobs({ total: 1_000 });
    const s = await serve(handler);
    const ids = await collect(testClient(s.url).beta.batch.list({ limit: 100 }, { readAhead: 3 }));
    expect(ids).toEqual(idsUpTo(1_000));
    expect(stats.maxOpen).toBeLessThanOrEqual(3);
    expect(stats.maxOpen).toBeGreaterThanOrEqual(2);
    // 10 full pages and the empty one that ends the walk, plus up to 2 asked for beyond it (a
    // cancelled request may never reach the server; with 20 ms answers they practically always do).
    const asked = offsets(s);
    expect(asked.slice(0, 11)).toEqual(multiplesOf(100, 11));
    expect(asked.slice(11).every((offset) => offset === 1100 || offset === 1200)).toBe(true);
    expect(new Set(asked).size).toBe(asked.length);
  });

  test('one page, or two: no request past the end (read-ahead grows with each full page)', async () => {
    for (const [total, requests] of [
      [60, 1],
      [160, 2],
    ] as const) {
      const s = await serve(jobsHandler({ total }));
      const ids = await collect(testClient(s.url).beta.batch.list({ limit: 100 }, { readAhead: 8 }));
      expect(ids).toEqual(idsUpTo(total));
      expect(s.requests).toHaveLength(requests);
    }
  });

  test('with total_size, and with maxItems, nothing past the end is asked for', async () => {
    const known = await serve(jobsHandler({ total: 1_000, totalSize: 1_000 }));
    expect(await collect(testClient(known.url).beta.batch.list({ limit: 100 }, { readAhead: 4 }))).toEqual(
      idsUpTo(1_000),
    );
    expect(offsets(known)).toEqual(multiplesOf(100, 10));

    const capped = await serve(jobsHandler({ total: 1_000 }));
    const ids = await collect(testClient(capped.url).beta.batch.list({ limit: 100 }, { readAhead: 4, maxItems: 250 }));
    expect(ids).toEqual(idsUpTo(250));
    expect(offsets(capped)).toEqual([0, 100, 200]);
    expect(capped.requests.find((r) => r.url.searchParams.get('offset') === '200')?.url.searchParams.get('limit')).toBe(
      '50',
    );
  });

  test('a server sending more than asked: pages ahead are re-planned from where it really ended', async () => {
    const { handler } = slowJobs({ total: 1_000 }, (limit) => limit + 50);
    const s = await serve(handler);
    const ids = await collect(testClient(s.url).beta.batch.list({ limit: 100 }, { readAhead: 3 }));
    expect(ids).toEqual(idsUpTo(1_000));
  });

  /** Answers the first three pages at once and holds every later request for 20 s. */
  async function serveThreePagesThenHold() {
    const jobs = jobsHandler({ total: 10_000 });
    return serve((request, index) => ({ ...jobs(request, index), delayMs: index < 3 ? 0 : 20_000 }));
  }

  test('an AbortSignal cancels every request in flight', async () => {
    const s = await serveThreePagesThenHold();
    const controller = new AbortController();
    const pages = testClient(s.url).beta.batch.list({ limit: 10 }, { readAhead: 3, signal: controller.signal }).pages();
    const { error } = await rejectionOf(
      (async () => {
        let seen = 0;
        for await (const _page of pages) if (++seen === 3) setTimeout(() => controller.abort(), 50);
      })(),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    await until(() => s.requests.slice(3).every((r) => r.aborted === true));
    expect(s.requests).toHaveLength(6);
  });

  test('a debug log shows each cancelled request ending', async () => {
    const s = await serveThreePagesThenHold();
    const logger = capturingLogger();
    const client = createLlamaCloudClient({ apiKey: 'k', baseUrl: s.url, logLevel: 'debug', logger });
    let seen = 0;
    for await (const _page of client.beta.batch.list({ limit: 10 }, { readAhead: 3 }).pages()) if (++seen === 3) break;
    const cancelled = () => logger.lines.filter((line) => / cancelled after \d+ ms$/.test(line.message));
    await until(() => cancelled().length === 3);
    expect(
      cancelled()
        .map((line) => new URL(line.message.split(' ')[2] ?? '').searchParams.get('offset'))
        .sort(),
    ).toEqual(['30', '40', '50']);
  });
});

describe('broken servers', () => {
  test('endless identical full pages: PaginationError after the second request, not a loop', async () => {
    const same = pageOf(Array.from({ length: 50 }, (_, i) => makeJob(i)));
    const s = await serve(() => ({ body: same }));
    const ids: string[] = [];
    const { error } = await rejectionOf(
      (async () => {
        for await (const job of testClient(s.url).beta.batch.list()) ids.push(job.id);
      })(),
    );
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/page at offset 50 repeats the previous page's ids/);
    expect(ids).toEqual(idsUpTo(50));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(s.requests).toHaveLength(2);
  });

  test('a server cycling between two pages: PaginationError on the first repeat, not a loop', async () => {
    const pageA = pageOf(Array.from({ length: 50 }, (_, i) => makeJob(i)));
    const pageB = pageOf(Array.from({ length: 50 }, (_, i) => makeJob(50 + i)));
    const s = await serve((_request, index) => ({ body: index % 2 === 0 ? pageA : pageB }));
    const { error } = await rejectionOf(collect(testClient(s.url).beta.batch.list()));
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/page at offset 100 is one the server already sent/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(s.requests).toHaveLength(3);
  });

  test('a server that ignores limit and keeps sending full pages is still bounded by repeats', async () => {
    const s = await serve(() => ({ body: pageOf(Array.from({ length: 1000 }, (_, i) => makeJob(i))) }));
    await expect(collect(testClient(s.url).beta.batch.list({ limit: 1000 }))).rejects.toBeInstanceOf(PaginationError);
    expect(s.requests).toHaveLength(2);
  });

  test('a page error ends the walk with that error, after retries', async () => {
    const jobs = jobsHandler({ total: 2_500 });
    const s = await serve((request, index) => (index === 0 ? jobs(request, index) : { status: 404, body: {} }));
    const ids: string[] = [];
    await expect(
      (async () => {
        for await (const job of testClient(s.url).beta.batch.list({ limit: 10 })) ids.push(job.id);
      })(),
    ).rejects.toMatchObject({ status: 404 });
    expect(ids).toEqual(idsUpTo(10));
    expect(s.requests).toHaveLength(2);
  });
  test('a prefetched page failing while the caller is still busy is thrown by the loop, not unhandled', async () => {
    const jobs = jobsHandler({ total: 2_500 });
    const s = await serve((request, index) => (index === 0 ? jobs(request, index) : { status: 404, body: {} }));
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { error } = await rejectionOf(
        (async () => {
          for await (const _page of testClient(s.url).beta.batch.list({ limit: 10 }).pages()) {
            await until(() => s.requests.length === 2);
            await new Promise((resolve) => setTimeout(resolve, 100)); // page 2 fails meanwhile
          }
        })(),
      );
      expect(error).toMatchObject({ name: 'NotFoundError', status: 404 });
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
    expect(s.requests).toHaveLength(2);
  });
});

describe('stopping early', () => {
  test('breaking out of for await aborts the prefetched request', async () => {
    const jobs = jobsHandler({ total: 2_500 });
    const s = await serve((request, index) => ({ ...jobs(request, index), delayMs: index === 0 ? 0 : 20_000 }));
    const seen: string[] = [];
    for await (const job of testClient(s.url).beta.batch.list({ limit: 10 })) {
      seen.push(job.id);
      // Page 2 is asked for before page 1 is handed over; wait until it reaches the server.
      await until(() => s.requests.length === 2);
      break;
    }
    expect(seen).toEqual(idsUpTo(1));
    // Breaking hangs up on the prefetched request instead of leaving it to finish.
    await until(() => s.requests[1]?.aborted === true);
    expect(s.requests).toHaveLength(2);
    expect(s.requests[0]?.aborted).toBeUndefined();
  });

  test('an AbortSignal stops listAll mid-walk with APIUserAbortError', async () => {
    const jobs = jobsHandler({ total: 2_500 });
    const s = await serve((request, index) => ({ ...jobs(request, index), delayMs: index === 0 ? 0 : 20_000 }));
    const controller = new AbortController();
    const ids: string[] = [];
    const { error, ms } = await rejectionOf(
      (async () => {
        for await (const job of testClient(s.url).beta.batch.list({ limit: 10 }, { signal: controller.signal })) {
          ids.push(job.id);
          if (ids.length === 10) setTimeout(() => controller.abort(), 50);
        }
      })(),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(ms).toBeLessThan(10_000); // the second page would take 20 s
    expect(ids).toHaveLength(10);
    await until(() => s.requests[1]?.aborted === true);
    expect(s.requests).toHaveLength(2);
  });

  test('pages() yields whole pages and can be stopped after the first', async () => {
    const s = await serve(jobsHandler({ total: 2_500, totalSize: 2_500 }));
    for await (const page of testClient(s.url).beta.batch.list({ limit: 1000 }).pages()) {
      expect(page.items).toHaveLength(1000);
      expect(page.total_size).toBe(2_500);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(s.requests.length).toBeLessThanOrEqual(2);
  });

  test('bad input to pages() throws at the call, before any request', async () => {
    const s = await serve(jobsHandler({ total: 10 }));
    const client = testClient(s.url);
    expect(() => client.beta.batch.list({ limit: 5_000 }).pages()).toThrow(InvalidParameterError);
    await expect(collect(client.beta.batch.list({ offset: -1 }))).rejects.toBeInstanceOf(InvalidParameterError);
    expect(s.requests).toHaveLength(0);
  });
});
