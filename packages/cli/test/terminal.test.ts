/** On a terminal (a pseudo-terminal from util-linux `script`): colour, NO_COLOR, progress, width. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { jobsHandler } from '@llamacloud-batch/testing';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
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
