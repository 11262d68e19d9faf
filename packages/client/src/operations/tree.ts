/**
 * Builds `client.beta.batch.list(…)` and every other method from the operation model: one generic
 * function per row, nested by the row's group. Paginated rows return a PagePromise.
 */
import type { OperationMeta } from '@llamacloud-batch/types';
import { checkCount } from '../core/options.js';
import {
  type CursorPaging,
  type FetchPage,
  MAX_READ_AHEAD,
  type OffsetPaging,
  type Page,
  type PageWalkOptions,
} from '../pagination.js';
import type { Call } from './call.js';
import { PagePromise } from './page-promise.js';
import { prepareRequest } from './prepare.js';
import type { ListOptions, OperationTree } from './types.js';

type Node = Record<string, unknown>;

/** A client method as code that knows an operation only by its row of the model calls it. */
export type AnyOperationMethod = (...args: unknown[]) => PromiseLike<unknown> & {
  pages?: () => AsyncGenerator<Page, void, undefined>;
};

/** Where a row's method sits in the tree: its group's segments (`beta`, `batch`), then the row's name. */
function groupSegments(operation: OperationMeta): string[] {
  return (operation.group ?? '').split('.').filter(Boolean);
}

export function buildOperationTree(rows: readonly OperationMeta[], call: Call): OperationTree {
  const root: Node = {};
  for (const operation of rows) {
    let node = root;
    for (const segment of groupSegments(operation)) {
      node[segment] ??= {};
      node = node[segment] as Node;
    }
    node[operation.name ?? ''] = operationMethod(operation, call);
  }
  return root as OperationTree;
}

/**
 * The client's method for a row of the model (`client.beta.batch.getStatus` for
 * `beta.batch.getStatus`), for code that drives operations from the model (the CLI, the MCP server).
 */
export function methodFor(client: object, operation: OperationMeta): AnyOperationMethod {
  let node: unknown = client;
  for (const segment of [...groupSegments(operation), operation.name ?? '']) {
    node = (node as Node | undefined)?.[segment];
  }
  if (typeof node !== 'function') throw new Error(`The client has no method for ${operation.id}`);
  return node as AnyOperationMethod;
}

function operationMethod(operation: OperationMeta, call: Call) {
  const count = operation.pathParams?.length ?? 0;
  const split = (args: unknown[]) => ({
    pathValues: args.slice(0, count),
    params: args[count] as Record<string, unknown> | undefined,
    options: (args[count + 1] ?? {}) as ListOptions,
  });
  if (!operation.pagination) {
    return (...args: unknown[]) => {
      const { pathValues, params, options } = split(args);
      return call(operation, pathValues, params, options);
    };
  }
  const pagination = operation.pagination;
  const limitParameter = operation.parameters.find((p) => p.name === pagination.limit);
  const defaultLimit = typeof limitParameter?.default === 'number' ? limitParameter.default : undefined;
  return (...args: unknown[]) => {
    const { pathValues, params, options } = split(args);
    const { maxItems, readAhead, signal, ...requestOptions } = options;
    let problem: unknown;
    try {
      // Checked now, so `.pages()` throws at once and `await` rejects, with nothing sent.
      prepareRequest(operation, pathValues, params);
      if (maxItems !== undefined) checkCount('maxItems', maxItems, 0);
      if (readAhead !== undefined) checkCount('readAhead', readAhead, 1, MAX_READ_AHEAD);
    } catch (error) {
      problem = error;
    }
    const fetchPage = (query: Record<string, unknown>, pageSignal: AbortSignal) =>
      call(operation, pathValues, query, { ...requestOptions, signal: pageSignal }) as Promise<Page>;
    const walkOptions = { maxItems, readAhead, signal };
    return new PagePromise(
      () => call(operation, pathValues, params, { ...requestOptions, signal }) as Promise<Page>,
      () =>
        walk(
          pagination.type === 'cursor' ? pagination : { ...pagination, defaultLimit },
          fetchPage,
          params,
          walkOptions,
        ),
      pagination.results,
      problem,
    );
  };
}

/** The walkers load with the first walk, so a program that reads single pages never carries them. */
async function* walk(
  paging: CursorPaging | OffsetPaging,
  fetchPage: FetchPage,
  params: Record<string, unknown> | undefined,
  options: PageWalkOptions,
): AsyncGenerator<Page, void, undefined> {
  const walkers: typeof import('../page-walkers.js') = await import('../page-walkers.js');
  yield* paging.type === 'cursor'
    ? walkers.walkCursorPages(fetchPage, params ?? {}, paging, options)
    : walkers.walkOffsetPages(fetchPage, params ?? {}, paging, options);
}
