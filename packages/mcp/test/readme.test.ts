/** The README's tool list is generated from the model by scripts/readme-tools.mjs, not kept by hand. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

test('README.md lists the current tools', async () => {
  const script = resolve(import.meta.dirname, '../scripts/readme-tools.mjs');
  const result = await promisify(execFile)(process.execPath, [script, '--check']).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
});

test("every npx command in README.md passes -y (npx refuses to install without it when it can't ask)", () => {
  const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');
  const npx = readme.split('\n').filter((line) => /^\s*npx\s/.test(line));
  expect(npx.length).toBeGreaterThan(0);
  expect(npx.filter((line) => !/^\s*npx\s+-y\s/.test(line))).toEqual([]);
});
