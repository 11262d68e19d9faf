// Bundles the CLI entry into one CommonJS file, dist/bundle/main.cjs, with esbuild, so that
// `llamacloud-prod` starts close to a bare `node`: Node 20 loads one CommonJS file ~10 ms faster than
// the same code as ES modules (the ESM loader's per-module resolve/link work; measured by
// `pnpm bench`, cold start). CommonJS cannot be split, so the list command is in the same file; only
// dependencies that few runs need stay outside, loaded by `import()` when asked for: yaml (--format
// yaml), undici (a proxy variable is set) and @bomb.sh/tab (shell completion).
import { rmSync } from 'node:fs';
import { copyLoader } from '@llamacloud-batch/build-tools/copy-loader';
import { inlineVersion } from '@llamacloud-batch/build-tools/inline-version';
import { lazyRequire } from '@llamacloud-batch/build-tools/lazy-require';
import { build } from 'esbuild';
// Build tooling shared with the MCP server's bundle: the client's validators as side files.
import { validatorSideFiles } from '../../client/scripts/validator-side-files.mjs';

// Start clean: no files left over from an older layout of the bundle.
rmSync(new URL('../dist/bundle', import.meta.url), { recursive: true, force: true });

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

await build({
  entryPoints: { main: 'src/main.ts' },
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  plugins: [
    lazyRequire(),
    inlineVersion(new URL('../package.json', import.meta.url)),
    withoutChildProcess,
    validatorSideFiles('dist/bundle', 'node20'),
  ],
  external: ['yaml', 'undici', '@bomb.sh/tab'],
  logLevel: 'warning',
  // The client's code-split chunks import each other bare to keep evaluation order; all are side-effect free.
  logOverride: { 'ignored-bare-import': 'silent' },
});

copyLoader(new URL('../dist/bundle/', import.meta.url));
