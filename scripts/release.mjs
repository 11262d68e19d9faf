#!/usr/bin/env node
/**
 * `pnpm release`: `changeset version` (bumps, per-package CHANGELOG.md, internal ranges), a build,
 * then each public package packed by pnpm (which writes real ranges for `workspace:*`), its tarball
 * size printed, and the tarball published with npm to the registry in the npm config. Private
 * packages (testing, build-tools, spec-tools) are never packed. A version the registry already has
 * is skipped, so a release that failed half-way can be run again.
 *
 *   pnpm release              version, build, pack, publish
 *   pnpm release --dry-run    version, build, pack, `npm publish --dry-run` (nothing leaves)
 *   pnpm release --no-version skip `changeset version` (publish what the manifests say)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--dry-run' && arg !== '--no-version');
if (unknown.length > 0) {
  console.error(`release: unknown argument(s) ${unknown.join(' ')}\nusage: pnpm release [--dry-run] [--no-version]`);
  process.exit(2);
}
const dryRun = args.includes('--dry-run');
const pnpm = ['npx', '-y', JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager];
const run = (command, commandArgs, cwd = root) =>
  execFileSync(command, commandArgs, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
const capture = (command, commandArgs, cwd = root) =>
  execFileSync(command, commandArgs, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Public workspace packages in dependency order (each after the packages it depends on). */
function publicPackages() {
  const all = readdirSync(join(root, 'packages'))
    .map((name) => join(root, 'packages', name))
    .filter((dir) => statSync(join(dir, 'package.json'), { throwIfNoEntry: false }))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .filter((pkg) => pkg.manifest.private !== true);
  const ordered = [];
  const visit = (pkg) => {
    if (ordered.includes(pkg)) return;
    for (const dep of Object.keys(pkg.manifest.dependencies ?? {})) {
      const internal = all.find((other) => other.manifest.name === dep);
      if (internal) visit(internal);
    }
    ordered.push(pkg);
  };
  for (const pkg of all) visit(pkg);
  return ordered;
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

if (!args.includes('--no-version')) {
  console.log('== changeset version');
  run(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version']);
}
console.log('== build');
run(join(root, 'node_modules/.bin/turbo'), ['run', 'build', '--output-logs=errors-only']);

const out = mkdtempSync(join(tmpdir(), 'llamacloud-release-'));
try {
  const packed = [];
  for (const { dir, manifest } of publicPackages()) {
    const before = new Set(readdirSync(out));
    capture(pnpm[0], [...pnpm.slice(1), 'pack', '--pack-destination', out], dir);
    const tarball = join(
      out,
      readdirSync(out).find((file) => !before.has(file)),
    );
    const inside = JSON.parse(capture('tar', ['-xzOf', tarball, 'package/package.json']));
    const ranges = { ...inside.dependencies, ...inside.peerDependencies, ...inside.optionalDependencies };
    const leftover = Object.entries(ranges).filter(([, range]) => String(range).startsWith('workspace:'));
    if (leftover.length > 0) throw new Error(`${manifest.name}: packed with ${leftover.map((e) => e.join('@'))}`);
    const files = capture('tar', ['-tzf', tarball]).trim().split('\n');
    const tests = files.filter((file) => /(^|\/)(test|bench)\/|\.(test|bench)\.[cm]?[jt]s$/.test(file));
    if (tests.length > 0) throw new Error(`${manifest.name}: the tarball ships tests: ${tests.join(', ')}`);
    packed.push({ name: inside.name, version: inside.version, tarball, files: files.length });
  }
  console.log('== tarballs');
  for (const pkg of packed) {
    const size = statSync(pkg.tarball).size;
    console.log(`${`${pkg.name}@${pkg.version}`.padEnd(36)} ${kB(size).padStart(9)}  ${pkg.files} files`);
  }
  console.log(`== publish${dryRun ? ' (dry run)' : ''}`);
  for (const pkg of packed) {
    const id = `${pkg.name}@${pkg.version}`;
    if (!dryRun) {
      let published = '';
      try {
        published = capture('npm', ['view', id, 'version']).trim();
      } catch {
        // Not there yet (npm view fails with E404 for an unknown package).
      }
      if (published === pkg.version) {
        console.log(`${id}: already in the registry, skipped`);
        continue;
      }
    }
    capture('npm', ['publish', pkg.tarball, '--access', 'public', ...(dryRun ? ['--dry-run'] : [])]);
    console.log(`${id}: ${dryRun ? 'would be published' : 'published'}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
