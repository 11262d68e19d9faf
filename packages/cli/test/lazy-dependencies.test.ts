/**
 * Cold start: undici (proxies) and @bomb.sh/tab (completion) stay outside the bundle and load only
 * when used. A copy of the bin and bundle with no node_modules above it shows what runs without them.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jobsHandler, repoRoot } from '@llamacloud-batch/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cleanEnv, listArgs, serve } from './helpers/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'llamacloud-cli-bare-'));
  cpSync(join(repoRoot, 'packages/cli/bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(repoRoot, 'packages/cli/dist/bundle'), join(dir, 'dist/bundle'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runBare(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [join(dir, 'bin/llamacloud-prod.cjs'), ...args], { env: cleanEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('--version, --help and a listing (with --debug) need neither', async () => {
  const server = await serve(jobsHandler({ total: 1 }));
  for (const args of [['--version'], ['--help'], listArgs(server.url, '--debug')]) {
    const result = await runBare(args);
    expect(result.stderr).not.toMatch(/Cannot find/);
    expect(result.code).toBe(0);
  }
});

test('a proxy variable loads undici (the copy has none, so it fails saying so)', async () => {
  const server = await serve(jobsHandler({ total: 1 }));
  const result = await runBare(listArgs(server.url, '--max-retries', '0'), { HTTP_PROXY: 'http://127.0.0.1:9' });
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/Cannot find (package|module) 'undici'/);
  expect(server.requests).toEqual([]);
});

test('completion loads @bomb.sh/tab (the copy has none, so it fails saying so)', async () => {
  const result = await runBare(['completion', 'bash']);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/Cannot find (package|module) '@bomb.sh\/tab'/);
});
