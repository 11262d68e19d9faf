/**
 * How help is laid out: text wrapped at word boundaries to the terminal's width, a parenthesised
 * phrase kept on one line when it fits, and the flags an operation cannot run without under "Required:".
 */
import type { Help, HelpConfiguration } from 'commander';

/** The heading of the flags an operation needs. */
export const REQUIRED_GROUP = 'Required:';

/** Below this many columns wrapping makes help harder to read; commander's 40 left long flags unwrapped. */
const MIN_WIDTH_TO_WRAP = 20;

/** Settings for `configureHelp`: the wrapping below, and the required flags listed first. */
export const helpLayout: HelpConfiguration & { showGlobalOptions: boolean } = {
  showGlobalOptions: true,
  minWidthToWrap: MIN_WIDTH_TO_WRAP,
  boxWrap(this: Help, text: string, width: number): string {
    if (width < MIN_WIDTH_TO_WRAP) return text;
    return wrapHelp(text, width, (piece) => this.displayWidth(piece));
  },
  groupItems<T>(this: Help, unsorted: T[], visible: T[], groupOf: (item: T) => string): Map<string, T[]> {
    const groups = new Map<string, T[]>();
    for (const item of unsorted) groups.set(groupOf(item), []);
    for (const item of visible) groups.set(groupOf(item), [...(groups.get(groupOf(item)) ?? []), item]);
    const required = groups.get(REQUIRED_GROUP);
    if (required === undefined) return groups;
    groups.delete(REQUIRED_GROUP);
    return new Map([[REQUIRED_GROUP, required], ...groups]);
  },
};

/**
 * Wraps `text` to `width` columns. A single line break inside a paragraph is a soft one (as in the
 * spec's Markdown) and becomes a space; blank lines, list items and indented lines stay as written.
 */
export function wrapHelp(text: string, width: number, measure: (piece: string) => number = (s) => s.length): string {
  return joinSoftBreaks(text)
    .map((line) => (line.trim() === '' || /^\s/.test(line) ? line : wrapLine(line, width, measure)))
    .join('\n');
}

function joinSoftBreaks(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const previous = lines.at(-1);
    const continues = previous !== undefined && previous.trim() !== '' && !/^(\s|[-*+] |\d+\. |$)/.test(line);
    if (continues) lines[lines.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    else lines.push(line);
  }
  return lines;
}

/** Greedy wrapping of one line, where a parenthesised phrase moves as a whole when it fits a line. */
function wrapLine(line: string, width: number, measure: (piece: string) => number): string {
  const lines: string[] = [];
  let current = '';
  const add = (piece: string) => {
    if (current === '') current = piece;
    else if (measure(current) + 1 + measure(piece) <= width) current += ` ${piece}`;
    else {
      lines.push(current);
      current = piece;
    }
  };
  for (const phrase of phrases(line)) {
    const whole = phrase.join(' ');
    // A phrase too long for any line is wrapped word by word, from where the line stands.
    if (measure(whole) > width) for (const word of phrase) add(word);
    else add(whole);
  }
  lines.push(current);
  return lines.join('\n');
}

/** The line's words, grouped so that `(an integer from 1 to 1000)` is one phrase. */
function phrases(line: string): string[][] {
  const result: string[][] = [];
  let depth = 0;
  for (const word of line.trim().split(/\s+/)) {
    if (depth > 0) result[result.length - 1]?.push(word);
    else result.push([word]);
    depth = Math.max(0, depth + count(word, '(') - count(word, ')'));
  }
  return result;
}

const count = (word: string, char: string) => word.split(char).length - 1;

/** `[term, description]` rows as commander lays out its own lists, for help text it does not write. */
export function formatRows(rows: readonly [string, string][], width: number): string {
  const termWidth = Math.max(...rows.map(([term]) => term.length));
  const indent = ' '.repeat(2 + termWidth + 2);
  const room = width - indent.length;
  return rows
    .map(([term, description]) => {
      const wrapped = room < MIN_WIDTH_TO_WRAP ? description : wrapHelp(description, room);
      return `  ${term.padEnd(termWidth)}  ${wrapped.replace(/\n/g, `\n${indent}`)}`;
    })
    .join('\n');
}
