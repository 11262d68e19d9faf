/**
 * `--all` and `--max-items` over both kinds of pages the spec has: offset pages (job items) and cursor
 * pages (v2 batches, `next_page_token`), against fault servers that serve them like the real API.
 */
import type { FaultHandler, RecordedRequest } from '@llamacloud-batch/testing';
import { describe, expect, test } from 'vitest';
import { type RunningCli, runCli, SECRET_KEY, serve, spawnCli } from './helpers/cli.js';

const TOTAL = 230;
const hex = (index: number) => index.toString(16).padStart(12, '0');

const jobItem = (index: number) => ({
  item_id: `dfl-00000000-0000-0000-0000-${hex(index)}`,
  item_name: `file-${index}.pdf`,
  status: 'completed',
  error_message: null,
});

const batch = (index: number) => ({
  id: `bat-00000000-0000-0000-0000-${hex(index)}`,
  config: { job: { configuration_id: 'cfg-PARSE_AGENTIC', type: 'parse_v2' } },
  project_id: 'prj-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  source_directory_id: 'dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  status: 'COMPLETED',
  created_at: new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString(),
  results: null,
});

interface Pager {
  name: string;
  command: string[];
  /** Serves `TOTAL` items; `served` counts the items sent. */
  handler(counter: { served: number }): FaultHandler;
  idOf(item: { item_id?: string; id?: string }): string | undefined;
  idAt(index: number): string;
}

/** Like the job items endpoint: `limit` (default 50) from `offset`; total_size left null. */
function offsetPages(counter: { served: number }): FaultHandler {
  return (request) => {
    const limit = Number(request.url.searchParams.get('limit') ?? 50);
    const offset = Number(request.url.searchParams.get('offset') ?? 0);
    const items = [];
    for (let i = offset; i < Math.min(TOTAL, offset + limit); i++) items.push(jobItem(i));
    counter.served += items.length;
    return { body: { items, next_page_token: null, total_size: null } };
  };
}

/** Like `GET /api/v2/batches`: `page_size` (default 50) from the `page_token` the previous page gave. */
function cursorPages(counter: { served: number }): FaultHandler {
  return (request) => {
    const token = request.url.searchParams.get('page_token');
    const start = token === null ? 0 : Number(token.replace('tok-', ''));
    const size = Number(request.url.searchParams.get('page_size') ?? 50);
    const stop = Math.min(TOTAL, start + size);
    const items = [];
    for (let i = start; i < stop; i++) items.push(batch(i));
    counter.served += items.length;
    return { body: { items, next_page_token: stop < TOTAL ? `tok-${stop}` : null, total_size: null } };
  };
}

const pagers: Pager[] = [
  {
    name: 'offset pages (beta:batch:job-items list)',
    command: ['beta:batch:job-items', 'list', '--job-id', 'bjb-1'],
    handler: offsetPages,
    idOf: (item) => item.item_id,
    idAt: (index) => jobItem(index).item_id,
  },
  {
    name: 'cursor pages (batches list)',
    command: ['batches', 'list'],
    handler: cursorPages,
    idOf: (item) => item.id,
    idAt: (index) => batch(index).id,
  },
];

const args = (pager: Pager, url: string, ...rest: string[]) => [
  ...pager.command,
  '--api-key',
  SECRET_KEY,
  '--base-url',
  url,
  ...rest,
];
const jsonLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
const idsUpTo = (pager: Pager, count: number) => Array.from({ length: count }, (_, i) => pager.idAt(i));
const cursorsOf = (requests: RecordedRequest[]) =>
  requests.map((request) => request.url.searchParams.get('page_token'));

