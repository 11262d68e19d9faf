/**
 * One command per operation of the spec, built from the generated operation model: the group gives
 * the command path (`beta.batch.jobItems` → `beta:batch:job-items`), the method name the command
 * (`getStatus` → `get-status`); path parameters are required flags, query and header parameters and
 * scalar body fields are typed flags, object body fields take JSON. Knows no operation by name.
 */
import { readFileSync } from 'node:fs';
import { MAX_READ_AHEAD } from '@llamacloud-batch/client';
import {
  type BodyFieldMeta,
  type OperationHelp,
  type OperationHints,
  type OperationMeta,
  operationGroups,
  operationHelp,
  operationHints,
  operationModel,
  operationSamples,
  type ParameterMeta,
} from '@llamacloud-batch/types';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { FILE_FLAG_HELP, parseFileArgument } from './file-argument.js';
import { flagName, inputFlag, integerBetween, parameterOption } from './flags.js';
import { REQUIRED_GROUP } from './help.js';

/** Pages `--all` asks for ahead of the one being written: hides most of a real API's latency. */
export const DEFAULT_READ_AHEAD = 3;

export interface OperationCommand {
  operation: OperationMeta;
  command: Command;
}

/** What the operation does to the server (generated from the method and `x-speakeasy-mcp`). */
export function hintsOf(operation: OperationMeta): OperationHints {
  const hints = operationHints as Readonly<Record<string, OperationHints>>;
  return hints[operation.id ?? ''] ?? { readOnly: false, destructive: true, idempotent: false };
}

/** `beta.batch.jobItems` → `beta:batch:job-items`. */
export function commandPath(group: string): string {
  return group.split('.').map(flagName).join(':');
}

/** The flag (without `--`) of an input source. */
export function sourceFlag(source: InputSource): string {
  return inputFlag(source.kind === 'body' ? source.field : source.parameter);
}

/** Where a flag's value goes in the request. */
export type InputSource =
  | { kind: 'path' | 'query' | 'header' | 'cookie'; parameter: ParameterMeta }
  | { kind: 'body'; field: BodyFieldMeta; json: boolean };

/** Every input flag of an operation, by commander's option key. */
export function operationInputs(operation: OperationMeta): Map<string, InputSource> {
  const inputs = new Map<string, InputSource>();
  for (const parameter of operation.parameters) inputs.set(parameter.name, { kind: parameter.in, parameter });
  // A whole body (not an object of fields) has no field flags: --body is its value.
  for (const field of operation.body?.whole ? [] : (operation.body?.fields ?? [])) {
    // The model names a body field like a parameter `body_<name>`; this only catches a model that did not.
    if (inputs.has(field.name)) {
      throw new Error(
        `${operation.id}: body field ${field.name} has the name of a parameter; the CLI cannot give both a flag`,
      );
    }
    const json = field.type === 'object' || (field.type === 'array' && field.items?.type === 'object');
    inputs.set(field.name, { kind: 'body', field, json });
  }
  return inputs;
}

/**
 * Adds a command for every operation under `program`, each calling `run` when invoked. `reserved`
 * are the global flags: an input with the same flag name is a generator-time error, not a silent clash.
 */
export function addOperationCommands(
  program: Command,
  reserved: readonly string[],
  run: (operation: OperationMeta, command: Command) => Promise<void>,
  wanted: (groupPath: string) => boolean = () => true,
): OperationCommand[] {
  const groups = new Map<string, Command>();
  const added: OperationCommand[] = [];
  // Only the wanted groups' operations are looked up (a bin may read each group's data on demand).
  for (const operation of groupOperations((group) => wanted(commandPath(group)))) {
    const path = commandPath(operation.group ?? '');
    let group = groups.get(path);
    if (!group) {
      group = program.command(path).helpOption('-h, --help', 'Show help');
      groups.set(path, group);
    }
    const command = group.command(flagName(operation.name ?? ''));
    describeCommand(command, operation);
    addInputFlags(command, operation, new Set(reserved));
    command.action(async (_options, self: Command) => run(operation, self));
    added.push({ operation, command });
  }
  for (const [path, group] of groups) {
    const names = group.commands.map((command) => command.name());
    group.description(`${path} operations: ${names.join(', ')}`);
  }
  return added;
}

