/**
 * Turns the spec's parameter metadata into commander options: kebab-case names, enum choices,
 * typed and range-checked values, help from the spec's descriptions. Knows no parameter by name.
 */
import { closest, describeAllowed, InvalidParameterError, validateValue } from '@llamacloud-batch/client';
import type { SchemaMeta } from '@llamacloud-batch/types';
import { InvalidArgumentError, Option } from 'commander';

/** `organization_id` → `organization-id`. */
export function flagName(parameterName: string): string {
  return parameterName
    .replace(/_/g, '-')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

/** commander's key for a flag: `--organization-id` → `organizationId`. */
export function optionKey(parameterName: string): string {
  return flagName(parameterName).replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** A parameter or body field: anything with a name and a schema (and its flag, when not its name's). */
export type NamedSchema = SchemaMeta & { readonly name: string; readonly flag?: string };

/** The flag (without `--`) of an input: the model's `flag` where the name's would clash with the CLI's own. */
export function inputFlag(input: { readonly name: string; readonly flag?: string }): string {
  return input.flag ?? flagName(input.name);
}

/** Converts one command-line string to the parameter's type, then checks it against the spec. */
export function parseParameterValue(parameter: NamedSchema, raw: string): unknown {
  const value = coerce(parameter.type === 'array' ? (parameter.items?.type ?? 'string') : parameter.type, raw);
  // A flag always carries a value, so null (which the API may allow) is not on offer here.
  const schema = parameter.type === 'array' ? { ...(parameter.items ?? { type: 'string' }) } : parameter;
  try {
    validateValue(parameter.name, { ...schema, nullable: false }, value);
  } catch (error) {
    if (!(error instanceof InvalidParameterError)) throw error;
    // `FAILED` for `failed`: refused like any other wrong value, but with the value that was meant.
    const hint = schema.enum ? didYouMean(raw, schema.enum.map(String)) : '';
    throw new InvalidArgumentError(`Allowed: ${error.allowed}${hint}.`);
  }
  return value;
}

/** Plain decimal digits only: `Number()` would also take `0x10`, `1e3`, ` 5` and `Infinity`. */
export const INTEGER_TEXT = /^[+-]?\d+$/;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)$/;

function coerce(type: string, raw: string): unknown {
  if (type === 'integer') return INTEGER_TEXT.test(raw) ? Number(raw) : Number.NaN;
  if (type === 'number') return NUMBER_TEXT.test(raw) ? Number(raw) : Number.NaN;
  if (type === 'boolean') {
    if (/^(true|1|yes)$/i.test(raw)) return true;
    if (/^(false|0|no)$/i.test(raw)) return false;
    return raw;
  }
  return raw;
}

/**
 * One commander Option for one spec parameter; `help` is the parameter's description in the spec,
 * `note` a word on the flag added to the parenthesised part.
 */
export function parameterOption(parameter: NamedSchema, help?: string, note?: string): Option {
  const flag = `--${inputFlag(parameter)}`;
  const choices = parameter.type === 'array' ? undefined : parameter.enum?.map(String);
  const text = choices && help ? withoutValueList(help, choices) : help;
  const description = [text, helpSuffix(parameter, note)].filter(Boolean).join(' ');
  if (parameter.type === 'boolean') {
    return new Option(flag, description);
  }
  const placeholder = parameter.type === 'array' ? '<values...>' : `<${placeholderName(parameter)}>`;
  const option = new Option(`${flag} ${placeholder}`, description);
  // The choices are for help and completion; the parser is ours, to suggest the value meant.
  if (choices) option.choices(choices);
  return option.argParser((raw: string, previous: unknown) => {
    const value = parseParameterValue(parameter, raw);
    return parameter.type === 'array' ? [...((previous as unknown[] | undefined) ?? []), value] : value;
  });
}

function placeholderName(parameter: NamedSchema): string {
  if (parameter.enum) return 'value';
  if (parameter.type === 'integer' || parameter.type === 'number') return 'n';
  if (parameter.format) return parameter.format;
  return 'string';
}

/**
 * The spec's description without a parenthesised list of the enum's values, e.g. `(PENDING, RUNNING)`:
 * help shows the choices themselves, which are the values the API takes.
 */
export function withoutValueList(description: string, choices: readonly string[]): string {
  const allowed = new Set(choices.map((choice) => choice.toLowerCase()));
  return description
    .replace(/\s*\(([^()]*)\)/g, (group, inside: string) =>
      inside.split(',').every((value) => allowed.has(value.trim().toLowerCase())) ? '' : group,
    )
    .trim();
}

function helpSuffix(parameter: NamedSchema, note?: string): string {
  const parts: string[] = [];
  const says = !parameter.enum && parameter.type !== 'boolean' && (parameter.type !== 'string' || parameter.format);
  if (says) parts.push(describeValue(parameter));
  if (parameter.default !== undefined) parts.push(`default ${String(parameter.default)}`);
  if (note) parts.push(note);
  return parts.length ? `(${parts.join('; ')})` : '';
}

/** What the flag takes, in words; a list flag takes its values as separate words (`--item-ids a b`). */
function describeValue(parameter: NamedSchema): string {
  if (parameter.type !== 'array') return describeAllowed(parameter);
  const each = describeAllowed({ ...(parameter.items ?? { type: 'string' }), nullable: false });
  return `one or more values separated by spaces, each ${each}`;
}

/** Collects the values commander parsed for `parameters` into the API's query object. */
export function queryFromOptions(
  parameters: readonly NamedSchema[],
  options: Record<string, unknown>,
): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const parameter of parameters) {
    const value = options[optionKey(inputFlag(parameter))];
    if (value !== undefined) query[parameter.name] = value;
  }
  return query;
}

/** A commander parser for integers in [min, max], with the allowed range in its error. */
export function integerBetween(min: number, max?: number) {
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

/** A commander parser for one of `choices`, exactly as written, suggesting the one meant (`JSON` → `json`). */
export function oneOf<T extends string>(choices: readonly T[]) {
  return (raw: string): T => {
    if ((choices as readonly string[]).includes(raw)) return raw as T;
    throw new InvalidArgumentError(`Allowed: one of ${choices.join(', ')}${didYouMean(raw, choices)}.`);
  };
}

/** ` (did you mean failed?)` for `FAILED`, or nothing when no choice is near. */
function didYouMean(raw: string, choices: readonly string[]): string {
  const hint = closest(raw, choices);
  return hint ? ` (did you mean ${hint}?)` : '';
}

/** Node timers overflow past 2^31 - 1 ms and then fire at once, so longer waits are refused. */
const MAX_TIMER_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

/** A commander parser for a number of seconds from `minimum` up to what a timer can wait. */
export function secondsFrom(minimum: number) {
  return (raw: string): number => {
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value) || value < minimum || value > MAX_TIMER_SECONDS) {
      throw new InvalidArgumentError(`Allowed: a number of seconds from ${minimum} to ${MAX_TIMER_SECONDS}.`);
    }
    return value;
  };
}
