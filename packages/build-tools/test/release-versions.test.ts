/**
 * The versions a release after a spec change gets, in a throwaway git repository holding this
 * checkout's HEAD: a first release consumes the pending changesets, then a new optional parameter
 * released with a minor changeset bumps @llamacloud-batch/types minor, and removing it again (a
 * breaking change) is refused by `spec:check-changeset` until the changeset says major, which
 * `changeset version` then turns into a major bump. The client and the CLI follow with a patch and
 * the new range on the types (.changeset/config.json: updateInternalDependencies).
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const CHANGESET_BIN = join(root, 'node_modules/@changesets/cli/bin.js');
const CHECK_BIN = join(root, 'packages/spec-tools/dist/bin/check-spec-changeset.js');
const execFileAsync = promisify(execFile);
const gitIdentity = { GIT_AUTHOR_NAME: 'release test', GIT_AUTHOR_EMAIL: 'release@test.invalid' };
const env = {
  ...process.env,
  ...gitIdentity,
  GIT_COMMITTER_NAME: 'release test',
  GIT_COMMITTER_EMAIL: 'release@test.invalid',
};

let repo: string;

async function run(command: string, args: readonly string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, { cwd: repo, env });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}
const git = (...args: string[]) => run('git', args);
const checkChangeset = (base: string) => run(process.execPath, [CHECK_BIN, base]);
const versionOf = (dir: string) => JSON.parse(readFileSync(join(repo, 'packages', dir, 'package.json'), 'utf8'));
const spec = () => join(repo, 'spec/openapi.yaml');

/** `changeset version`, committed as a release; returns the release commit. */
async function releaseVersions(): Promise<string> {
  const version = await run(process.execPath, [CHANGESET_BIN, 'version']);
  expect(version.code, version.out).toBe(0);
  await git('add', '-A');
  await git('commit', '--quiet', '-m', 'release');
  return (await git('rev-parse', 'HEAD')).out.trim();
}

function writeChangeset(bump: 'patch' | 'minor' | 'major') {
  writeFileSync(
    join(repo, '.changeset/spec-change.md'),
    `---\n"@llamacloud-batch/types": ${bump}\n---\n\nThe list of batch jobs takes include_total.\n`,
  );
}

function bumped(version: string, kind: 'patch' | 'minor' | 'major'): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  if (kind === 'major') return `${major + 1}.0.0`;
  return kind === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

const INCLUDE_TOTAL = [
  '        - name: include_total',
  '          in: query',
  '          required: false',
  '          description: Also compute total_size',
  '          schema:',
  '            type: boolean',
  '      responses:',
  '',
].join('\n');

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'release-versions-'));
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  await git('init', '--quiet');
  // The whole history: changeset version deepens a shallow clone commit by commit to date each changeset.
  await git('fetch', '--quiet', `file://${root}`, head);
  await git('checkout', '--quiet', '-b', 'main', 'FETCH_HEAD');
}, 60_000);

afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

test('a new optional parameter: a minor release of the types; removing it: refused until the changeset says major', async () => {
  const first = await releaseVersions();
  const released = {
    types: versionOf('types').version,
    client: versionOf('client').version,
    cli: versionOf('cli').version,
  };

  const before = readFileSync(spec(), 'utf8');
  const withParameter = before.replace('      responses:\n', INCLUDE_TOTAL);
  expect(withParameter).not.toBe(before);
  writeFileSync(spec(), withParameter);
  const unannounced = await checkChangeset(first);
  expect(unannounced.code, unannounced.out).toBe(1);
  expect(unannounced.out).toMatch(/non-breaking .* new optional query parameter `include_total`/);
  expect(unannounced.out).toContain('no changeset bumps @llamacloud-batch/types');
  expect(unannounced.out).toContain('choose a minor bump');
  writeChangeset('minor');
  const announced = await checkChangeset(first);
  expect(announced.code, announced.out).toBe(0);
  expect(announced.out).toContain('announced: @llamacloud-batch/types minor (needs at least minor)');
  const second = await releaseVersions();
  expect(versionOf('types').version).toBe(bumped(released.types, 'minor'));
  expect(versionOf('client').version).toBe(bumped(released.client, 'patch'));
  expect(versionOf('cli').version).toBe(bumped(released.cli, 'patch'));
  expect(versionOf('client').dependencies['@llamacloud-batch/types']).toBe('workspace:^');

  writeFileSync(spec(), before);
  writeChangeset('minor');
  const tooSmall = await checkChangeset(second);
  expect(tooSmall.code, tooSmall.out).toBe(1);
  expect(tooSmall.out).toMatch(/breaking .* query parameter `include_total` removed/);
  expect(tooSmall.out).toContain('but the changeset bumps @llamacloud-batch/types only minor');
  writeChangeset('major');
  const major = await checkChangeset(second);
  expect(major.code, major.out).toBe(0);
  expect(major.out).toContain('announced: @llamacloud-batch/types major (needs at least major)');
  const minorVersion = versionOf('types').version;
  await releaseVersions();
  expect(versionOf('types').version).toBe(bumped(minorVersion, 'major'));
  expect(readFileSync(join(repo, 'packages/types/CHANGELOG.md'), 'utf8')).toContain(
    `## ${bumped(minorVersion, 'major')}\n\n### Major Changes`,
  );
}, 120_000);
