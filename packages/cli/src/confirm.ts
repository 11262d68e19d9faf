/** Asks before a command that changes or destroys something on the server; `--yes` skips the question. */
import { createInterface } from 'node:readline/promises';
import { UsageError } from './errors.js';
import type { Io } from './io.js';

export async function confirm(request: string, io: Io): Promise<void> {
  const { stdin } = io;
  if (!stdin?.isTTY || !io.stderr.isTTY) {
    throw new UsageError(`${request} changes data on the server: pass --yes to confirm (no terminal to ask on)`);
  }
  const prompt = createInterface({ input: stdin, output: io.stderr });
  let answer = '';
  try {
    answer = await prompt.question(`${request}: are you sure? [y/N] `, { signal: io.signal });
  } finally {
    prompt.close();
  }
  if (!/^y(es)?$/i.test(answer.trim())) throw new UsageError('Not confirmed; nothing was sent');
}
