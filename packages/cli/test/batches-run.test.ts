/**
 * `batches run <folder>` end to end against the stateful fake of directories, files and batches: what
 * arrives is what is on disk, a second run sends only what is missing, an uncertain upload is looked
 * up rather than re-sent, failed files are named, Ctrl-C stops each stage as documented.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BatchFake,
  type BatchFakeOptions,
  type FakeRequest,
  startBatchFake,
  until,
} from '@llamacloud-batch/testing';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { lines, runCli, SECRET_KEY, spawnCli } from './helpers/cli.js';

const CONFIG = JSON.stringify({ job: { configuration_id: 'cfg-PARSE_AGENTIC', type: 'parse_v2' } });
const root = mkdtempSync(join(tmpdir(), 'cli-batches-run-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const fakes: BatchFake[] = [];
async function fake(options: BatchFakeOptions = {}): Promise<BatchFake> {
  const started = await startBatchFake(options);
  fakes.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((server) => server.close()));
});

let folders = 0;
/** A folder of `count` small text files (plus what `extra` adds), each with distinct content. */
function folder(count: number, extra?: (path: string) => void): string {
  const path = join(root, `docs-${folders++}`);
  mkdirSync(join(path, 'sub'), { recursive: true });
  for (let i = 0; i < count; i++) {
    writeFileSync(join(path, i % 2 ? 'sub' : '', `doc-${String(i).padStart(4, '0')}.txt`), `document ${i}\n`);
  }
  extra?.(path);
  return path;
}

const args = (server: BatchFake, ...rest: string[]) => [
  'batches',
  'run',
  '--config',
  CONFIG,
  '--api-key',
  SECRET_KEY,
  '--base-url',
  server.url,
  '--interval',
  '0.1',
  ...rest,
];
const uploads = (requests: readonly FakeRequest[]) =>
  requests.filter((request) => request.method === 'POST' && request.url.pathname.endsWith('/files/upload'));
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const stages = (stderr: string) => lines(stderr).map((line) => JSON.parse(line) as Record<string, unknown>);

