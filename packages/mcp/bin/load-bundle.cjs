// Loads dist/bundle/main.cjs, reusing V8's compiled code from the previous start: an agent starts
// this server every session, and compiling the bundle's code is ~a fifth of a start (`pnpm bench`).
// Node ≥ 22.1 does it itself (module.enableCompileCache, as TypeScript's bin does); on older Node the
// same is done here with vm.Script's cachedData, kept per user in ~/.cache/llamacloud-mcp (mode 700).
// NODE_DISABLE_COMPILE_CACHE=1 turns both off. Any failure falls back to a plain compile.
'use strict';
const Module = require('node:module');

/** The bundle's exports. */
function loadBundle(file) {
  if (Module.enableCompileCache || process.env.NODE_DISABLE_COMPILE_CACHE) {
    Module.enableCompileCache?.();
    return require(file);
  }
  const fs = require('node:fs');
  const path = require('node:path');
  const vm = require('node:vm');
  const source = fs.readFileSync(file, 'utf8');
  const cacheFile = cachePath(fs, path, file);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {}
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const bundle = { exports: {} };
  const dirname = path.dirname(file);
  script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, dirname);
  if (cachedData === undefined || script.cachedDataRejected) {
    // A second in, the code that start-up and the first requests ran is compiled too, and goes in the cache.
    setTimeout(() => saveCache(fs, path, cacheFile, script), 1000).unref();
  }
  return bundle.exports;
}

/**
 * One file per install, Node version and bundle build (V8 itself checks only the source's length):
 * `<bundle path>--<node version>-<arch>-<size>-<mtime>.v8`, the path flattened and cut to fit a name.
 */
function cachePath(fs, path, file) {
  const { size, mtimeMs } = fs.statSync(file);
  const home = process.env.XDG_CACHE_HOME || path.join(require('node:os').homedir(), '.cache');
  const install = file.replace(/[^A-Za-z0-9.]+/g, '-').slice(-120);
  const build = `${process.version}-${process.arch}-${size}-${Math.round(mtimeMs)}`;
  return path.join(home, 'llamacloud-mcp', `${install}--${build}.v8`);
}

function saveCache(fs, path, cacheFile, script) {
  try {
    const dir = path.dirname(cacheFile);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
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
