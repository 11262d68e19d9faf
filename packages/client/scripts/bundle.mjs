// Bundles the client into dist/bundle/ (the package's runtime entry): one module to load instead of a
// dozen, which is most of what importing the client costs. openapi-fetch and the operation model from
// @llamacloud-batch/types are bundled in too (measured: each package an import resolves and loads
// costs a few ms of start-up; unused types exports are shaken out); the validators, page walkers and
// wait loop stay lazy chunks. The .d.ts files still come from tsc in dist/.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync(new URL('../dist/bundle', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: { index: 'src/index.ts', wait: 'src/resources/wait.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  sourcemap: 'linked',
  logLevel: 'warning',
});
