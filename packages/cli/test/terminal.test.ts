/** On a terminal (a pseudo-terminal from util-linux `script`): colour, NO_COLOR, progress, width. */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { batchesHandler, jobsHandler, makeBatch, makeJob, successResponse } from '@llamacloud-batch/testing';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { displayWidth } from '../src/output/cells.js';
import { hasScript, listArgs, runCli, runInTerminal, SECRET_KEY, serve } from './helpers/cli.js';

const ESC = '\u001b[';
const shellList = (url: string, args: string) =>
  `"$NODE" "$CLI" beta:batch list --api-key '${SECRET_KEY}' --base-url '${url}' ${args}`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'llamacloud-cli-tty-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('util-linux `script` is there to give the CLI a real terminal (Debian: bsdutils)', () => {
  expect(hasScript).toBe(true);
});

describe('on a terminal', () => {
  test('the default format is pretty, coloured JSON', async () => {
    const server = await serve(jobsHandler({ total: 2 }));
    const result = await runInTerminal(shellList(server.url, ''));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(ESC);
    const plain = stripVTControlCharacters(result.stdout);
    expect(JSON.parse(plain).items).toHaveLength(2);
  });

  test('NO_COLOR turns colour off', async () => {
    const server = await serve(jobsHandler({ total: 2 }));
    const result = await runInTerminal(shellList(server.url, '--format pretty'), { env: { NO_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(ESC);
    expect(JSON.parse(result.stdout).items).toHaveLength(2);
  });

  test('TERM=dumb turns colour off', async () => {
    const server = await serve(jobsHandler({ total: 2 }));
    const result = await runInTerminal(shellList(server.url, '--format table'), { env: { TERM: 'dumb' } });
    expect(result.stdout).not.toContain(ESC);
  });

  test('the table header is bold, and a wide terminal gets full timestamps', async () => {
    const server = await serve(jobsHandler({ total: 3 }));
    const result = await runInTerminal(`stty cols 120; ${shellList(server.url, '--format table')}`);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${ESC}1mID`);
    expect(result.stdout).toMatch(/ {2}2026-01-01 00:00/);
  });

  test('--all with stdout in a file shows progress on the terminal, and only there', async () => {
    const server = await serve(jobsHandler({ total: 1_000 }));
    const out = join(dir, 'jobs.jsonl');
    const result = await runInTerminal(shellList(server.url, `--all --format jsonl > '${out}'`));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\r21 pages, 1000 items…/);
    expect(result.stdout).toContain(`\r${ESC}K`);
    const written = readFileSync(out, 'utf8');
    expect(written.split('\n').filter(Boolean)).toHaveLength(1_000);
    expect(written).not.toContain('pages');
    expect(written).not.toContain(ESC);
  });
});

describe('a large upload', () => {
  const upload = (url: string, path: string) =>
    `beta:directories:files upload --directory-id dir-1 --upload-file @${path} --api-key '${SECRET_KEY}' --base-url '${url}'`;
  const sparse = (size: number) => {
    const path = join(dir, 'big.bin');
    writeFileSync(path, '');
    truncateSync(path, size);
    return path;
  };
  const answer = () => ({ body: successResponse('beta.directories.files.upload').example });

  test('on a terminal: its progress on one line, erased when the file is sent', async () => {
    const server = await serve([answer()]);
    const result = await runInTerminal(`"$NODE" "$CLI" ${upload(server.url, sparse(64 * 1024 * 1024))} --format json`);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain(`\r${ESC}Kuploading big.bin `);
    expect(result.stdout).toMatch(/uploading big\.bin \d+% \d+\.\d\/64\.0 MB \d+\.\d MB\/s/);
    expect(result.stdout).toContain(`\r${ESC}K{`);
    expect(server.requests[0]?.bodyBytes).toBeGreaterThan(64 * 1024 * 1024);
  });

  test('on a pipe: no progress', async () => {
    const server = await serve([answer()]);
    const result = await runCli(
      upload(server.url, sparse(16 * 1024 * 1024))
        .split(' ')
        .map((word) => word.replaceAll("'", '')),
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ id: expect.any(String) });
  });
});

/** Runs `args` (after the key and base URL) with `--format table` on a terminal `cols` wide; the lines it showed. */
async function tableInTerminal(cols: number, url: string, args: string): Promise<string[]> {
  const command = `"$NODE" "$CLI" ${args} --api-key '${SECRET_KEY}' --base-url '${url}' --format table`;
  const result = await runInTerminal(`stty cols ${cols}; ${command}`, { env: { NO_COLOR: '1' } });
  expect(result.code, result.stdout).toBe(0);
  return result.stdout.split('\r\n').filter(Boolean);
}

/** A failed job item whose name and error are long, with wide characters and a newline in them. */
const longItem = (index: number) => ({
  id: `itm-${index}`,
  item_name: `請求書-invoice-${index}-${'x'.repeat(40)}.pdf`,
  status: 'failed',
  error_message: `Parsing failed on page ${index}:\n${'the document could not be read '.repeat(6)}`,
});

describe.each([80, 50])('a table on a terminal %i columns wide', (cols) => {
  const fits = (rows: string[]) => {
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(displayWidth(row), row).toBeLessThanOrEqual(cols);
  };

  test('batches list fits, and no id is cut', async () => {
    const server = await serve(batchesHandler({ total: 3 }));
    const rows = await tableInTerminal(cols, server.url, 'batches list');
    fits(rows);
    expect(rows[0]).toMatch(/^ID +STATUS/);
    expect(rows.slice(1).map((row) => row.split(' ')[0])).toEqual([0, 1, 2].map((i) => makeBatch(i).id));
    // An id column that does not fit whole is left out, not cut.
    expect(rows.join('\n')).not.toContain('…');
  });

  test('beta:batch list fits', async () => {
    const server = await serve(jobsHandler({ total: 3 }));
    const rows = await tableInTerminal(cols, server.url, 'beta:batch list');
    fits(rows);
    expect(rows[1]?.startsWith(makeJob(0).id)).toBe(true);
  });

  test('long names and errors are cut with …, one line per item', async () => {
    const items = [1, 2, 3].map(longItem);
    const server = await serve(() => ({ body: { items, next_page_token: null, total_size: 3 } }));
    const rows = await tableInTerminal(cols, server.url, 'beta:batch:job-items list --job-id bjb-1');
    fits(rows);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^ITEM NAME +STATUS/);
    for (const row of rows.slice(1)) expect(row).toMatch(/^請求書-invoice-\d.*… +failed/);
  });

  test('a later page’s wider cells are cut to the columns the first page set', async () => {
    const make = (i: number) => ({ ...makeBatch(i), source_directory_id: i < 2 ? 'dir-1' : `dir-${'9'.repeat(90)}` });
    const server = await serve(batchesHandler({ total: 4, defaultPageSize: 2, make }));
    const rows = await tableInTerminal(cols, server.url, 'batches list --all');
    fits(rows);
    expect(rows).toHaveLength(5);
  });

  test('FIELD/VALUE rows fit too', async () => {
    const job = { ...makeJob(0), error_message: `Failed: ${'the document could not be read '.repeat(6)}` };
    const server = await serve(() => ({ body: { job, progress_percentage: 50 } }));
    const rows = await tableInTerminal(cols, server.url, 'beta:batch get-status --job-id bjb-1');
    fits(rows);
    expect(rows.find((row) => row.startsWith('job.error_message'))).toMatch(/…$/);
    const idRow = rows.find((row) => row.startsWith('job.id '));
    // A whole id fits in 80 columns beside the field names; a narrower terminal cuts it.
    expect(idRow).toMatch(cols >= 80 ? new RegExp(` ${job.id}$`) : / bjb-0+-0+.*…$/);
  });
});

describe('on a pipe', () => {
  test('no colour, no progress, json by default', async () => {
    const server = await serve(jobsHandler({ total: 120 }));
    const result = await runCli(listArgs(server.url, '--all'), { env: { TERM: 'xterm-256color' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toContain(ESC);
    expect(JSON.parse(result.stdout)).toHaveLength(120);
  });

  test('FORCE_COLOR colours pretty output even on a pipe', async () => {
    const server = await serve(jobsHandler({ total: 1 }));
    const result = await runCli(listArgs(server.url, '--format', 'pretty'), { env: { FORCE_COLOR: '1' } });
    expect(result.stdout).toContain(ESC);
  });

  test('json and jsonl are never coloured, even with FORCE_COLOR', async () => {
    const server = await serve(jobsHandler({ total: 1 }));
    for (const format of ['json', 'jsonl', 'yaml']) {
      const result = await runCli(listArgs(server.url, '--format', format), { env: { FORCE_COLOR: '1' } });
      expect(result.stdout).not.toContain(ESC);
    }
  });
});
