/**
 * What `pnpm release` publishes: the public packages packed as pnpm packs them (the tarball
 * `scripts/release.mjs` hands to `npm publish`), read back from the tarball.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
const PUBLIC = ['types', 'client', 'cli', 'mcp'];
const PRIVATE = ['testing', 'build-tools', 'spec-tools'];
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpm = ['-y', rootManifest.packageManager];

test('every workspace package is either published (types, client, cli, mcp) or private', () => {
  expect(readdirSync(join(root, 'packages')).sort()).toEqual([...PUBLIC, ...PRIVATE].sort());
  for (const dir of PRIVATE) expect(manifestOf(dir).private, dir).toBe(true);
  for (const dir of PUBLIC) expect(manifestOf(dir).private, dir).toBeUndefined();
});

test('pnpm release refuses an unknown argument before doing anything', () => {
  const failure = (() => {
    try {
      execFileSync(process.execPath, [join(root, 'scripts/release.mjs'), '--publish-everything'], { stdio: 'pipe' });
    } catch (error) {
      return error as { status: number; stderr: Buffer };
    }
  })();
  expect(failure?.status).toBe(2);
  expect(String(failure?.stderr)).toContain('usage: pnpm release [--dry-run] [--no-version]');
});

describe.each(PUBLIC)('the packed @llamacloud-batch/%s', (dir) => {
  let out: string;
  let files: string[];
  let manifest: Record<string, unknown> & { dependencies?: Record<string, string> };
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'manifest-pack-'));
    execFileSync('npx', [...pnpm, 'pack', '--pack-destination', out], {
      cwd: join(root, 'packages', dir),
      stdio: 'pipe',
    });
    const tarball = join(out, readdirSync(out)[0] as string);
    files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
    manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('says where it comes from (repository, homepage, bugs, license, keywords) and the Node lines CI tests', () => {
    expect(manifest).toMatchObject({
      license: 'MIT',
      repository: { type: 'git', directory: `packages/${dir}`, url: expect.stringMatching(/^git\+https:/) },
      homepage: expect.stringContaining(`packages/${dir}`),
      bugs: { url: expect.stringMatching(/^https:/) },
      keywords: expect.arrayContaining(['llamacloud']),
      publishConfig: { access: 'public' },
      engines: { node: rootManifest.engines.node },
    });
  });

  test('depends on its siblings by a real caret range, not workspace:', () => {
    const internal = Object.entries(manifest.dependencies ?? {}).filter(([name]) => name.startsWith('@llamacloud'));
    for (const [name, range] of internal) {
      expect(range, name).toBe(`^${manifestOf(name.replace('@llamacloud-batch/', '')).version}`);
    }
    expect(JSON.stringify(manifest.dependencies ?? {})).not.toContain('workspace:');
  });

  test('ships no tests, benches, fixtures or build info, and does ship its README', () => {
    expect(files.filter((file) => /\/(test|bench|fixtures)\/|\.(test|bench)\.|tsbuildinfo/.test(file))).toEqual([]);
    expect(files).toContain('package/README.md');
    expect(files).toContain('package/package.json');
  });
});
