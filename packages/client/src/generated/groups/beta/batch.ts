/**
 * generated — do not edit.
 * Source: spec/openapi.yaml. Regenerate with `pnpm generate`; CI fails when this file is stale.
 */
/* biome-ignore-all lint: generated code */
/**
 * `@llamacloud-batch/client/beta/batch`: `createLlamaCloudClient` with the
 * `beta.batch` operations only (6), so a bundle carries no other operation of the spec.
 */
import { beta_batch_list, beta_batch_create, beta_batch_getStatus, beta_batch_cancel, beta_batch_jobItems_list, beta_batch_jobItems_getProcessingResults } from '@llamacloud-batch/types/rows';
import { type ClientOf, type ClientOptions, createClientFor } from '../../../client.js';

const rows = [beta_batch_list, beta_batch_create, beta_batch_getStatus, beta_batch_cancel, beta_batch_jobItems_list, beta_batch_jobItems_getProcessingResults] as const;

/** The operations this entry's client has. */
export type GroupOperationKey = (typeof rows)[number]['id'];
/** `client.beta.batch.list`, `client.beta.batch.create`, `client.beta.batch.getStatus`, …, and `raw`, `baseUrl`. */
export type LlamaCloudClient = ClientOf<GroupOperationKey>;

/** A client with the `beta.batch` operations of the spec as methods; options as the main entry's. */
export function createLlamaCloudClient(options: ClientOptions = {}): LlamaCloudClient {
  return createClientFor(rows, options);
}

export * from '../../../errors.js';
