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

test("the root README's terminal transcripts are what the commands print on a terminal", async () => {
  const script = resolve(import.meta.dirname, '../scripts/readme-transcripts.mjs');
  const result = await promisify(execFile)(process.execPath, [script, '--check']).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
}, 120_000);

test.each([
  ['plain lines', 'a\r\nb\r\n', ['a', 'b']],
  ['a progress line rewritten in place', 'running 10%\rrunning 50%\r\n', ['running 50%']],
  ['a progress line erased before the message', 'running 10%\r\x1b[2Kdone\n', ['done']],
  ['erase to the end of the line', 'abcdef\r\x1b[Kxy\n', ['xy']],
  ['colours stripped', '\x1b[31mred\x1b[39m\n', ['red']],
])('screen(): %s', async (_name, written, shown) => {
  const { screen } = await import('../scripts/readme-transcripts.mjs');
  expect(screen(written)).toEqual(shown);
});
