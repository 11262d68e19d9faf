/**
 * The CLI manual: one page per command of the command tree (every operation, `wait`, `completion`)
 * plus one for `llamacloud-prod` itself, as Markdown and as a man page (roff, man macros). Built from
 * the tree (`buildProgram`) and the operation model: synopsis, the spec's description, every flag
 * with its type, allowed values, bounds and default, the operation's sample, exit codes, environment.
 * scripts/manual.mjs writes the pages to docs/ and man/.
 */
import { describeAllowed } from '@llamacloud-batch/client';
import {
  type OperationMeta,
  operationHelp,
  operationModel,
  operationSamples,
  type ParameterMeta,
  type SchemaMeta,
} from '@llamacloud-batch/types';
import type { Command, Option } from 'commander';
import { EXIT } from './errors.js';
import { flagName, withoutValueList } from './flags.js';
import { REQUIRED_GROUP } from './help.js';
import { commandPath, type InputSource, operationInputs, sourceFlag, summaryOf } from './operation-commands.js';
import { buildProgram } from './program.js';

const CLI = 'llamacloud-prod';

/** What each exit code means (the CLI's EXIT codes; README "Exit codes" says the same). */
export const EXIT_CODES: readonly [number, string][] = [
  [EXIT.ok, 'Success (also --help, --version, a reader that closed the pipe early, a wait whose job completed).'],
  [
    EXIT.apiError,
    'API or network error: a non-2xx status after retries, a timeout, a connection failure, a malformed response; a wait whose job failed or was cancelled; a batches run whose batch failed, or any of whose files failed or was refused (unless --allow-failures).',
  ],
  [
    EXIT.usage,
    'Usage error: unknown flag or command, bad value or body, missing API key, bad base URL or proxy, a confirmation refused or impossible; nothing was sent.',
  ],
  [EXIT.waitTimedOut, 'wait (or batches run) --wait-timeout passed before the job ended.'],
  [EXIT.interrupted, 'Interrupted (Ctrl-C, SIGINT); batches run prints the command that resumes it.'],
];

/** The environment the CLI reads (README "Environment" says the same). */
export const ENVIRONMENT: readonly [string, string][] = [
  ['LLAMA_CLOUD_API_KEY', 'API key when --api-key is not given.'],
  ['LLAMA_CLOUD_BASE_URL', 'Base URL when --base-url is not given.'],
  ['LLAMA_CLOUD_LOG', 'Log level without --debug: debug, info (shows retries), warn (default), error, off.'],
  ['HTTPS_PROXY, HTTP_PROXY', 'Proxy for https and http URLs (either case).'],
  ['NO_PROXY', 'Hosts and domains reached directly, not through the proxy (either case).'],
  ['NO_COLOR', 'Any non-empty value turns colour off.'],
  ['FORCE_COLOR', 'Colour pretty and table output even when not on a terminal (0 does not).'],
  ['TERM', 'dumb turns colour off.'],
];

/** One flag as the manual lists it. */
export interface ManualFlag {
  /** `--job-type <value>` */
  readonly term: string;
  /** Sentences: what it is, then its type, allowed values, bounds and default. */
  readonly text: readonly string[];
}

export interface ManualSection {
  readonly title: string;
  readonly paragraphs?: readonly string[];
  readonly flags?: readonly ManualFlag[];
  /** A shell example, shown verbatim. */
  readonly code?: string;
}

export interface ManualPage {
  /** `llamacloud-prod-beta-batch-list`: the man page's name and the Markdown file's. */
  readonly name: string;
  /** `llamacloud-prod beta:batch list` */
  readonly command: string;
  readonly summary: string;
  readonly sections: readonly ManualSection[];
}

/** `llamacloud-prod beta:batch list` → `llamacloud-prod-beta-batch-list`. */
export const pageName = (command: string): string => command.replace(/[: ]+/g, '-');

/** Every command of the tree, leaves only, in the order help lists them. */
function leaves(program: Command): { path: string; command: Command }[] {
  const found: { path: string; command: Command }[] = [];
  const walk = (command: Command, path: string) => {
    const visible = command.commands.filter((child) => !(child as unknown as { _hidden?: boolean })._hidden);
    if (visible.length === 0 && command !== program) found.push({ path, command });
    for (const child of visible) walk(child, `${path} ${child.name()}`);
  };
  walk(program, CLI);
  return found;
}

/** The operation behind a command path, if it is one. */
function operationAt(path: string): OperationMeta | undefined {
  return (Object.values(operationModel) as OperationMeta[]).find(
    (operation) => `${CLI} ${commandPath(operation.group ?? '')} ${flagName(operation.name ?? '')}` === path,
  );
}

