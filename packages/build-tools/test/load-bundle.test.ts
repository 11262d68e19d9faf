/**
 * src/load-bundle.cjs, the bins' loader: on Node without module.enableCompileCache (20) it keeps V8's
 * code cache of a bundle per user and build; on Node ≥ 22.1 it turns Node's own compile cache on.
 * Each case runs a small bundle in a new node process, as a bin does — twice at least, since the
 * second run is the one that runs code from the cache (Node 20 once lost import() there).
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type PluginBuild } from 'esbuild';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs module without declarations
import { lazyRequire } from '../src/lazy-require.mjs';

const LOADER = resolve(import.meta.dirname, '../src/load-bundle.cjs');
const hasNodeCache = 'enableCompileCache' in Module;

let root: string;
let cacheHome: string;
let bundle: string;
beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'load-bundle-'));
  cacheHome = join(root, 'cache');
  bundle = join(root, 'main.cjs');
  // What a bin's bundle does: import() a side file and an ES module left outside the bundle, through
  // lazyRequire, and export main().
  writeFileSync(join(root, 'side.cjs'), "module.exports = { side: 'side' };\n");
  writeFileSync(join(root, 'lazy.mjs'), "export const lazy = 'lazy';\n");
  writeFileSync(
    join(root, 'entry.mjs'),
    `export async function main(...args) {
  const { side } = await import('./side.cjs');
  const { lazy } = await import('./lazy.mjs');
  process.stdout.write([side, lazy, __filename === ${JSON.stringify(bundle)}, ...args].join(' ') + '\\n');
}
`,
  );
  await build({
    entryPoints: [join(root, 'entry.mjs')],
    outfile: bundle,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    external: ['./side.cjs', './lazy.mjs'],
    plugins: [lazyRequire()],
    logLevel: 'silent',
  });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('lazyRequire leaves no import() in the bundle, and fails a build that would keep one', async () => {
  const output = readFileSync(bundle, 'utf8');
  expect(output).toContain('require("./side.cjs")');
  expect(output).toContain('require("./lazy.mjs")');
  expect(output).not.toMatch(/\bimport\(/);

  // A plugin ahead of it that marks the import external itself keeps the import() as it is.
  const markedFirst = {
    name: 'first',
    setup: (b: PluginBuild) => b.onResolve({ filter: /lazy/ }, ({ path }) => ({ path, external: true })),
  };
  await expect(
    build({
      entryPoints: [join(root, 'entry.mjs')],
      outfile: join(root, 'other.cjs'),
      bundle: true,
      format: 'cjs',
      platform: 'node',
      external: ['./side.cjs'],
      plugins: [markedFirst, lazyRequire()],
      logLevel: 'silent',
    }),
  ).rejects.toThrow(/still has import\(\) of \.\/lazy\.mjs: a bin's bundle must load it with require\(\)/);
});

/**
 * The loader's own cache is for Node without one of its own (20); these runs take Node's away, so
 * that they test it on every Node the suite runs on.
 */
const WITHOUT_NODE_CACHE = "delete require('node:module').enableCompileCache;";

/** Runs the bundle through the loader in a new node process; resolves to its output. */
function runBundle(env: Record<string, string> = {}, options = "{ name: 'tool' }", prelude = WITHOUT_NODE_CACHE) {
  const script = `${prelude}require(${JSON.stringify(LOADER)}).loadBundle(${JSON.stringify(bundle)}, ${options}).main('ok')`;
  const run = spawnSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: root, XDG_CACHE_HOME: cacheHome, ...env },
    timeout: 30_000,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

const cacheFiles = () => readdirSync(join(cacheHome, 'tool')).map((name) => join(cacheHome, 'tool', name));

