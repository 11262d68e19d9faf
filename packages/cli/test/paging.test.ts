/** `--all`, `--max-items` and `--fields` against a server that, like the real API, leaves total_size null. */
import { jobsHandler, makeJob } from '@llamacloud-batch/testing';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { listArgs, runCli, serve } from './helpers/cli.js';

const idsFrom = (count: number, start = 0) => Array.from({ length: count }, (_, i) => makeJob(start + i).id);

function parseOutput(format: string, stdout: string): { id: string }[] {
  if (format === 'jsonl')
    return stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  if (format === 'yaml') return parseYaml(stdout);
  return JSON.parse(stdout);
}

describe('--all without total_size', () => {
  const offsets = (server: Awaited<ReturnType<typeof serve>>) =>
    server.requests.map((r) => Number(r.url.searchParams.get('offset'))).sort((a, b) => a - b);
  const multiplesOf50 = (count: number) => Array.from({ length: count }, (_, i) => i * 50);

  // 3,000 jobs in pages of 50: 60 full pages, then an empty one that ends the walk. By default the
  // CLI has asked for 2 more pages by then (--read-ahead 3), which it cancels.
  test.each(['jsonl', 'json', 'yaml'])('%s: every id once, in order, each page asked for once', async (format) => {
    const server = await serve(jobsHandler({ total: 3_000 }));
    const result = await runCli(listArgs(server.url, '--all', '--format', format));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(parseOutput(format, result.stdout).map((job) => job.id)).toEqual(idsFrom(3_000));
    // 61 pages needed, each once; of the 2 asked for ahead, a cancelled one may never reach the server.
    const asked = offsets(server);
    expect(asked.slice(0, 61)).toEqual(multiplesOf50(61));
    expect(asked.slice(61).every((offset) => offset === 3050 || offset === 3100)).toBe(true);
    expect(new Set(asked).size).toBe(asked.length);
  });

  test('--read-ahead 1: one request per page, strictly in turn', async () => {
    const server = await serve(jobsHandler({ total: 3_000 }));
    const result = await runCli(listArgs(server.url, '--all', '--read-ahead', '1', '--format', 'jsonl'));
    expect(result.code).toBe(0);
    expect(parseOutput('jsonl', result.stdout).map((job) => job.id)).toEqual(idsFrom(3_000));
    expect(server.requests.map((r) => Number(r.url.searchParams.get('offset')))).toEqual(multiplesOf50(61));
  });

  test('a short last page ends the walk: with --read-ahead 1 no extra request, by default at most one', async () => {
    for (const [readAhead, needed, ahead] of [
      [['--read-ahead', '1'], 3, 0],
      [[], 3, 1],
    ] as const) {
      const server = await serve(jobsHandler({ total: 2_999 }));
      const result = await runCli(listArgs(server.url, '--all', ...readAhead, '--limit', '1000', '--format', 'jsonl'));
      expect(result.code).toBe(0);
      expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(2_999);
      // A page asked for ahead and cancelled may or may not have reached the server.
      const asked = offsets(server);
      expect(asked.slice(0, needed)).toEqual([0, 1000, 2000]);
      expect(asked.length).toBeLessThanOrEqual(needed + ahead);
      expect(asked.slice(needed).every((offset) => offset >= 3000)).toBe(true);
    }
  });

  test('--offset starts the walk further in', async () => {
    const server = await serve(jobsHandler({ total: 130 }));
    const result = await runCli(listArgs(server.url, '--all', '--offset', '100', '--format', 'jsonl'));
    expect(parseOutput('jsonl', result.stdout).map((job) => job.id)).toEqual(idsFrom(30, 100));
  });

  test('--status is sent on every page', async () => {
    const server = await serve(jobsHandler({ total: 120 }));
    const result = await runCli(listArgs(server.url, '--all', '--status', 'failed'));
    expect(result.code).toBe(0);
    // Pages at 0, 50 and 100 (short: the end), and maybe the one asked for ahead and cancelled.
    expect(offsets(server).slice(0, 3)).toEqual([0, 50, 100]);
    expect(server.requests.every((r) => r.url.searchParams.get('status') === 'failed')).toBe(true);
  });

  test('a server that ignores offset is stopped, not looped on', async () => {
    const server = await serve(() => ({ body: { items: [makeJob(0), makeJob(1)] } }));
    const result = await runCli(listArgs(server.url, '--all', '--limit', '2', '--format', 'jsonl'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/repeats the previous page/);
    expect(server.requests.length).toBeLessThanOrEqual(3);
  });

  test.each([
    ['json', (out: string) => expect(JSON.parse(out)).toEqual([])],
    ['jsonl', (out: string) => expect(out).toBe('')],
    ['yaml', (out: string) => expect(parseYaml(out)).toEqual([])],
    ['table', (out: string) => expect(out.trim()).toMatch(/^ID +JOB TYPE +STATUS +CREATED AT$/)],
  ])('no jobs at all: %s is still well-formed', async (format, check) => {
    const server = await serve(jobsHandler({ total: 0 }));
    const result = await runCli(listArgs(server.url, '--all', '--format', format));
    expect(result.code).toBe(0);
    check(result.stdout);
  });
});

describe('--max-items', () => {
  test('stops at N, asking only for what is left', async () => {
    const server = await serve(jobsHandler({ total: 3_000 }));
    const result = await runCli(listArgs(server.url, '--max-items', '120', '--format', 'jsonl'));
    expect(result.code).toBe(0);
    expect(parseOutput('jsonl', result.stdout).map((job) => job.id)).toEqual(idsFrom(120));
    expect(server.requests.map((r) => r.url.searchParams.get('limit'))).toEqual(['50', '50', '20']);
  });

  test('prints an array in json, like --all', async () => {
    const server = await serve(jobsHandler({ total: 3_000 }));
    const result = await runCli(listArgs(server.url, '--all', '--max-items', '7', '--format', 'json'));
    expect(JSON.parse(result.stdout).map((job: { id: string }) => job.id)).toEqual(idsFrom(7));
    expect(server.requests).toHaveLength(1);
  });
});

describe('--fields id,status', () => {
  const expected = idsFrom(60).map((id, i) => ({ id, status: makeJob(i).status }));

  test.each(['json', 'jsonl', 'yaml'])('%s with --all keeps only those fields', async (format) => {
    const server = await serve(jobsHandler({ total: 60 }));
    const result = await runCli(listArgs(server.url, '--all', '--fields', 'id,status', '--format', format));
    expect(result.code).toBe(0);
    expect(parseOutput(format, result.stdout)).toEqual(expected);
  });

  test('json for one page keeps the page object around the projected items', async () => {
    const server = await serve(jobsHandler({ total: 60 }));
    const result = await runCli(listArgs(server.url, '--limit', '3', '--fields', 'id,status', '--format', 'json'));
    expect(JSON.parse(result.stdout)).toEqual({ items: expected.slice(0, 3), next_page_token: null, total_size: null });
  });

  test('table shows one column per field', async () => {
    const server = await serve(jobsHandler({ total: 60 }));
    const result = await runCli(listArgs(server.url, '--all', '--fields', 'id,status', '--format', 'table'));
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n').filter(Boolean);
    expect(rows[0]).toMatch(/^ID +STATUS$/);
    expect(rows.slice(1).map((row) => row.split(/ +/))).toEqual(expected.map((job) => [job.id, job.status]));
  });

  test('a field no item has is a usage error (fields-and-tables.test.ts has the message)', async () => {
    const server = await serve(jobsHandler({ total: 2 }));
    const result = await runCli(listArgs(server.url, '--fields', 'id,no_such_field', '--format', 'jsonl'));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });
});

describe('table', () => {
  test('seed-like jobs fit in 80 columns, with the header once over every page', async () => {
    const server = await serve(jobsHandler({ total: 240 }));
    const result = await runCli(listArgs(server.url, '--all', '--format', 'table'), { env: { COLUMNS: '80' } });
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n').filter(Boolean);
    expect(rows).toHaveLength(241);
    expect(rows.filter((row) => row.startsWith('ID '))).toHaveLength(1);
    for (const row of rows) expect(row.length).toBeLessThanOrEqual(80);
    expect(rows[1]).toMatch(/^bjb-00000000-0000-0000-0000-000000000000 +parse +pending +2026-01-01 00:00$/);
    // Later pages line up with the first: every STATUS column starts at the same place.
    const statusAt = new Set(
      rows.map((row) => row.search(/ (pending|running|dispatched|completed|failed|cancelled|STATUS) /)),
    );
    expect(statusAt.size).toBe(1);
  });
});
