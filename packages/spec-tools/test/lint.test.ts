/**
 * `pnpm lint:spec` (Redocly with spec/redocly.yaml) passes on the spec with no problem at all, and
 * each rule of our own fires on a copy of the spec that breaks it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const specPath = resolve(root, 'spec/openapi.yaml');
const config = resolve(root, 'spec/redocly.yaml');
const spec = readFileSync(specPath, 'utf8');
const work = mkdtempSync(join(tmpdir(), 'llamacloud-lint-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const require = createRequire(import.meta.url);
const manifestPath = require.resolve('@redocly/cli/package.json');
const redocly = resolve(dirname(manifestPath), (require(manifestPath) as { bin: { redocly: string } }).bin.redocly);

async function lint(path: string) {
  return promisify(execFile)(process.execPath, [redocly, 'lint', path, '--config', config, '--format', 'stylish'], {
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      output: error.stdout + error.stderr,
    }),
  );
}

function replaceOnce(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

test('the committed spec lints with 0 errors and 0 warnings', async () => {
  const { code, output } = await lint(specPath);
  expect(code).toBe(0);
  expect(output).toContain('Your API description is valid');
  // (The Node 20 deprecation banner says "warning" too; a lint warning is counted: "You have 1 warning".)
  expect(output).not.toMatch(/\d+ warnings?\b/);
});

describe.each([
  [
    'rule/operation-2xx-has-example',
    'a 200 without a named example',
    (text: string) =>
      replaceOnce(
        text,
        '              examples:\n                seed:',
        '              x-examples:\n                seed:',
      ),
  ],
  [
    'rule/property-has-description',
    'a schema property without a description',
    (text: string) => replaceOnce(text, '          description: Unique identifier for the batch job\n', ''),
  ],
  [
    'rule/parameter-has-description',
    'a parameter without a description',
    (text: string) => replaceOnce(text, '          description: Filter by directory ID\n', ''),
  ],
  [
    'rule/operation-id-snake-case',
    'a camelCase operationId',
    (text: string) =>
      replaceOnce(text, 'list_batch_jobs_api_v1_beta_batch_processing_get', 'listBatchJobsApiV1BetaBatchProcessingGet'),
  ],
  [
    'speakeasy/operation-sdk-name',
    'an operation without x-speakeasy-group',
    (text: string) =>
      replaceOnce(
        text,
        '      x-speakeasy-group: beta.batch\n      x-speakeasy-name-override: getStatus\n',
        '      x-speakeasy-name-override: getStatus\n',
      ),
    'GET /api/v1/beta/batch-processing/{job_id} has no `x-speakeasy-group`',
  ],
  [
    'speakeasy/sdk-name-unique',
    'two operations with the same group and name',
    (text: string) => replaceOnce(text, 'x-speakeasy-name-override: getStatus', 'x-speakeasy-name-override: list'),
    'are both SDK method `beta.batch.list`',
  ],
  [
    'speakeasy/pagination',
    'a pagination input naming a parameter the operation lacks',
    (text: string) =>
      replaceOnce(
        text,
        '          - name: page_token\n            in: parameters',
        '          - name: cursor\n            in: parameters',
      ),
    'names parameter "cursor", which the operation does not have',
  ],
  [
    'speakeasy/pagination',
    'pagination results pointing at a field the response lacks',
    (text: string) => replaceOnce(text, '          results: $.items', '          results: $.data'),
    'outputs.results is $.data, but the 200 response has no property "data"',
  ],
] as [string, string, (text: string) => string, string?][])('%s', (rule, what, mutate, message) => {
  test(`fails on ${what}`, async () => {
    const path = join(work, `${`${rule} ${what}`.replace(/\W+/g, '-')}.yaml`);
    writeFileSync(path, mutate(spec));
    const { code, output } = await lint(path);
    expect(code).not.toBe(0);
    expect(output).toContain(rule);
    if (message) expect(output).toContain(message);
  });
});

// Redocly's own answer to a spec that does not parse is clear enough: exit 1, file and line:col, no stack trace.
describe.each([
  [
    'a duplicate key',
    (text: string) => replaceOnce(text, 'info:\n', 'info:\n  title: twice\n'),
    'duplicated mapping key',
  ],
  [
    'a YAML syntax error',
    (text: string) => replaceOnce(text, 'info:\n', 'info:\n   bad: [\n'),
    'deficient indentation',
  ],
] as [string, (text: string) => string, string][])('a spec with %s', (what, mutate, message) => {
  test('fails, naming the file, line and column', async () => {
    const path = join(work, `${what.replace(/\W+/g, '-')}.yaml`);
    writeFileSync(path, mutate(spec));
    const { code, output } = await lint(path);
    expect(code).toBe(1);
    expect(output).toMatch(
      new RegExp(`${message} in "${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}" \\(\\d+:\\d+\\)`),
    );
    expect(output).not.toMatch(/^\s+at /m);
  });
});
