/**
 * `client.batch`: the 0.1 name of `client.beta.batch.list`, kept as a typed, deprecated alias so
 * code written against 0.1 keeps compiling. New code: `client.beta.batch.list(…)`.
 */
import type { BatchJob, BatchJobQueryResponse, ListBatchJobsQuery } from '@llamacloud-batch/types';
import type { RequestOptions } from '../core/transport.js';
import type { ListOptions, OperationTree } from '../operations/types.js';
import type { PageWalkOptions } from '../pagination.js';

export interface ListAllOptions extends Omit<RequestOptions, 'signal'>, PageWalkOptions {}

/** @deprecated Use `client.beta.batch.list` (await it for a page, `for await` it for every job, `.pages()` for pages). */
export interface BatchResource {
  /** @deprecated `await client.beta.batch.list(query, options)` */
  list(query?: ListBatchJobsQuery, options?: RequestOptions): Promise<BatchJobQueryResponse>;
  /** @deprecated `client.beta.batch.list(query, options).pages()` */
  pages(query?: ListBatchJobsQuery, options?: ListAllOptions): AsyncGenerator<BatchJobQueryResponse, void, undefined>;
  /** @deprecated `for await (const job of client.beta.batch.list(query, options))` */
  listAll(query?: ListBatchJobsQuery, options?: ListAllOptions): AsyncGenerator<BatchJob, void, undefined>;
}

export function deprecatedBatchResource(tree: OperationTree): BatchResource {
  const list = (query?: ListBatchJobsQuery, options?: ListOptions) => tree.beta.batch.list(query, options);
  return {
    list: async (query, options) => list(query, options),
    pages: (query, options) => list(query, options).pages(),
    listAll: (query, options) => list(query, options)[Symbol.asyncIterator](),
  };
}
