/** `batches run` on a terminal (a pseudo-terminal from util-linux `script`): progress redrawn in place, then the summary. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { type BatchFake, startBatchFake } from '@llamacloud-batch/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hasScript, runInTerminal, SECRET_KEY } from './helpers/cli.js';

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
