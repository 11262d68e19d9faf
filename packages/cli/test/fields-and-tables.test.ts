/** `--fields` names that no item has, dates in FIELD/VALUE rows, and table width on a pipe. */
import { batchesHandler, jobsHandler, makeBatch, makeJob } from '@llamacloud-batch/testing';
import { describe, expect, test } from 'vitest';
import { lines, listArgs, runCli, SECRET_KEY, serve } from './helpers/cli.js';

const JOB_FIELDS = Object.keys(makeJob(0)).join(', ');

describe('--fields with a name the answer does not have', () => {
  test.each([
    ['one page', [], 'nope', `--fields: nope is not a field of the answer; its fields: ${JOB_FIELDS}`],
    ['every page', ['--all'], 'id,nope', `--fields: nope is not a field of the answer; its fields: ${JOB_FIELDS}`],
    [
      'a typo',
      [],
      'stauts',
      `--fields: stauts is not a field of the answer (did you mean status?); its fields: ${JOB_FIELDS}`,
    ],
    [
      'two',
      ['--format', 'table'],
      'nope,nada',
      `--fields: nope, nada are not fields of the answer; its fields: ${JOB_FIELDS}`,
    ],
  ])('%s: exit 2, the name and the fields there are, nothing on stdout', async (_name, args, fields, message) => {
    const server = await serve(jobsHandler({ total: 120 }));
    const result = await runCli(listArgs(server.url, '--fields', fields, ...args));
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([`llamacloud-prod: ${message}`]);
    expect(result.stdout).toBe('');
  });

  test('a single object: the dotted paths it has', async () => {
    const server = await serve(() => ({ body: { job: makeJob(0), progress_percentage: 50 } }));
    const args = ['beta:batch', 'get-status', '--job-id', 'bjb-1', '--api-key', SECRET_KEY, '--base-url', server.url];
    const result = await runCli([...args, '--fields', 'job.stat']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /--fields: job\.stat is not a field of the answer \(did you mean job\.status\?\); its fields: job\.id, job\.job_type, .*, progress_percentage\n/,
    );
  });

  test('a field only some items have is kept where it is', async () => {
    const items = [{ id: 'a', note: 'x' }, { id: 'b' }];
    const server = await serve(() => ({ body: { items, next_page_token: null, total_size: 2 } }));
    const result = await runCli(listArgs(server.url, '--fields', 'note', '--format', 'jsonl'));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('{"note":"x"}\n{}\n');
  });

  test('an empty page has nothing to check against', async () => {
    const server = await serve(jobsHandler({ total: 0 }));
    const result = await runCli(listArgs(server.url, '--fields', 'nope', '--format', 'jsonl'));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
  });
});

describe('FIELD/VALUE rows', () => {
  test('date-times print as in list tables', async () => {
    const job = makeJob(0);
    const server = await serve(() => ({ body: { job, progress_percentage: 50 } }));
    const args = ['beta:batch', 'get-status', '--job-id', job.id, '--api-key', SECRET_KEY, '--base-url', server.url];
    const record = await runCli([...args, '--format', 'table']);
    const list = await runCli(listArgs((await serve(jobsHandler({ total: 1 }))).url, '--format', 'table'));
    const listed = list.stdout.split('\n')[1]?.match(/\d{4}-\d\d-\d\d \d\d:\d\d$/)?.[0];
    expect(listed).toBeDefined();
    expect(record.stdout).toMatch(new RegExp(`^job\\.created_at +${listed}$`, 'm'));
    expect(record.stdout).not.toMatch(/\dT\d/);
  });

  test('a value with a newline stays on its row', async () => {
    const job = { ...makeJob(0), error_message: 'line one\nline two' };
    const server = await serve(() => ({ body: { job, progress_percentage: 50 } }));
    const args = ['beta:batch', 'get-status', '--job-id', job.id, '--api-key', SECRET_KEY, '--base-url', server.url];
    const result = await runCli([...args, '--format', 'table']);
    expect(result.stdout).toMatch(/^job\.error_message +line one line two$/m);
  });
});

describe('a table on a pipe', () => {
  test('is as wide as its cells: nothing cut or left out', async () => {
    const server = await serve(batchesHandler({ total: 2 }));
    const result = await runCli([
      'batches',
      'list',
      '--api-key',
      SECRET_KEY,
      '--base-url',
      server.url,
      '--format',
      'table',
    ]);
    const rows = lines(result.stdout);
    expect(rows[0]).toMatch(/^ID +STATUS +SOURCE DIRECTORY ID +CREATED AT$/);
    expect(rows[1]).toContain(makeBatch(0).source_directory_id);
    expect(result.stdout).not.toContain('…');
  });

  test('fits COLUMNS when it is set', async () => {
    const server = await serve(batchesHandler({ total: 2 }));
    const args = ['batches', 'list', '--api-key', SECRET_KEY, '--base-url', server.url, '--format', 'table'];
    const result = await runCli(args, { env: { COLUMNS: '60' } });
    for (const row of lines(result.stdout)) expect(row.length).toBeLessThanOrEqual(60);
  });
});
