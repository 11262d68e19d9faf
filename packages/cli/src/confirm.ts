/** Asks before a command that changes or destroys something on the server; `--yes` skips the question. */
import { createInterface } from 'node:readline/promises';
import { type OperationMeta, operationHelp } from '@llamacloud-batch/types';
import { UsageError } from './errors.js';
import { flagName } from './flags.js';
import type { Io } from './io.js';

/** Asks `question` ("Cancel batch job bjb-1?") on the terminal; refuses without one or without a yes. */
export async function confirm(question: string, io: Io): Promise<void> {
  const { stdin } = io;
  if (!stdin?.isTTY || !io.stderr.isTTY) {
    throw new UsageError(`Cannot ask "${question}" without a terminal: pass --yes to confirm; nothing was sent`);
  }
  const prompt = createInterface({ input: stdin, output: io.stderr });
  let answer = '';
  try {
    answer = await prompt.question(`${question} [y/N] `, { signal: io.signal });
  } finally {
    prompt.close();
  }
  if (!/^y(es)?$/i.test(answer.trim())) throw new UsageError('Not confirmed; nothing was sent');
}

/**
 * The question in the user's terms, from the operation's summary in the spec and the path values it
 * acts on: `Cancel Batch Job` + `bjb-1` → `Cancel batch job bjb-1?`.
 */
export function questionFor(operation: OperationMeta, pathValues: readonly unknown[]): string {
  const help = operationHelp[operation.id as keyof typeof operationHelp] as { summary?: string } | undefined;
  const names = operation.pathParams ?? [];
  if (!help?.summary) {
    let index = 0;
    return `${operation.method.toUpperCase()} ${operation.path.replace(/\{[^}]+\}/g, () => String(pathValues[index++]))}?`;
  }
  // Title Case to a sentence; words in capitals (API, ID) stay as they are.
  const action = help.summary.replace(/(?<=\s)[A-Z][a-z]+\b/g, (word) => word.toLowerCase());
  const target =
    names.length === 1
      ? ` ${String(pathValues[0])}`
      : names.map((name, index) => ` --${flagName(name)} ${String(pathValues[index])}`).join('');
  return `${action}${target}?`;
}
