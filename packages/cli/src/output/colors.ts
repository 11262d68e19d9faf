/** Colour only when asked for and allowed: a TTY, and no NO_COLOR. */
import pc from 'picocolors';

export type Paint = (text: string) => string;
export interface Palette {
  key: Paint;
  string: Paint;
  number: Paint;
  literal: Paint;
  dim: Paint;
  bold: Paint;
}

const plain: Paint = (text) => text;
const PLAIN: Palette = { key: plain, string: plain, number: plain, literal: plain, dim: plain, bold: plain };

export function palette(enabled: boolean): Palette {
  if (!enabled) return PLAIN;
  const c = pc.createColors(true);
  return { key: c.blue, string: c.green, number: c.yellow, literal: c.magenta, dim: c.dim, bold: c.bold };
}

export function colorAllowed(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

const TOKEN = /("(?:[^"\\]|\\.)*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;

/** Indented JSON with keys, strings, numbers and literals coloured. */
export function prettyJson(value: unknown, colors: Palette): string {
  const text = JSON.stringify(value, null, 2);
  if (colors === PLAIN) return text;
  return text.replace(TOKEN, (match, str: string | undefined, colon: string | undefined, literal, num) => {
    if (str !== undefined) return colon ? `${colors.key(str)}${colon}` : colors.string(str);
    if (literal !== undefined) return colors.literal(match);
    if (num !== undefined) return colors.number(match);
    return match;
  });
}
