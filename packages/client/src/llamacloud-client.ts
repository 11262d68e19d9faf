/** `createLlamaCloudClient`: a client with every operation of the spec, `client.beta.batch.list(…)` and the rest. */
import { operationModel } from '@llamacloud-batch/types';
import { type ClientOptions, createClientFor, type LlamaCloudClient } from './client.js';

/**
 * Every operation of the spec as a method, nested by its SDK group. An app that calls one group
 * only can import that group's entry instead (`@llamacloud-batch/client/beta/batch`): the same
 * function and methods, with a bundle that carries only that group's operations.
 */
export function createLlamaCloudClient(options: ClientOptions = {}): LlamaCloudClient {
  return createClientFor(Object.values(operationModel), options);
}
