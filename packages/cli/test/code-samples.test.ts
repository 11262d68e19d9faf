/**
 * The docs' and help's CLI and curl samples (operationSamples, generated from the operation model)
 * run as written against Prism: each CLI sample through a `llamacloud-prod` on PATH, each curl
 * sample with the production URL swapped for Prism's. Docs that cannot lie.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { successResponse } from '@llamacloud-batch/testing';
import {
  type OperationKey,
  operationKeys,
  operationModel,
  operationSamples,
  SAMPLE_FILE,
} from '@llamacloud-batch/types';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { BIN, runCli, runShell, SECRET_KEY } from './helpers/cli.js';
import { commandOf } from './helpers/operations.js';

const PRODUCTION = 'https://api.cloud.llamaindex.ai';
let bin: string;

beforeAll(() => {
  // `llamacloud-prod` as a global install would put it on PATH: the built bin, run by this Node.
  bin = mkdtempSync(join(tmpdir(), 'llamacloud-samples-'));
  const shim = join(bin, 'llamacloud-prod');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
  // The file an upload's sample names, where the sample runs.
  writeFileSync(join(bin, SAMPLE_FILE), '%PDF-1.4 a sample\n');
});

afterAll(() => rmSync(bin, { recursive: true, force: true }));

const env = () => ({
  PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`,
  LLAMA_CLOUD_API_KEY: SECRET_KEY,
  LLAMA_CLOUD_BASE_URL: inject('prismUrl'),
});

describe.each(operationKeys)('%s', (key: OperationKey) => {
  const samples = operationSamples[key];

  test('the CLI sample is the command the CLI has for the operation', () => {
    expect(samples.cli.startsWith(`llamacloud-prod ${commandOf(operationModel[key]).join(' ')} `)).toBe(true);
  });

  test('--help ends with the sample under Examples:, ready to paste after the `$ `', async () => {
    const { stdout, code } = await runCli([...commandOf(operationModel[key]), '--help']);
    expect(code).toBe(0);
    const section = /\nExamples:\n((?: {2}.*\n)+)\n?$/.exec(stdout)?.[1] ?? '';
    const shown = section
      .trimEnd()
      .split('\n')
      .map((line, index) => (index === 0 ? line.replace(/^ {2}\$ /, '') : line.replace(/^ {4}/, '')))
      .join('\n');
    expect(shown).toBe(samples.cli);
  });

  test('the CLI sample, run as written against Prism, exits 0 with the answer as JSON (nothing for an empty answer)', async () => {
    const result = await runShell(samples.cli, { env: env(), cwd: bin });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    if (successResponse(key).schema === undefined) expect(result.stdout).toBe('');
    else expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  test('the curl sample, sent to Prism, gets a 2xx', async () => {
    expect(samples.curl).toContain(PRODUCTION);
    const sent = samples.curl
      .replace(PRODUCTION, inject('prismUrl'))
      .replace(/^curl /, `curl -sS -o /dev/null -w '%{http_code}' `);
    const result = await runShell(sent, { env: env(), cwd: bin });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^2\d\d$/);
  });
});
