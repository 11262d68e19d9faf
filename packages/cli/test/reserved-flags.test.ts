/**
 * The model names the CLI's own flags (cliReservedFlags: an input with one of those names gets
 * `--<in>-<name>` instead); the CLI takes its reserved list from there. This checks the list is the
 * CLI's: every flag the program or a command has that is not an operation input is in it.
 */
import { cliReservedFlags, type OperationMeta, operationModel } from '@llamacloud-batch/types';
import type { Command } from 'commander';
import { expect, test } from 'vitest';
import { inputFlag } from '../src/flags.js';
import { buildProgram } from '../src/program.js';

const never = async () => {};

function allCommands(command: Command): Command[] {
  return [command, ...command.commands.flatMap(allCommands)];
}

test('every flag of the CLI that is not an operation input is one the model reserves', () => {
  const program = buildProgram('0.0.0', { operation: never, wait: never, run: never });
  const inputs = new Set(
    (Object.values(operationModel) as OperationMeta[]).flatMap((operation) =>
      [...operation.parameters, ...(operation.body?.whole ? [] : (operation.body?.fields ?? []))].map(inputFlag),
    ),
  );
  const reserved = new Set<string>(cliReservedFlags);
  const own = new Set(
    allCommands(program)
      .flatMap((command) => command.options.map((option) => option.long?.replace(/^--/, '') ?? ''))
      .filter((flag) => flag && !inputs.has(flag)),
  );
  // The workflows' own flags (wait, batches run) are theirs alone: no operation input can meet them.
  const workflows = new Set(
    allCommands(program)
      .filter((command) => ['wait', 'run'].includes(command.name()))
      .flatMap((command) => command.options.map((option) => option.long?.replace(/^--/, '') ?? '')),
  );
  const missing = [...own].filter((flag) => !reserved.has(flag) && !workflows.has(flag));
  expect(missing).toEqual([]);
});
