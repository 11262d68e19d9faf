/** batches.list over cursor pages (page_token / page_size → next_page_token), against good and broken servers. */
import {
  type BatchesServerOptions,
  batchesHandler,
  batchPageToken,
  type FaultServer,
  makeBatch,
} from '@llamacloud-batch/testing';
import { operationModel } from '@llamacloud-batch/types';
import { describe, expect, test } from 'vitest';
import { type Batch, PaginationError } from '../src/index.js';
import { rejectionOf, serveEachTest, testClient } from './helpers.js';

const serve = serveEachTest();
const paging = operationModel['batches.list'].pagination;

const idsUpTo = (n: number, from = 0) => Array.from({ length: n - from }, (_, i) => makeBatch(from + i).id);
const query = (s: FaultServer, name: string) => s.requests.map((r) => r.url.searchParams.get(name));

async function collect(batches: AsyncIterable<Batch>): Promise<string[]> {
  const ids: string[] = [];
  for await (const batch of batches) ids.push(batch.id);
  return ids;
}

test('the model pages batches.list by cursor', () => {
  expect(paging).toEqual({
    type: 'cursor',
    cursor: 'page_token',
    limit: 'page_size',
    nextCursor: 'next_page_token',
    results: 'items',
  });
});

describe('a walk ends where the server says', () => {
  test.each([
    { total: 120, end: 'null', requests: 3 },
    { total: 120, end: 'absent', requests: 3 },
    { total: 120, end: 'empty', requests: 3 },
    // No extra (empty) page when the count divides by the page size: the token says it was the last.
    { total: 100, end: 'null', requests: 2 },
    { total: 0, end: 'absent', requests: 1 },
  ] satisfies (Required<Pick<BatchesServerOptions, 'total' | 'end'>> & { requests: number })[])(
    '$total batches, last next_page_token $end: every batch once, in order, $requests requests',
    async ({ total, end, requests }) => {
      const s = await serve(batchesHandler({ total, end }));
      expect(await collect(testClient(s.url).batches.list({ page_size: 50 }))).toEqual(idsUpTo(total));
      expect(s.requests).toHaveLength(requests);
      expect(query(s, 'page_token')).toEqual(
        Array.from({ length: requests }, (_, page) => (page === 0 ? null : batchPageToken(page * 50))),
      );
      expect(query(s, 'page_size')).toEqual(Array(requests).fill('50'));
    },
  );

  test('filters are kept on every page', async () => {
    const s = await serve(batchesHandler({ total: 120 }));
    await collect(testClient(s.url).batches.list({ page_size: 50, status: 'RUNNING' }));
    expect(query(s, 'status')).toEqual(['RUNNING', 'RUNNING', 'RUNNING']);
  });

  test('await gives the first page only, in 1 request', async () => {
    const s = await serve(batchesHandler({ total: 120 }));
    const page = await testClient(s.url).batches.list({ page_size: 50 });
    expect(page.items.map((batch) => batch.id)).toEqual(idsUpTo(50));
    expect(page.next_page_token).toBe(batchPageToken(50));
    expect(s.requests).toHaveLength(1);
  });

  test('pages() yields each page whole, one request each', async () => {
    const s = await serve(batchesHandler({ total: 120 }));
    const sizes: number[] = [];
    for await (const page of testClient(s.url).batches.list({ page_size: 50 }).pages()) sizes.push(page.items.length);
    expect(sizes).toEqual([50, 50, 20]);
    expect(s.requests).toHaveLength(3);
  });
});

describe('maxItems', () => {
  test.each([
    { maxItems: 120, pageSize: 50, sizes: ['50', '50', '20'] },
    { maxItems: 100, pageSize: 50, sizes: ['50', '50'] },
    { maxItems: 30, pageSize: undefined, sizes: ['30'] },
    { maxItems: 10, pageSize: 50, sizes: ['10'] },
    { maxItems: 0, pageSize: 50, sizes: [] },
  ])(
    'maxItems $maxItems, page_size $pageSize: asks for page_size $sizes, gets exactly that many',
    async ({ maxItems, pageSize, sizes }) => {
      const s = await serve(batchesHandler({ total: 1_000 }));
      const params = pageSize === undefined ? {} : { page_size: pageSize };
      expect(await collect(testClient(s.url).batches.list(params, { maxItems }))).toEqual(idsUpTo(maxItems));
      expect(query(s, 'page_size')).toEqual(sizes);
    },
  );

  test('a server sending more than page_size asked: the walk still stops at maxItems', async () => {
    const batches = batchesHandler({ total: 1_000 });
    const s = await serve((request, index) => {
      request.url.searchParams.set('page_size', '50');
      return batches(request, index);
    });
    expect(await collect(testClient(s.url).batches.list({ page_size: 10 }, { maxItems: 25 }))).toEqual(idsUpTo(25));
    expect(s.requests).toHaveLength(1);
  });
});

describe('broken servers', () => {
  /** Serves 50 new batches per page but hands out `tokens[n]` as page n's next_page_token. */
  function withTokens(tokens: readonly string[]) {
    return serve((_request, index) => ({
      body: {
        items: Array.from({ length: 50 }, (_, i) => makeBatch(index * 50 + i)),
        next_page_token: tokens[index] ?? null,
      },
    }));
  }

  test('the same next_page_token twice in a row: PaginationError naming it, not a loop', async () => {
    const s = await withTokens(['tok-a', 'tok-a', 'tok-a', 'tok-a']);
    const ids: string[] = [];
    const { error } = await rejectionOf(
      (async () => {
        for await (const batch of testClient(s.url).batches.list()) ids.push(batch.id);
      })(),
    );
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toBe(
      'The server sent the next_page_token "tok-a" again on page 2; stopping instead of looping',
    );
    // The page that repeated the token still brought new batches: they are handed over, then the walk stops.
    expect(ids).toEqual(idsUpTo(100));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(query(s, 'page_token')).toEqual([null, 'tok-a']);
  });

  test('a server cycling between two tokens: PaginationError on the first one sent again', async () => {
    const s = await withTokens(['tok-a', 'tok-b', 'tok-a', 'tok-b']);
    const { error } = await rejectionOf(collect(testClient(s.url).batches.list()));
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/next_page_token "tok-a" again on page 3; /);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(query(s, 'page_token')).toEqual([null, 'tok-a', 'tok-b']);
  });

  test('new tokens but the same batches again: PaginationError, not a loop', async () => {
    let n = 0;
    const s = await serve(() => ({
      body: { items: Array.from({ length: 50 }, (_, i) => makeBatch(i)), next_page_token: `tok-${++n}` },
    }));
    const { error } = await rejectionOf(collect(testClient(s.url).batches.list()));
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toBe(
      'The page at page_token "tok-1" repeats the previous page\'s ids; stopping instead of looping (is the server ignoring page_token?)',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(s.requests).toHaveLength(2);
  });
});
