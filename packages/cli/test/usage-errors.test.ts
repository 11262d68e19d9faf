/** Usage errors: exit 2, one line naming the flag, the value and what is allowed — and no request sent. */
import { describe, expect, test } from 'vitest';
import { lines, runCli, SECRET_KEY, serve } from './helpers/cli.js';

interface UsageCase {
  name: string;
  /** Arguments after `beta:batch list`; `--api-key` and `--base-url <fault server>` are added unless `bare`. */
  args: string[];
  /** Pass only `args` (after the command), with no key or base URL added. */
  bare?: boolean;
  env?: Record<string, string>;
  /** Every pattern must appear in the single stderr line. */
  message: RegExp[];
}

const cases: UsageCase[] = [
  {
    name: 'unknown flag, with did-you-mean',
    args: ['--stauts', 'failed'],
    message: [/'--stauts'/, /Did you mean --status\?/],
  },
  { name: 'unknown flag near --all', args: ['--al'], message: [/'--al'/, /Did you mean --all\?/] },
  {
    name: 'bad --status value, near no choice: no suggestion',
    args: ['--status', 'done'],
    message: [/--status/, /'done'/, /pending, running, dispatched, completed, failed, cancelled\.$/m],
  },
  {
    name: 'enum values are case-sensitive like the API',
    args: ['--job-type', 'PARSE'],
    message: [/--job-type/, /'PARSE'/, /parse, extract, classify/, /\(did you mean parse\?\)/],
  },
  {
    // Refused, not taken case-insensitively: nothing is sent, and the message names the value meant.
    name: '--status FAILED suggests failed',
    args: ['--status', 'FAILED'],
    message: [
      /--status/,
      /'FAILED'/,
      /pending, running, dispatched, completed, failed, cancelled \(did you mean failed\?\)/,
    ],
  },
  {
    name: '--format JSON suggests json',
    args: ['--format', 'JSON'],
    message: [/--format/, /'JSON'/, /json, jsonl, yaml, pretty, table \(did you mean json\?\)/],
  },
  { name: '--limit 0', args: ['--limit', '0'], message: [/--limit/, /'0'/, /an integer from 1 to 1000/] },
  { name: '--limit 1001', args: ['--limit', '1001'], message: [/--limit/, /'1001'/, /an integer from 1 to 1000/] },
  { name: '--limit abc', args: ['--limit', 'abc'], message: [/--limit/, /'abc'/, /an integer from 1 to 1000/] },
  { name: '--limit 1.5', args: ['--limit', '1.5'], message: [/--limit/, /'1.5'/, /an integer/] },
  {
    name: '--limit 0x10 (hex)',
    args: ['--limit', '0x10'],
    message: [/--limit/, /'0x10'/, /an integer from 1 to 1000/],
  },
  {
    name: '--limit 1e3 (exponent)',
    args: ['--limit', '1e3'],
    message: [/--limit/, /'1e3'/, /an integer from 1 to 1000/],
  },
  {
    name: '--max-items 0x10 (hex)',
    args: ['--max-items', '0x10'],
    message: [/--max-items/, /'0x10'/, /an integer ≥ 1/],
  },
  {
    // The helper asserts on every run that SECRET_KEY appears in neither stdout nor stderr.
    name: 'a mistyped --api-key=<key> never echoes the key',
    bare: true,
    args: [`--api-kye=${SECRET_KEY}`, '--base-url', 'http://127.0.0.1:9'],
    message: [/unknown option '--api-kye=…'/],
  },
  { name: '--offset -1', args: ['--offset', '-1'], message: [/--offset/, /'-1'/, /an integer ≥ 0/] },
  {
    name: 'non-uuid --project-id',
    args: ['--project-id', 'my-project'],
    message: [/--project-id/, /'my-project'/, /UUID/],
  },
  {
    name: 'non-uuid --organization-id',
    args: ['--organization-id', '123'],
    message: [/--organization-id/, /'123'/, /UUID/],
  },
  {
    name: 'bad --format',
    args: ['--format', 'xml'],
    message: [/--format/, /'xml'/, /json, jsonl, yaml, pretty, table/],
  },
  { name: 'bad --timeout', args: ['--timeout', 'soon'], message: [/--timeout/, /'soon'/, /seconds/] },
  { name: '--timeout 0', args: ['--timeout', '0'], message: [/--timeout/, /'0'/, /seconds from 0.001/] },
  {
    name: '--timeout past what a timer can hold',
    args: ['--timeout', '1e7'],
    message: [/--timeout/, /'1e7'/, /to 2147483/],
  },
  { name: '--max-retries -1', args: ['--max-retries', '-1'], message: [/--max-retries/, /'-1'/, /an integer ≥ 0/] },
  { name: '--max-items 0', args: ['--max-items', '0'], message: [/--max-items/, /'0'/, /an integer ≥ 1/] },
  {
    name: '--read-ahead 9',
    args: ['--all', '--read-ahead', '9'],
    message: [/--read-ahead/, /'9'/, /an integer from 1 to 8/],
  },
  {
    name: '--read-ahead without paging',
    args: ['--read-ahead', '2'],
    message: [/--read-ahead applies only when paging/, /--all/],
  },
  { name: 'empty --fields', args: ['--fields', ','], message: [/--fields needs at least one field/] },
  { name: 'a stray argument', args: ['pending'], message: [/too many arguments for 'list'/] },
  {
    name: 'non-http(s) --base-url',
    bare: true,
    args: ['--api-key', SECRET_KEY, '--base-url', 'ftp://x'],
    message: [/base URL/, /"ftp:\/\/x"/, /only http and https/],
  },
  {
    name: 'non-http(s) LLAMA_CLOUD_BASE_URL',
    bare: true,
    args: ['--api-key', SECRET_KEY],
    env: { LLAMA_CLOUD_BASE_URL: 'file:///etc/passwd' },
    message: [/base URL/, /only http and https/],
  },
  {
    name: 'missing API key',
    bare: true,
    args: ['--base-url', 'http://127.0.0.1:9'],
    message: [/Missing API key/, /--api-key/, /LLAMA_CLOUD_API_KEY/],
  },
  {
    name: 'a blank API key counts as missing',
    bare: true,
    args: ['--api-key', '  ', '--base-url', 'http://127.0.0.1:9'],
    message: [/Missing API key: pass --api-key <key> or set LLAMA_CLOUD_API_KEY/],
  },
  {
    name: 'a key with whitespace is refused without being shown',
    bare: true,
    args: ['--api-key', `${SECRET_KEY} x`, '--base-url', 'http://127.0.0.1:9'],
    message: [/Invalid API key/, /key not shown/],
  },
  {
    name: 'bad LLAMA_CLOUD_LOG',
    args: [],
    env: { LLAMA_CLOUD_LOG: 'loud' },
    message: [/LLAMA_CLOUD_LOG/, /"loud"/, /debug, info, warn, error, off/],
  },
];

