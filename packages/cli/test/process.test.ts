/** Behaving well as a process: closed pipes, Ctrl-C, and flat memory over 100,000 jobs. */
import { jobsHandler, makeJob, until } from '@llamacloud-batch/testing';
import { describe, expect, test } from 'vitest';
import { lines, listArgs, runCli, runShell, SECRET_KEY, serve, spawnCli } from './helpers/cli.js';

/** `"$NODE" "$CLI" beta:batch list --api-key … --base-url <url> <args>` for a shell line. */
const shellList = (url: string, args: string) =>
  `"$NODE" "$CLI" beta:batch list --api-key '${SECRET_KEY}' --base-url '${url}' ${args}`;

describe('| head -n 1', () => {
  test.each(['--all --format jsonl', '--all --format json', '--all --limit 1000 --format table', '--limit 1000'])(
    '%s ends quietly with exit 0 and stops asking for pages',
    async (args) => {
      const server = await serve(jobsHandler({ total: 100_000 }));
      // The braces report the CLI's own exit code, which a pipeline would otherwise hide behind head's.
      const result = await runShell(`{ ${shellList(server.url, args)}; echo "cli-exit=$?" >&2; } | head -n 1`);
      expect(result.code).toBe(0);
      expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(1);
      expect(result.stderr.trim()).toBe('cli-exit=0');
      expect(server.requests.length).toBeLessThan(20);
    },
  );
});

describe('Ctrl-C', () => {
  test('SIGINT mid-request aborts it and exits 130 promptly', async () => {
    const server = await serve([{ delayMs: 20_000, body: { items: [] } }]);
    const cli = spawnCli(listArgs(server.url));
    await until(() => server.requests.length === 1);
    const sentAt = Date.now();
    cli.child.kill('SIGINT');
    const result = await cli.done;
    expect(result.code).toBe(130);
    expect(Date.now() - sentAt).toBeLessThan(10_000); // the server would take 20–30 s
    expect(lines(result.stderr)).toEqual(['llamacloud-prod: Interrupted']);
    await until(() => server.requests[0]?.aborted === true);
  });

  test('SIGINT while paging stops between pages and exits 130', async () => {
    const pages = jobsHandler({ total: 1_000_000 });
    const server = await serve((request, index) => (index < 3 ? pages(request, index) : { delayMs: 20_000 }));
    const cli = spawnCli(listArgs(server.url, '--all', '--format', 'jsonl'));
    // Three pages written; the next three (read ahead) are held by the server.
    await until(() => server.requests.length === 6 && cli.stdoutSoFar().split('\n').length > 150);
    cli.child.kill('SIGINT');
    const result = await cli.done;
    expect(result.code).toBe(130);
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(150);
    expect(server.requests).toHaveLength(6);
    await until(() => server.requests.slice(3).every((request) => request.aborted === true));
  });

  test('SIGINT during a retry backoff does not wait for it', async () => {
    const server = await serve([{ status: 503, headers: { 'retry-after': '30' } }]);
    const cli = spawnCli(listArgs(server.url));
    await until(() => server.requests.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const sentAt = Date.now();
    cli.child.kill('SIGINT');
    expect((await cli.done).code).toBe(130);
    expect(Date.now() - sentAt).toBeLessThan(10_000); // the server would take 20–30 s
    expect(server.requests).toHaveLength(1);
  });
});

test('--all streams: the first page is printed while the second is still on its way', async () => {
  const pages = jobsHandler({ total: 100 });
  const server = await serve((request, index) =>
    index === 0 ? pages(request, index) : { ...pages(request, index), delayMs: 3_000 },
  );
  const cli = spawnCli(listArgs(server.url, '--all', '--format', 'json'));
  await until(() => cli.stdoutSoFar().includes(makeJob(49).id));
  await until(() => server.requests.length === 2);
  expect(cli.stdoutSoFar()).not.toContain(makeJob(50).id);
  const result = await cli.done;
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout)).toHaveLength(100);
});

describe('constant memory: 100,000 jobs through a 32 MB heap', () => {
  const total = 100_000;
  const nodeArgs = ['--max-old-space-size=32'];

  test('jsonl', async () => {
    const server = await serve(jobsHandler({ total }));
    const result = await runCli(listArgs(server.url, '--all', '--limit', '1000', '--format', 'jsonl'), {
      nodeArgs,
      killAfterMs: 120_000,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n');
    expect(rows.pop()).toBe('');
    expect(rows).toHaveLength(total);
    expect(JSON.parse(rows[0] ?? '')).toEqual(JSON.parse(JSON.stringify(makeJob(0))));
    expect(JSON.parse(rows[total - 1] ?? '').id).toBe(makeJob(total - 1).id);
  }, 120_000);

  test('json (one array)', async () => {
    const server = await serve(jobsHandler({ total }));
    const result = await runCli(listArgs(server.url, '--all', '--limit', '1000', '--format', 'json'), {
      nodeArgs,
      killAfterMs: 120_000,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const jobs: { id: string }[] = JSON.parse(result.stdout);
    expect(jobs).toHaveLength(total);
    expect(new Set(jobs.map((job) => job.id)).size).toBe(total);
    expect(jobs[total - 1]?.id).toBe(makeJob(total - 1).id);
  }, 120_000);
});
