/**
 * Walks paginated operations page by page, by what the spec's `x-speakeasy-pagination` says.
 *
 * Offset pagination that works on the real API: `total_size` is usually null there, so a page
 * shorter than `limit` (or empty) ends the walk; `total_size` ends it early only when present.
 * The next page is requested while the caller works on the current one; with `readAhead` > 1, a
 * walk that keeps bringing full pages asks for up to that many pages ahead (one more per full page),
 * in order. Only the previous page's ids and a few bytes per page (its first and last id) are kept,
 * so memory stays flat in the items.
 *
 * Cursor pagination sends each page's `next_page_token` (or whatever the spec names) back as the
 * cursor until it is null, absent or empty; a token it has already sent ends the walk with a
 * PaginationError instead of a loop. The next page is asked for as soon as a page arrives.
 */
import { PaginationError } from './on-demand-errors.js';
import type { CursorPaging, FetchPage, OffsetPaging, Page, PageWalkOptions } from './pagination.js';

type Query = Record<string, unknown>;

/** The page's items; a page without an array there is the server's error, not the end. */
export function itemsOf(page: Page, field: string): unknown[] {
  const items = page[field];
  if (!Array.isArray(items)) throw new PaginationError(`A page has no \`${field}\` array; cannot page on`);
  return items;
}

interface PendingPage {
  at: number;
  pageLimit: number | undefined;
  page: Promise<Page>;
  controller: AbortController;
}

