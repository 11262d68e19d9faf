/**
 * `batches run <folder|files…> --config <json>`: ours, on the client — upload a folder into a
 * directory (resumable: what the directory has is skipped), create the v2 batch over it, wait, and
 * say what failed. The flags of `batches create` pass through, built from the same operation model.
 */

import { globToRegExp } from '@llamacloud-batch/client';
import { type OperationMeta, operationModel } from '@llamacloud-batch/types';
import { Argument, type Command, InvalidArgumentError, Option } from 'commander';
import { integerBetween, secondsFrom } from './flags.js';
import { addOperationInputFlags, commandPath } from './operation-commands.js';

/** The operation `run` ends in, whose inputs it takes as flags; the directory is the one it fills. */
export const RUN_CREATES = operationModel['batches.create'] as OperationMeta;
export const RUN_DIRECTORY_FIELD = 'source_directory_id';
export const DEFAULT_CONCURRENCY = 4;
export const MAX_CONCURRENCY = 64;

export const RUN_SUMMARY = 'Upload a folder into a directory, run a batch over it and wait for the outcome';

/** Flags of `run` itself, kept clear of the pass-through ones. */
const RUN_FLAGS = [
  'directory-id',
  'include',
  'exclude',
  'hidden',
  'follow-symlinks',
  'concurrency',
  'wait',
  'interval',
  'wait-timeout',
  'quiet',
  'allow-failures',
  'cancel-on-interrupt',
  'dry-run',
  'help',
];

/** Collects a repeatable glob flag, refusing a pattern that cannot match as meant. */
function collectGlobs(value: string, previous: string[] = []): string[] {
  try {
    globToRegExp(value);
  } catch (error) {
    throw new InvalidArgumentError(`${(error as Error).message}; allowed: *, **, ?, {a,b} and plain characters.`);
  }
  return [...previous, value];
}

/** Adds `run` to the `batches` group when it is built; `run` is called when it is invoked. */
export function addRunCommand(
  program: Command,
  reserved: readonly string[],
  run: (command: Command) => Promise<void>,
): Command | undefined {
  const group = program.commands.find((command) => command.name() === commandPath(RUN_CREATES.group ?? ''));
  if (!group) return undefined;
  const command = group
    .command('run')
    .summary(RUN_SUMMARY)
    .description(
      'Uploads every regular file under the folders (and the files) given into a new directory, or the one ' +
        '--directory-id names, then creates a batch over it and waits as `batches wait` does. Each file is ' +
        'streamed from disk, named by its path relative to the folder (display_name) and identified by the ' +
        'SHA-256 of its content (unique_id): a run started again skips what the directory already has, and an ' +
        'upload answered 5xx or timed out is looked up in the directory before it is sent again. Progress goes ' +
        'to stderr (a line on a terminal, one JSON line per stage on a pipe); the summary to stdout. Exit 0 ' +
        'when every file was processed, 1 when the batch failed or any file failed (or was refused), 124 when ' +
        '--wait-timeout passes first, 130 on Ctrl-C (the command to resume is printed).',
    )
    .helpOption('-h, --help', 'Show help')
    .addArgument(new Argument('<paths...>', 'Folders (walked recursively) and files to upload'));
  addOperationInputFlags(command, RUN_CREATES, new Set([...reserved, ...RUN_FLAGS]), {
    omit: new Set([RUN_DIRECTORY_FIELD]),
    body: false,
  });
  command
    .addOption(new Option('--directory-id <id>', 'Upload into this directory (to resume a run) instead of a new one'))
    .addOption(
      new Option(
        '--include <glob>',
        'Only files whose relative path matches (repeatable), e.g. `*.pdf` or `docs/**/*.pdf`',
      ).argParser(collectGlobs),
    )
    .addOption(
      new Option('--exclude <glob>', 'Leave out files whose relative path matches (repeatable)').argParser(
        collectGlobs,
      ),
    )
    .option('--hidden', 'Also upload files and folders whose name starts with a dot')
    .option('--follow-symlinks', 'Follow symbolic links (left out by default)')
    .addOption(
      new Option(
        '--concurrency <n>',
        `Uploads at once, 1 to ${MAX_CONCURRENCY} (default: ${DEFAULT_CONCURRENCY})`,
      ).argParser(integerBetween(1, MAX_CONCURRENCY)),
    )
    .option('--no-wait', 'Print the batch id once it is created and exit 0')
    .addOption(new Option('--interval <seconds>', 'Seconds between polls (default: 2)').argParser(secondsFrom(0.1)))
    .addOption(
      new Option(
        '--wait-timeout <seconds>',
        'Stop waiting after this many seconds (exit 124; the batch runs on); default: no limit',
      ).argParser(secondsFrom(0.001)),
    )
    .option('--quiet', 'No progress on stderr')
    .option('--allow-failures', 'Exit 0 even when some files failed (not when the batch itself failed)')
    .option('--cancel-on-interrupt', 'On Ctrl-C while waiting, cancel the batch (asking first on a terminal)')
    .option('--dry-run', 'Print what would be uploaded and skipped; send nothing that writes')
    .addHelpText(
      'after',
      [
        '\nExamples:',
        '  $ llamacloud-prod batches run ./invoices --config @parse-config.json',
        "  $ llamacloud-prod batches run ./scans --include '*.pdf' --concurrency 8 --no-wait \\",
        '      --config \'{"job": {"configuration_id": "cfg-PARSE_AGENTIC", "type": "parse_v2"}}\'',
        '  $ llamacloud-prod batches run ./invoices --config @parse-config.json --directory-id dir-… --dry-run',
        '',
      ].join('\n'),
    )
    .action(async (_paths, _options, self: Command) => run(self));
  return command;
}
