/** The command tree: global flags, then one command per operation of the spec (operation-commands.ts). */
import { DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from '@llamacloud-batch/client';
import type { OperationMeta } from '@llamacloud-batch/types';
import { Argument, Command, type Command as CommandType, InvalidArgumentError, Option } from 'commander';
import type { Shell } from './completion.js';
import { integerBetween } from './flags.js';
import { addOperationCommands } from './operation-commands.js';
import { FORMATS } from './output/formats.js';
import { addWaitCommands, type WaitKind } from './wait-command.js';

export interface ProgramHandlers {
  /** Runs one operation's command. */
  operation(operation: OperationMeta, command: CommandType): Promise<void>;
  /** Runs `wait` for a job or batch. */
  wait(kind: WaitKind, command: CommandType): Promise<void>;
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

/** Flags every command has; an operation input with one of these names is refused when the CLI is built. */
export const GLOBAL_FLAGS = [
  'version',
  'api-key',
  'base-url',
  'allow-insecure-http',
  'format',
  'debug',
  'timeout',
  'max-retries',
];

const SHELLS: readonly Shell[] = ['bash', 'zsh', 'fish'];

export function buildProgram(version: string, handlers: ProgramHandlers): Command {
  const program = new Command('llamacloud-prod')
    .description('LlamaCloud batch processing from a shell: every operation of the API as a command.')
    .version(version, '--version', 'Print the version and exit')
    .helpOption('-h, --help', 'Show help')
    // The environment variables are read from run()'s `io.env` (see client-factory.ts), not by commander.
    .option('--api-key <key>', 'LlamaCloud API key (env: LLAMA_CLOUD_API_KEY)')
    .option('--base-url <url>', `API base URL, http(s) only (default: ${DEFAULT_BASE_URL}) (env: LLAMA_CLOUD_BASE_URL)`)
    .option(
      '--allow-insecure-http',
      'Send the API key over plain http to a host that is not loopback (refused otherwise)',
    )
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

  const commands = [
    ...addOperationCommands(program, GLOBAL_FLAGS, handlers.operation).map(({ command }) => command),
    ...addWaitCommands(program, handlers.wait),
  ];
  addCompletionCommands(program);
  // The root help lists every command, not only the groups, each with its summary from the spec.
  const width = Math.max(...commands.map((command) => fullName(command).length));
  const lines = commands.map((command) => `  ${fullName(command).padEnd(width)}  ${command.summary()}`);
  program.addHelpText(
    'after',
    `\nEvery command (llamacloud-prod <command> --help for its flags):\n${lines.join('\n')}\n`,
  );
  return program;
}

/** `completion <shell>` prints a script; the script runs the hidden `complete -- <words>` at each TAB. */
function addCompletionCommands(program: CommandType): void {
  const write = (command: CommandType, text: string) => command.configureOutput().writeOut?.(text);
  program
    .command('completion')
    .description('Print the shell completion script for bash, zsh or fish (see the README for installing it)')
    .addArgument(new Argument('<shell>', 'The shell to complete in').choices(SHELLS))
    .helpOption('-h, --help', 'Show help')
    .action(async (shell: Shell, _options, command: CommandType) => {
      // The completion library loads only here and in `complete`, never for other commands.
      write(command, await (await import('./completion.js')).completionScript(program, shell));
    });
  program
    .command('complete', { hidden: true })
    .description('Completion candidates for the words after --, in the format the completion scripts read')
    .argument('[words...]')
    .action(async (words: string[], _options, command: CommandType) => {
      write(command, await (await import('./completion.js')).completions(program, words));
    });
}

function fullName(command: CommandType): string {
  return `${command.parent?.name() ?? ''} ${command.name()}`.trim();
}
