import { execFile, execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { checkSpecChangeset, specDiff } from '../src/commands.js';
import { captureIo, fixture, tempRepo } from './helpers/git-repo.js';

const repos: ReturnType<typeof tempRepo>[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

function repoWithSpec(spec = fixture('base')) {
  const repo = tempRepo();
  repos.push(repo);
  repo.write('spec/openapi.yaml', spec);
  repo.commit('spec');
  return repo;
}

const changeset = (bump: string) => `---\n"@llamacloud-batch/types": ${bump}\n---\n\nSpec change.\n`;

describe('spec:diff', () => {
  test('on main with uncommitted edits, compares with HEAD and exits 1 on a breaking change', async () => {
    const repo = repoWithSpec();
    repo.write('spec/openapi.yaml', fixture('parameter-removed'));
    const { io, out, err } = captureIo();
    expect(await specDiff([], repo.dir, io)).toBe(1);
    expect(err()).toContain('merge base with main');
    expect(out()).toMatch(/^breaking\s+GET \/jobs\s+query parameter `limit` removed$/m);
    expect(err()).toContain('pnpm changeset');
  });

  test('on a branch, defaults to the merge base with main, so committed branch work counts', async () => {
    const repo = repoWithSpec();
    repo.git('checkout', '--quiet', '-b', 'feature');
    repo.write('spec/openapi.yaml', fixture('endpoint-added'));
    repo.commit('add endpoint');
    const { io, out } = captureIo();
    expect(await specDiff([], repo.dir, io)).toBe(0);
    expect(out()).toMatch(/^non-breaking\s+GET \/jobs\/\{id\}\s+new endpoint$/m);
  });

  test('an explicit base ref: HEAD~1 shows the last commit', async () => {
    const repo = repoWithSpec();
    repo.write('spec/openapi.yaml', fixture('response-field-type-changed'));
    repo.commit('change type');
    const clean = captureIo();
    expect(await specDiff([], repo.dir, clean.io)).toBe(0);
    expect(clean.out()).toBe('no changes');
    expect(clean.err()).toContain('HEAD~1');
    const last = captureIo();
    expect(await specDiff(['HEAD~1'], repo.dir, last.io)).toBe(1);
    expect(last.out()).toContain('response field `items[].total` changed type from integer to string');
  });

  test.each([[['a', 'b']], [['--bogus']]])('usage error for %j', async (args) => {
    const { io, err } = captureIo();
    expect(await specDiff(args, repoWithSpec().dir, io)).toBe(2);
    expect(err()).toContain('usage: pnpm spec:diff');
  });

  // [what is broken, the edit, the error after `spec/openapi.yaml:<line>:<col>: `]
  const broken: [string, (spec: string) => string, RegExp][] = [
    [
      'a duplicate key',
      (spec) => spec.replace('paths:\n', 'info: {title: u, version: 2.0.0}\npaths:\n'),
      /Map keys must be unique/,
    ],
    ['a YAML syntax error', (spec) => `${spec}  bad: [\n`, /invalid YAML: .+/],
  ];
  test.each(broken)('a working copy with %s is one error naming file, line and what', async (_name, edit, what) => {
    const repo = repoWithSpec();
    repo.write('spec/openapi.yaml', edit(fixture('base')));
    const error = await specDiff([], repo.dir, captureIo().io).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/^spec\/openapi\.yaml:\d+:\d+: invalid YAML: /);
    expect(message).toMatch(what);
    expect(message).not.toContain('\n');
  });

  test('an unknown ref is an error that names it', async () => {
    await expect(specDiff(['nope'], repoWithSpec().dir, captureIo().io)).rejects.toThrow('`nope`');
  });
});

describe('spec changeset check (CI)', () => {
  const noEnv = {};
  const check = (repo: { dir: string }, args: string[] = [], env: NodeJS.ProcessEnv = noEnv) => {
    const captured = captureIo();
    return checkSpecChangeset(args, repo.dir, captured.io, env).then((code) => ({
      code,
      text: `${captured.out()}\n${captured.err()}`,
    }));
  };

  test('on main itself, judges the uncommitted edits (merge base is HEAD)', async () => {
    const repo = repoWithSpec();
    expect(await check(repo)).toMatchObject({ code: 0, text: expect.stringContaining('merge base with main') });
    repo.write('spec/openapi.yaml', fixture('response-field-removed'));
    expect((await check(repo)).code).toBe(1);
    repo.write('.changeset/uncommitted.md', changeset('major'));
    expect((await check(repo)).code).toBe(0);
  });

  test('passes when the spec did not change on the branch', async () => {
    const repo = repoWithSpec();
    repo.git('checkout', '--quiet', '-b', 'feature');
    repo.write('README.md', 'hello\n');
    repo.commit('docs');
    expect((await check(repo)).code).toBe(0);
  });

  const changesets: Record<string, string | null> = {
    'no changeset': null,
    'types minor': changeset('minor'),
    'types major': changeset('major'),
    'cli major only': `---\n"@llamacloud-batch/cli": major\n---\n\nWrong package.\n`,
  };
  // [spec after the commit, changeset committed with it, exit code, what the output must say]
  const cases: [string, keyof typeof changesets, number, string][] = [
    ['response-field-added', 'no changeset', 1, 'Run `pnpm changeset`'],
    ['response-field-added', 'types minor', 0, 'announced'],
    ['response-field-removed', 'types minor', 1, 'only minor'],
    ['response-field-removed', 'types major', 0, 'announced'],
    ['response-field-removed', 'cli major only', 1, 'no changeset bumps'],
  ];
  test.each(cases)('a branch with spec %s and %s exits %i', async (spec, label, code, words) => {
    const repo = repoWithSpec();
    repo.git('checkout', '--quiet', '-b', 'feature');
    repo.write('spec/openapi.yaml', fixture(spec));
    const text = changesets[label];
    if (text !== null && text !== undefined) repo.write('.changeset/brave-spec-change.md', text);
    repo.commit('spec change');
    const { code: exit, text: output } = await check(repo);
    expect(exit).toBe(code);
    expect(output).toContain(words);
    expect(output).toContain('merge base with main');
  });

  test('a breaking change in an earlier commit of the branch still needs its major (HEAD~1 missed it)', async () => {
    const repo = repoWithSpec();
    repo.git('checkout', '--quiet', '-b', 'feature');
    repo.write('spec/openapi.yaml', fixture('response-field-removed'));
    repo.commit('breaking spec change');
    repo.write('README.md', 'docs\n');
    repo.commit('docs');
    expect(await check(repo)).toMatchObject({ code: 1, text: expect.stringContaining('no changeset bumps') });
    expect((await check(repo, ['HEAD~1'])).code).toBe(0);
  });

  test('a changeset from an earlier commit of the branch announces a later spec change', async () => {
    const repo = repoWithSpec();
    repo.git('checkout', '--quiet', '-b', 'feature');
    repo.write('.changeset/planned.md', changeset('major'));
    repo.commit('release note first');
    repo.write('spec/openapi.yaml', fixture('response-field-removed'));
    repo.commit('then the breaking change');
    expect(await check(repo)).toMatchObject({ code: 0, text: expect.stringContaining('announced') });
    expect((await check(repo, ['HEAD~1'])).code).toBe(1);
  });

  test('a changeset already on main does not announce a newer spec change', async () => {
    const repo = repoWithSpec();
    repo.write('.changeset/old.md', changeset('major'));
    repo.commit('older release note');
    repo.git('checkout', '--quiet', '-b', 'feature');
    repo.write('spec/openapi.yaml', fixture('response-field-removed'));
    repo.commit('spec change');
    expect((await check(repo)).code).toBe(1);
  });

  test('in a clone, commits on local main are judged against origin/main', async () => {
    const upstream = repoWithSpec();
    const clone = tempRepo();
    repos.push(clone);
    clone.git('remote', 'add', 'origin', upstream.dir);
    clone.git('fetch', '--quiet', 'origin');
    clone.git('reset', '--quiet', '--hard', 'origin/main');
    clone.write('spec/openapi.yaml', fixture('response-field-removed'));
    clone.commit('breaking spec change on local main');
    expect(await check(clone)).toMatchObject({ code: 1, text: expect.stringContaining('merge base with origin/main') });
  });

  describe('the target branch', () => {
    /** main moved on after `release` was cut; the feature branch targets release. */
    function releaseRepo() {
      const repo = repoWithSpec();
      repo.git('branch', 'release');
      repo.write('spec/openapi.yaml', fixture('response-field-removed'));
      repo.write('.changeset/main-only.md', changeset('major'));
      repo.commit('breaking change on main, announced there');
      repo.git('checkout', '--quiet', '-b', 'hotfix', 'release');
      repo.write('spec/openapi.yaml', fixture('response-field-added'));
      repo.write('.changeset/hotfix.md', changeset('minor'));
      repo.commit('addition on the release line');
      return repo;
    }

    test('defaults to main: the hotfix is compared with where it left main', async () => {
      const repo = releaseRepo();
      expect(await check(repo)).toMatchObject({ code: 0, text: expect.stringContaining('merge base with main') });
    });

    test.each([
      ['--base release', ['--base', 'release'], noEnv],
      ['--base=release', ['--base=release'], noEnv],
      ['$SPEC_BASE_BRANCH', [], { SPEC_BASE_BRANCH: 'release' }],
      ['$GITHUB_BASE_REF', [], { GITHUB_BASE_REF: 'release' }],
    ] as [string, string[], NodeJS.ProcessEnv][])('%s picks the release branch', async (_name, args, env) => {
      const repo = releaseRepo();
      expect(await check(repo, args, env)).toMatchObject({
        code: 0,
        text: expect.stringContaining('merge base with release'),
      });
      // A breaking edit on top needs a major on this branch: main's major changeset does not count.
      repo.write('spec/openapi.yaml', fixture('parameter-removed'));
      expect((await check(repo, args, env)).code).toBe(1);
    });

    test('--base wins over the environment', async () => {
      const repo = releaseRepo();
      const { text } = await check(repo, ['--base', 'main'], { SPEC_BASE_BRANCH: 'release' });
      expect(text).toContain('merge base with main');
    });

    test('a named target that is not here is an error; a missing default main skips', async () => {
      const repo = repoWithSpec();
      expect(await check(repo, ['--base', 'nope'])).toMatchObject({ code: 2, text: expect.stringContaining('`nope`') });
      expect((await check(repo, [], { SPEC_BASE_BRANCH: 'nope' })).code).toBe(2);
      repo.git('branch', '-m', 'trunk');
      expect(await check(repo)).toMatchObject({ code: 0, text: expect.stringContaining('skipped') });
    });

    test('usage errors exit 2; --help prints the usage', async () => {
      const repo = repoWithSpec();
      expect((await check(repo, ['--base'])).code).toBe(2);
      expect((await check(repo, ['--nope'])).code).toBe(2);
      expect((await check(repo, ['--base', 'main', 'HEAD'])).code).toBe(2);
      expect(await check(repo, ['--help'])).toMatchObject({ code: 0, text: expect.stringContaining('merge base') });
    });
  });
});

describe('the spec:diff process', () => {
  const packageDir = resolve(import.meta.dirname, '..');
  // `pnpm spec:diff` compiles, then runs the compiled bin; so does this (incremental, well under a second).
  beforeAll(() => {
    execFileSync(
      process.execPath,
      [resolve(packageDir, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      {
        cwd: packageDir,
      },
    );
  });

  test.each([
    ['a duplicate key', (spec: string) => spec.replace('paths:\n', 'info: {title: u, version: 2.0.0}\npaths:\n')],
    ['a YAML syntax error', (spec: string) => `${spec}  bad: [\n`],
  ])('answers %s with exit 2 and one line on stderr, no stack trace', async (_name, edit) => {
    const repo = repoWithSpec();
    repo.write('spec/openapi.yaml', edit(fixture('base')));
    const failure = await promisify(execFile)(process.execPath, [resolve(packageDir, 'dist/bin/spec-diff.js')], {
      cwd: repo.dir,
    }).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stdout).toBe('');
    expect(failure?.stderr).toMatch(/^spec:diff: spec\/openapi\.yaml:\d+:\d+: invalid YAML: [^\n]+\n$/);
  });
});