/** Type, allowed values, bounds, default and whether it may be left out, as sentences. */
function schemaSentences(schema: SchemaMeta & { required?: boolean }, required: boolean): string[] {
  const sentences: string[] = [];
  const type = schema.type === 'array' ? `array of ${schema.items?.type ?? 'string'}` : schema.type;
  sentences.push(`Type: ${type}${schema.format ? ` (${schema.format})` : ''}.`);
  if (schema.type === 'object') sentences.push('Given as JSON, or @file.json.');
  else if (schema.enum) sentences.push(`Allowed: ${schema.enum.map(String).join(', ')}.`);
  else if (schema.type === 'array') {
    sentences.push(
      `Allowed: one or more values separated by spaces, each ${describeAllowed({ ...(schema.items ?? { type: 'string' }), nullable: false })}.`,
    );
  } else {
    const allowed = describeAllowed({ ...schema, nullable: false });
    if (allowed !== `a ${schema.type}` && allowed !== `an ${schema.type}`) sentences.push(`Allowed: ${allowed}.`);
  }
  if (schema.default !== undefined) sentences.push(`Default: ${JSON.stringify(schema.default)}.`);
  sentences.push(required ? 'Required.' : 'Optional.');
  return sentences;
}

function inputFlag(
  option: Option,
  source: InputSource,
  help: { parameters: Record<string, string>; body: Record<string, string> } | undefined,
): ManualFlag {
  if (source.kind === 'body') {
    const field = source.field;
    const described = help?.body[field.name];
    const where = 'Sent in the JSON body' + (field.required ? '; may be given inside --body instead.' : '.');
    return {
      term: option.flags,
      text: [...(described ? [sentence(described)] : []), where, ...schemaSentences(field, field.required === true)],
    };
  }
  const parameter: ParameterMeta = source.parameter;
  const own = help?.parameters[parameter.name];
  // As in help: the allowed values are listed once, in the spelling the API takes.
  const described = own && parameter.enum ? withoutValueList(own, parameter.enum.map(String)) : own;
  const where = `Sent as the ${source.kind} parameter ${parameter.name}.`;
  const required = source.kind === 'path' || parameter.required === true;
  return {
    term: option.flags,
    text: [...(described ? [sentence(described)] : []), where, ...schemaSentences(parameter, required)],
  };
}

/** A commander option the manual describes in its own words: its help text, its choices. */
function plainFlag(option: Option): ManualFlag {
  const text = [sentence(option.description)];
  if (option.argChoices) text.push(`Allowed: ${option.argChoices.join(', ')}.`);
  if (option.mandatory) text.push('Required.');
  return { term: option.flags, text };
}

const sentence = (text: string): string => {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

/** The command's synopsis: its required flags, then `[options]`. */
function synopsis(path: string, command: Command): string {
  const required = command.options.filter((option) => option.mandatory || option.helpGroupHeading === REQUIRED_GROUP);
  const args = command.registeredArguments.map((argument) =>
    argument.required ? `<${argument.name()}>` : `[${argument.name()}]`,
  );
  return [path, ...required.map((option) => option.flags), ...args, '[options]'].join(' ');
}

const commonSections = (): ManualSection[] => [
  { title: 'EXIT STATUS', flags: EXIT_CODES.map(([code, text]) => ({ term: String(code), text: [text] })) },
  { title: 'ENVIRONMENT', flags: ENVIRONMENT.map(([name, text]) => ({ term: name, text: [text] })) },
];

function commandPage(program: Command, path: string, command: Command): ManualPage {
  const operation = operationAt(path);
  const help = operation ? operationHelp[operation.id as keyof typeof operationHelp] : undefined;
  const inputs = operation ? operationInputs(operation) : new Map<string, InputSource>();
  const bySpelling = new Map([...inputs].map(([, source]) => [`--${sourceFlag(source)}`, source]));
  const flags = command.options.map((option) => {
    const source = option.long ? bySpelling.get(option.long) : undefined;
    return source ? inputFlag(option, source, help as never) : plainFlag(option);
  });
  const description = [command.description()];
  if (operation) description.push(`Request: ${operation.method.toUpperCase()} ${operation.path}.`);
  const sample = operation ? (operationSamples as Record<string, { cli: string }>)[operation.id ?? '']?.cli : undefined;
  const sections: ManualSection[] = [
    { title: 'SYNOPSIS', code: synopsis(path, command) },
    {
      title: 'DESCRIPTION',
      paragraphs: description
        .join('\n\n')
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s*\n\s*/g, ' ').trim()),
    },
    { title: 'OPTIONS', flags },
    { title: 'GLOBAL OPTIONS', flags: program.options.map(plainFlag) },
    ...(command.registeredArguments.length
      ? [
          {
            title: 'ARGUMENTS',
            flags: command.registeredArguments.map((argument) => ({
              term: `<${argument.name()}>`,
              text: [
                sentence(argument.description),
                ...(argument.argChoices ? [`Allowed: ${argument.argChoices.join(', ')}.`] : []),
              ],
            })),
          },
        ]
      : []),
    ...(sample ? [{ title: 'EXAMPLES', paragraphs: ['With the API key in LLAMA_CLOUD_API_KEY:'], code: sample }] : []),
    ...commonSections(),
    { title: 'SEE ALSO', paragraphs: [`${CLI}(1), ${path} --help`] },
  ];
  const summary = operation ? summaryOf(operation) : command.summary() || command.description().split('. ')[0] || path;
  return { name: pageName(path), command: path, summary, sections };
}

