/** CI check of scripts/bundle-size.mjs: what one `client.beta.batch.list()` call costs an app's bundle. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

interface Measured {
  chunks: number;
  minified: number;
  gzip: number;
  lazy: { minified: number; gzip: number };
  inputs: { file: string; bytes: number }[];
}

const SCRIPT = resolve(import.meta.dirname, '../scripts/bundle-size.mjs');
// The goal: 10 kB gzip with every operation of the spec in the client (the official SDK: 14.7 kB).
const CEILING_BYTES = 10 * 1024;

async function bundleSize(max: number) {
  const { code, stdout } = await promisify(execFile)(process.execPath, [SCRIPT, '--json', `--max=${max}`]).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => error,
  );
  const report = JSON.parse(stdout) as {
    withinBudget: boolean;
    client: Measured;
    'openapi-fetch alone': Measured;
    growth: { operations: number; withOneOperation: number; perOperation: number };
  };
  return { code, ...report };
}

test(`a minimal client.beta.batch.list() bundle is at most ${CEILING_BYTES / 1024} kB gzip, validators and walkers stay lazy`, async () => {
  const result = await bundleSize(CEILING_BYTES);
  const { client } = result;
  const openapiFetch = result['openapi-fetch alone'];
  expect(result.code).toBe(0);
  expect(result.withinBudget).toBe(true);
  expect(client.gzip).toBeLessThanOrEqual(CEILING_BYTES);
  // Sanity: the measurement sees openapi-fetch at its known ~2.7 kB.
  expect(openapiFetch?.gzip).toBeGreaterThan(2_000);
  expect(openapiFetch?.gzip).toBeLessThan(3_500);
  expect(client.inputs.some((input) => input.file.includes('openapi-fetch'))).toBe(true);
  // Ajv output (bodies, opt-in responses) and the page walkers must not load for one page.
  for (const lazy of ['response-valid', 'request-valid', 'page-walkers']) {
    expect(client.inputs.some((input) => input.file.includes(lazy))).toBe(false);
  }
  expect(client.lazy.gzip).toBeGreaterThan(0);
  // The measured growth: every operation of the spec is a row of the model, not code.
  expect(result.growth.operations).toBeGreaterThan(1);
  expect(result.growth.withOneOperation).toBeLessThan(client.gzip);
  expect(result.growth.perOperation).toBeLessThan(300);
}, 30_000);

test('the script exits 1 when over its budget', async () => {
  const result = await bundleSize(1_024);
  expect(result.withinBudget).toBe(false);
  expect(result.code).toBe(1);
}, 30_000);
