/** What one table cell shows, and how wide that is on a terminal: shared by list tables and FIELD/VALUE rows. */

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;
// Control characters (a newline in an error message, an escape sequence) would break the row or the terminal.
const CONTROL = /\p{Cc}+/gu;

/** `2019-12-27T18:11:19.117Z` → `2019-12-27 18:11`, or `2019-12-27` when compact. */
export function shortDateTime(value: string, compact = false): string {
  return value.replace('T', ' ').slice(0, compact ? 10 : 16);
}

export const isDateTime = (value: unknown): value is string => typeof value === 'string' && DATE_TIME.test(value);

/** One value as one line: date-times shortened, objects as JSON, nothing for null. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (isDateTime(value)) return shortDateTime(value);
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.replace(CONTROL, ' ');
}

/** Columns a character takes on a terminal: 0 for combining marks, 2 for East Asian wide ones and emoji. */
function charWidth(codePoint: number, char: string): number {
  if (/\p{Mn}|\p{Me}|\u200d|[\ufe00-\ufe0f]/u.test(char)) return 0;
  const wide =
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1faff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd);
  return wide ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0) ?? 0, char);
  return width;
}

/** `text` cut to `width` columns, ending in `…` when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = charWidth(char.codePointAt(0) ?? 0, char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return width >= 1 ? `${out}…` : '';
}

/** `text` padded with spaces to `width` columns. */
export const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