export async function* walkOffsetPages(
  fetchPage: FetchPage,
  query: Query,
  paging: OffsetPaging,
  options: PageWalkOptions = {},
): AsyncGenerator<Page, void, undefined> {
  const { maxItems } = options;
  const readAhead = options.readAhead ?? 1;
  const given = paging.limit === undefined ? undefined : query[paging.limit];
  // Without a known page size, every non-empty page counts as full: only an empty page ends the walk.
  const limit = typeof given === 'number' ? given : paging.defaultLimit;
  const queue: PendingPage[] = [];
  const cancel = (pending: PendingPage[]) => {
    for (const { controller } of pending) controller.abort();
  };
  const onAbort = () => cancel(queue);
  options.signal?.addEventListener('abort', onAbort, { once: true });

  const start = query[paging.offset];
  let nextAt = typeof start === 'number' ? start : 0; // where the next request starts
  let requested = 0; // items asked for so far (every page assumed full)
  let delivered = 0;
  let total: number | undefined; // the server's total_size, once it has sent one
  let fullPages = 0;
  const request = () => {
    const pageLimit = limit === undefined || maxItems === undefined ? limit : Math.min(limit, maxItems - requested);
    const controller = new AbortController();
    if (options.signal?.aborted) controller.abort();
    const at = nextAt;
    const pageQuery = { ...query, [paging.offset]: at };
    if (paging.limit !== undefined && pageLimit !== undefined) {
      pageQuery[paging.limit] = pageLimit;
    }
    const page = fetchPage(pageQuery, controller.signal);
    // A page asked for ahead can fail while the caller is still busy; the error is rethrown where the
    // page is awaited (or dropped with the page), so it must not count as an unhandled rejection.
    page.catch(() => {});
    queue.push({ at, pageLimit, page, controller });
    // Unknown page size: plan one page at a time (its offset is only known once it arrives).
    nextAt += pageLimit ?? 0;
    requested += pageLimit ?? 0;
  };
  /** Requests pages until `ahead` are in flight or the end is known to be reached. */
  const fill = (ahead: number) => {
    while (
      queue.length < (limit === undefined ? 1 : ahead) &&
      (maxItems === undefined || (limit === undefined ? delivered < maxItems : requested < maxItems)) &&
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
      const pageItems = itemsOf(page, paging.results);
      guard.check(pageItems, `offset ${at}`);
      const count = pageItems.length;
      const remaining = maxItems === undefined ? count : Math.min(count, maxItems - delivered);
      const items = remaining < count ? pageItems.slice(0, remaining) : pageItems;
      delivered += items.length;
      if (typeof page.total_size === 'number') total = page.total_size;
      const end = at + count;
      const more =
        count > 0 &&
        count >= (pageLimit ?? 0) &&
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
      yield items === pageItems ? page : { ...page, [paging.results]: items };
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    cancel(queue.splice(0));
  }
}

/**
 * Cursor pages, one request ahead: the next page is asked for as soon as a page arrives (its cursor
 * is only known then), so it overlaps the caller's work on the current one.
 */
export async function* walkCursorPages(
  fetchPage: FetchPage,
  query: Query,
  paging: CursorPaging,
  options: PageWalkOptions = {},
): AsyncGenerator<Page, void, undefined> {
  const { maxItems } = options;
  const given = paging.limit === undefined ? undefined : query[paging.limit];
  const limit = typeof given === 'number' ? given : undefined;
  const sent = new Set<string>();
  const guard = new RepeatGuard();
  let delivered = 0;
  let pages = 0;
  let pending: { page: Promise<Page>; controller: AbortController; cursor: unknown } | undefined;
  const request = (cursor: unknown) => {
    const controller = new AbortController();
    if (options.signal?.aborted) controller.abort();
    const pageQuery: Query = { ...query };
    if (cursor !== undefined) pageQuery[paging.cursor] = cursor;
    if (maxItems !== undefined && paging.limit !== undefined) {
      pageQuery[paging.limit] = Math.min(limit ?? Number.POSITIVE_INFINITY, maxItems - delivered);
      if (!Number.isFinite(pageQuery[paging.limit])) delete pageQuery[paging.limit];
    }
    const page = fetchPage(pageQuery, controller.signal);
    page.catch(() => {});
    pending = { page, controller, cursor };
  };
  const onAbort = () => pending?.controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (maxItems === 0) return;
    const first = query[paging.cursor];
    if (typeof first === 'string' && first !== '') sent.add(first);
    request(first);
    while (pending) {
      const { cursor } = pending;
      const page = await pending.page;
      pending = undefined;
      pages++;
      const pageItems = itemsOf(page, paging.results);
      guard.check(pageItems, `${paging.cursor} ${JSON.stringify(cursor)}`);
      const remaining = maxItems === undefined ? pageItems.length : Math.min(pageItems.length, maxItems - delivered);
      const items = remaining < pageItems.length ? pageItems.slice(0, remaining) : pageItems;
      delivered += items.length;
      const next = page[paging.nextCursor];
      const more = typeof next === 'string' && next !== '' && (maxItems === undefined || delivered < maxItems);
      // A token already sent would loop: this page's items are still new, so hand them over, then stop.
      const repeated = more && sent.has(next);
      if (more && !repeated) {
        sent.add(next);
        request(next);
      }
      yield items === pageItems ? page : { ...page, [paging.results]: items };
      if (repeated) {
        throw new PaginationError(
          `The server sent the ${paging.nextCursor} ${JSON.stringify(next)} again on page ${pages}; stopping instead of looping`,
        );
      }
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    pending?.controller.abort();
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

  check(items: readonly unknown[], where: string): void {
    const ids = new Set(items.map(identity));
    const previous = this.previousIds;
    this.previousIds = ids;
    if (items.length === 0) return;
    if (previous && [...ids].every((id) => previous.has(id))) {
      throw new PaginationError(
        `The page at ${where} repeats the previous page's ids; stopping instead of looping (is the server ignoring ${where.split(' ')[0]}?)`,
      );
    }
    const fingerprint = `${items.length}\u0000${identity(items[0])}\u0000${identity(items.at(-1))}`;
    if (this.fingerprints.has(fingerprint)) {
      throw new PaginationError(
        `The page at ${where} is one the server already sent; stopping instead of looping (is the server cycling?)`,
      );
    }
    this.fingerprints.add(fingerprint);
  }
}

/** What tells two items apart: their `id` (or `item_id`) when they have one, else the whole item. */
function identity(item: unknown): string {
  if (typeof item === 'object' && item !== null) {
    const { id, item_id } = item as { id?: unknown; item_id?: unknown };
    if (typeof id === 'string') return id;
    if (typeof item_id === 'string') return item_id;
  }
  return JSON.stringify(item);
}
