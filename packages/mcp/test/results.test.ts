/** A page's one-line summary: how many items, how many in all when the answer can be believed, and how to go on. */
import type { OperationMeta } from '@llamacloud-batch/types';
import { describe, expect, test } from 'vitest';
import { pageResult } from '../src/results.js';

const list: OperationMeta = {
  id: 'list',
  method: 'get',
  path: '/widgets',
  parameters: [{ name: 'limit', in: 'query', type: 'integer', default: 2 }],
  pagination: { type: 'offsetLimit', offset: 'offset', limit: 'limit', results: 'items' },
};

const summary = (params: Record<string, unknown>, page: Record<string, unknown>) =>
  (pageResult(list, params, page).content[0] as { text: string }).text;

describe('pageResult', () => {
  test('a total_size that holds the items seen is the list size', () => {
    expect(summary({ offset: 4 }, { items: [1], total_size: 5 })).toBe('1 item on this page (5 in all)');
  });

  test('a full page short of total_size says where to go on', () => {
    expect(summary({}, { items: [1, 2], total_size: 7 })).toBe(
      '2 items on this page (7 in all); more may follow: call again with offset=2, or pass max_items to walk pages',
    );
  });

  test('a total_size below the items seen is said to be unusable, not repeated as the size', () => {
    expect(summary({}, { items: [1], total_size: 0 })).toBe(
      '1 item on this page (total_size 0 is fewer than that, so not used)',
    );
    // Nor does it end the list: a full page still says more may follow.
    expect(summary({ offset: 10 }, { items: [1, 2], total_size: 3 })).toBe(
      '2 items on this page (total_size 3 is fewer than that, so not used); more may follow: call again with offset=12, or pass max_items to walk pages',
    );
  });

  test('without total_size, nothing is said of the size', () => {
    expect(summary({}, { items: [1] })).toBe('1 item on this page');
  });
});
