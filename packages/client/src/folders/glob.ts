/**
 * `--include` / `--exclude` patterns, matched against a file's path relative to the folder (with `/`):
 * `*` and `?` stay within one segment, `**` crosses any number of them, `{a,b}` is either. A pattern
 * with no `/` matches the file's name at any depth (`*.pdf` is every PDF), as in .gitignore.
 */

/** The RegExp for one pattern; throws an Error naming what is wrong with it. */
export function globToRegExp(pattern: string): RegExp {
  const anywhere = !pattern.includes('/');
  let source = '';
  let braces = 0;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index] as string;
    if (char === '*') {
      if (pattern[index + 1] === '*') {
        index++;
        // `**/` is zero or more whole segments; a trailing `**` is everything below.
        if (pattern[index + 1] === '/') {
          index++;
          source += '(?:[^/]*/)*';
        } else source += '.*';
      } else source += '[^/]*';
    } else if (char === '?') source += '[^/]';
    else if (char === '{') {
      braces++;
      source += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (char === ',' && braces > 0) source += '|';
    else source += char.replace(/[.+^$()|[\]\\}]/g, '\\$&');
  }
  if (braces > 0) throw new Error(`unclosed { in ${JSON.stringify(pattern)}`);
  return new RegExp(`^${anywhere ? '(?:.*/)?' : ''}${source}$`);
}

/** Whether a relative path passes the filters: some include matches (or there are none), no exclude does. */
export function pathFilter(include: readonly string[], exclude: readonly string[]): (relative: string) => boolean {
  const includes = include.map(globToRegExp);
  const excludes = exclude.map(globToRegExp);
  return (relative) =>
    (includes.length === 0 || includes.some((glob) => glob.test(relative))) &&
    !excludes.some((glob) => glob.test(relative));
}
