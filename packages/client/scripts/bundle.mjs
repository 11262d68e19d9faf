// Bundles the client's own modules into dist/bundle/ (the package's runtime entry): one module to
// load instead of a dozen, which is most of what importing the client costs. openapi-fetch and
// @llamacloud-batch/types stay imports; the opt-in response validators stay a lazy chunk.
// The .d.ts files still come from tsc in dist/.
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
  external: ['openapi-fetch', '@llamacloud-batch/types'],
  logLevel: 'warning',
});
