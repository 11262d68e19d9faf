/** `--include` / `--exclude` patterns against paths relative to the folder. */

import { globToRegExp, mediaTypeOf, pathFilter } from '@llamacloud-batch/client';
import { describe, expect, test } from 'vitest';
import { shellQuote } from '../src/run/resume.js';

describe('globToRegExp', () => {
  test.each([
    ['*.pdf', 'a.pdf', true],
    ['*.pdf', 'deep/er/a.pdf', true],
    ['*.pdf', 'a.pdf.txt', false],
    ['docs/*.pdf', 'docs/a.pdf', true],
    ['docs/*.pdf', 'docs/x/a.pdf', false],
    ['docs/**/*.pdf', 'docs/a.pdf', true],
    ['docs/**/*.pdf', 'docs/x/y/a.pdf', true],
    ['docs/**', 'docs/x/y/a.pdf', true],
    ['scan-??.tif', 'scan-01.tif', true],
    ['scan-??.tif', 'scan-1.tif', false],
    ['*.{pdf,docx}', 'b/c.docx', true],
    ['*.{pdf,docx}', 'c.doc', false],
    ['a+b (1).pdf', 'a+b (1).pdf', true],
  ])('%s ~ %s → %s', (pattern, path, matches) => {
    expect(globToRegExp(pattern).test(path)).toBe(matches);
  });

  test('an unclosed brace is an error naming the pattern', () => {
    expect(() => globToRegExp('*.{pdf')).toThrow('unclosed { in "*.{pdf"');
  });
});

test('pathFilter: any include, then no exclude', () => {
  const accept = pathFilter(['*.pdf', '*.txt'], ['drafts/**']);
  expect(['a.pdf', 'b/c.txt', 'drafts/d.pdf', 'e.png'].filter(accept)).toEqual(['a.pdf', 'b/c.txt']);
  expect(pathFilter([], [])('anything')).toBe(true);
});

test.each([
  ['plain/path.pdf', 'plain/path.pdf'],
  ['{"job":1}', `'{"job":1}'`],
  ["it's", `'it'\\''s'`],
])('shellQuote(%s)', (word, quoted) => {
  expect(shellQuote(word)).toBe(quoted);
});

test.each([
  ['scan.PDF', 'application/pdf'],
  ['dir.v2/notes', 'application/octet-stream'],
  ['report.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['archive.tar.gz', 'application/octet-stream'],
])('mediaTypeOf(%s)', (path, type) => {
  expect(mediaTypeOf(path)).toBe(type);
});
