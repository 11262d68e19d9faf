/** Calling any operation of the model by its key, the way a user would, and counting what reaches the wire. */
import { minimalBody, successResponse } from '@llamacloud-batch/testing';
import { type OperationKey, type OperationMeta, operationKeys, operationModel } from '@llamacloud-batch/types';
import type { FetchLike, ListOptions, LlamaCloudClient } from '../src/index.js';

/** The model's row for `key`, typed as any operation's. */
export const operationOf = (key: OperationKey): OperationMeta => operationModel[key];

/** Every operation's key whose row satisfies `where` (all of them by default), for `test.each`. */
export const operationsWhere = (where: (operation: OperationMeta) => boolean = () => true): OperationKey[] =>
  operationKeys.filter((key) => where(operationOf(key)));

/** A value for each path parameter, `job_id` → `job-1`: any string routes on Prism and the fault server. */
export const samplePathValues = (key: OperationKey): string[] =>
  operationModel[key].pathParams.map((name) => `${name.replace(/_id$/, '')}-1`);

/** The request path with the sample values in place of `{…}`. */
export function samplePath(key: OperationKey): string {
  const values = samplePathValues(key);
  let index = 0;
  return operationModel[key].path.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[index++] ?? ''));
}

type AnyMethod = (...args: unknown[]) => PromiseLike<unknown>;

/** `client.beta.batch.getStatus` for `beta.batch.getStatus`: the method the tree built for the key. */
export function methodOf(client: LlamaCloudClient, key: OperationKey): AnyMethod {
  const method = key.split('.').reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment], client);
  if (typeof method !== 'function') throw new Error(`client has no method ${key}`);
  return method as AnyMethod;
}

/**
 * Calls `key` with sample path values and `params` (default: the minimal body, if it takes one);
 * resolves with one answer (a paginated call is awaited for its first page).
 */
export function callOperation(
  client: LlamaCloudClient,
  key: OperationKey,
  params: Record<string, unknown> | undefined = minimalBody(key),
  options: ListOptions = {},
): Promise<unknown> {
  return Promise.resolve(methodOf(client, key)(...samplePathValues(key), params ?? {}, options));
}

/** A 2xx reply the operation's caller accepts: the spec's example. */
export const exampleReply = (key: OperationKey) => {
  const { status, example } = successResponse(key);
  return { status, body: example };
};

/** Wraps fetch to see every request the client sends (Prism is shared, so its own logs can't be used to count). */
export function countingFetch(rewrite: (request: Request) => Request = (r) => r): FetchLike & { calls: Request[] } {
  const calls: Request[] = [];
  const wrapped = (request: Request, init?: RequestInit) => {
    calls.push(request);
    return fetch(rewrite(request), init);
  };
  return Object.assign(wrapped, { calls });
}
