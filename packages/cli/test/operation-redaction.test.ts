/**
 * The key stays secret through a create and a get-status whose server echoes it back: in the error
 * message, and in everything --debug prints. (runCli fails any run whose stdout or stderr holds the key.)
 */
import type { FaultReply } from '@llamacloud-batch/testing';
import { operationModel } from '@llamacloud-batch/types';
import { describe, expect, test } from 'vitest';
import { lines, runCli, SECRET_KEY, serve } from './helpers/cli.js';
import { minimalArgs } from './helpers/operations.js';

const commands = [
  { name: 'beta:batch create', operation: operationModel['beta.batch.create'] },
  { name: 'beta:batch get-status', operation: operationModel['beta.batch.getStatus'] },
];

/** Server answers that repeat the key they were sent, the ways real servers and proxies do. */
const echoes: { name: string; reply: FaultReply; message: RegExp }[] = [
  {
    name: '401 whose HTML page shows the Authorization header',
    reply: { status: 401, body: `<html><body>Invalid token: Bearer ${SECRET_KEY}</body></html>` },
    message: /HTTP 401: .*Invalid token: Bearer \*\*\*/,
  },
  {
    name: '422 whose detail repeats the input',
    reply: {
      status: 422,
      body: {
        detail: [{ loc: ['header', 'authorization'], msg: `invalid key ${SECRET_KEY}`, input: `Bearer ${SECRET_KEY}` }],
      },
    },
    message: /HTTP 422: header\.authorization: invalid key \*\*\*/,
  },
  {
    name: '400 with the key in a response header and the JSON body',
    reply: {
      status: 400,
      headers: { 'x-echo-authorization': `Bearer ${SECRET_KEY}` },
      body: { detail: `Bad request from Bearer ${SECRET_KEY}` },
    },
    message: /HTTP 400: Bad request from Bearer \*\*\*/,
  },
];

describe.each(commands)('$name', ({ operation }) => {
  test.each(echoes)('$name: not in the message, not in --debug', async ({ reply, message }) => {
    const [plain, debug] = await Promise.all([serve([reply]), serve([reply])]);
    const [result, debugResult] = await Promise.all([
      runCli(minimalArgs(operation, plain.url, SECRET_KEY)),
      runCli([...minimalArgs(operation, debug.url, SECRET_KEY), '--debug']),
    ]);
    // The key really went out (so there was something to leak).
    for (const server of [plain, debug]) {
      expect(server.requests).toHaveLength(1);
      expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${SECRET_KEY}`);
    }
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(message)]);

    expect(debugResult.code).toBe(1);
    expect(debugResult.stderr).toMatch(/\[debug\] → (GET|POST) .*"authorization":"Bearer \*\*\*"/);
    expect(debugResult.stderr).toMatch(/\[debug\] ← \d{3} /);
    expect(debugResult.stderr).toMatch(message);
    expect(debugResult.stderr).toMatch(/^\w*Error: .*\n {4}at /m); // the stack trace too
  });
});

test('a key from LLAMA_CLOUD_API_KEY is kept out of --debug the same way', async () => {
  const reply = echoes[2]?.reply as FaultReply;
  const server = await serve([reply]);
  const args = minimalArgs(operationModel['beta.batch.getStatus'], server.url, SECRET_KEY).filter(
    (arg, index, all) => arg !== '--api-key' && all[index - 1] !== '--api-key',
  );
  const result = await runCli([...args, '--debug'], { env: { LLAMA_CLOUD_API_KEY: SECRET_KEY } });
  expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${SECRET_KEY}`);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/"x-echo-authorization":"Bearer \*\*\*"/);
});
