// How a bin (the CLI, the MCP server) is bundled: src/main.ts into one CommonJS file,
// dist/bundle/main.cjs, with esbuild, and the loader that runs it (load-bundle.cjs) copied beside it.
// One place for what the loader needs of a bundle: CommonJS, no import() of anything left outside it
// (lazyRequire), the package's version as a literal (no package.json read at start-up).
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { lazyRequire } from './lazy-require.mjs';

/** What every CommonJS file of a bin is built with (the bin's bundle, and any small entry beside it). */
export const BIN_BUILD = {
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  logLevel: 'warning',
};

/**
 * Bundles the bin of the package at `packageDir` (a file URL ending in `/`), starting from a clean
 * dist/bundle/. `plugins` and `external` are the package's own, after the shared plugins.
 * @param {URL} packageDir
 * @param {{ plugins?: import('esbuild').Plugin[], external?: string[] }} [options]
 */
export async function bundleBin(packageDir, { plugins = [], external = [] } = {}) {
  const outdir = new URL('dist/bundle/', packageDir);
  // Start clean: no files left over from an older layout of the bundle.
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { main: fileURLToPath(new URL('src/main.ts', packageDir)) },
    outdir: fileURLToPath(outdir),
    ...BIN_BUILD,
    sourcemap: 'linked',
    // The client's own modules rather than its bundle (which carries a copy of the types package's
    // model): one copy of the model in the bin, shared by the bin's code and the client.
    conditions: ['llamacloud-unbundled'],
    plugins: [lazyRequire(), inlineVersion(new URL('package.json', packageDir)), ...plugins],
    external,
    // The client's code-split chunks import each other bare to keep evaluation order; all are side-effect free.
    logOverride: { 'ignored-bare-import': 'silent' },
  });
  copyFileSync(new URL('./load-bundle.cjs', import.meta.url), new URL('load-bundle.cjs', outdir));
}

/** src/version.ts reads package.json at run time; the bundle carries the version as a literal instead. */
function inlineVersion(packageJson) {
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8'));
  return {
    name: 'inline-version',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]version\.ts$/ }, () => ({
        contents: `export const version = ${JSON.stringify(version)};`,
        loader: 'ts',
      }));
    },
  };
}
