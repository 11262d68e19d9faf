/**
 * `llamacloud-prod completion bash|zsh|fish`, tried in the real shells: bash completes through its
 * COMP_WORDS protocol, fish through `complete -C`, zsh loads the script after compinit. The values
 * expected come from the generated operation model, so a new enum value must complete too.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { operationModel, type ParameterMeta } from '@llamacloud-batch/types';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { run } from '../src/main.js';
import { commandPath } from '../src/operation-commands.js';
import { FORMATS } from '../src/output/formats.js';
import { BIN, cleanEnv, lines, runCli } from './helpers/cli.js';

const list = operationModel['beta.batch.list'];
const parameters: readonly ParameterMeta[] = list.parameters;
const enumOf = (name: string) => parameters.find((parameter) => parameter.name === name)?.enum?.map(String) ?? [];
const STATUSES = enumOf('status');
const JOB_TYPES = enumOf('job_type');
const GROUPS = [...new Set(Object.values(operationModel).map((operation) => commandPath(operation.group ?? '')))];

const BASH_COMPLETION = '/usr/share/bash-completion/bash_completion';

function installed(shell: string): boolean {
  return spawnSync(shell, ['-c', 'exit 0']).status === 0;
}

/** CI installs every shell (.ci/run), so there a missing one fails; elsewhere its tests are skipped. */
function testIn(present: boolean) {
  return present || process.env.CI ? test : test.skip.bind(test);
}

/** Fails with what to install, when CI lacks it. */
function expectInstalled(what: string, present: boolean): void {
  expect(present, `${what} is not installed (Debian: apt-get install -y zsh fish bash-completion)`).toBe(true);
}

