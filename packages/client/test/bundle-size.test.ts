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
// The goal: 10 kB gzip for the call from its group's entry (`@llamacloud-batch/client/beta/batch`,
// whose size does not depend on the rest of the spec; the real-spec test compares it with a
// 230-operation build). The main entry carries every operation's row: asserted below the official
// SDK's 14.7 kB, so it cannot drift up unnoticed.
const CEILING_BYTES = 10 * 1024;
const OFFICIAL_SDK_BYTES = 14.7 * 1024;

async function bundleSize(max: number) {
  const { code, stdout } = await promisify(execFile)(process.execPath, [SCRIPT, '--json', `--max=${max}`]).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => error,
  );
  const report = JSON.parse(stdout) as {
    withinBudget: boolean;
    client: Measured;
    'client, main entry': Measured;
    'openapi-fetch alone': Measured;
    growth: { operations: number; inGroup: number; mainEntry: number; perOperation: number };
  };
  return { code, ...report };
}

test(`a minimal client.beta.batch.list() bundle: at most ${CEILING_BYTES / 1024} kB gzip from the group's entry, the main entry's below the official SDK's, validators and walkers lazy`, async () => {
  const result = await bundleSize(CEILING_BYTES);
  const { client } = result;
  const main = result['client, main entry'];
  const openapiFetch = result['openapi-fetch alone'];
  expect(result.code).toBe(0);
  expect(result.withinBudget).toBe(true);
  expect(client.gzip).toBeLessThanOrEqual(CEILING_BYTES);
  expect(main.gzip).toBeLessThan(OFFICIAL_SDK_BYTES);
  // Sanity: the measurement sees openapi-fetch at its known ~2.7 kB.
  expect(openapiFetch?.gzip).toBeGreaterThan(2_000);
  expect(openapiFetch?.gzip).toBeLessThan(3_500);
  expect(client.inputs.some((input) => input.file.includes('openapi-fetch'))).toBe(true);
  // Ajv output (bodies, opt-in responses) and the page walkers must not load for one page.
  for (const lazy of ['response-valid', 'request-valid', 'page-walkers', 'multipart']) {
    expect(client.inputs.some((input) => input.file.includes(lazy))).toBe(false);
  }
  expect(client.lazy.gzip).toBeGreaterThan(0);
  // The group's entry carries its own rows only; the main entry every operation's, each a row, not code.
  const rowsIn = (measured: Measured) => measured.inputs.find((input) => input.file.endsWith('generated/rows.js'));
  expect(rowsIn(client)?.bytes).toBeLessThan((rowsIn(main)?.bytes ?? 0) / 2);
  expect(result.growth.inGroup).toBeGreaterThan(0);
  expect(result.growth.operations).toBeGreaterThan(result.growth.inGroup);
  expect(result.growth.perOperation).toBeGreaterThan(0);
  expect(result.growth.perOperation).toBeLessThan(300);
}, 30_000);

test('the script exits 1 when over its budget', async () => {
  const result = await bundleSize(1_024);
  expect(result.withinBudget).toBe(false);
  expect(result.code).toBe(1);
}, 30_000);
