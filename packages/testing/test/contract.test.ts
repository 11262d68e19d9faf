import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { createSchemaValidator, nullFields } from '../src/index.js';

const LIST = '/api/v1/beta/batch-processing';
const AUTH = { authorization: 'Bearer test-key' };
const seedExample = JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures/seed-example.json'), 'utf8'));

describe('Prism static mock of spec/openapi.yaml', () => {
  const url = inject('prismUrl');

  test('serves the seed example for a 200, equal as JSON', async () => {
    const res = await fetch(`${url}${LIST}`, { headers: AUTH });
    expect(res.status).toBe(200);
    expect(await res.json()).toStrictEqual(seedExample);
  });

  const validator = createSchemaValidator();

  // Prism checks the request against the spec, then answers with the spec's 422 example.
  test.each([
    'limit=0',
    'limit=1001',
    'limit=abc',
    'offset=-1',
    'status=bogus',
    'job_type=split',
    'project_id=not-a-uuid',
  ])('answers 422 with an HTTPValidationError for %s', async (query) => {
    const res = await fetch(`${url}${LIST}?${query}`, { headers: AUTH });
    expect(res.status).toBe(422);
    expect(validator.validate('HTTPValidationError', await res.json())).toEqual([]);
  });

  test.each(['limit=1', 'limit=1000', 'offset=0', 'status=cancelled', 'job_type=classify'])(
    'accepts the boundary value %s',
    async (query) => {
      const res = await fetch(`${url}${LIST}?${query}`, { headers: AUTH });
      expect(res.status).toBe(200);
    },
  );

  test('answers 401 without the bearer key', async () => {
    const res = await fetch(`${url}${LIST}`);
    expect(res.status).toBe(401);
  });
});

describe('Prism dynamic mock', () => {
  const url = inject('prismDynamicUrl');
  const validator = createSchemaValidator();

  test('50 random responses all validate against the spec schema', async () => {
    const bodies = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const res = await fetch(`${url}${LIST}`, { headers: AUTH });
        expect(res.status).toBe(200);
        return res.json();
      }),
    );
    for (const body of bodies) expect(validator.validate('BatchJobQueryResponse', body)).toEqual([]);
    // Random data really varies, so the validator sees more than one shape.
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBeGreaterThan(1);
  });
});

describe('schema validator', () => {
  const validator = createSchemaValidator();

  test('accepts the seed example and nulls in every nullable field', () => {
    expect(validator.validate('BatchJobQueryResponse', seedExample)).toEqual([]);
    const [job] = seedExample.items;
    expect(validator.validate('BatchJobResponse', { ...job, ...nullFields('BatchJobResponse') })).toEqual([]);
    expect(validator.validate('BatchJobQueryResponse', { items: [], next_page_token: null, total_size: null })).toEqual(
      [],
    );
  });

  test.each([
    ['a string total_items', { total_items: '3' }, '/total_items'],
    ['an unknown status', { status: 'paused' }, '/status'],
    ['a null processed_items', { processed_items: null }, '/processed_items'],
    ['a bad date-time', { created_at: 'yesterday' }, '/created_at'],
  ])('rejects %s', (_name, patch, path) => {
    const problems = validator.validate('BatchJobResponse', { ...seedExample.items[0], ...patch });
    expect(problems.join('\n')).toContain(path);
  });

  test('rejects a job without id', () => {
    const { id: _id, ...job } = seedExample.items[0];
    expect(validator.validate('BatchJobResponse', job).join('\n')).toContain("must have required property 'id'");
  });
});

// seed-example.json is the example on the product's docs page (a copy of which is committed next to it).
test('fixture equals the example on the product docs page', () => {
  const page = readFileSync(resolve(import.meta.dirname, 'fixtures/list-batch-jobs.txt'), 'utf8');
  const block = page.split('Returns Examples')[1] ?? '';
  expect(JSON.parse(block)).toStrictEqual(seedExample);
});
