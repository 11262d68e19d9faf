/**
 * generated — do not edit.
 * Source: spec/openapi.yaml. Regenerate with `pnpm generate`; CI fails when this file is stale.
 */
/* biome-ignore-all lint: generated code */
/**
 * `@llamacloud-batch/client/batches`: `createLlamaCloudClient` with the
 * `batches` operations only (4), so a bundle carries no other operation of the spec.
 */
import { batches_list, batches_create, batches_get, batches_cancel } from '@llamacloud-batch/types/rows';
import { type ClientOf, type ClientOptions, createClientFor } from '../../client.js';

const rows = [batches_list, batches_create, batches_get, batches_cancel] as const;

/** The operations this entry's client has. */
export type GroupOperationKey = (typeof rows)[number]['id'];
/** `client.batches.list`, `client.batches.create`, `client.batches.get`, …, and `raw`, `baseUrl`. */
export type LlamaCloudClient = ClientOf<GroupOperationKey>;

/** A client with the `batches` operations of the spec as methods; options as the main entry's. */
export function createLlamaCloudClient(options: ClientOptions = {}): LlamaCloudClient {
  return createClientFor(rows, options);
}

export * from '../../errors.js';