function rootPage(program: Command, commands: { path: string; command: Command }[]): ManualPage {
  return {
    name: CLI,
    command: CLI,
    summary: program.description().replace(/\.$/, ''),
    sections: [
      { title: 'SYNOPSIS', code: `${CLI} <command> [options]` },
      {
        title: 'DESCRIPTION',
        paragraphs: [
          program.description(),
          `Each command has its own page, named after it: ${pageName(commands[0]?.path ?? CLI)}(1) for ${commands[0]?.path ?? CLI}.`,
        ],
      },
      {
        title: 'COMMANDS',
        flags: commands.map(({ path, command }) => ({
          term: path.slice(CLI.length + 1),
          text: [
            `${sentence(operationAt(path) ? summaryOf(operationAt(path) as OperationMeta) : command.summary() || command.description())} See ${pageName(path)}(1).`,
          ],
        })),
      },
      { title: 'GLOBAL OPTIONS', flags: program.options.map(plainFlag) },
      ...commonSections(),
    ],
  };
}

/** Every page of the manual: `llamacloud-prod` first, then one per command. */
export function manualPages(version: string): ManualPage[] {
  const noop = async () => {};
  const program = buildProgram(version, { operation: noop, wait: noop, run: noop });
  const commands = leaves(program);
  return [rootPage(program, commands), ...commands.map(({ path, command }) => commandPage(program, path, command))];
}

// ---- Markdown ---------------------------------------------------------------------------------

const title = (text: string) => text.charAt(0) + text.slice(1).toLowerCase();

/** `llamacloud-prod-beta-batch-list(1)` → a link to that page's Markdown. */
const linked = (text: string): string => text.replace(/\b(llamacloud-prod(?:-[a-z0-9]+)*)\(1\)/g, '[$1(1)]($1.md)');

export function toMarkdown(page: ManualPage, header: string): string {
  const out = [`<!-- ${header} -->`, '', `# ${page.command}`, '', page.summary, ''];
  for (const section of page.sections) {
    out.push(`## ${title(section.title)}`, '');
    for (const paragraph of section.paragraphs ?? []) out.push(linked(paragraph), '');
    if (section.code) out.push('```sh', section.code, '```', '');
    for (const flag of section.flags ?? []) out.push(`- \`${flag.term}\`: ${linked(flag.text.join(' '))}`);
    if (section.flags?.length) out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

// ---- roff (man(7)) ----------------------------------------------------------------------------

/** Text for roff: backslashes, hyphens of flags and leading dots or quotes escaped. */
function roffText(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .replace(/…/g, '\\&...')
    .replace(/≥/g, '\\(>=')
    .replace(/≤/g, '\\(<=')
    .replace(/∞/g, '\\(if')
    .replace(/^([.'])/gm, '\\&$1')
    .replace(/`([^`]+)`/g, '\\fB$1\\fR')
    .replace(
      /[^\t\n -~]/gu,
      (char) => `\\[u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`,
    );
}

export function toRoff(page: ManualPage, header: string, version: string): string {
  const out = [
    // An em dash in a comment is still input groff warns about: \(em is its ASCII spelling.
    `.\\" ${roffText(header).replace('\\[u2014]', '\\(em')}`,
    `.TH ${page.name.toUpperCase()} 1 "" "${CLI} ${version}"`,
    '.SH NAME',
    `${roffText(page.name)} \\- ${roffText(page.summary)}`,
  ];
  for (const section of page.sections) {
    out.push(`.SH ${section.title}`);
    for (const paragraph of section.paragraphs ?? []) out.push('.PP', roffText(paragraph));
    if (section.code) out.push('.PP', '.nf', '.RS 4', ...section.code.split('\n').map(roffText), '.RE', '.fi');
    for (const flag of section.flags ?? []) out.push('.TP', `.B ${roffText(flag.term)}`, roffText(flag.text.join(' ')));
  }
  return `${out.join('\n')}\n`;
}