/** The command's one-line summary: the operation's summary in the spec. */
export function summaryOf(operation: OperationMeta): string {
  const help = operationHelp[operation.id as keyof typeof operationHelp] as OperationHelp | undefined;
  const summary = help?.summary ?? `${operation.method.toUpperCase()} ${operation.path}`;
  return help?.deprecated ? `[deprecated] ${summary}` : summary;
}

/** Every command group the model gives (`beta:batch`, `beta:batch:job-items`, `batches`). */
export function groupPaths(): Set<string> {
  return new Set(Object.keys(operationGroups).map(commandPath));
}

/** The operations of the SDK groups `wanted` keeps (`beta.batch`), in the model's order. */
export function groupOperations(wanted: (group: string) => boolean): OperationMeta[] {
  const groups = operationGroups as Readonly<Record<string, readonly string[]>>;
  const model = operationModel as Readonly<Record<string, OperationMeta>>;
  return Object.entries(groups)
    .filter(([group]) => wanted(group))
    .flatMap(([, keys]) => keys.map((key) => model[key] as OperationMeta));
}

function describeCommand(command: Command, operation: OperationMeta): void {
  const help = operationHelp[operation.id as keyof typeof operationHelp] as { description?: string } | undefined;
  const summary = summaryOf(operation);
  command
    .summary(summary)
    .description(help?.description ?? summary)
    .helpOption('-h, --help', 'Show help');
  const example = exampleOf(operation);
  if (example) command.addHelpText('after', `\nExamples:\n${example}\n`);
}

/**
 * The operation's CLI sample (the docs' one, generated from the model) as help shows it: `  $ `
 * before the command, its continuation lines under it. Empty when the model has no sample.
 */
export function exampleOf(operation: OperationMeta): string {
  const samples = operationSamples as Readonly<Record<string, { cli: string }>>;
  const sample = samples[operation.id ?? '']?.cli;
  if (!sample) return '';
  return sample
    .split('\n')
    .map((line, index) => (index === 0 ? `  $ ${line}` : `    ${line}`))
    .join('\n');
}

function addInputFlags(command: Command, operation: OperationMeta, reserved: Set<string>): void {
  addOperationInputFlags(command, operation, reserved);
  addCommandFlags(command, operation);
}

/**
 * A flag for each input of the operation but those in `omit`, typed and described from the spec:
 * also what a workflow of ours passes through to the operation it calls (`batches run` → `create`).
 * Without `body` (no --body flag to carry them) the required body fields are required flags.
 */
export function addOperationInputFlags(
  command: Command,
  operation: OperationMeta,
  reserved: ReadonlySet<string>,
  { omit = new Set(), body = true }: { omit?: ReadonlySet<string>; body?: boolean } = {},
): void {
  const help = operationHelp[operation.id as keyof typeof operationHelp] as
    | { parameters: Record<string, string>; body: Record<string, string> }
    | undefined;
  for (const [name, source] of operationInputs(operation)) {
    if (omit.has(name)) continue;
    const flag = sourceFlag(source);
    if (reserved.has(flag)) {
      throw new Error(`${operation.id}: input ${name} would be --${flag}, which the CLI already uses`);
    }
    if (source.kind === 'body') {
      const description = help?.body[name];
      // A required body field may come inside --body instead, so commander must not insist on the flag.
      const note = body && source.field.required && !source.field.file ? 'or set it in --body' : undefined;
      const option = source.field.file
        ? fileOption(source.field, description)
        : source.json
          ? jsonOption(source.field, description, note)
          : parameterOption(source.field, description, note);
      if ((source.field.file || !body) && source.field.required) option.makeOptionMandatory();
      if (source.field.required) option.helpGroup(REQUIRED_GROUP);
      command.addOption(option);
    } else {
      const option = parameterOption(source.parameter, help?.parameters[name]);
      if (source.kind === 'path') option.makeOptionMandatory();
      if (source.kind === 'path' || source.parameter.required) option.helpGroup(REQUIRED_GROUP);
      command.addOption(option);
    }
  }
}

