/** The README's flag list is the built CLI's own --help, not a hand-kept copy. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

test('README.md shows the current `beta:batch list --help`', async () => {
  const script = resolve(import.meta.dirname, '../scripts/readme-help.mjs');
  const result = await promisify(execFile)(process.execPath, [script, '--check']).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
});
