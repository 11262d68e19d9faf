/** client.beta.batch.wait and client.batches.wait against a fault server whose job moves on with every poll. */
import { batchStatusHandler, jobStatusHandler } from '@llamacloud-batch/testing';
import { batchJobStatusValues, operationModel } from '@llamacloud-batch/types';
import { componentSchemas } from '@llamacloud-batch/types/schemas';
import { describe, expect, test } from 'vitest';
import { APIUserAbortError, type Batch, type JobStatusResponse, NotFoundError } from '../src/index.js';
import { BATCH_TERMINAL_STATES, JOB_TERMINAL_STATES, WaitTimeoutError } from '../src/resources/wait.js';
import { rejectionOf, serveEachTest, testClient } from './helpers.js';

const serve = serveEachTest();
const JOB = 'bjb-wait-1';
const BATCH = 'bat-wait-1';
const FAST = { interval: 10 };

type JobState = (typeof batchJobStatusValues)[number];
type BatchState = Batch['status'];
/** The spec's states that are not terminal, in the enum's order: the road to a terminal one. */
const jobRoad = batchJobStatusValues.filter((state) => !(JOB_TERMINAL_STATES as readonly string[]).includes(state));
const batchStates = componentSchemas.BatchStatus.enum as readonly BatchState[];
const batchRoad = batchStates.filter((state) => !(BATCH_TERMINAL_STATES as readonly string[]).includes(state));

const getStatusPath = (id: string) => operationModel['beta.batch.getStatus'].path.replace('{job_id}', id);

describe('beta.batch.wait', () => {
  test.each(JOB_TERMINAL_STATES)('%s: every state on the way is seen once, one poll each', async (terminal) => {
    const states: JobState[] = [...jobRoad, terminal];
    const s = await serve(jobStatusHandler(JOB, states));
    const seen: JobStatusResponse[] = [];
    const last = await testClient(s.url).beta.batch.wait(JOB, { ...FAST, onProgress: (status) => seen.push(status) });
    expect(jobRoad.length).toBeGreaterThanOrEqual(2); // pending → running → … at least
    expect(seen.map((status) => status.job.status)).toEqual(states);
    expect(seen.at(-1)).toStrictEqual(last);
    expect(last.job.status).toBe(terminal);
    expect(last.progress_percentage).toBe(100);
    expect(s.requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual(
      states.map(() => `GET ${getStatusPath(JOB)}`),
    );
  });

  test('waits `interval` between polls', async () => {
    const s = await serve(jobStatusHandler(JOB, [...jobRoad, 'completed']));
    await testClient(s.url).beta.batch.wait(JOB, { interval: 60 });
    const gaps = s.requests.slice(1).map((request, i) => request.at - (s.requests[i]?.at ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(55);
  });

  test('a 503 mid-wait is retried like any request: the wait goes on and sees every state', async () => {
    const jobs = jobStatusHandler(JOB, [...jobRoad, 'completed']);
    const s = await serve((request, index) =>
      index === 1
        ? { status: 503, headers: { 'retry-after-ms': '1' }, body: { detail: 'busy' } }
        : jobs(request, index),
    );
    const seen: string[] = [];
    const last = await testClient(s.url).beta.batch.wait(JOB, {
      ...FAST,
      onProgress: (status) => seen.push(status.job.status),
    });
    expect(last.job.status).toBe('completed');
    expect(seen).toEqual([...jobRoad, 'completed']);
    expect(s.requests).toHaveLength(jobRoad.length + 2);
  });

  test('an unknown id: 404 ends the wait at once with NotFoundError, after 1 request', async () => {
    const s = await serve(jobStatusHandler(JOB, ['running']));
    const seen: unknown[] = [];
    const { error, ms } = await rejectionOf(
      testClient(s.url).beta.batch.wait('bjb-unknown', { ...FAST, onProgress: (status) => seen.push(status) }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).status).toBe(404);
    expect(s.requests).toHaveLength(1);
    expect(seen).toEqual([]);
    expect(ms).toBeLessThan(1_000);
  });

  test('a job that never finishes: WaitTimeoutError at the deadline, with the last status', async () => {
    const s = await serve(jobStatusHandler(JOB, ['running']));
    const { error, ms } = await rejectionOf(testClient(s.url).beta.batch.wait(JOB, { interval: 20, timeout: 200 }));
    expect(error).toBeInstanceOf(WaitTimeoutError);
    const e = error as WaitTimeoutError;
    expect(e.timeoutMs).toBe(200);
    expect((e.last as JobStatusResponse).job.status).toBe('running');
    expect(e.message).toBe('Still running after waiting 0.2 s');
    expect(ms).toBeGreaterThanOrEqual(190);
    expect(ms).toBeLessThan(2_000);
    expect(s.requests.length).toBeGreaterThanOrEqual(3);
  });

  test('a poll that hangs past the deadline is cut off: WaitTimeoutError, not a hang', async () => {
    const jobs = jobStatusHandler(JOB, ['running']);
    const s = await serve((request, index) => ({ ...jobs(request, index), delayMs: index === 0 ? 0 : 20_000 }));
    const { error, ms } = await rejectionOf(testClient(s.url).beta.batch.wait(JOB, { interval: 10, timeout: 300 }));
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(ms).toBeLessThan(2_000);
    expect(s.requests).toHaveLength(2);
  });

  test('an abort stops the wait with APIUserAbortError and polls no more', async () => {
    const s = await serve(jobStatusHandler(JOB, ['running']));
    const controller = new AbortController();
    const { error } = await rejectionOf(
      testClient(s.url).beta.batch.wait(JOB, {
        interval: 5_000,
        signal: controller.signal,
        onProgress: () => setTimeout(() => controller.abort(), 20),
      }),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(s.requests).toHaveLength(1);
  });

  test('a signal aborted before the wait: nothing is sent', async () => {
    const s = await serve(jobStatusHandler(JOB, ['running']));
    const { error } = await rejectionOf(testClient(s.url).beta.batch.wait(JOB, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(s.requests).toHaveLength(0);
  });
});

describe('batches.wait (v2, upper-case states)', () => {
  test.each(BATCH_TERMINAL_STATES)('%s: every state on the way is seen once, one poll each', async (terminal) => {
    const states: BatchState[] = [...batchRoad, terminal];
    const s = await serve(batchStatusHandler(BATCH, states));
    const seen: string[] = [];
    const last = await testClient(s.url).batches.wait(BATCH, { ...FAST, onProgress: (b) => seen.push(b.status) });
    expect(seen).toEqual(states);
    expect(last.status).toBe(terminal);
    expect(last.id).toBe(BATCH);
    const path = operationModel['batches.get'].path.replace('{batch_id}', BATCH);
    expect(s.requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual(states.map(() => `GET ${path}`));
  });

  test('an unknown batch: NotFoundError after 1 request', async () => {
    const s = await serve(batchStatusHandler(BATCH, ['RUNNING']));
    const { error } = await rejectionOf(testClient(s.url).batches.wait('bat-unknown', FAST));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(s.requests).toHaveLength(1);
  });

  test('a batch that never finishes: WaitTimeoutError naming its state', async () => {
    const s = await serve(batchStatusHandler(BATCH, ['THROTTLED']));
    const { error } = await rejectionOf(testClient(s.url).batches.wait(BATCH, { interval: 20, timeout: 150 }));
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as Error).message).toBe('Still THROTTLED after waiting 0.15 s');
  });
});
