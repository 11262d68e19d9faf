/**
 * `beta:batch wait --job-id <id>` and `batches wait --batch-id <id>`: ours, on the client's
 * `wait` (which polls the generated get-status / get). Progress on stderr when it is a terminal; the
 * final job on stdout; the exit code says how the job ended.
 */
import { type Command, Option } from 'commander';
import { secondsFrom } from './flags.js';
import { commandPath } from './operation-commands.js';

/** What `wait` polls in each group; the client's `wait` methods are named after these groups. */
export const WAITS = [
  { group: 'beta.batch', flag: 'job-id', noun: 'job' },
  { group: 'batches', flag: 'batch-id', noun: 'batch' },
] as const;
export type WaitKind = (typeof WAITS)[number];

/** `wait`'s one-line summary in a group. */
export function waitSummary(kind: WaitKind): string {
  return `Wait until the ${kind.noun} completes, fails or is cancelled`;
}

/** Adds `wait` to each group that has one; `run` is called when it is invoked. */
export function addWaitCommands(program: Command, run: (kind: WaitKind, command: Command) => Promise<void>): Command[] {
  const added: Command[] = [];
  for (const kind of WAITS) {
    const group = program.commands.find((command) => command.name() === commandPath(kind.group));
    if (!group) continue;
    const command = group
      .command('wait')
      .summary(waitSummary(kind))
      .description(
        `Polls the ${kind.noun}'s status until it completes, fails or is cancelled. On a terminal, progress goes to ` +
          `stderr; the final ${kind.noun} goes to stdout (JSON when piped). Exit 0 when it completed, 1 when it ` +
          'failed or was cancelled (or on an API error, e.g. 404 for an unknown id), 124 when --wait-timeout passes first.',
      )
      .helpOption('-h, --help', 'Show help')
      .addOption(new Option(`--${kind.flag} <id>`, `The ${kind.noun} to wait for`).makeOptionMandatory())
      .addOption(new Option('--interval <seconds>', 'Seconds between polls (default: 2)').argParser(secondsFrom(0.1)))
      .addOption(
        new Option(
          '--wait-timeout <seconds>',
          'Give up after this many seconds (exit 124); default: no limit',
        ).argParser(secondsFrom(0.001)),
      )
      .action(async (_options, self: Command) => run(kind, self));
    added.push(command);
  }
  return added;
}
