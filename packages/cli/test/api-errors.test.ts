/** API and network failures against the fault server: exit codes, request counts, one-line messages. */
import { type FaultReply, makeJob } from '@llamacloud-batch/testing';
import { describe, expect, test } from 'vitest';
import { closedPortUrl, lines, listArgs, runCli, SECRET_KEY, serve } from './helpers/cli.js';

const page = { items: [makeJob(0), makeJob(1)], next_page_token: null, total_size: null };

interface FailureCase {
  name: string;
  replies: FaultReply[];
  flags?: string[];
  requests: number;
  /** Every pattern must appear in the single stderr line. */
  message: RegExp[];
}

const failures: FailureCase[] = [
  {
    name: '401 names the status, the message and what to check',
    replies: [{ status: 401, body: { detail: 'Invalid API key' } }],
    requests: 1,
    message: [/HTTP 401/, /Invalid API key/, /--api-key or LLAMA_CLOUD_API_KEY/],
  },
  {
    name: '403 is not retried',
    replies: [{ status: 403, body: { detail: 'Not allowed in this project' } }],
    requests: 1,
    message: [/HTTP 403: Not allowed in this project/],
  },
  {
    name: '422 lists every detail entry with its loc',
    replies: [
      {
        status: 422,
        body: {
          detail: [
            { loc: ['query', 'limit'], msg: 'Input should be less than or equal to 1000', type: 'less_than_equal' },
            { loc: ['query', 'status'], msg: 'Input should be a valid status', type: 'enum' },
          ],
        },
      },
    ],
    requests: 1,
    message: [/HTTP 422/, /query\.limit: Input should be less than or equal to 1000/, /query\.status: Input should be/],
  },
  {
    name: '503 three times: the first try and 2 retries (the default --max-retries)',
    replies: [{ status: 503, body: { detail: 'Service unavailable' } }],
    requests: 3,
    message: [/HTTP 503: Service unavailable/],
  },
  {
    name: '--max-retries 0 makes exactly one request',
    replies: [{ status: 503, body: { detail: 'Service unavailable' } }],
    flags: ['--max-retries', '0'],
    requests: 1,
    message: [/HTTP 503/],
  },
  {
    name: 'an HTML 502 from a proxy shows the start of the page',
    replies: [{ status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' }],
    flags: ['--max-retries', '0'],
    requests: 1,
    message: [/HTTP 502/, /Bad Gateway/],
  },
  {
    name: 'the request id is quoted when the server sends x-request-id',
    replies: [{ status: 500, body: { detail: 'Internal error' }, headers: { 'x-request-id': 'req_7f3a9c' } }],
    flags: ['--max-retries', '0'],
    requests: 1,
    message: [/HTTP 500: Internal error/, /request id req_7f3a9c/],
  },
  {
    name: '--timeout 0.2 against a slow reply',
    replies: [{ delayMs: 5_000, body: page }],
    flags: ['--timeout', '0.2', '--max-retries', '0'],
    requests: 1,
    message: [/timed out after 200 ms/i],
  },
  {
    name: 'a timeout is retried like any connection error',
    replies: [{ delayMs: 5_000, body: page }],
    flags: ['--timeout', '0.2', '--max-retries', '1'],
    requests: 2,
    message: [/timed out/i],
  },
  {
    name: 'a 200 that is not JSON is a malformed response',
    replies: [{ status: 200, body: '<html>Maintenance</html>' }],
    requests: 1,
    message: [/Malformed response \(HTTP 200\)/, /Maintenance/],
  },
  {
    name: 'a connection reset mid-body',
    replies: [{ resetMidBody: true, body: page }],
    flags: ['--max-retries', '0'],
    requests: 1,
    message: [/Connection error/],
  },
];

describe.each(failures)('$name', ({ replies, flags = [], requests, message }) => {
  test(`exit 1 after ${requests} request(s), one line on stderr, no stack`, async () => {
    const server = await serve(replies);
    const result = await runCli(listArgs(server.url, ...flags));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(server.requests).toHaveLength(requests);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/^llamacloud-prod: /);
    for (const pattern of message) expect(result.stderr).toMatch(pattern);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

test('a 500 is retried and the second answer is printed', async () => {
  const server = await serve([{ status: 500, body: { detail: 'flaky' } }, { body: page }]);
  const result = await runCli(listArgs(server.url, '--format', 'json'));
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  expect(server.requests).toHaveLength(2);
  expect(JSON.parse(result.stdout)).toEqual(page);
});

test('Retry-After is honoured between attempts', async () => {
  const server = await serve([{ status: 429, headers: { 'retry-after-ms': '50' } }, { body: page }]);
  const result = await runCli(listArgs(server.url));
  expect(result.code).toBe(0);
  expect(server.requests).toHaveLength(2);
});

test('connection refused (nothing listening) exits 1 with one line', async () => {
  const url = await closedPortUrl();
  const result = await runCli(listArgs(url, '--max-retries', '0'));
  expect(result.code).toBe(1);
  expect(lines(result.stderr)).toEqual([
    `llamacloud-prod: Connection error: ECONNREFUSED (GET ${url}/api/v1/beta/batch-processing, 1 attempt); ` +
      'check that the server is running and that --base-url (or LLAMA_CLOUD_BASE_URL) is its URL',
  ]);
});

test('an error during --all exits 1 after printing the pages that arrived', async () => {
  const server = await serve((request) => {
    const offset = Number(request.url.searchParams.get('offset'));
    return offset === 0 ? { body: { items: [makeJob(0), makeJob(1)] } } : { status: 500, body: { detail: 'boom' } };
  });
  const result = await runCli(listArgs(server.url, '--all', '--limit', '2', '--format', 'jsonl', '--max-retries', '0'));
  expect(result.code).toBe(1);
  expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(2);
  expect(lines(result.stderr)).toEqual([expect.stringMatching(/HTTP 500: boom/)]);
});

describe('--debug', () => {
  test('logs each request, response and retry, with Authorization redacted', async () => {
    const server = await serve([{ status: 503, body: { detail: 'busy' } }, { body: page }]);
    const result = await runCli(listArgs(server.url, '--debug'));
    expect(result.code).toBe(0);
    const log = lines(result.stderr);
    expect(log.filter((line) => line.includes('→ GET'))).toHaveLength(2);
    expect(log.filter((line) => /← (503|200) GET/.test(line))).toHaveLength(2);
    expect(log.some((line) => /retrying GET .* after HTTP 503/.test(line))).toBe(true);
    expect(result.stderr).toContain('"authorization":"Bearer ***"');
    expect(result.stderr).toMatch(/in \d+ ms/);
    expect(result.stderr).toContain('/api/v1/beta/batch-processing');
  });

  test('shows the stack trace after the one-line error', async () => {
    const server = await serve([{ status: 401, body: { detail: 'Invalid API key' } }]);
    const result = await runCli(listArgs(server.url, '--debug'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/llamacloud-prod: HTTP 401/);
    expect(result.stderr).toMatch(/AuthenticationError/);
    expect(result.stderr).toMatch(/\n\s+at /);
    // Through the bundle's source maps, frames name the TypeScript sources rather than minified chunks.
    expect(result.stderr).toMatch(/src\/operation-run\.ts:\d+/);
  });
});

test('without --debug, a success prints nothing on stderr', async () => {
  const server = await serve([{ body: page }]);
  const result = await runCli(listArgs(server.url));
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${SECRET_KEY}`);
});
