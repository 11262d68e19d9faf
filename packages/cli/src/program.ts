/** The command tree: global flags, `beta:batch list` with one flag per spec parameter. */
import {
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  describeAllowed,
  MAX_READ_AHEAD,
} from '@llamacloud-batch/client';
import { listBatchJobsHelp, listBatchJobsOperation } from '@llamacloud-batch/types';
import { Command, InvalidArgumentError, Option } from 'commander';
import { INTEGER_TEXT, parameterOption } from './flags.js';
import { FORMATS } from './output/formats.js';

export interface ProgramHandlers {
  list(command: Command): Promise<void>;
}

export const listParameters = listBatchJobsOperation.parameters.filter((p) => p.in === 'query');

/** Pages `--all` asks for ahead of the one being written: hides most of a real API's latency. */
export const DEFAULT_READ_AHEAD = 3;

function integerBetween(min: number, max?: number) {
  const what = describeAllowed({
    type: 'integer',
    nullable: false,
    minimum: min,
    ...(max !== undefined && { maximum: max }),
  });
  return (raw: string): number => {
    const value = INTEGER_TEXT.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < min || (max !== undefined && value > max)) {
      throw new InvalidArgumentError(`Allowed: ${what}.`);
    }
    return value;
  };
}

/** Node timers overflow past 2^31 - 1 ms and then fire at once, so longer timeouts are refused. */
const MAX_TIMEOUT_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

function positiveSeconds(raw: string): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0.001 || value > MAX_TIMEOUT_SECONDS) {
    throw new InvalidArgumentError(`Allowed: a number of seconds from 0.001 to ${MAX_TIMEOUT_SECONDS}.`);
  }
  return value;
}

export function buildProgram(version: string, handlers: ProgramHandlers): Command {
  const program = new Command('llamacloud-prod')
    .description('List LlamaCloud batch processing jobs from a shell.')
    .version(version, '--version', 'Print the version and exit')
    .helpOption('-h, --help', 'Show help')
    // The environment variables are read from run()'s `io.env` (see list-command.ts), not by commander.
    .option('--api-key <key>', 'LlamaCloud API key (env: LLAMA_CLOUD_API_KEY)')
    .option('--base-url <url>', `API base URL, http(s) only (default: ${DEFAULT_BASE_URL}) (env: LLAMA_CLOUD_BASE_URL)`)
    .addOption(
      new Option('--format <format>', 'Output format (default: json when piped, pretty on a terminal)').choices(
        FORMATS,
      ),
    )
    .option('--debug', 'Log each request, response and retry to stderr (API key redacted)')
    .addOption(
      new Option(
        '--timeout <seconds>',
        `Seconds each attempt may take (default: ${DEFAULT_TIMEOUT_MS / 1000})`,
      ).argParser(positiveSeconds),
    )
    .addOption(
      new Option('--max-retries <n>', `Retries after a failed attempt (default: ${DEFAULT_MAX_RETRIES})`).argParser(
        integerBetween(0),
      ),
    )
    .showSuggestionAfterError(true)
    .showHelpAfterError(false)
    .configureHelp({ showGlobalOptions: true });

  const batch = program
    .command('beta:batch')
    .description('Batch processing jobs (beta API)')
    .helpOption('-h, --help', 'Show help');
  const list = batch
    .command('list')
    .summary(listBatchJobsHelp.summary ?? 'List batch jobs')
    .description(listBatchJobsHelp.description ?? listBatchJobsHelp.summary ?? '')
    .helpOption('-h, --help', 'Show help');
  for (const parameter of listParameters) {
    list.addOption(parameterOption(parameter, listBatchJobsHelp.parameters[parameter.name]));
  }
  list
    .option('--all', 'Follow every page and stream the jobs (an array in json, one per line in jsonl)')
    .addOption(new Option('--max-items <n>', 'Stop after this many jobs (implies paging)').argParser(integerBetween(1)))
    .addOption(
      new Option(
        '--read-ahead <pages>',
        `Pages to request ahead while writing, 1 to ${MAX_READ_AHEAD} (default: ${DEFAULT_READ_AHEAD}; with paging)`,
      ).argParser(integerBetween(1, MAX_READ_AHEAD)),
    )
    .option('--fields <list>', 'Keep only these comma-separated (dotted) fields of each job, e.g. id,status')
    .action(async (_options, command: Command) => handlers.list(command));
  return program;
}
