import { describe, expect, test } from 'vitest';
import { median, roundRobin } from '../src/index.js';

describe('roundRobin', () => {
  test('rotates the order each round and runs each contender `batch` times per round', async () => {
    const calls: string[] = [];
    const contender = (name: string) => () => {
      calls.push(name);
      return name.toUpperCase();
    };
    const samples = await roundRobin({ a: contender('a'), b: contender('b'), c: contender('c') }, 4, 2);
    expect(calls.join('')).toBe('aabbcc' + 'bbccaa' + 'ccaabb' + 'aabbcc');
    expect(samples.get('b')?.times).toHaveLength(4);
    expect(samples.get('b')?.results).toEqual(Array(8).fill('B'));
  });

  test('awaits each run before the next', async () => {
    const events: string[] = [];
    const slow = async () => {
      events.push('start');
      await new Promise((resolve) => setTimeout(resolve, 5));
      events.push('end');
    };
    const samples = await roundRobin({ slow }, 2);
    expect(events).toEqual(['start', 'end', 'start', 'end']);
    expect(samples.get('slow')?.times.every((ms) => ms >= 4)).toBe(true);
  });
});

test('median of odd and even counts, unsorted input', () => {
  expect(median([5, 1, 3])).toBe(3);
  expect(median([4, 1, 3, 2])).toBe(2.5);
});
