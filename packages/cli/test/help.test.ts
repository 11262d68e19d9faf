/** Help is generated from the spec's parameter metadata; snapshots show when it changes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@llamacloud-batch/testing';
import { describe, expect, test } from 'vitest';
import { runCli } from './helpers/cli.js';

const { version } = JSON.parse(readFileSync(join(repoRoot, 'packages/cli/package.json'), 'utf8'));

describe.each([
  ['root', ['--help'], 'help-root.txt'],
  ['beta:batch', ['beta:batch', '--help'], 'help-beta-batch.txt'],
  ['beta:batch list', ['beta:batch', 'list', '--help'], 'help-beta-batch-list.txt'],
])('%s --help', (_name, args, file) => {
  test('prints help on stdout, exits 0, matches the snapshot', async () => {
    const result = await runCli(args);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    await expect(result.stdout).toMatchFileSnapshot(`__snapshots__/${file}`);
  });
});

test('list --help carries the spec descriptions and enum choices', async () => {
  const { stdout } = await runCli(['beta:batch', 'list', '--help']);
  expect(stdout).toMatch(/--status <value>\s+Filter by job status/);
  expect(stdout).toMatch(/"pending", "running",\s+"dispatched", "completed", "failed", "cancelled"/);
  expect(stdout).toMatch(/--limit <n>\s+Maximum number of jobs to return \(an integer from 1\s+to 1000; default 50\)/);
});

test('help for a subcommand also works as `help list`', async () => {
  const viaFlag = await runCli(['beta:batch', 'list', '--help']);
  const viaCommand = await runCli(['beta:batch', 'help', 'list']);
  expect(viaCommand.code).toBe(0);
  expect(viaCommand.stdout).toBe(viaFlag.stdout);
});

test('--version prints the package.json version', async () => {
  const result = await runCli(['--version']);
  expect(result.code).toBe(0);
  expect(result.stdout).toBe(`${version}\n`);
  expect(result.stderr).toBe('');
});