describe.each(pagers)('$name', (pager) => {
  test('--all: every item once, in order, in jsonl and as one json array', async () => {
    const [jsonlServer, jsonServer] = await Promise.all([
      serve(pager.handler({ served: 0 })),
      serve(pager.handler({ served: 0 })),
    ]);
    const [jsonl, json] = await Promise.all([
      runCli(args(pager, jsonlServer.url, '--all', '--format', 'jsonl')),
      runCli(args(pager, jsonServer.url, '--all', '--format', 'json')),
    ]);
    for (const result of [jsonl, json]) {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
    expect(jsonLines(jsonl.stdout).map(pager.idOf)).toEqual(idsUpTo(pager, TOTAL));
    expect((JSON.parse(json.stdout) as { id?: string }[]).map(pager.idOf)).toEqual(idsUpTo(pager, TOTAL));
    // Each page was asked for once: 4 full pages of 50 and the short one.
    const pages = jsonlServer.requests.filter((request) => !request.aborted);
    if (pager.command[0] === 'batches') {
      expect(cursorsOf(jsonlServer.requests)).toEqual([null, 'tok-50', 'tok-100', 'tok-150', 'tok-200']);
    } else {
      // Pages asked for ahead arrive in any order; one past the end may be cancelled on the way.
      const offsets = pages.map((request) => Number(request.url.searchParams.get('offset'))).sort((a, b) => a - b);
      expect(offsets.slice(0, 5)).toEqual([0, 50, 100, 150, 200]);
      expect(offsets.slice(5).every((offset) => offset >= TOTAL)).toBe(true);
      expect(new Set(offsets).size).toBe(offsets.length);
    }
  });

  test('--max-items: the first n items, and no more asked of the server', async () => {
    const counter = { served: 0 };
    const server = await serve(pager.handler(counter));
    const result = await runCli(args(pager, server.url, '--max-items', '120', '--format', 'jsonl'));
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout).map(pager.idOf)).toEqual(idsUpTo(pager, 120));
    expect(counter.served).toBe(120);
  });

  test('jsonl streams: the first page is out before the next one is answered', async () => {
    const counter = { served: 0 };
    const serveAll = pager.handler(counter);
    let cli: RunningCli | undefined;
    const waits: boolean[] = [];
    /** Holds a later page until the CLI has printed the first one (true), or 5 s passed (false). */
    const firstPageShown = async () => {
      for (let tries = 0; tries < 100; tries++) {
        if ((cli?.stdoutSoFar() ?? '').split('\n').filter(Boolean).length >= 50) return true;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return false;
    };
    const server = await serve(async (request, index) => {
      if (index > 0) waits.push(await firstPageShown());
      return serveAll(request, index);
    });
    cli = spawnCli(args(pager, server.url, '--all', '--format', 'jsonl'));
    const result = await cli.done;
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)).toHaveLength(TOTAL);
    expect(waits.length).toBeGreaterThan(0);
    expect(waits.every(Boolean)).toBe(true);
  });
});

test('cursor pages: a next_page_token the CLI already sent ends with exit 1 and a clear message', async () => {
  // Every page is new (so it is not the repeated-page guard that stops it), but the third one points back.
  const tokens = ['tok-a', 'tok-b', 'tok-a'];
  const server = await serve((_request, index) => ({
    body: {
      items: [batch(index * 2), batch(index * 2 + 1)],
      next_page_token: tokens[index] ?? null,
      total_size: null,
    },
  }));
  const result = await runCli([
    'batches',
    'list',
    '--api-key',
    SECRET_KEY,
    '--base-url',
    server.url,
    '--all',
    '--format',
    'jsonl',
  ]);
  expect(result.code).toBe(1);
  expect(result.stderr.trim().split('\n')).toEqual([
    expect.stringMatching(/^llamacloud-prod: .*next_page_token "tok-a" again.*stopping instead of looping/),
  ]);
  expect(cursorsOf(server.requests)).toEqual([null, 'tok-a', 'tok-b']);
  // The pages before the loop were written as they arrived.
  const written = jsonLines(result.stdout).map((item: { id: string }) => item.id);
  expect(written.length).toBeGreaterThanOrEqual(4);
  expect(written).toEqual(Array.from({ length: written.length }, (_, i) => batch(i).id));
});
