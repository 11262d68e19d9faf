/**
 * `beta:batch wait` and `batches wait` against a server whose job moves on with every poll: the exit
 * code says how it ended, the final job goes to stdout, progress goes to a terminal only.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FaultHandler, type FaultReply, makeJob } from '@llamacloud-batch/testing';
import { describe, expect, test } from 'vitest';
import { hasScript, lines, runCli, runInTerminal, SECRET_KEY, serve } from './helpers/cli.js';
import { serveFor } from './helpers/own-server.js';

const JOB_ID = 'bjb-11111111-2222-3333-4444-555555555555';
const BATCH_ID = 'bat-11111111-2222-3333-4444-555555555555';

/** A v1 status answer; the counts move with the state so progress has something to show. */
function jobStatus(state: string, errorMessage: string | null = null) {
  const processed = { pending: 0, running: 5 }[state] ?? 10;
  return {
    job: {
      ...makeJob(0),
      id: JOB_ID,
      status: state,
      total_items: 10,
      processed_items: processed,
      failed_items: processed === 0 ? 0 : 1,
      skipped_items: 0,
      error_message: errorMessage,
    },
    progress_percentage: processed * 10,
  };
}

const batch = (state: string) => ({
  id: BATCH_ID,
  config: { job: { configuration_id: 'cfg-PARSE_AGENTIC', type: 'parse_v2' } },
  project_id: 'prj-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  source_directory_id: 'dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  status: state,
  created_at: '2026-01-01T00:00:00Z',
  results: null,
});

/** One answer per poll (the last repeats); only the one job's status path is known, as on the real API. */
function polls(path: string, replies: FaultReply[]): FaultHandler {
  return (request, index) =>
    request.method === 'GET' && request.url.pathname === path
      ? (replies[Math.min(index, replies.length - 1)] as FaultReply)
      : { status: 404, body: { detail: 'Not found' } };
}

const kinds = {
  job: {
    command: ['beta:batch', 'wait', '--job-id', JOB_ID],
    path: `/api/v1/beta/batch-processing/${JOB_ID}`,
    stateOf: (out: { job: { status: string } }) => out.job.status,
  },
  batch: {
    command: ['batches', 'wait', '--batch-id', BATCH_ID],
    path: `/api/v2/batches/${BATCH_ID}`,
    stateOf: (out: { status: string }) => out.status,
  },
} as const;

const unavailable: FaultReply = { status: 503, headers: { 'retry-after-ms': '20' }, body: { detail: 'Try again' } };
const notFound: FaultReply = { status: 404, body: { detail: 'Batch job not found' } };
const job = (state: string, error?: string): FaultReply => ({ body: jobStatus(state, error) });
const v2 = (state: string): FaultReply => ({ body: batch(state) });

interface WaitCase {
  name: string;
  kind: keyof typeof kinds;
  replies: FaultReply[];
  code: number;
  /** The state of the job printed on stdout; absent when nothing is printed. */
  final?: string;
  /** The one line on stderr; absent when stderr stays empty. */
  message?: RegExp;
  requests: number;
}

