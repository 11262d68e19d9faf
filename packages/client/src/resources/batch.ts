/** `client.batch`: the List Batch Jobs operation, one page or all of them. */
import type { BatchJob, BatchJobQueryResponse, ListBatchJobsQuery, paths } from '@llamacloud-batch/types';
import { listBatchJobsOperation, listBatchJobsPath } from '@llamacloud-batch/types';
import type { Client } from 'openapi-fetch';
import { checkCount } from '../core/options.js';
import { PlainRequest, type RequestOptions, type Send } from '../core/transport.js';
import { excerpt, MalformedResponseError, makeAPIError, redactSecret } from '../errors.js';
import { MAX_READ_AHEAD, type PageWalkOptions, walkPages } from '../pagination.js';
import { validateParameters } from '../validation.js';

export interface ListAllOptions extends Omit<RequestOptions, 'signal'>, PageWalkOptions {}

export interface BatchResource {
  /** One page of jobs; throws a typed error for anything but a well-formed 2xx. */
  list(query?: ListBatchJobsQuery, options?: RequestOptions): Promise<BatchJobQueryResponse>;
  /** Every page, in order, fetching the next while you handle the current one. */
  pages(query?: ListBatchJobsQuery, options?: ListAllOptions): AsyncGenerator<BatchJobQueryResponse, void, undefined>;
  /** Every job across all pages (or the first `maxItems`). */
  listAll(query?: ListBatchJobsQuery, options?: ListAllOptions): AsyncGenerator<BatchJob, void, undefined>;
}

const DEFAULT_PAGE_SIZE = pageSizeDefault();

/** The spec's default `limit`: paging must know the page size the server will use when none is sent. */
function pageSizeDefault(): number {
  const limit = listBatchJobsOperation.parameters.find((p) => p.name === 'limit')?.default;
  if (typeof limit !== 'number') throw new Error('spec/openapi.yaml: the list operation needs a numeric default limit');
  return limit;
}

export interface BatchResourceOptions {
  /** Check every page against the spec's schema (see `validateResponses`). */
  validateResponses: boolean;
  /** The API key, scrubbed from anything a server echoes back into an error. */
  secret: string;
  /** Whether calls may skip building a platform Request (see PlainRequest). */
  plainRequests: () => boolean;
}

export function createBatchResource(raw: Client<paths>, send: Send, config: BatchResourceOptions): BatchResource {
  async function list(query: ListBatchJobsQuery = {}, options: RequestOptions = {}): Promise<BatchJobQueryResponse> {
    validateParameters(listBatchJobsOperation, query);
    let text = '';
    const { error, response } = await raw.GET(listBatchJobsPath, {
      params: { query },
      // The transport hands over a 2xx body as text (read once); openapi-fetch must not read it again.
      parseAs: 'stream',
      ...(config.plainRequests() && { Request: PlainRequest as unknown as typeof Request }),
      fetch: (request: Request) =>
        send(request, {
          ...options,
          onText: (body) => {
            text = body;
          },
        }),
    });
    if (!response.ok) {
      throw makeAPIError({
        status: response.status,
        headers: response.headers,
        body: redactSecret(error, config.secret),
      });
    }
    const page = parsePage(response.status, text, config.secret);
    if (config.validateResponses) {
      const validation: typeof import('../response-validation.js') = await import('../response-validation.js');
      validation.assertValidPage(response.status, page);
    }
    return page;
  }

  function pages(query: ListBatchJobsQuery = {}, options: ListAllOptions = {}) {
    const { maxItems, signal, readAhead, ...requestOptions } = options;
    validateParameters(listBatchJobsOperation, query);
    if (maxItems !== undefined) checkCount('maxItems', maxItems, 0);
    if (readAhead !== undefined) checkCount('readAhead', readAhead, 1, MAX_READ_AHEAD);
    return walkPages((q, pageSignal) => list(q, { ...requestOptions, signal: pageSignal }), query, DEFAULT_PAGE_SIZE, {
      maxItems,
      signal,
      readAhead,
    });
  }

  async function* listAll(query: ListBatchJobsQuery = {}, options: ListAllOptions = {}) {
    for await (const page of pages(query, options)) yield* page.items;
  }

  return { list, pages, listAll };
}

/** Parses a 2xx body, insisting on the page shape the spec promises (an object with `items`). */
function parsePage(status: number, text: string, secret: string): BatchJobQueryResponse {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new MalformedResponseError(status, excerpt(redactSecret(text, secret)), 'body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { items?: unknown }).items)) {
    throw new MalformedResponseError(
      status,
      excerpt(redactSecret(text, secret)),
      'expected an object with an `items` array',
    );
  }
  return body as BatchJobQueryResponse;
}
