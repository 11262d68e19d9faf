/** `batches run` on a terminal (a pseudo-terminal from util-linux `script`): progress redrawn in place, then the summary. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { type BatchFake, startBatchFake, until } from '@llamacloud-batch/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BIN, cleanEnv, hasScript, runInTerminal, SECRET_KEY } from './helpers/cli.js';

const root = mkdtempSync(join(tmpdir(), 'cli-batches-run-tty-'));
let server: BatchFake;
beforeAll(async () => {
  server = await startBatchFake({ latencyMs: 30, pollsUntilDone: 3 });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

test.runIf(hasScript)(
  'progress on the terminal: files, bytes and rate, then the batch; the summary in the file',
  async () => {
    const docs = join(root, 'docs');
    mkdirSync(docs);
    for (let i = 0; i < 20; i++) writeFileSync(join(docs, `doc-${i}.txt`), `document ${i}\n`.repeat(100));
    const out = join(root, 'summary.json');
    const config = JSON.stringify({ job: { configuration_id: 'cfg-PARSE_AGENTIC', type: 'parse_v2' } });
    const result = await runInTerminal(
      `"$NODE" "$CLI" batches run '${docs}' --config '${config}' --concurrency 2 --interval 0.1 --api-key '${SECRET_KEY}' --base-url '${server.url}' > '${out}'`,
    );
    expect(result.code).toBe(0);
    // Redrawn in place: carriage returns and erase-line, never one JSON line per stage.
    expect(result.stdout).toContain('\r\u001b[K');
    expect(result.stdout).not.toContain('{"stage"');
    const shown = stripVTControlCharacters(result.stdout).replace(/\r\n/g, '\n');
    expect(shown).toMatch(/20 files: 20 to upload \(\d+(\.\d)? kB\), 0 already there/);
    expect(shown).toMatch(
      /Directory dir-\S+ created \(to resume: llamacloud-prod batches run .* --directory-id dir-\S+\)/,
    );
    expect(shown).toMatch(/Uploading: \d+\/20 files, [\d.]+ kB\/[\d.]+ kB, [\d.]+ [kM]?B\/s/);
    expect(shown).toMatch(/Uploaded 20 files \([\d.]+ kB\) in [\d.]+ s/);
    expect(shown).toContain('Batch: RUNNING');
    expect(shown).toMatch(/Batch bat-\S+: COMPLETED/);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      status: 'COMPLETED',
      items: { succeeded: 20, failed: 0 },
    });
  },
);

test.runIf(hasScript).each([
  ['y', /Interrupted: batch bat-\S+ cancelled/, 1],
  ['n', /Interrupted: batch bat-\S+ is still running/, 0],
] as const)(
  'Ctrl-C typed during the wait with --cancel-on-interrupt asks first; answered %s',
  async (answer, outcome, cancels) => {
    const slow = await startBatchFake({ pollsUntilDone: 1_000_000 });
    try {
      const docs = join(root, `two-${answer}`);
      mkdirSync(docs);
      writeFileSync(join(docs, 'a.txt'), 'a');
      writeFileSync(join(docs, 'b.txt'), 'b');
      const config = JSON.stringify({ job: { configuration_id: 'cfg-PARSE_AGENTIC', type: 'parse_v2' } });
      const command = `"$NODE" "$CLI" batches run '${docs}' --config '${config}' --interval 0.1 --cancel-on-interrupt --api-key '${SECRET_KEY}' --base-url '${slow.url}'`;
      // The keys go through the pseudo-terminal: ^C becomes SIGINT for the CLI, as at a real terminal.
      const child = spawn('script', ['-qec', command, '/dev/null'], {
        env: cleanEnv({ SHELL: '/bin/sh', CLI: BIN, NODE: process.execPath, NO_COLOR: '1' }),
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let shown = '';
      child.stdout.setEncoding('utf8').on('data', (text: string) => {
        shown += text;
      });
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      try {
        await until(() => [...slow.batches.values()].some((batch) => batch.polls >= 1));
        child.stdin.write('\u0003');
        await until(() => shown.includes('Cancel batch'));
        expect(slow.requests.some((request) => request.url.pathname.endsWith('/cancel'))).toBe(false);
        child.stdin.write(`${answer}\r`);
        expect(await exited).toBe(130);
      } finally {
        child.kill('SIGKILL');
      }
      expect(shown).toMatch(/Cancel batch bat-\S+\? \[y\/N\]/);
      expect(shown).toMatch(outcome);
      expect(shown).not.toContain(SECRET_KEY);
      expect(slow.requests.filter((request) => request.url.pathname.endsWith('/cancel'))).toHaveLength(cancels);
    } finally {
      await slow.close();
    }
  },
);