let home: string;
beforeAll(() => {
  // A PATH entry with `llamacloud-prod` on it, as an installed bin would be, and a HOME shells may write to.
  home = mkdtempSync(join(tmpdir(), 'llamacloud-completion-'));
  const shim = join(home, 'bin', 'llamacloud-prod');
  spawnSync('mkdir', ['-p', join(home, 'bin')]);
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** Runs `shell` with `args`; `llamacloud-prod` is on the PATH unless `onPath` is false (an alias must stand in). */
function runShell(
  shell: string,
  args: string[],
  { onPath = true, cwd = home }: { onPath?: boolean; cwd?: string } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = cleanEnv({ HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.data') });
  if (onPath) env.PATH = `${join(home, 'bin')}:${env.PATH}`;
  return new Promise((resolve, reject) => {
    const child = spawn(shell, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the completion command', () => {
  test('prints a script for each shell, naming the program', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const result = await runCli(['completion', shell]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      // zsh asks through the alias's text when there is one (`${aliases[llamacloud-prod]:-llamacloud-prod}`).
      expect(result.stdout).toMatch(/llamacloud-prod(\})? complete --/);
    }
  });

  test('run(argv, io) writes the script and the candidates to io.stdout, not the process’s', async () => {
    const written: string[] = [];
    const io = {
      stdout: new Writable({
        write(chunk: Buffer, _encoding, done) {
          written.push(chunk.toString());
          done();
        },
      }),
      stderr: process.stderr,
      env: {},
      signal: new AbortController().signal,
    };
    const log = vi.spyOn(console, 'log');
    expect(await run(['completion', 'bash'], io)).toBe(0);
    expect(await run(['complete', '--', 'beta:batch', 'list', '--status', ''], io)).toBe(0);
    expect(log).not.toHaveBeenCalled();
    log.mockRestore();
    expect(written[0]).toContain('complete -F __llamacloud_prod_complete_words llamacloud-prod');
    expect(written[1]).toBe(`${STATUSES.map((status) => `${status}\t`).join('\n')}\n:4\n`);
  });

  test('an unknown shell is a usage error', async () => {
    const result = await runCli(['completion', 'tcsh']);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([
      "llamacloud-prod: command-argument value 'tcsh' is invalid for argument 'shell'. Allowed choices are bash, zsh, fish.",
    ]);
  });

  test('root help lists completion, not the hidden complete command', async () => {
    const { stdout } = await runCli(['--help']);
    expect(stdout).toMatch(/^ {2}completion <shell> +Print the shell completion script/m);
    expect(stdout).not.toMatch(/^ {2}complete\b(?!ion)/m);
  });

  test('candidates are one line each (value, tab, description), then the directive', async () => {
    const result = await runCli(['complete', '--', '']);
    expect(result.code).toBe(0);
    const output = lines(result.stdout);
    expect(output.at(-1)).toBe(':4');
    const values = output.slice(0, -1).map((line) => line.split('\t')[0]);
    expect(values).toEqual([...GROUPS, 'completion', 'help']);
    for (const line of output.slice(0, -1)) expect(line).toMatch(/^[^\t\s]+\t[^\t]*$/);
  });
});

describe('one TAB, one process: the bin answers from the completion data, as the program does', () => {
  /** What `complete -- <words>` prints when the program is built (run() in this process). */
  async function fromProgram(words: string[]): Promise<string> {
    let text = '';
    const io = {
      stdout: new Writable({
        write(chunk: Buffer, _encoding, done) {
          text += chunk.toString();
          done();
        },
      }),
      stderr: process.stderr,
      env: {},
      signal: new AbortController().signal,
    };
    expect(await run(['complete', '--', ...words], io)).toBe(0);
    return text;
  }

  test.each([
    [''],
    ['be'],
    ['beta:batch', ''],
    ['beta:batch', 'li'],
    ['beta:batch', 'list', '--'],
    ['beta:batch', 'list', '--status', ''],
    ['beta:batch', 'list', '--job-type', 'p'],
    ['beta:batch', 'list', '--format', ''],
    ['--format', ''],
    ['--format', 'json', 'beta:batch', 'get'],
    ['beta:batch:job-items', 'list', '--st'],
    ['batches', ''],
    ['batches', 'run', '--'],
    ['completion', ''],
    ['help', ''],
    ['no-such-command', ''],
  ])('%j', async (...words) => {
    const result = await runCli(['complete', '--', ...words]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(await fromProgram(words));
  });
});

/** `line` split into words as bash does: at blanks, and at each `:` and `=` (COMP_WORDBREAKS), kept as words. */
function bashWords(line: string): string[] {
  return line.split(/\s+/).flatMap((word) => {
    const parts = word.split(/([:=])/);
    // An empty word stays (the one being completed after a blank); empty pieces around separators go.
    return parts.length === 1 ? parts : parts.filter(Boolean);
  });
}

/** Runs the registered completion function as bash would on TAB at the end of `line`; returns COMPREPLY. */
async function bashComplete(line: string, withBashCompletion: boolean): Promise<string[]> {
  const words = bashWords(line);
  const quoted = words.map((word) => `'${word}'`).join(' ');
  const script = [
    withBashCompletion ? `source ${BASH_COMPLETION}` : '',
    'source <(llamacloud-prod completion bash)',
    `COMP_LINE='${line}'; COMP_POINT=\${#COMP_LINE}; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}`,
    'fn=$(complete -p llamacloud-prod | sed -E "s/.*-F ([^ ]+) .*/\\1/")',
    // compopt complains when not called by readline itself; the candidates are what counts.
    '"$fn" 2>/dev/null',
    `printf '%s\\n' "\${COMPREPLY[@]}"`,
  ].join('\n');
  const result = await runShell('bash', ['--norc', '--noprofile', '-c', script]);
  expect(result.stderr).toBe('');
  return lines(result.stdout);
}

describe('bash', () => {
  test('sourcing the script registers it (twice, quietly)', async () => {
    const result = await runShell('bash', [
      '--norc',
      '--noprofile',
      '-c',
      'source <(llamacloud-prod completion bash); source <(llamacloud-prod completion bash); complete -p llamacloud-prod',
    ]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('complete -F __llamacloud_prod_complete_words llamacloud-prod\n');
  });

  const hasBashCompletion = existsSync(BASH_COMPLETION);
  describe.each([
    ['without bash-completion', false, test],
    ['with bash-completion', true, testIn(hasBashCompletion)],
  ])('%s', (_label, withBashCompletion, bashTest) => {
    bashTest.each([
      ['--status offers the spec’s statuses', 'llamacloud-prod beta:batch list --status ', STATUSES],
      ['--status r', 'llamacloud-prod beta:batch list --status r', STATUSES.filter((value) => value.startsWith('r'))],
      ['--job-type', 'llamacloud-prod beta:batch list --job-type ', JOB_TYPES],
      ['--format', 'llamacloud-prod beta:batch list --format ', [...FORMATS]],
      ['a flag name', 'llamacloud-prod beta:batch list --sta', ['--status']],
      [
        // bash replaces only what follows the last ':', so the candidates must drop `beta:`.
        'beta:b completes past the colon',
        'llamacloud-prod beta:b',
        GROUPS.filter((group) => group.startsWith('beta:b')).map((group) => group.slice('beta:'.length)),
      ],
      ['a command of a group', 'llamacloud-prod beta:batch li', ['list']],
      ['completion’s shells', 'llamacloud-prod completion ', ['bash', 'zsh', 'fish']],
    ])('%s', async (_name, line, expected) => {
      if (withBashCompletion) expectInstalled('bash-completion', hasBashCompletion);
      expect(expected.length).toBeGreaterThan(0);
      expect(await bashComplete(line, withBashCompletion)).toEqual(expected);
    });
  });
});

describe('zsh', () => {
  const hasZsh = installed('zsh');
  testIn(hasZsh)('the script loads after compinit and registers _llamacloud-prod', async () => {
    expectInstalled('zsh', hasZsh);
    const result = await runShell('zsh', [
      '-f',
      '-c',
      'autoload -Uz compinit && compinit -u -D && source <(llamacloud-prod completion zsh) && print -r -- $_comps[llamacloud-prod] && (( $+functions[_llamacloud-prod] ))',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('_llamacloud-prod\n');
  });
});

/** The README's alias: the bin through node, by its path. */
const README_ALIAS = `alias llamacloud-prod="${process.execPath} ${BIN}"`;

/**
 * Types `line` and TAB into an interactive zsh on a pseudo-terminal (zsh/zpty) after `setup`, then a
 * key bound to a widget that writes the edited line to a file: the line as TAB left it.
 */
async function zshComplete(line: string, setup: string, onPath: boolean): Promise<string> {
  const out = join(home, `zsh-line-${Math.random().toString(36).slice(2)}`);
  const driver = [
    'zmodload zsh/zpty',
    'zpty z zsh -f -i',
    `zpty -w z ${shellQuote(`${setup}; dump() { print -r -- "$BUFFER" > ${out}; exit }; zle -N dump; bindkey '^X' dump`)}`,
    `zpty -w -n z ${shellQuote(line)}$'\t\x18'`,
    `for i in {1..200}; do [[ -s ${out} ]] && break; sleep 0.1; done`,
    'zpty -d z',
    `cat ${out}`,
  ].join('\n');
  const result = await runShell('zsh', ['-f', '-c', driver], { onPath, cwd: join(home, 'files') });
  expect(result.stderr).toBe('');
  return result.stdout.replace(/\n$/, '');
}

const shellQuote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

describe('zsh through the README’s alias (zsh expands aliases before completing)', () => {
  const hasZsh = installed('zsh');
  const compinit = 'autoload -Uz compinit && compinit -u -D';
  const sourced = 'source <(llamacloud-prod completion zsh)';
  // A status with a prefix no other status has, so TAB completes it whole.
  const status = STATUSES.find((value) => STATUSES.filter((other) => other.startsWith(value.slice(0, 2))).length === 1);
  beforeAll(() => {
    spawnSync('mkdir', ['-p', join(home, 'files')]);
    writeFileSync(join(home, 'files', 'only-file.js'), '');
  });

  testIn(hasZsh).each([
    ['a subcommand', 'llamacloud-prod beta:batch li', 'llamacloud-prod beta:batch list '],
    [
      'an enum value',
      `llamacloud-prod beta:batch list --status ${status?.slice(0, 2)}`,
      `llamacloud-prod beta:batch list --status ${status} `,
    ],
  ])('%s', async (_name, line, expected) => {
    expectInstalled('zsh', hasZsh);
    expect(status).toBeDefined();
    expect(await zshComplete(line, `${compinit}; ${README_ALIAS}; ${sourced}`, false)).toBe(expected);
  });

  testIn(hasZsh)('with complete_aliases set too', async () => {
    expectInstalled('zsh', hasZsh);
    const setup = `setopt complete_aliases; ${compinit}; ${README_ALIAS}; ${sourced}`;
    expect(await zshComplete('llamacloud-prod beta:batch li', setup, false)).toBe('llamacloud-prod beta:batch list ');
  });

  testIn(hasZsh)('the command the alias starts with (node) still completes as before', async () => {
    expectInstalled('zsh', hasZsh);
    const setup = `${compinit}; ${README_ALIAS}; ${sourced}`;
    expect(await zshComplete(`${process.execPath} only-f`, setup, false)).toBe(`${process.execPath} only-file.js `);
  });

  testIn(hasZsh)('on the PATH, no alias', async () => {
    expectInstalled('zsh', hasZsh);
    expect(await zshComplete('llamacloud-prod beta:batch li', `${compinit}; ${sourced}`, true)).toBe(
      'llamacloud-prod beta:batch list ',
    );
  });
});

describe('fish', () => {
  const hasFish = installed('fish');
  testIn(hasFish)('the script loads, and --status completes to the spec’s statuses', async () => {
    expectInstalled('fish', hasFish);
    const result = await runShell('fish', [
      '--no-config',
      '-c',
      'llamacloud-prod completion fish | source; and complete -C "llamacloud-prod beta:batch list --status "',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // fish sorts candidates itself.
    expect(lines(result.stdout).sort()).toEqual([...STATUSES].sort());
  });
});
