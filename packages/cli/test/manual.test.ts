/**
 * The CLI manual (docs/*.md and man/*.1, written by scripts/manual.mjs from the built command tree
 * and the operation model) is fresh, complete and renders: every command has both pages naming all
 * its flags and its sample; each man page passes `groff -ww -z -man` without a warning.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { type OperationMeta, operationHelp, operationSamples } from '@llamacloud-batch/types';
import { describe, expect, test } from 'vitest';
import { runCli } from './helpers/cli.js';
import { commandOf, inputFlags, kebab, operations } from './helpers/operations.js';

const packageDir = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8'));
const pageOf = (words: string[]) => ['llamacloud-prod', ...words].join('-').replace(/:/g, '-');
const read = (file: string) => readFileSync(resolve(packageDir, file), 'utf8');

/**
 * Every command of the root help: each of "Every command" (`beta:batch list`), and each entry of
 * "Commands:" that is not a group of those (`completion`).
 */
async function listedCommands(): Promise<string[]> {
  const { stdout } = await runCli(['--help']);
  const every = stdout.slice(stdout.indexOf('Every command'));
  const commands = [...every.matchAll(/^ {2}(\S+(?: [a-z-]+)?)(?= {2,}| *$)/gm)].map((match) => match[1] ?? '');
  const top = stdout.slice(stdout.indexOf('Commands:'), stdout.indexOf('Every command'));
  const groups = new Set(commands.map((command) => command.split(' ')[0]));
  const others = [...top.matchAll(/^ {2}([a-z][\w:-]*)/gm)].map((match) => match[1] ?? '');
  return [...commands, ...others.filter((name) => !groups.has(name) && name !== 'help')];
}

test('scripts/manual.mjs --check: the committed pages and the `man` field are what the CLI generates', async () => {
  const script = resolve(packageDir, 'scripts/manual.mjs');
  const result = await promisify(execFile)(process.execPath, [script, '--check']).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
});

test('every command of the root help has a Markdown page and a man page; package.json ships them', async () => {
  const commands = await listedCommands();
  expect(commands.length).toBeGreaterThanOrEqual(operations.length);
  const names = ['llamacloud-prod', ...commands.map((command) => pageOf(command.split(' ')))];
  for (const name of names) {
    expect(existsSync(resolve(packageDir, `docs/${name}.md`)), `docs/${name}.md`).toBe(true);
    expect(existsSync(resolve(packageDir, `man/${name}.1`)), `man/${name}.1`).toBe(true);
  }
  expect([...manifest.man].sort()).toEqual(names.map((name) => `./man/${name}.1`).sort());
  expect(manifest.files).toEqual(expect.arrayContaining(['docs', 'man']));
  expect(readdirSync(resolve(packageDir, 'man')).length).toBe(names.length);
});

describe.each(operations.map((operation) => [commandOf(operation).join(' '), operation] as const))(
  '%s',
  (_title, operation: OperationMeta) => {
    const name = pageOf(commandOf(operation));
    const help = operationHelp[operation.id as keyof typeof operationHelp];
    const sample = operationSamples[operation.id as keyof typeof operationSamples].cli;

    test.each(['md', '1'])(
      'the .%s page has the synopsis, every flag, the sample, exit codes and environment',
      (ext) => {
        const text = read(ext === 'md' ? `docs/${name}.md` : `man/${name}.1`);
        // roff spells a flag's hyphens \- and starts with its own header comment.
        const plain = ext === 'md' ? text : text.replace(/\\-/g, '-').replace(/\\f[BRI]/g, '');
        expect(text.split('\n')[0]).toMatch(/generated (—|\\\(em) do not edit/);
        expect(plain).toContain(`llamacloud-prod ${commandOf(operation).join(' ')}`);
        expect(plain).toContain(help.summary);
        for (const flag of inputFlags(operation)) expect(plain, flag).toContain(flag);
        for (const line of sample.split('\n')) expect(plain).toContain(line.replace(/\\$/, '').trimEnd());
        for (const heading of ['SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'EXAMPLES', 'EXIT STATUS', 'ENVIRONMENT']) {
          expect(ext === 'md' ? plain.toUpperCase() : plain).toContain(
            ext === 'md' ? `## ${heading}` : `.SH ${heading}`,
          );
        }
        expect(plain).toContain('LLAMA_CLOUD_API_KEY');
      },
    );

    test('each flag with bounds or a default says so on the page', () => {
      const text = read(`docs/${name}.md`);
      for (const parameter of operation.parameters) {
        if (parameter.in === 'cookie') continue;
        // A flag that takes a value is `--name <value>`; a boolean one is the bare `--name`.
        const line = text.split('\n').find((l) => new RegExp(`^- \`--${kebab(parameter.name)}[ \`]`).test(l));
        if (parameter.default !== undefined)
          expect(line, parameter.name).toContain(`Default: ${JSON.stringify(parameter.default)}`);
        for (const value of parameter.enum ?? []) expect(line, parameter.name).toContain(String(value));
        if (parameter.maximum !== undefined) expect(line, parameter.name).toContain(String(parameter.maximum));
      }
    });
  },
);

const groff = spawnSync('groff', ['--version']).status === 0;

test('groff is installed (.ci/run installs it when missing)', () => {
  expect(groff).toBe(true);
});

describe.each(readdirSync(resolve(packageDir, 'man')).filter((file) => file.endsWith('.1')))('man/%s', (file) => {
  test('renders with `groff -ww -z -man` without a warning', () => {
    const result = spawnSync('groff', ['-ww', '-z', '-man', resolve(packageDir, 'man', file)], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
