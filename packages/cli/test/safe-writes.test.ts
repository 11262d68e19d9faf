/**
 * Commands that change data: a destructive one asks first (on a terminal) or needs --yes (anywhere
 * else), and a create the server may have acted on is sent once, never again.
 */
import { spawn } from 'node:child_process';
import { operationHelp } from '@llamacloud-batch/types';
import { describe, expect, test } from 'vitest';
import { BIN, type CliResult, cleanEnv, lines, runCli, SECRET_KEY } from './helpers/cli.js';
import { hintsOf, kebab, minimalArgs, operations, pathValue, titleOf } from './helpers/operations.js';
import { serveFor } from './helpers/own-server.js';

const destructive = operations.filter((operation) => hintsOf(operation).destructive);
const notIdempotent = operations.filter((operation) => operation.idempotent === false);
const cancelled = { job_id: 'bjb-1', message: 'Batch job cancelled', processed_items: 4, status: 'cancelled' };
/** The confirmation question: the spec's summary as a sentence, then the path values (one here). */
const questionOf = (operation: (typeof operations)[number]) => {
  const summary = (operationHelp as Record<string, { summary?: string }>)[operation.id ?? '']?.summary ?? '';
  const sentence = summary.replace(/ ([A-Z][a-z]+)\b/g, (_match, word: string) => ` ${word.toLowerCase()}`);
  const names = operation.pathParams ?? [];
  // One path value reads as the object; several are named by their flags.
  const target =
    names.length === 1
      ? ` ${pathValue(names[0] ?? '')}`
      : names.map((name) => ` --${kebab(name)} ${pathValue(name)}`).join('');
  return `${sentence}${target}?`;
};
/** The path the operation's request goes to, with the path values the tests pass. */
const pathOf = (operation: (typeof operations)[number]) =>
  operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) => pathValue(name));

test('the model has commands to check: a destructive one and a create', () => {
  expect(destructive.map(titleOf)).toContain('beta:batch cancel');
  // The question in the user's terms, as the issue asked for it.
  const cancel = destructive.find((operation) => titleOf(operation) === 'beta:batch cancel');
  expect(cancel && questionOf(cancel)).toBe('Cancel batch job test-job-id?');
  expect(notIdempotent.map(titleOf)).toEqual(expect.arrayContaining(['beta:batch create', 'batches create']));
});

describe.concurrent.each(destructive.map((operation) => [titleOf(operation), operation] as const))(
  '%s',
  (_, operation) => {
    test('without a terminal and without --yes: exit 2, nothing sent', async (context) => {
      const server = await serveFor(context, [{ body: cancelled }]);
      const result = await runCli(minimalArgs(operation, server.url, SECRET_KEY));
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(lines(result.stderr)).toEqual([
        `llamacloud-prod: Cannot ask "${questionOf(operation)}" without a terminal: pass --yes to confirm; nothing was sent`,
      ]);
      expect(server.requests).toHaveLength(0);
    });

    test('--yes: sent once, the answer on stdout', async (context) => {
      const server = await serveFor(context, [{ body: cancelled }]);
      const result = await runCli([...minimalArgs(operation, server.url, SECRET_KEY), '--yes']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(cancelled);
      expect(server.requests.map((request) => `${request.method} ${request.url.pathname}`)).toEqual([
        `${operation.method.toUpperCase()} ${pathOf(operation)}`,
      ]);
    });

    test.for([
      { answer: 'n', code: 2, sent: 0 },
      { answer: '', code: 2, sent: 0 },
      { answer: 'y', code: 0, sent: 1 },
    ])('on a terminal, answering "$answer": $sent sent', async ({ answer, code, sent }, context) => {
      const server = await serveFor(context, [{ body: cancelled }]);
      const args = minimalArgs(operation, server.url, SECRET_KEY).map(shellQuote).join(' ');
      const result = await answerInTerminal(`"$NODE" "$CLI" ${args} --format json`, answer);
      expect(result.stdout).toContain(`${questionOf(operation)} [y/N] `);
      expect(result.stdout).not.toContain(pathOf(operation));
      expect(result.code).toBe(code);
      expect(server.requests).toHaveLength(sent);
      if (sent === 0) expect(result.stdout).toContain('llamacloud-prod: Not confirmed; nothing was sent');
      else expect(result.stdout).toContain('"status": "cancelled"');
    });
  },
);

describe.concurrent.each(notIdempotent.map((operation) => [titleOf(operation), operation] as const))(
  '%s',
  (_, operation) => {
    test('answered 503: exit 1, sent exactly once, and the message says it may have taken effect', async (context) => {
      const server = await serveFor(context, [{ status: 503, body: { detail: 'Service unavailable' } }]);
      const confirmed = hintsOf(operation).destructive ? ['--yes'] : [];
      const result = await runCli([...minimalArgs(operation, server.url, SECRET_KEY), ...confirmed]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      const [line, ...more] = lines(result.stderr);
      expect(more).toEqual([]);
      expect(line).toMatch(/^llamacloud-prod: HTTP 503: Service unavailable/);
      expect(line).toMatch(/may have taken effect on the server: check whether it did before sending it again/);
      // How to check: the list command of the same group.
      const list = operations.find((other) => other.group === operation.group && other.pagination);
      if (list) expect(line).toContain(`llamacloud-prod ${titleOf(list)}`);
      expect(server.requests).toHaveLength(1);
    });
  },
);

const shellQuote = (arg: string) => `'${arg.replace(/'/g, "'\\''")}'`;

/**
 * Runs a command line on a pseudo-terminal (util-linux `script`) and types `answer` and Enter once it
 * asks "[y/N]". The result's stdout is everything the terminal showed.
 */
function answerInTerminal(commandLine: string, answer: string): Promise<CliResult> {
  const started = Date.now();
  const child = spawn('script', ['-qec', commandLine, '/dev/null'], {
    env: cleanEnv({ SHELL: '/bin/sh', CLI: BIN, NODE: process.execPath }),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let answered = false;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (!answered && stdout.includes('[y/N] ')) {
      answered = true;
      child.stdin.write(`${answer}\r`);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      child.stdin.destroy();
      expect(stdout, 'API key leaked to the terminal').not.toContain(SECRET_KEY);
      expect(stderr, 'API key leaked to stderr').not.toContain(SECRET_KEY);
      resolve({ code, signal, stdout, stderr, elapsedMs: Date.now() - started });
    });
  });
}