/** `--body`, `--output`, the paging flags, `--yes` and `--fields`, as the operation has use for them. */
function addCommandFlags(command: Command, operation: OperationMeta): void {
  if (operation.body?.whole) {
    const help = operationHelp[operation.id as keyof typeof operationHelp] as
      | { body: Record<string, string> }
      | undefined;
    const field = operation.body.fields[0];
    const description = help?.body[field?.name ?? ''];
    const text = `${description ? `${description} ` : ''}(the request body: JSON, @file.json, or - for stdin)`;
    // A body of raw bytes (application/octet-stream, a PDF…) is a file: --body @invoice.pdf.
    const option =
      field?.file === true
        ? fileOption(field, description)
        : new Option('--body <json>', text).argParser(parseJsonArgument);
    if (operation.body.required) option.makeOptionMandatory().helpGroup(REQUIRED_GROUP);
    command.addOption(option);
  } else if (operation.body) {
    command.addOption(
      new Option(
        '--body <json>',
        'The whole request body: JSON, @file.json, or - for stdin (flags override its fields)',
      ).argParser(parseJsonArgument),
    );
  }
  if (operation.pagination) {
    command
      .option('--all', 'Follow every page and stream the items (an array in json, one per line in jsonl)')
      .addOption(
        new Option('--max-items <n>', 'Stop after this many items (implies paging)').argParser(integerBetween(1)),
      )
      .addOption(
        new Option(
          '--read-ahead <pages>',
          `Pages to request ahead while writing, 1 to ${MAX_READ_AHEAD} (default: ${DEFAULT_READ_AHEAD}; with paging)`,
        ).argParser(integerBetween(1, MAX_READ_AHEAD)),
      );
  }
  if (operation.response === 'binary') {
    command.option('--output <file>', 'Write the (binary) response to this file; - for stdout (never a terminal)');
  }
  if (hintsOf(operation).destructive) {
    command.option('--yes', 'Do it without asking for confirmation (needed when there is no terminal to ask on)');
  }
  command.option(
    '--fields <list>',
    `Keep only these comma-separated (dotted) fields of ${operation.pagination ? 'each item' : 'the result'}, e.g. id,status`,
  );
}

/** A file part of a multipart body: `@path` or `-`, checked when parsed. */
function fileOption(field: BodyFieldMeta, description: string | undefined): Option {
  const text = [description, `(${FILE_FLAG_HELP})`].filter(Boolean).join(' ');
  return new Option(`--${inputFlag(field)} <file>`, text).argParser(parseFileArgument);
}

/** An object-valued body field: JSON text, or @file.json. */
function jsonOption(field: BodyFieldMeta, description: string | undefined, note?: string): Option {
  const text = [description, `(${['JSON, or @file.json', note].filter(Boolean).join('; ')})`].filter(Boolean).join(' ');
  return new Option(`--${inputFlag(field)} <json>`, text).argParser(parseJsonArgument);
}

/**
 * `{"a":1}`, `@path/to/file.json`, or `-` (stdin, read later): returns the parsed value, or a marker
 * for stdin. Files are read here, so a missing file is a usage error before anything is sent.
 */
export function parseJsonArgument(raw: string): unknown {
  if (raw === '-') return STDIN;
  let text = raw;
  if (raw.startsWith('@')) {
    try {
      text = readFileSync(raw.slice(1), 'utf8');
    } catch (error) {
      throw new InvalidArgumentError(`cannot read ${raw.slice(1)}: ${(error as NodeJS.ErrnoException).code ?? error}.`);
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InvalidArgumentError(`Allowed: JSON text, @file.json or -. ${(error as Error).message}.`);
  }
}

/** Stands for "read the JSON from stdin" until the command runs. */
export const STDIN = Symbol('stdin');
