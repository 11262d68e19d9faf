/** Process entry: runs the program, turns every outcome into an exit code, handles Ctrl-C and EPIPE. */
import { type Command, CommanderError } from 'commander';
import { describeFailure, EXIT } from './errors.js';
import type { Io } from './io.js';
import { buildProgram } from './program.js';
import { version } from './version.js';

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function run(argv: readonly string[], io: Io, debugStacks = argv.includes('--debug')): Promise<number> {
  // The command runner (and with it the HTTP client) loads only when a command runs, not for --help/--version.
  const program = buildProgram(
    version,
    {
      operation: async (operation, command) =>
        (await import('./operation-run.js')).runOperation(operation, command, io),
      wait: async (kind, command) => (await import('./wait-run.js')).runWait(kind, command, io),
      run: async (command) => (await import('./run/run-batch.js')).runBatches(command, io),
    },
    argv,
  );
  const output = {
    writeOut: (text: string) => io.stdout.write(text),
    writeErr: (text: string) => io.stderr.write(text),
    // commander puts "did you mean" on a second line; keep errors to one, prefixed like ours.
    outputError: (text: string, writeErr: (text: string) => void) =>
      writeErr(
        `${text
          .trim()
          .replace(/^error: /, 'llamacloud-prod: ')
          // `--api-kye=llx-…` is an unknown option whose text holds a secret: never echo values.
          .replace(/'(--?[\w-]+)=[^']*'/g, "'$1=…'")
          .replace(/\s*\n\s*/g, ' ')}\n`,
      ),
  };
  for (const command of allCommands(program)) command.exitOverride().configureOutput(output);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      const informational = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      if (informational) return EXIT.ok;
      return error.code === 'commander.executeSubCommandAsync' ? error.exitCode : EXIT.usage;
    }
    if (io.signal.aborted && io.signal.reason === 'EPIPE') return EXIT.ok;
    const failure = describeFailure(error);
    io.stderr.write(`llamacloud-prod: ${failure.message}\n`);
    if (debugStacks && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return failure.code;
  }
}

function allCommands(command: Command): Command[] {
  return [command, ...command.commands.flatMap(allCommands)];
}

/** Wires the real process: signals, stdout errors, exit code. */
export async function main(): Promise<void> {
  const controller = new AbortController();
  const interrupt = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    controller.abort('SIGINT');
  };
  process.on('SIGINT', interrupt);
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`| head -n 1`): stop quietly, as `cat` does.
    if (error.code === 'EPIPE') {
      controller.abort('EPIPE');
      process.exit(EXIT.ok);
    }
    process.stderr.write(`llamacloud-prod: cannot write output: ${error.message}\n`);
    process.exit(EXIT.apiError);
  });
  const code = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    // A getter: creating process.stdin costs start-up time that only --body - and confirmations need.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    signal: controller.signal,
  });
  process.exitCode = controller.signal.reason === 'SIGINT' ? EXIT.interrupted : code;
}