describe.each(cases)('$name', ({ args, bare, env, message }) => {
  test('exits 2 with one line and sends no request', async () => {
    const server = await serve([{ body: { items: [] } }]);
    const fullArgs = bare
      ? ['beta:batch', 'list', ...args]
      : ['beta:batch', 'list', '--api-key', SECRET_KEY, '--base-url', server.url, ...args];
    const result = await runCli(fullArgs, { env: env ?? {} });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/^llamacloud-prod: /);
    for (const pattern of message) expect(result.stderr).toMatch(pattern);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(server.requests).toHaveLength(0);
  });
});

test.each([
  [['beta:batch', 'lst'], /unknown command 'lst' \(Did you mean list\?\)/],
  [['bta:batch', 'list'], /unknown command 'bta:batch' \(Did you mean beta:batch\?\)/],
])('unknown command %j suggests the right one', async (args, message) => {
  const result = await runCli(args);
  expect(result.code).toBe(2);
  expect(lines(result.stderr)).toEqual([expect.stringMatching(message)]);
});

test('an empty LLAMA_CLOUD_BASE_URL means the default URL, not an invalid one', async () => {
  // A 1 ms timeout ends the attempt long before a connection to production could be made.
  const result = await runCli(
    ['beta:batch', 'list', '--api-key', SECRET_KEY, '--debug', '--max-retries', '0', '--timeout', '0.001'],
    { env: { LLAMA_CLOUD_BASE_URL: '' } },
  );
  expect(result.stderr).toContain('→ GET https://api.cloud.llamaindex.ai/api/v1/beta/batch-processing');
  expect(result.stderr).not.toContain('Invalid base URL');
  expect(result.code).toBe(1);
});
