/** Against Prism: the spec's example round-trips exactly; random valid data parses in every format. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@llamacloud-batch/testing';
import { describe, expect, inject, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { listArgs, runCli, SECRET_KEY } from './helpers/cli.js';

const seedExample = JSON.parse(
  readFileSync(join(repoRoot, 'packages/testing/test/fixtures/seed-example.json'), 'utf8'),
);

describe('static Prism (the spec example)', () => {
  test('--format json prints the seed example exactly', async () => {
    const result = await runCli(listArgs(inject('prismUrl'), '--format', 'json'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(seedExample);
  });

  test('json is the default when stdout is a pipe', async () => {
    const result = await runCli(listArgs(inject('prismUrl')));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(seedExample);
  });

  test('the key and URL can come from the environment', async () => {
    const result = await runCli(['beta:batch', 'list'], {
      env: { LLAMA_CLOUD_API_KEY: SECRET_KEY, LLAMA_CLOUD_BASE_URL: inject('prismUrl') },
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(seedExample);
  });
});

const isJob = (value: unknown) =>
  expect(value).toMatchObject({ id: expect.any(String), status: expect.any(String), job_type: expect.any(String) });

test('static Prism: the table has the seed job as its one row', async () => {
  const result = await runCli(listArgs(inject('prismUrl'), '--format', 'table'));
  expect(result.code).toBe(0);
  expect(result.stdout.split('\n').filter(Boolean)).toEqual([
    expect.stringMatching(/^ID +JOB TYPE +STATUS +CREATED AT$/),
    expect.stringMatching(/^bjb-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee +parse +pending +2019-12-27 18:11$/),
  ]);
});

describe('dynamic Prism (random valid data) parses in every format', () => {
  test('json: a page object', async () => {
    const result = await runCli(listArgs(inject('prismDynamicUrl'), '--format', 'json'));
    expect(result.code).toBe(0);
    const page = JSON.parse(result.stdout);
    expect(Array.isArray(page.items)).toBe(true);
    page.items.forEach(isJob);
  });

  test('jsonl: one job per line', async () => {
    const result = await runCli(listArgs(inject('prismDynamicUrl'), '--format', 'jsonl'));
    expect(result.code).toBe(0);
    for (const line of result.stdout.split('\n').filter(Boolean)) isJob(JSON.parse(line));
  });

  test('yaml: the page object', async () => {
    const result = await runCli(listArgs(inject('prismDynamicUrl'), '--format', 'yaml'));
    expect(result.code).toBe(0);
    const page = parseYaml(result.stdout);
    expect(Array.isArray(page.items)).toBe(true);
    page.items.forEach(isJob);
  });

  test('pretty with NO_COLOR: plain indented JSON', async () => {
    const result = await runCli(listArgs(inject('prismDynamicUrl'), '--format', 'pretty'), { env: { NO_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b[');
    expect(result.stdout).toMatch(/^\{\n {2}"/);
    expect(Array.isArray(JSON.parse(result.stdout).items)).toBe(true);
  });

  test('table: a header, then one row per job', async () => {
    const result = await runCli(listArgs(inject('prismDynamicUrl'), '--format', 'table'));
    expect(result.code).toBe(0);
    const [header, ...rows] = result.stdout.split('\n').filter(Boolean);
    expect(header).toMatch(/^ID +JOB TYPE +STATUS +CREATED AT$/);
    // Random pages may be empty; the static test below checks an exact row.
    for (const row of rows) expect(row).toMatch(/ (parse|extract|classify) +[a-z]+( |$)/);
  });
});
