/**
 * The group entry points (`@llamacloud-batch/client/beta/batch`, generated per SDK group): imported
 * through the package's own exports as an app does, each client has exactly its group's operations
 * (and the waits on them), calls them like the main entry's, and throws the same error classes.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createLlamaCloudClient as createFull, InvalidParameterError, methodFor } from '@llamacloud-batch/client';
import * as batchEntry from '@llamacloud-batch/client/beta/batch';
import { operationModel } from '@llamacloud-batch/types';
import { describe, expect, inject, test } from 'vitest';

const groupsDir = resolve(import.meta.dirname, '../src/generated/groups');
const entries = readdirSync(groupsDir, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -'.ts'.length));
const options = { apiKey: 'llx-test-key', logLevel: 'off', timeout: 5_000 } as const;

/** Every `group.name` path of a client's methods, `wait` included. */
function methodsOf(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'raw' || key === 'baseUrl'
      ? []
      : typeof value === 'function'
        ? [`${prefix}${key}`]
        : methodsOf(value as object, `${prefix}${key}.`),
  );
}

describe('one entry point per group and per group holding others', () => {
  const groups = new Set(
    Object.values(operationModel).flatMap((o) => o.group.split('.').map((_, i, all) => all.slice(0, i + 1).join('.'))),
  );

  test('the generated entries are the spec’s groups, no more, no fewer', () => {
    expect(entries.map((entry) => entry.replaceAll('/', '.')).sort()).toEqual([...groups].sort());
  });

  test.each(entries)(
    '@llamacloud-batch/client/%s has exactly its group’s operations, and a wait where the polled one is',
    async (entry) => {
      const group = entry.replaceAll('/', '.');
      const module = await import(`@llamacloud-batch/client/${entry}`);
      const client = module.createLlamaCloudClient(options);
      const expected = Object.values(operationModel)
        .filter((o) => o.group === group || o.group.startsWith(`${group}.`))
        .map((o) => o.id);
      const methods = methodsOf(client);
      const waits = methods.filter((m) => m.endsWith('.wait'));
      expect(methods.filter((m) => !m.endsWith('.wait')).sort()).toEqual(expected.sort());
      expect(waits.sort()).toEqual(
        [
          expected.includes('beta.batch.getStatus') ? 'beta.batch.wait' : [],
          expected.includes('batches.get') ? 'batches.wait' : [],
        ].flat(),
      );
      expect(module.APIError).toBeDefined();
    },
  );
});

describe('@llamacloud-batch/client/beta/batch against the Prism mock', () => {
  const url = inject('prismUrl');

  test('list() answers as the main entry’s does', async () => {
    const client = batchEntry.createLlamaCloudClient({ ...options, baseUrl: url });
    const full = createFull({ ...options, baseUrl: url });
    expect(await client.beta.batch.list({ limit: 5 })).toStrictEqual(await full.beta.batch.list({ limit: 5 }));
    expect(client.baseUrl).toBe(url);
    expect(methodFor(client, operationModel['beta.batch.getStatus'])).toBeTypeOf('function');
  });

  test('bad input is the main entry’s InvalidParameterError (one class for both), and nothing is sent', async () => {
    const sent: Request[] = [];
    const client = batchEntry.createLlamaCloudClient({
      ...options,
      baseUrl: url,
      fetch: (request: Request) => {
        sent.push(request);
        return fetch(request);
      },
    });
    // @ts-expect-error: not one of the spec's statuses
    const error = await client.beta.batch.list({ status: 'done' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toBeInstanceOf(batchEntry.InvalidParameterError);
    expect(sent).toHaveLength(0);
  });

  test('a missing API key is the same ConfigurationError, naming the variable', () => {
    expect(() => batchEntry.createLlamaCloudClient({ apiKey: '' })).toThrow(batchEntry.ConfigurationError);
    expect(() => batchEntry.createLlamaCloudClient({ apiKey: '' })).toThrow(/LLAMA_CLOUD_API_KEY/);
  });
});