const cases: WaitCase[] = [
  {
    name: 'pending → running → completed',
    kind: 'job',
    replies: [job('pending'), job('running'), job('completed')],
    code: 0,
    final: 'completed',
    requests: 3,
  },
  {
    name: 'pending → running → failed',
    kind: 'job',
    replies: [job('pending'), job('running'), job('failed', 'Source directory is empty')],
    code: 1,
    final: 'failed',
    message: new RegExp(`^llamacloud-prod: job ${JOB_ID} failed: Source directory is empty$`),
    requests: 3,
  },
  {
    name: 'running → cancelled',
    kind: 'job',
    replies: [job('running'), job('cancelled')],
    code: 1,
    final: 'cancelled',
    message: new RegExp(`^llamacloud-prod: job ${JOB_ID} cancelled$`),
    requests: 2,
  },
  {
    name: 'a 503 mid-wait is retried and the wait goes on',
    kind: 'job',
    replies: [job('running'), unavailable, job('completed')],
    code: 0,
    final: 'completed',
    requests: 3,
  },
  {
    name: 'an unknown id: 404, exit 1 after one request',
    kind: 'job',
    replies: [notFound],
    code: 1,
    message: /^llamacloud-prod: HTTP 404: Batch job not found$/,
    requests: 1,
  },
  {
    name: 'v2: PENDING → THROTTLED → RUNNING → COMPLETED',
    kind: 'batch',
    replies: [v2('PENDING'), v2('THROTTLED'), v2('RUNNING'), v2('COMPLETED')],
    code: 0,
    final: 'COMPLETED',
    requests: 4,
  },
  {
    name: 'v2: RUNNING → FAILED',
    kind: 'batch',
    replies: [v2('RUNNING'), v2('FAILED')],
    code: 1,
    final: 'FAILED',
    message: new RegExp(`^llamacloud-prod: batch ${BATCH_ID} failed$`),
    requests: 2,
  },
  {
    name: 'v2: RUNNING → CANCELLED',
    kind: 'batch',
    replies: [v2('RUNNING'), v2('CANCELLED')],
    code: 1,
    final: 'CANCELLED',
    message: new RegExp(`^llamacloud-prod: batch ${BATCH_ID} cancelled$`),
    requests: 2,
  },
  {
    name: 'v2: an unknown id',
    kind: 'batch',
    replies: [notFound],
    code: 1,
    message: /HTTP 404/,
    requests: 1,
  },
];

const waitArgs = (kind: keyof typeof kinds, url: string, ...rest: string[]) => [
  ...kinds[kind].command,
  '--api-key',
  SECRET_KEY,
  '--base-url',
  url,
  '--interval',
  '0.1',
  ...rest,
];

describe.concurrent('on a pipe', () => {
  test.for(cases)('$name', async ({ kind, replies, code, final, message, requests }, context) => {
    const server = await serveFor(context, polls(kinds[kind].path, replies));
    const result = await runCli(waitArgs(kind, server.url));
    expect(result.code).toBe(code);
    if (final === undefined) expect(result.stdout).toBe('');
    // Piped: the final job as JSON, and no progress on stderr.
    else expect(kinds[kind].stateOf(JSON.parse(result.stdout))).toBe(final);
    if (message === undefined) expect(result.stderr).toBe('');
    else expect(lines(result.stderr)).toEqual([expect.stringMatching(message)]);
    expect(server.requests).toHaveLength(requests);
  });

  test('--wait-timeout passes first: exit 124, saying what state the job was still in', async (context) => {
    const server = await serveFor(context, polls(kinds.job.path, [job('running')]));
    const result = await runCli(waitArgs('job', server.url, '--wait-timeout', '1'));
    expect(result.code).toBe(124);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^llamacloud-prod: job ${JOB_ID}: Still running after waiting 1 s$`)),
    ]);
    // Polled every 0.1 s until then, and not after.
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
    expect(server.requests.length).toBeLessThanOrEqual(11);
    expect(result.elapsedMs).toBeLessThan(10_000);
  });
});

describe('on a terminal', () => {
  test('progress on stderr (state, percentage, counts); the final job to stdout', async () => {
    expect(hasScript).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'llamacloud-cli-wait-'));
    try {
      const server = await serve(polls(kinds.job.path, [job('pending'), job('running'), job('completed')]));
      const out = join(dir, 'job.json');
      const result = await runInTerminal(
        `"$NODE" "$CLI" ${waitArgs('job', server.url).join(' ')} --format json > '${out}'`,
      );
      expect(result.code).toBe(0);
      // What the terminal showed: stderr's progress line, rewritten in place at each poll.
      expect(result.stdout).toContain('pending 0% — 0/10 processed, 0 failed, 0 skipped');
      expect(result.stdout).toContain('running 50% — 5/10 processed, 1 failed, 0 skipped');
      expect(result.stdout).toContain('completed 100% — 10/10 processed, 1 failed, 0 skipped');
      expect(result.stdout).toContain('\r\u001b[K');
      const written = readFileSync(out, 'utf8');
      expect(JSON.parse(written).job.status).toBe('completed');
      expect(written).not.toContain('processed,');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
