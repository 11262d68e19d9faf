/**
 * Offset pagination that works on the real API: `total_size` is usually null there, so a page
 * shorter than `limit` (or empty) ends the walk; `total_size` ends it early only when present.
 * The next page is requested while the caller works on the current one. Only the previous page's
 * ids and a few bytes per page (its first and last id) are kept, so memory stays flat in the items.
 */
import type { BatchJobQueryResponse } from '@llamacloud-batch/types';
import { PaginationError } from './errors.js';

export interface OffsetPageQuery {
  limit?: number;
  offset?: number;
}

export interface PageWalkOptions {
  /** Stop after this many items in total. */
  maxItems?: number | undefined;
  /** Cancels the walk and any request in flight. */
  signal?: AbortSignal | undefined;
}

export type FetchPage<Q> = (query: Q, signal: AbortSignal) => Promise<BatchJobQueryResponse>;

export async function* walkPages<Q extends OffsetPageQuery>(
  fetchPage: FetchPage<Q>,
  query: Q,
  defaultLimit: number,
  options: PageWalkOptions = {},
): AsyncGenerator<BatchJobQueryResponse, void, undefined> {
  const { maxItems } = options;
  const limit = query.limit ?? defaultLimit;
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) onAbort();

  let offset = query.offset ?? 0;
  let delivered = 0;
  const request = (at: number) => {
    const pageLimit = maxItems === undefined ? limit : Math.min(limit, maxItems - delivered);
    const page = fetchPage({ ...query, limit: pageLimit, offset: at }, controller.signal);
    // A prefetched page can fail while the caller is still busy with the previous one; the error is
    // rethrown where the page is awaited, so it must not count as an unhandled rejection meanwhile.
    page.catch(() => {});
    return { at, pageLimit, page };
  };
  let pending: ReturnType<typeof request> | undefined = maxItems === 0 ? undefined : request(offset);
  const guard = new RepeatGuard();
  try {
    while (pending) {
      const { at, pageLimit } = pending;
      const page = await pending.page;
      pending = undefined;
      guard.check(page.items, at);
      const count = page.items.length;
      const remaining = maxItems === undefined ? count : Math.min(count, maxItems - delivered);
      const items = remaining < count ? page.items.slice(0, remaining) : page.items;
      delivered += items.length;
      offset = at + count;
      const totalReached = page.total_size != null && offset >= page.total_size;
      const more = count > 0 && count >= pageLimit && !totalReached && (maxItems === undefined || delivered < maxItems);
      // Ask for the next page before handing this one over, so the two overlap.
      if (more) pending = request(offset);
      yield items === page.items ? page : { ...page, items };
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    if (pending) {
      controller.abort();
      pending.page.catch(() => {});
    }
  }
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
