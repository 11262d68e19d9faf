// Loads a bin's CommonJS bundle, reusing V8's compiled code from the previous start. Compiling the
// bundle is the largest part of a start after Node's own (`pnpm bench`: the CLI's --version 1.5× a
// bare node without it, ~1.2× with it). Node ≥ 22.1 does this itself (module.enableCompileCache, as
// TypeScript's bin does); on older Node (20) the same is done here with vm.Script's cachedData, kept
// per user in $XDG_CACHE_HOME/<name> or ~/.cache/<name> (mode 700, files 600; a folder others can
// write to is not used).
// NODE_DISABLE_COMPILE_CACHE=1 turns both off. Any failure falls back to a plain compile.
//
// One source for the CLI and the MCP server: bundle-bin.mjs copies it beside each bundle. A bundle
// loaded here must not use import() (see lazy-require.mjs).
'use strict';
const Module = require('node:module');

/**
 * The bundle's exports.
 * @param {string} file absolute path of the bundle
 * @param {{ name: string, saveAfterMs?: number }} options `name`: the cache folder; `saveAfterMs`:
 *   write the cache that long after start (a server), else when the process exits (a command).
 */
function loadBundle(file, { name, saveAfterMs }) {
  if (Module.enableCompileCache || process.env.NODE_DISABLE_COMPILE_CACHE) {
    Module.enableCompileCache?.();
    return require(file);
  }
  const fs = require('node:fs');
  const path = require('node:path');
  const vm = require('node:vm');
  const source = fs.readFileSync(file, 'utf8');
  const cacheFile = cachePath(fs, path, file, name);
  let cachedData;
  try {
    if (onlyOurs(fs, path.dirname(cacheFile))) cachedData = fs.readFileSync(cacheFile);
  } catch {}
  // No import hook: on Node 20 it is lost for code that comes from the cache, so the bundles load
  // their lazy dependencies with require() instead (lazy-require.mjs makes sure of it).
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const bundle = { exports: {} };
  const dirname = path.dirname(file);
  script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, dirname);
  if (cachedData === undefined || script.cachedDataRejected) {
    // Saved late, so that the code this run went on to compile (start-up, a first request) is in it too.
    const save = () => saveCache(fs, path, cacheFile, script);
    if (saveAfterMs === undefined) process.once('exit', save);
    else setTimeout(save, saveAfterMs).unref();
  }
  return bundle.exports;
}

/**
 * One file per install, Node version and bundle build (V8 itself checks only the source's length):
 * `<bundle path>--<node version>-<arch>-<size>-<mtime>.v8`, the path flattened and cut to fit a name.
 */
function cachePath(fs, path, file, name) {
  const { size, mtimeMs } = fs.statSync(file);
  const home = process.env.XDG_CACHE_HOME || path.join(process.env.HOME || require('node:os').homedir(), '.cache');
  const install = file.replace(/[^A-Za-z0-9.]+/g, '-').slice(-120);
  const build = `${process.version}-${process.arch}-${size}-${Math.round(mtimeMs)}`;
  return path.join(home, name, `${install}--${build}.v8`);
}

/**
 * The cache is code this process will run: it is read from, and written to, a folder only this user
 * can write to (theirs, not group- or world-writable), never one another user could put a file in.
 */
function onlyOurs(fs, dir) {
  const { uid, mode } = fs.statSync(dir);
  return (process.getuid === undefined || uid === process.getuid()) && (mode & 0o022) === 0;
}

function saveCache(fs, path, cacheFile, script) {
  try {
    const dir = path.dirname(cacheFile);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!onlyOurs(fs, dir)) return;
    // This install's caches of older builds go; other installs' stay.
    const install = `${path.basename(cacheFile).split('--')[0]}--`;
    for (const old of fs.readdirSync(dir)) {
      if (old.startsWith(install) && old.endsWith('.v8')) fs.rmSync(path.join(dir, old), { force: true });
    }
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(temporary, cacheFile); // atomic: a concurrent start reads the old file or the new one
  } catch {
    // No cache this time (read-only home, full disk, …): the next start compiles again.
  }
}

module.exports = { loadBundle };
