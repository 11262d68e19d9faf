import { describe, expect, test } from 'vitest';
import { type Bump, checkChangesets, parseChangeset } from '../src/changesets.js';
import type { SpecChange } from '../src/describe.js';

describe('parseChangeset', () => {
  test.each([
    ['---\n"@llamacloud-batch/types": major\n---\n\nText\n', [['@llamacloud-batch/types', 'major']]],
    [
      "---\n'@llamacloud-batch/types': minor\n'@llamacloud-batch/client': patch\n---\nText",
      [
        ['@llamacloud-batch/types', 'minor'],
        ['@llamacloud-batch/client', 'patch'],
      ],
    ],
    ['---\n---\n\nAn empty changeset releases nothing.\n', []],
    ['no front matter at all', []],
    ['---\n"@llamacloud-batch/types": huge\n---\n', []],
  ])('%j', (text, bumps) => {
    expect([...parseChangeset(text)]).toEqual(bumps);
  });
});

describe('checkChangesets', () => {
  const breaking: SpecChange = {
    severity: 'breaking',
    impact: 'major',
    endpoint: 'GET /x',
    message: 'query parameter `a` removed',
    rule: 'r',
  };
  const addition: SpecChange = {
    severity: 'non-breaking',
    impact: 'minor',
    endpoint: 'GET /x',
    message: 'new endpoint',
    rule: 'r',
  };
  const types = (bump: Bump) => new Map([['@llamacloud-batch/types', bump]]);

  test.each([
    ['no changes need no changeset', [], [], true],
    ['an addition without a changeset fails', [addition], [], false],
    ['an addition with a patch changeset passes', [addition], [types('patch')], true],
    ['a breaking change with a minor changeset fails', [breaking], [types('minor')], false],
    [
      'a breaking change with a major among several changesets passes',
      [breaking],
      [types('minor'), types('major')],
      true,
    ],
  ] as [string, SpecChange[], Map<string, Bump>[], boolean][])('%s', (_name, changes, changesets, ok) => {
    expect(checkChangesets(changes, changesets, 'HEAD~1').ok).toBe(ok);
  });

  test('the failure message names the bump an addition needs', () => {
    expect(checkChangesets([addition], [], 'HEAD~1').message).toContain('choose a minor bump');
  });

  test('the failure message names the breaking change and the command to run', () => {
    const verdict = checkChangesets([breaking], [types('minor')], 'HEAD~1');
    expect(verdict.message).toContain('GET /x: query parameter `a` removed');
    expect(verdict.message).toContain('pnpm changeset');
  });
});