describe('a folder to results', () => {
  test('every regular file arrives as on disk, named by its relative path; hidden files and symlinks stay out', async () => {
    const server = await fake({ pollsUntilDone: 2 });
    const docs = folder(6, (path) => {
      writeFileSync(join(path, '.env'), 'SECRET=1');
      mkdirSync(join(path, '.git'));
      writeFileSync(join(path, '.git', 'HEAD'), 'ref');
      symlinkSync(join(path, 'doc-0000.txt'), join(path, 'link.txt'));
    });
    const result = await runCli(args(server, docs));
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({
      status: 'COMPLETED',
      files: { total: 6, uploaded: 6, skipped: 0, refused: 0 },
      items: { succeeded: 6, failed: 0 },
      failed: [],
    });
    const names = server.files.map((file) => file.entry.display_name).sort();
    expect(names).toEqual([
      'doc-0000.txt',
      'doc-0002.txt',
      'doc-0004.txt',
      'sub/doc-0001.txt',
      'sub/doc-0003.txt',
      'sub/doc-0005.txt',
    ]);
    for (const file of server.files) {
      const onDisk = sha256(join(docs, file.entry.display_name));
      expect(file.sha256).toBe(onDisk);
      expect(file.entry.unique_id).toBe(`sha256:${onDisk}`);
    }
    // On a pipe: one JSON line per stage.
    expect(stages(result.stderr).map((stage) => stage.stage)).toEqual(['plan', 'directory', 'upload', 'batch', 'wait']);
    const [batch] = server.batches.values();
    expect(batch?.source_directory_id).toBe(summary.directory_id);
    expect(batch?.config).toEqual(JSON.parse(CONFIG));
  });

  test('--include / --exclude / --hidden / --follow-symlinks choose the files', async () => {
    const server = await fake();
    const docs = folder(4, (path) => {
      writeFileSync(join(path, '.notes.txt'), 'hidden');
      writeFileSync(join(path, 'scan.pdf'), 'pdf');
      symlinkSync(join(path, 'scan.pdf'), join(path, 'linked.pdf'));
    });
    const result = await runCli(
      args(
        server,
        docs,
        '--include',
        '*.txt',
        '--include',
        '*.pdf',
        '--exclude',
        'sub/**',
        '--hidden',
        '--follow-symlinks',
        '--quiet',
      ),
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    // linked.pdf has scan.pdf's content: the same unique_id, sent once.
    expect(server.files.map((file) => file.entry.display_name).sort()).toEqual([
      '.notes.txt',
      'doc-0000.txt',
      'doc-0002.txt',
      'linked.pdf',
    ]);
    expect(JSON.parse(result.stdout).files).toEqual({ total: 5, uploaded: 4, skipped: 1, refused: 0 });
  });

  test('a batch that fails some files exits 1 and names them; --allow-failures exits 0', async () => {
    const itemError = (file: { entry: { display_name: string } }) =>
      /doc-000[13]/.test(file.entry.display_name) ? 'No parse job could be created for this file' : null;
    const docs = folder(5);
    for (const allow of [false, true]) {
      const server = await fake({ itemError });
      const result = await runCli(args(server, docs, ...(allow ? ['--allow-failures'] : [])));
      expect(result.code).toBe(allow ? 0 : 1);
      const summary = JSON.parse(result.stdout);
      expect(summary.items).toEqual({ succeeded: 3, failed: 2 });
      expect(summary.failed.map((file: { display_name: string }) => file.display_name)).toEqual([
        'sub/doc-0001.txt',
        'sub/doc-0003.txt',
      ]);
      const last = lines(result.stderr).at(-1);
      if (allow) expect(last).toMatch(/"stage":"wait"/);
      else
        expect(last).toMatch(/^llamacloud-prod: batch bat-\S+: 2 of 5 files failed: sub\/doc-0001.txt \(No parse job/);
    }
  });

  test('a file the server refuses (413) is named, the others arrive, and no batch is created', async () => {
    const server = await fake({
      intercept: (request, proceed) => {
        const name = request.parts?.find((part) => part.name === 'display_name')?.text;
        return name === 'sub/doc-0001.txt' ? { status: 413, body: { detail: 'File too large' } } : proceed();
      },
    });
    const result = await runCli(args(server, folder(4)));
    expect(result.code).toBe(1);
    const summary = JSON.parse(result.stdout);
    expect(summary.files).toEqual({ total: 4, uploaded: 3, skipped: 0, refused: 1 });
    expect(summary.refused).toEqual([
      { display_name: 'sub/doc-0001.txt', error_message: expect.stringMatching(/413.*File too large/) },
    ]);
    expect(server.batches.size).toBe(0);
    expect(lines(result.stderr).at(-1)).toMatch(
      /^llamacloud-prod: 1 of 4 files were refused, so no batch was created: sub\/doc-0001.txt \(/,
    );
  });

  test('a batch that FAILED exits 1 even with --allow-failures', async () => {
    const server = await fake({ finalStatus: 'FAILED' });
    const result = await runCli(args(server, folder(2), '--allow-failures'));
    expect(result.code).toBe(1);
    expect(lines(result.stderr).at(-1)).toMatch(/^llamacloud-prod: batch bat-\S+ failed$/);
  });

  test('--no-wait prints the batch id and exits 0 without polling', async () => {
    const server = await fake();
    const result = await runCli(args(server, folder(2), '--no-wait'));
    expect(result.code).toBe(0);
    const [batch] = server.batches.values();
    expect(result.stdout).toBe(`${batch?.id}\n`);
    expect(
      server.requests.some((request) => request.method === 'GET' && request.url.pathname.startsWith('/api/v2/')),
    ).toBe(false);
  });

  test('--wait-timeout exits 124 and says the batch runs on', async () => {
    const server = await fake({ pollsUntilDone: 1_000_000 });
    const result = await runCli(args(server, folder(1), '--wait-timeout', '0.3'));
    expect(result.code).toBe(124);
    expect(lines(result.stderr).at(-1)).toMatch(/it runs on \(llamacloud-prod batches wait --batch-id bat-/);
  });
});

describe('resumable, and never twice', () => {
  test('a run killed after half the uploads, started again, uploads only the rest', async () => {
    const server = await fake({ latencyMs: 20 });
    const docs = folder(40);
    const first = spawnCli(args(server, docs, '--concurrency', '2'));
    await until(() => server.files.length >= 20);
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    const stored = server.files.length;
    expect(stored).toBeLessThan(40);
    const directory = stages(killed.stderr).find((stage) => stage.stage === 'directory')?.directory_id as string;
    expect(directory).toMatch(/^dir-/);

    const before = server.requests.length;
    const second = await runCli(args(server, docs, '--concurrency', '2', '--directory-id', directory));
    expect(second.code).toBe(0);
    const sent = uploads(server.requests.slice(before));
    expect(sent).toHaveLength(40 - stored);
    expect(server.files).toHaveLength(40);
    expect(new Set(server.files.map((file) => file.entry.unique_id)).size).toBe(40);
    expect(JSON.parse(second.stdout).files).toEqual({ total: 40, uploaded: 40 - stored, skipped: stored, refused: 0 });
    // No second directory was created.
    expect(server.directories.size).toBe(1);
  });

  test('an upload answered 503 that the server did store is found by a listing, not sent again', async () => {
    let count = 0;
    const server = await fake({
      intercept: (request, proceed) => {
        const answer = proceed();
        if (request.url.pathname.endsWith('/files/upload') && ++count === 3)
          return { status: 503, body: { detail: 'Upstream timeout' } };
        return answer;
      },
    });
    const result = await runCli(args(server, folder(5), '--concurrency', '1'));
    expect(result.code).toBe(0);
    expect(uploads(server.requests)).toHaveLength(5);
    const lookups = server.requests.filter(
      (request) => request.method === 'GET' && request.url.searchParams.has('unique_id'),
    );
    expect(lookups).toHaveLength(1);
    expect(lookups[0]?.url.searchParams.get('unique_id')).toBe(server.files[2]?.entry.unique_id);
    expect(server.files).toHaveLength(5);
    expect(stages(result.stderr).find((stage) => stage.stage === 'upload')).toMatchObject({
      uploaded: 5,
      found_after_uncertain: 1,
    });
  });

  test('an upload that timed out after the server stored it is found by a listing, not sent again', async () => {
    let count = 0;
    const server = await fake({
      intercept: (request, proceed) => {
        const answer = proceed();
        if (request.url.pathname.endsWith('/files/upload') && ++count === 2) return { ...answer, delayMs: 5_000 };
        return answer;
      },
    });
    const result = await runCli(args(server, folder(3), '--concurrency', '1', '--timeout', '0.5'));
    expect(result.code).toBe(0);
    expect(uploads(server.requests)).toHaveLength(3);
    expect(server.files).toHaveLength(3);
    expect(stages(result.stderr).find((stage) => stage.stage === 'upload')).toMatchObject({ found_after_uncertain: 1 });
  });

  test('an upload answered 503 that the server did not store is sent again once the listing shows it missing', async () => {
    let count = 0;
    const server = await fake({
      intercept: (request, proceed) =>
        request.url.pathname.endsWith('/files/upload') && ++count === 2
          ? { status: 503, body: { detail: 'Down' } }
          : proceed(),
    });
    const result = await runCli(args(server, folder(3), '--concurrency', '1'));
    expect(result.code).toBe(0);
    expect(uploads(server.requests)).toHaveLength(4);
    expect(server.files).toHaveLength(3);
    const order = server.requests.map(
      (request) =>
        `${request.method} ${request.url.searchParams.has('unique_id') ? 'lookup' : request.url.pathname.split('/').at(-1)}`,
    );
    expect(order.slice(0, 6)).toEqual([
      'POST directories',
      'POST upload',
      'POST upload',
      'GET lookup',
      'POST upload',
      'POST upload',
    ]);
  });

  test('--dry-run lists what would be uploaded and skipped and sends no POST', async () => {
    const server = await fake();
    const docs = folder(4);
    const first = await runCli(
      args(server, join(docs, 'doc-0000.txt'), join(docs, 'sub', 'doc-0001.txt'), '--no-wait', '--quiet'),
    );
    expect(first.code).toBe(0);
    const directory = [...server.directories.keys()][0] as string;
    const before = server.requests.length;
    const result = await runCli(args(server, docs, '--dry-run', '--directory-id', directory, '--quiet'));
    expect(result.code).toBe(0);
    const sent = server.requests.slice(before);
    expect(sent.every((request) => request.method === 'GET')).toBe(true);
    const dry = JSON.parse(result.stdout);
    expect(dry.upload.map((file: { display_name: string }) => file.display_name)).toEqual([
      'doc-0002.txt',
      'sub/doc-0003.txt',
    ]);
    expect(dry.skip.map((file: { display_name: string }) => file.display_name)).toEqual([
      'doc-0000.txt',
      'sub/doc-0001.txt',
    ]);
    // Without a directory to compare with, nothing is sent at all.
    const alone = await runCli(args(server, docs, '--dry-run', '--quiet'));
    expect(alone.code).toBe(0);
    expect(server.requests).toHaveLength(before + sent.length);
  });
});

describe('usage errors send nothing', () => {
  test.each([
    [['--concurrency', '0'], /--concurrency.*Allowed: an integer from 1 to 64/],
    [['--config', '{"job":'], /--config.*Allowed: JSON text/],
    [['--config', '{"job":{"configuration_id":"c","type":"parse_v9"}}'], /config.*parse_v2/],
    [['--include', '{a,b'], /--include.*unclosed \{/],
  ])('%j', async (extra, message) => {
    const server = await fake();
    const result = await runCli([...args(server, folder(1)), ...extra]);
    expect(result.code).toBe(2);
    expect(lines(result.stderr).at(-1)).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });

  test('a path that does not exist, and a folder with nothing to upload', async () => {
    const server = await fake();
    const missing = await runCli(args(server, join(root, 'nope')));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file or folder: .*nope/);
    const empty = join(root, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, '.only-hidden'), 'x');
    const nothing = await runCli(args(server, empty));
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/no files to upload.*--hidden/);
    const noConfig = await runCli(['batches', 'run', empty, '--api-key', SECRET_KEY, '--base-url', server.url]);
    expect(noConfig.code).toBe(2);
    expect(noConfig.stderr).toMatch(/--config/);
    expect(server.requests).toHaveLength(0);
  });
});

describe('Ctrl-C', () => {
  test('during uploads: no new upload starts, and the command that resumes is printed (without the key)', async () => {
    const server = await fake({ latencyMs: 100 });
    const docs = folder(30);
    const cli = spawnCli(args(server, docs, '--concurrency', '2'));
    await until(() => server.files.length >= 4);
    cli.child.kill('SIGINT');
    const result = await cli.done;
    expect(result.code).toBe(130);
    const atSignal = uploads(server.requests).length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(uploads(server.requests)).toHaveLength(atSignal);
    expect(atSignal).toBeLessThan(30);
    expect(server.batches.size).toBe(0);
    const last = lines(result.stderr).at(-1) as string;
    const directory = [...server.directories.keys()][0] as string;
    expect(last).toMatch(
      /^llamacloud-prod: Interrupted: \d+ of 30 files uploaded to dir-\S+( \(\d+ stopped in flight may have arrived; resuming checks\))?; the rest are not sent\. To resume: llamacloud-prod batches run /,
    );
    expect(last).toContain(`--directory-id ${directory}`);
    expect(last).not.toContain('--api-key');
    // The printed command resumes: run it (with the key given again).
    const resume = last.slice(last.indexOf('To resume: llamacloud-prod ') + 'To resume: llamacloud-prod '.length);
    const words = [...resume.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((match) =>
      (match[1] ?? match[2] ?? '').replace(/'\\''/g, "'"),
    );
    const again = await runCli([...words, '--api-key', SECRET_KEY]);
    expect(again.code).toBe(0);
    expect(new Set(server.files.map((file) => file.entry.unique_id)).size).toBe(30);
  });

  test('during the wait: the batch is left running, and said so', async () => {
    const server = await fake({ pollsUntilDone: 1_000_000 });
    const cli = spawnCli(args(server, folder(2)));
    await until(() => [...server.batches.values()].some((batch) => batch.polls >= 1));
    cli.child.kill('SIGINT');
    const result = await cli.done;
    expect(result.code).toBe(130);
    expect(lines(result.stderr).at(-1)).toMatch(
      /Interrupted: batch bat-\S+ is still running \(wait again: llamacloud-prod batches wait --batch-id bat-/,
    );
    expect(server.requests.some((request) => request.url.pathname.endsWith('/cancel'))).toBe(false);
    expect([...server.batches.values()][0]?.status).toBe('RUNNING');
  });

  test('during the wait with --cancel-on-interrupt (no terminal to ask on): the batch is cancelled', async () => {
    const server = await fake({ pollsUntilDone: 1_000_000 });
    const cli = spawnCli(args(server, folder(2), '--cancel-on-interrupt'));
    await until(() => [...server.batches.values()].some((batch) => batch.polls >= 1));
    cli.child.kill('SIGINT');
    const result = await cli.done;
    expect(result.code).toBe(130);
    expect(lines(result.stderr).at(-1)).toMatch(/Interrupted: batch bat-\S+ cancelled$/);
    expect(server.requests.filter((request) => request.url.pathname.endsWith('/cancel'))).toHaveLength(1);
    expect([...server.batches.values()][0]?.status).toBe('CANCELLED');
  });
});
