/** Compile-time behaviour of a group's entry: the main entry's types for its operations, and nothing else. */
import type { LlamaCloudClient } from '@llamacloud-batch/client';
import * as batches from '@llamacloud-batch/client/batches';
import * as batch from '@llamacloud-batch/client/beta/batch';
import { describe, expectTypeOf, test } from 'vitest';

const client = batch.createLlamaCloudClient({ apiKey: 'k' });

describe('@llamacloud-batch/client/beta/batch', () => {
  test('its methods are typed as the main entry’s', () => {
    expectTypeOf(client.beta.batch.list).toEqualTypeOf<LlamaCloudClient['beta']['batch']['list']>();
    expectTypeOf(client.beta.batch.jobItems.list).toEqualTypeOf<
      LlamaCloudClient['beta']['batch']['jobItems']['list']
    >();
    expectTypeOf(client.beta.batch.wait).toEqualTypeOf<LlamaCloudClient['beta']['batch']['wait']>();
    expectTypeOf(batch.createLlamaCloudClient).returns.toEqualTypeOf<batch.LlamaCloudClient>();
  });

  test('it has no other group', () => {
    // @ts-expect-error: `batches` is another entry's
    client.batches;
    // @ts-expect-error: `beta.directories` is another entry's
    client.beta.directories;
    expectTypeOf<batch.GroupOperationKey>().toEqualTypeOf<
      | 'beta.batch.list'
      | 'beta.batch.create'
      | 'beta.batch.getStatus'
      | 'beta.batch.cancel'
      | 'beta.batch.jobItems.list'
      | 'beta.batch.jobItems.getProcessingResults'
    >();
  });

  test('bad input is refused at compile time, as from the main entry', () => {
    // @ts-expect-error: not one of the spec's statuses
    client.beta.batch.list({ status: 'done' });
    // @ts-expect-error: the path argument is required
    client.beta.batch.getStatus();
  });
});

describe('@llamacloud-batch/client/batches', () => {
  test('has batches.wait, on batches.get', () => {
    const other = batches.createLlamaCloudClient();
    expectTypeOf(other.batches.wait).toEqualTypeOf<LlamaCloudClient['batches']['wait']>();
    // @ts-expect-error: `beta` is another entry's
    other.beta;
  });
});
