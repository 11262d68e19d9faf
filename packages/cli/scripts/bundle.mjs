// Bundles the CLI entry into one CommonJS file, dist/bundle/main.cjs, with esbuild, so that
// `llamacloud-prod` starts close to a bare `node`: Node 20 loads one CommonJS file ~10 ms faster than
// the same code as ES modules (the ESM loader's per-module resolve/link work; measured by
// `pnpm bench`, cold start). CommonJS cannot be split, so the list command is in the same file; only
// dependencies that few runs need stay outside, required when asked for: yaml (--format yaml),
// undici (a proxy variable is set) and @bomb.sh/tab (shell completion). What every bin's bundle
// shares (format, the loader beside it) is in @llamacloud-batch/build-tools' bundleBin.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN_BUILD, bundleBin } from '@llamacloud-batch/build-tools/bundle-bin';
// The spec's tables keyed by operation as one JSON file per group beside the bundle, read on demand.
import { lazyModel } from '@llamacloud-batch/build-tools/lazy-model';
// The client's generated validators as side files beside the bundle.
import { validatorSideFiles } from '@llamacloud-batch/build-tools/validator-side-files';
import { build } from 'esbuild';

/**
 * commander requires node:child_process at load for executable subcommands, which this CLI never
 * uses: loading it (and the net/stream modules under it) is ~4 ms of every start. A stub stands in
 * and throws if it is ever reached.
 */
const withoutChildProcess = {
  name: 'without-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, () => ({ path: 'child_process', namespace: 'stub' }));
    build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: `const unavailable = () => { throw new Error('llamacloud-prod runs no subprocesses (node:child_process is not bundled)'); };
module.exports = { spawn: unavailable, spawnSync: unavailable, execFile: unavailable, fork: unavailable };`,
      loader: 'js',
    }));
  },
};

await bundleBin(new URL('..', import.meta.url), {
  plugins: [withoutChildProcess, validatorSideFiles('dist/bundle', 'node20'), lazyModel('dist/bundle')],
  external: ['yaml', 'undici', '@bomb.sh/tab'],
});

// Shell completion without building the program: complete.cjs (tab bundled in) answers a TAB from
// completion data written here, from the program itself — root.json and one file per top-level
// command (src/complete-main.ts) — so one TAB reads its command's part only.
const { buildProgram } = await import('../dist/program.js');
const { completionTreeOf } = await import('../dist/completion.js');
const { completionFiles } = await import('../dist/complete-main.js');
const unused = async () => {
  throw new Error('not run at build time');
};
const program = buildProgram('0.0.0', { operation: unused, wait: unused, run: unused }, ['complete']);
const completionDir = fileURLToPath(new URL('../dist/bundle/completion/', import.meta.url));
mkdirSync(completionDir, { recursive: true });
for (const [file, text] of Object.entries(completionFiles(completionTreeOf(program)))) {
  writeFileSync(join(completionDir, file), text);
}
/**
 * tab imports node:assert, for one check (that a script's shell is one it knows), which `complete`
 * never reaches; loading node:assert is most of what a TAB costs beyond a bare node. A plain
 * function stands in: the same call, the same failure.
 */
const lightAssert = {
  name: 'light-assert',
  setup(build) {
    build.onResolve({ filter: /^(node:)?assert$/ }, () => ({ path: 'assert', namespace: 'light-assert' }));
    build.onLoad({ filter: /.*/, namespace: 'light-assert' }, () => ({
      contents: `module.exports = function assert(value, message) {
  if (!value) throw Object.assign(new Error(message ?? 'Assertion failed'), { code: 'ERR_ASSERTION' });
};`,
      loader: 'js',
    }));
  },
};
/**
 * tab's shell scripts (one module of its dist, ~30 kB) are for `completion <shell>`, which the main
 * bundle serves; `complete` only parses. Stand-ins that throw take their place in complete.cjs, so a
 * TAB does not load them (a tab release that moves them fails this build: its exports differ).
 */
const withoutScripts = {
  name: 'without-completion-scripts',
  setup(build) {
    build.onLoad({ filter: /[\\/]@bomb\.sh[\\/]tab[\\/]dist[\\/]powershell-[\w-]+\.mjs$/ }, () => ({
      contents: `const script = () => { throw new Error('complete.cjs writes no completion script: run llamacloud-prod completion <shell>'); };
export { script as i, script as n, script as r, script as t };`,
      loader: 'js',
    }));
  },
};
await build({
  entryPoints: { complete: 'src/complete-main.ts' },
  plugins: [lightAssert, withoutScripts],
  outdir: 'dist/bundle',
  ...BIN_BUILD,
});
