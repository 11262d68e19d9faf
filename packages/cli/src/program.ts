/** The command tree: global flags, then one command per operation of the spec (operation-commands.ts). */
import { DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from '@llamacloud-batch/client';
import { type OperationMeta, operationModel } from '@llamacloud-batch/types';
import { Argument, Command, type Command as CommandType, Option } from 'commander';
import type { Shell } from './completion.js';
import { flagName, integerBetween, oneOf, secondsFrom } from './flags.js';
import { formatRows, helpLayout } from './help.js';
import { addOperationCommands, commandPath, groupPaths, summaryOf } from './operation-commands.js';
import { FORMATS } from './output/formats.js';
import { addRunCommand, RUN_CREATES, RUN_SUMMARY } from './run-command.js';
import { addWaitCommands, WAITS, type WaitKind, waitSummary } from './wait-command.js';

export interface ProgramHandlers {
  /** Runs one operation's command. */
  operation(operation: OperationMeta, command: CommandType): Promise<void>;
  /** Runs `wait` for a job or batch. */
  wait(kind: WaitKind, command: CommandType): Promise<void>;
  /** Runs `batches run`. */
  run(command: CommandType): Promise<void>;
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

export function buildProgram(version: string, handlers: ProgramHandlers, argv: readonly string[] = []): Command {
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
      new Option('--format <format>', 'Output format (default: json when piped, pretty on a terminal)')
        .choices(FORMATS)
        .argParser(oneOf(FORMATS)),
    )
    .option('--debug', 'Log each request, response and retry to stderr (API key redacted)')
    .addOption(
      new Option(
        '--timeout <seconds>',
        `Seconds each attempt may take (default: ${DEFAULT_TIMEOUT_MS / 1000})`,
      ).argParser(secondsFrom(0.001)),
    )
    .addOption(
      new Option('--max-retries <n>', `Retries after a failed attempt (default: ${DEFAULT_MAX_RETRIES})`).argParser(
        integerBetween(0),
      ),
    )
    .showSuggestionAfterError(true)
    .showHelpAfterError(false)
    .configureHelp(helpLayout);

  // Commands are built only for the group the arguments name (building all of them is most of a
  // start-up's own work); help, completion and anything unrecognised get the whole tree.
  const wanted = groupsToBuild(argv);
  addOperationCommands(program, GLOBAL_FLAGS, handlers.operation, wanted);
  addWaitCommands(program, handlers.wait);
  addRunCommand(program, GLOBAL_FLAGS, handlers.run);
  addCompletionCommands(program);
  // The root help lists every command, not only the groups, each with its summary from the spec
  // (written when help is shown, not at every start).
  program.addHelpText('after', () => {
    const width = program.configureOutput().getOutHelpWidth?.() ?? 80;
    return `\nEvery command (llamacloud-prod <command> --help for its flags):\n${formatRows(commandSummaries(), width)}\n`;
  });
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

/** `[command, summary]` for every operation, then each group's `wait`, from the model. */
function commandSummaries(): [string, string][] {
  const operations = (Object.values(operationModel) as OperationMeta[]).map((operation): [string, string] => [
    `${commandPath(operation.group ?? '')} ${flagName(operation.name ?? '')}`,
    summaryOf(operation),
  ]);
  const waits = WAITS.map((kind): [string, string] => [`${commandPath(kind.group)} wait`, waitSummary(kind)]);
  const run: [string, string] = [`${commandPath(RUN_CREATES.group ?? '')} run`, RUN_SUMMARY];
  return [...operations, ...waits, run];
}

/**
 * Which command groups to build for `argv`: the one it names, or none for a bare `--version`, or
 * every one (help, completion, a typo that deserves a "did you mean").
 */
function groupsToBuild(argv: readonly string[]): (groupPath: string) => boolean {
  // Completion walks the whole tree, whatever words it is completing.
  if (argv[0] === 'complete' || argv[0] === 'completion') return () => true;
  const groups = groupPaths();
  const named = argv.find((word) => groups.has(word));
  if (named !== undefined) return (path) => path === named;
  const words = argv.filter((word) => !word.startsWith('-'));
  if (words.length === 0 && argv.includes('--version') && !argv.some((word) => /^(-h|--help)$/.test(word))) {
    return () => false;
  }
  return () => true;
}
