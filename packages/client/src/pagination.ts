/**
 * Offset pagination that works on the real API: `total_size` is usually null there, so a page
 * shorter than `limit` (or empty) ends the walk; `total_size` ends it early only when present.
 * The next page is requested while the caller works on the current one; with `readAhead` > 1, a
 * walk that keeps bringing full pages asks for up to that many pages ahead (one more per full page),
 * in order. Only the previous page's ids and a few bytes per page (its first and last id) are kept,
 * so memory stays flat in the items.
 */
import type { BatchJobQueryResponse } from '@llamacloud-batch/types';
import { PaginationError } from './errors.js';

export interface OffsetPageQuery {
  limit?: number;
  offset?: number;
}

/** The most pages a walk may request ahead of the one being handled. */
export const MAX_READ_AHEAD = 8;

export interface PageWalkOptions {
  /** Stop after this many items in total. */
  maxItems?: number | undefined;
  /** Cancels the walk and any request in flight. */
  signal?: AbortSignal | undefined;
  /**
   * How many pages may be requested ahead of the one being handled, 1 to 8 (default 1). More hides
   * more of the server's latency on long walks; without `total_size` the walk then ends with up to
   * `readAhead - 1` requests past the last page, cancelled once the short page arrives.
   */
  readAhead?: number | undefined;
}

export type FetchPage<Q> = (query: Q, signal: AbortSignal) => Promise<BatchJobQueryResponse>;

interface PendingPage {
  at: number;
  pageLimit: number;
  page: Promise<BatchJobQueryResponse>;
  controller: AbortController;
}

export async function* walkPages<Q extends OffsetPageQuery>(
  fetchPage: FetchPage<Q>,
  query: Q,
  defaultLimit: number,
  options: PageWalkOptions = {},
): AsyncGenerator<BatchJobQueryResponse, void, undefined> {
  const { maxItems } = options;
  const readAhead = options.readAhead ?? 1;
  const limit = query.limit ?? defaultLimit;
  const queue: PendingPage[] = [];
  const cancel = (pending: PendingPage[]) => {
    for (const { controller } of pending) controller.abort();
  };
  const onAbort = () => cancel(queue);
  options.signal?.addEventListener('abort', onAbort, { once: true });

  let nextAt = query.offset ?? 0; // where the next request starts
  let requested = 0; // items asked for so far (every page assumed full)
  let delivered = 0;
  let total: number | undefined; // the server's total_size, once it has sent one
  let fullPages = 0;
  const request = () => {
    const pageLimit = maxItems === undefined ? limit : Math.min(limit, maxItems - requested);
    const controller = new AbortController();
    if (options.signal?.aborted) controller.abort();
    const at = nextAt;
    const page = fetchPage({ ...query, limit: pageLimit, offset: at }, controller.signal);
    // A page asked for ahead can fail while the caller is still busy; the error is rethrown where the
    // page is awaited (or dropped with the page), so it must not count as an unhandled rejection.
    page.catch(() => {});
    queue.push({ at, pageLimit, page, controller });
    nextAt += pageLimit;
    requested += pageLimit;
  };
  /** Requests pages until `ahead` are in flight or the end is known to be reached. */
  const fill = (ahead: number) => {
    while (
      queue.length < ahead &&
      (maxItems === undefined || requested < maxItems) &&
      (total === undefined || nextAt < total)
    ) {
      request();
    }
  };
  fill(1);
  const guard = new RepeatGuard();
  try {
    for (let pending = queue[0]; pending; pending = queue[0]) {
      const { at, pageLimit } = pending;
      const page = await pending.page; // still in the queue meanwhile, so an abort cancels it too
      queue.shift();
      guard.check(page.items, at);
      const count = page.items.length;
      const remaining = maxItems === undefined ? count : Math.min(count, maxItems - delivered);
      const items = remaining < count ? page.items.slice(0, remaining) : page.items;
      delivered += items.length;
      if (page.total_size != null) total = page.total_size;
      const end = at + count;
      const more =
        count > 0 &&
        count >= pageLimit &&
        (total === undefined || end < total) &&
        (maxItems === undefined || delivered < maxItems);
      if (!more || end !== nextPlannedAt(queue, nextAt)) {
        // The walk ends here, or the server sent more than asked and the pages ahead start at the wrong offset.
        cancel(queue.splice(0));
        nextAt = end;
        requested = delivered;
      }
      if (more) {
        fullPages++;
        // Ask for the next page(s) before handing this one over, so they overlap.
        fill(Math.min(readAhead, fullPages));
      }
      yield items === page.items ? page : { ...page, items };
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    cancel(queue.splice(0));
  }
}

/** Where the first page still in flight starts (`nextAt` when none is). */
function nextPlannedAt(queue: readonly PendingPage[], nextAt: number): number {
  return queue[0]?.at ?? nextAt;
}

/** Spots a server that sends a page again instead of the next one: ignoring offset, or cycling. */
class RepeatGuard {
  private previousIds: Set<string> | undefined;
  // A server cycling through pages A, B, A, B… repeats a (size, first id, last id) it sent before.
  private readonly fingerprints = new Set<string>();

  check(items: readonly { id: string }[], at: number): void {
    const ids = new Set(items.map((item) => item.id));
    const previous = this.previousIds;
    this.previousIds = ids;
    const first = items[0]?.id;
    if (first === undefined) return;
    if (previous && [...ids].every((id) => previous.has(id))) {
      throw new PaginationError(
        `The page at offset ${at} repeats the previous page's ids; stopping instead of looping (is the server ignoring offset?)`,
      );
    }
    const fingerprint = `${items.length}\u0000${first}\u0000${items.at(-1)?.id}`;
    if (this.fingerprints.has(fingerprint)) {
      throw new PaginationError(
        `The page at offset ${at} is one the server already sent; stopping instead of looping (is the server cycling?)`,
      );
    }
    this.fingerprints.add(fingerprint);
  }
}
