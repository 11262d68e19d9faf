/**
 * What paging needs to know and accept: the page shape, where a walk finds its inputs and outputs,
 * and the options callers give. The walkers themselves are in page-walkers.ts, loaded on first use.
 */

/** One page as the API returns it: an object with its items under the spec's `results` field. */
export type Page = Record<string, unknown>;
type Query = Record<string, unknown>;

/** Where a walk finds its inputs and outputs (the operation's `x-speakeasy-pagination`). */
export interface OffsetPaging {
  type: 'offsetLimit';
  offset: string;
  limit?: string | undefined;
  results: string;
  /** The spec's default page size, when it has one; without it only an empty page ends the walk. */
  defaultLimit?: number | undefined;
}
export interface CursorPaging {
  type: 'cursor';
  cursor: string;
  limit?: string | undefined;
  nextCursor: string;
  results: string;
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

export type FetchPage = (query: Query, signal: AbortSignal) => Promise<Page>;
