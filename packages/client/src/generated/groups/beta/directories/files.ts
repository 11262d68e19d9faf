/**
 * generated — do not edit.
 * Source: spec/openapi.yaml. Regenerate with `pnpm generate`; CI fails when this file is stale.
 */
/* biome-ignore-all lint: generated code */
/**
 * `@llamacloud-batch/client/beta/directories/files`: `createLlamaCloudClient` with the
 * `beta.directories.files` operations only (6), so a bundle carries no other operation of the spec.
 */
import { beta_directories_files_list, beta_directories_files_add, beta_directories_files_upload, beta_directories_files_get, beta_directories_files_delete, beta_directories_files_update } from '@llamacloud-batch/types/rows';
import { type ClientOf, type ClientOptions, createClientFor } from '../../../../client.js';

const rows = [beta_directories_files_list, beta_directories_files_add, beta_directories_files_upload, beta_directories_files_get, beta_directories_files_delete, beta_directories_files_update] as const;

/** The operations this entry's client has. */
export type GroupOperationKey = (typeof rows)[number]['id'];
/** `client.beta.directories.files.list`, `client.beta.directories.files.add`, `client.beta.directories.files.upload`, …, and `raw`, `baseUrl`. */
export type LlamaCloudClient = ClientOf<GroupOperationKey>;

/** A client with the `beta.directories.files` operations of the spec as methods; options as the main entry's. */
export function createLlamaCloudClient(options: ClientOptions = {}): LlamaCloudClient {
  return createClientFor(rows, options);
}

export * from '../../../../errors.js';
