import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Severity } from '../src/describe.js';
import { diffSpecs, formatChanges, hasBreaking } from '../src/diff.js';

const fixtures = resolve(import.meta.dirname, 'fixtures/diff');
const read = (name: string) => readFileSync(resolve(fixtures, `${name}.yaml`), 'utf8');
const base = read('base');

// One fixture pair per rule: base.yaml against <fixture>.yaml, which differs in exactly one way.
const cases: [fixture: string, severity: Severity, endpoint: string, message: string][] = [
  ['response-field-removed', 'breaking', 'GET /jobs', 'response field `items[].note` removed'],
  ['parameter-removed', 'breaking', 'GET /jobs', 'query parameter `limit` removed'],
  ['parameter-renamed', 'breaking', 'GET /jobs', 'query parameter `limit` renamed to `max`'],
  ['required-parameter-added', 'breaking', 'GET /jobs', 'new required query parameter `project`'],
  ['request-enum-narrowed', 'breaking', 'GET /jobs', "enum value 'done' removed from query parameter `status`"],
  [
    'response-field-type-changed',
    'breaking',
    'GET /jobs',
    'response field `items[].total` changed type from integer to string',
  ],
  ['response-field-nullable', 'breaking', 'GET /jobs', 'response field `items[].total` may now be null'],
  ['response-field-nullable-anyof', 'breaking', 'GET /jobs', 'response field `items[].kind` may now be null'],
  ['response-field-no-longer-required', 'breaking', 'GET /jobs', 'response field `items[].kind` may now be absent'],
  ['response-enum-widened', 'breaking', 'GET /jobs', "enum value 'classify' added to response field `items[].kind`"],
  ['endpoint-renamed', 'breaking', '/jobs', 'endpoint renamed to /jobz'],
  ['optional-parameter-added', 'non-breaking', 'GET /jobs', 'new optional query parameter `project`'],
  ['response-field-added', 'non-breaking', 'GET /jobs', 'new response field `items[].tag`'],
  ['request-enum-widened', 'non-breaking', 'GET /jobs', "enum value 'cancelled' added to query parameter `status`"],
  ['endpoint-added', 'non-breaking', 'GET /jobs/{id}', 'new endpoint'],
  ['description-changed', 'non-breaking', 'GET /jobs', 'description of endpoint changed'],
];

describe('diffSpecs', () => {
  test.concurrent.each(cases)('%s is %s: %s %s', async (fixture, severity, endpoint, message) => {
    const changes = await diffSpecs(base, read(fixture));
    expect(changes.map(({ severity, endpoint, message }) => ({ severity, endpoint, message }))).toEqual([
      { severity, endpoint, message },
    ]);
    expect(hasBreaking(changes)).toBe(severity === 'breaking');
  });

  test('an identical spec has no changes', async () => {
    expect(await diffSpecs(base, base)).toEqual([]);
  });

  test('several changes at once are all listed, breaking first', async () => {
    const revision = read('response-field-added').replace('enum: [pending, running, done]', 'enum: [pending, running]');
    const changes = await diffSpecs(base, revision);
    expect(changes.map((change) => change.severity)).toEqual(['breaking', 'non-breaking']);
  });
});

describe('a change to a shared schema', () => {
  const spec = readFileSync(resolve(import.meta.dirname, '../../../spec/openapi.yaml'), 'utf8');
  const field = '        total_items:\n          type: integer\n';

  test('`total_items` made nullable names every operation and SDK method returning BatchJobResponse', async () => {
    expect(spec.split(field)).toHaveLength(2);
    const changes = await diffSpecs(
      spec,
      spec.replace(field, '        total_items:\n          type: [integer, "null"]\n'),
    );
    expect(
      changes.map(({ severity, endpoint, sdkMethod, message }) => ({ severity, endpoint, sdkMethod, message })),
    ).toEqual([
      {
        severity: 'breaking',
        endpoint: 'GET /api/v1/beta/batch-processing',
        sdkMethod: 'beta.batch.list',
        message: 'response field `items[].total_items` may now be null',
      },
      {
        severity: 'breaking',
        endpoint: 'POST /api/v1/beta/batch-processing',
        sdkMethod: 'beta.batch.create',
        message: 'response field `total_items` may now be null',
      },
      {
        severity: 'breaking',
        endpoint: 'GET /api/v1/beta/batch-processing/{job_id}',
        sdkMethod: 'beta.batch.getStatus',
        message: 'response field `job.total_items` may now be null',
      },
    ]);
  });
});

describe('formatChanges', () => {
  test('one aligned line per change, then the count', () => {
    const text = formatChanges([
      {
        severity: 'breaking',
        impact: 'major',
        endpoint: 'GET /jobs',
        message: 'query parameter `limit` removed',
        rule: 'r',
      },
      { severity: 'non-breaking', impact: 'minor', endpoint: 'GET /jobs/{id}', message: 'new endpoint', rule: 'r' },
    ]);
    expect(text).toBe(
      [
        'breaking      GET /jobs       query parameter `limit` removed',
        'non-breaking  GET /jobs/{id}  new endpoint',
        '',
        '1 breaking, 1 non-breaking',
      ].join('\n'),
    );
  });

  test('names the SDK method beside the endpoint', () => {
    const change = { severity: 'breaking', impact: 'major', endpoint: 'GET /jobs', sdkMethod: 'jobs.list' } as const;
    expect(formatChanges([{ ...change, message: 'm', rule: 'r' }]).split('\n')[0]).toBe(
      'breaking      GET /jobs (jobs.list)  m',
    );
  });

  test('says so when there is nothing', () => {
    expect(formatChanges([])).toBe('no changes');
  });
});
