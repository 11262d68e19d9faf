/** The README's error table keeps up with the exported error classes. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import * as client from '../src/index.js';

const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');

test('every exported error class has a row in the README error table, and no row is stale', () => {
  const exported = Object.entries(client)
    .filter(([, value]) => typeof value === 'function' && value.prototype instanceof client.LlamaCloudError)
    .map(([name]) => name)
    .sort();
  const documented = [...readme.matchAll(/^\| `(\w+Error)` +\|/gm)].map((match) => match[1]).sort();
  expect(documented).toEqual(exported);
});

test('the README documents the defaults the code uses', () => {
  expect(readme).toContain(`baseUrl: '${client.DEFAULT_BASE_URL}'`);
  expect(readme).toContain(`timeout: ${client.DEFAULT_TIMEOUT_MS.toLocaleString('en').replace(',', '_')}`);
  expect(readme).toContain(`maxRetries: ${client.DEFAULT_MAX_RETRIES}`);
  for (const level of client.LOG_LEVELS) expect(readme).toContain(`\`${level}\``);
});