describe('its own cache, where Node has none', () => {
  test('writes the cache as the first run exits, per user (700/600), and reuses it untouched', () => {
    expect(runBundle()).toBe('side lazy true ok\n');
    const [file, ...others] = cacheFiles();
    expect(others).toEqual([]);
    const size = statSync(bundle).size;
    expect(file).toMatch(new RegExp(`-main\\.cjs--${process.version}-${process.arch}-${size}-\\d+\\.v8$`));
    expect(statSync(join(cacheHome, 'tool')).mode & 0o777).toBe(0o700);
    expect(statSync(file as string).mode & 0o777).toBe(0o600);

    const written = statSync(file as string).mtimeMs;
    expect(runBundle()).toBe('side lazy true ok\n');
    // Accepted by V8, so not written again.
    expect(cacheFiles()).toEqual([file]);
    expect(statSync(file as string).mtimeMs).toBe(written);
  });

  test('a cache V8 rejects (corrupt, truncated) is compiled past and replaced', () => {
    runBundle();
    const [file] = cacheFiles() as [string];
    writeFileSync(file, 'not a code cache');
    expect(runBundle()).toBe('side lazy true ok\n');
    expect(readFileSync(file).toString()).not.toBe('not a code cache');
  });

  test("a new build of the bundle gets a new cache and the old build's goes", () => {
    runBundle();
    const [old] = cacheFiles();
    appendFileSync(bundle, '// a new build\n');
    expect(runBundle()).toBe('side lazy true ok\n');
    const files = cacheFiles();
    expect(files).toHaveLength(1);
    expect(files[0]).not.toBe(old);
  });

  test('a server saves the cache after saveAfterMs, not only at exit', () => {
    const options = "{ name: 'tool', saveAfterMs: 50 }";
    const script = `${WITHOUT_NODE_CACHE}require(${JSON.stringify(LOADER)}).loadBundle(${JSON.stringify(bundle)}, ${options});
setTimeout(() => { process.stdout.write(String(require('node:fs').readdirSync(${JSON.stringify(join(cacheHome, 'tool'))}).length)); process.kill(process.pid, 'SIGKILL'); }, 500);`;
    const run = spawnSync(process.execPath, ['-e', script], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: cacheHome },
      timeout: 30_000,
    });
    // Killed, so no exit handler ran: the file is there because the timer wrote it.
    expect(run.signal).toBe('SIGKILL');
    expect(run.stdout).toBe('1');
  });

  test('a cache folder others can write to is neither read nor written', () => {
    runBundle();
    const [file] = cacheFiles() as [string];
    chmodSync(join(cacheHome, 'tool'), 0o777);
    // Another user could have put this here: it must not be handed to V8 (nor replaced, which
    // would mean it had been read and rejected).
    writeFileSync(file, 'planted');
    expect(runBundle()).toBe('side lazy true ok\n');
    expect(readFileSync(file, 'utf8')).toBe('planted');
    appendFileSync(bundle, '// a new build\n');
    expect(runBundle()).toBe('side lazy true ok\n');
    expect(cacheFiles()).toEqual([file]);
  });

  test('NODE_DISABLE_COMPILE_CACHE=1 writes nothing; a cache folder it cannot write costs nothing but speed', () => {
    expect(runBundle({ NODE_DISABLE_COMPILE_CACHE: '1' })).toBe('side lazy true ok\n');
    expect(() => readdirSync(cacheHome)).toThrow(/ENOENT/);

    writeFileSync(cacheHome, 'a file where the cache folder would go');
    expect(runBundle()).toBe('side lazy true ok\n');
    rmSync(cacheHome);
    if (process.getuid?.() !== 0) {
      // (root can write anywhere: the read-only case is for everyone else)
      runBundle();
      chmodSync(join(cacheHome, 'tool'), 0o500);
      appendFileSync(bundle, '// a new build\n');
      expect(runBundle()).toBe('side lazy true ok\n');
    }
  });
});

test("uses Node's own compile cache where Node has one (≥ 22.1), its own elsewhere", () => {
  const nodeCache = join(root, 'node-cache');
  expect(runBundle({ NODE_COMPILE_CACHE: nodeCache }, "{ name: 'tool' }", '')).toBe('side lazy true ok\n');
  if (hasNodeCache) {
    expect(readdirSync(nodeCache, { recursive: true }).length).toBeGreaterThan(0);
    expect(() => readdirSync(cacheHome)).toThrow(/ENOENT/);
  } else {
    expect(() => readdirSync(nodeCache)).toThrow(/ENOENT/);
    expect(cacheFiles()).toHaveLength(1);
  }
});
