// Bundles the CLI entry into dist/bundle/ with esbuild: one file to load at start-up instead of a
// tree of modules, so `llamacloud-prod` starts close to a bare `node`. The list command, yaml and
// the table renderer stay in chunks that load only when used.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// Chunk names carry content hashes: start clean so old chunks don't pile up.
rmSync(new URL('../dist/bundle', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: { main: 'src/main.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  // commander is CommonJS and requires Node built-ins; give the ESM bundle a `require`.
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  define: { __CLI_VERSION__: JSON.stringify(version) },
  external: ['yaml'],
  logLevel: 'warning',
});
