/** The README's tool list is generated from the model by scripts/readme-tools.mjs, not kept by hand. */
import { execFile } from 'node:child_process';
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
