/**
 * `batches run` at size: 1,000 small files and one of 200 MB, streamed from disk. The server stores
 * what is on disk (hashes compared), and the uploading process's peak RSS stays far below holding
 * the files (undici's fetch keeps what the socket has not taken, see the client's uploads test).
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBatchFake } from '@llamacloud-batch/testing';
import { afterAll, expect, test } from 'vitest';
import { runCli, SECRET_KEY } from './helpers/cli.js';

const root = mkdtempSync(join(tmpdir(), 'cli-batches-run-size-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const BIG = 200 * 1024 ** 2;
const SMALL = 1_000;

test(`${SMALL} small files and one of 200 MB: every byte arrives, in bounded memory`, async () => {
  const docs = join(root, 'docs');
  mkdirSync(join(docs, 'small'), { recursive: true });
  const hashes = new Map<string, string>();
  for (let i = 0; i < SMALL; i++) {
    const name = `small/doc-${String(i).padStart(4, '0')}.txt`;
    const content = `small document ${i}\n`;
    writeFileSync(join(docs, name), content);
    hashes.set(name, createHash('sha256').update(content).digest('hex'));
  }
  // Random content, so a lost or repeated chunk changes the hash.
  const big = createHash('sha256');
  const fd = openSync(join(docs, 'big.bin'), 'w');
  const chunk = randomBytes(1024 ** 2);
  for (let written = 0; written < BIG; written += chunk.length) {
    chunk.writeUInt32LE(written / chunk.length, 0);
    writeSync(fd, chunk);
    big.update(chunk);
  }
  closeSync(fd);
  hashes.set('big.bin', big.digest('hex'));

  const server = await startBatchFake();
  try {
    const report = join(root, 'rss');
    const result = await runCli(
      [
        'batches',
        'run',
        docs,
        '--config',
        JSON.stringify({ job: { configuration_id: 'cfg-PARSE_AGENTIC', type: 'parse_v2' } }),
        '--concurrency',
        '8',
        '--interval',
        '0.1',
        '--api-key',
        SECRET_KEY,
        '--base-url',
        server.url,
      ],
      {
        nodeArgs: ['--require', join(import.meta.dirname, 'helpers/report-rss.cjs')],
        env: { REPORT_RSS: report },
        killAfterMs: 60_000,
      },
    );
    expect(result.stderr).not.toMatch(/llamacloud-prod:/);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files).toEqual({ total: SMALL + 1, uploaded: SMALL + 1, skipped: 0, refused: 0 });
    expect(server.files).toHaveLength(SMALL + 1);
    for (const file of server.files)
      expect(file.sha256, file.entry.display_name).toBe(hashes.get(file.entry.display_name));
    expect(server.files.find((file) => file.entry.display_name === 'big.bin')?.bytes).toBe(BIG);
    const peakMb = Number(readFileSync(report, 'utf8')) / 1024;
    console.log(`batches run, ${SMALL} small files + 200 MB: peak RSS of the CLI ${Math.round(peakMb)} MB`);
    expect(peakMb).toBeLessThan(BIG / 1024 ** 2 + 150);
  } finally {
    await server.close();
  }
}, 90_000);
