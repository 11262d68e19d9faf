/** The runtime helpers the generated validators call instead of Ajv's own. */
import { describe, expect, test } from 'vitest';
import { equal, ucs2length } from '../src/core/schema-runtime.js';

describe('ucs2length counts code points, as JSON Schema string lengths do', () => {
  test.each([
    ['', 0],
    ['abc', 3],
    ['é', 1],
    ['😀', 1],
    ['a😀b', 3],
  ])('%j → %i', (text, length) => {
    expect(ucs2length(text)).toBe(length);
  });
});

describe('equal compares JSON values structurally', () => {
  test.each([
    [1, 1, true],
    ['a', 'b', false],
    [null, null, true],
    [null, {}, false],
    [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }, true],
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [[1, 2], [2, 1], false],
    [[1], { 0: 1 }, false],
    [{ a: 1 }, { b: 1 }, false],
  ])('%j vs %j → %s', (a, b, same) => {
    expect(equal(a, b)).toBe(same);
  });
});
