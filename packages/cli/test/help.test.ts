/** Help is generated from the spec's parameter metadata; snapshots show when it changes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@llamacloud-batch/testing';
import { describe, expect, test } from 'vitest';
import { runCli } from './helpers/cli.js';
import { commandOf, kebab, operations, titleOf } from './helpers/operations.js';

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
  // The parameters' own descriptions, not their enums' ("Lifecycle state of a batch job").
  expect(stdout).toMatch(/--status <value>\s+Filter by job status/);
  expect(stdout).toMatch(/--job-type <value>\s+Filter by job type/);
  expect(stdout).not.toMatch(/Type of processing operation|Lifecycle state of a batch job/);
  expect(stdout).toMatch(/"pending", "running",\s+"dispatched", "completed", "failed", "cancelled"/);
  expect(stdout).toMatch(/--limit <n>\s+Maximum number of jobs to return\s+\(an integer from 1 to 1000; default 50\)/);
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

describe.concurrent.each(operations.map((operation) => [titleOf(operation), operation] as const))(
  '%s --help',
  (_title, operation) => {
    test('lists every input the operation needs under "Required:", and only those', async () => {
      const { stdout } = await runCli([...commandOf(operation), '--help']);
      const required = [
        ...operation.parameters.filter((parameter) => parameter.in === 'path' || parameter.required),
        ...(operation.body?.fields ?? []).filter((field) => field.required),
      ].map((input) => `--${kebab(input.name)}`);
      const section = /\nRequired:\n((?: {2}.*\n)+)/.exec(stdout)?.[1] ?? '';
      const listed = [...section.matchAll(/^ {2}(--[\w-]+)/gm)].map((match) => match[1]);
      expect(listed.sort()).toEqual(required.sort());
    });

    test('wraps at word boundaries within 80 columns, a parenthesised phrase on one line when it fits', async () => {
      const { stdout } = await runCli([...commandOf(operation), '--help']);
      for (const line of stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
      // A line that ends inside a parenthesis may do so only when the phrase is wider than its column.
      const all = stdout.split('\n');
      all.forEach((line, index) => {
        if (line.lastIndexOf('(') <= line.lastIndexOf(')')) return;
        const indent = /^ */.exec(all[index + 1] ?? '')?.[0].length ?? 0;
        let phrase = line.slice(line.lastIndexOf('('));
        for (let next = index + 1; !phrase.includes(')') && next < all.length; next++) {
          phrase += ` ${all[next]?.trim()}`;
        }
        expect(phrase.slice(0, phrase.indexOf(')') + 1).length, line).toBeGreaterThan(80 - indent);
      });
    });
  },
);

test('a flag with choices shows them once: no value list in other words or case beside them', async () => {
  const { stdout } = await runCli(['beta:batch', 'list', '--help']);
  expect(stdout).toMatch(/--status <value> +Filter by job status \(choices: "pending", "running",\n/);
  expect(stdout).not.toMatch(/PENDING|RUNNING|CANCELLED|PARSE|EXTRACT/);
});

test('a list flag says in plain words how it takes its values', async () => {
  const { stdout } = await runCli(['beta:batch', 'create', '--help']);
  expect(stdout).not.toContain('a list of a');
  expect(stdout.replace(/\s+/g, ' ')).toContain(
    '--item-ids <values...> The items to process, instead of a whole directory (one or more values separated by spaces, each a string)',
  );
});

test("a description's single line breaks are soft: the paragraph is wrapped as one", async () => {
  const { stdout } = await runCli(['beta:batch:job-items', 'get-processing-results', '--help']);
  expect(stdout).toContain('configuration, and where its output was written.');
});

test('the root list of every command wraps its summaries within 80 columns', async () => {
  const { stdout } = await runCli(['--help']);
  for (const line of stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  expect(stdout).toMatch(/^ {2}batches wait +Wait until the batch completes,\n +fails or is cancelled$/m);
});
